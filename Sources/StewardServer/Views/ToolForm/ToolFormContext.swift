import StewardCore
import Vapor

/// The form to request a new tool or edit one's details, shown again with the input kept and problems by field.
struct ToolFormContext: Encodable {
    let layout: LayoutContext
    let heading: String
    /// A new request's reminder that a tool is recorded as soon as it is considered.
    let isNew: Bool
    let action: String
    let submitLabel: String
    let csrfField: String
    let csrfToken: String
    let name: String
    let vendor: String
    let version: String
    let contact: String
    let description: String
    let vendorTrainsOnInputs: Bool
    let hipaaBAA: Bool
    let categories: [FormOption]
    let hosting: [FormOption]
    let errors: FieldMessages

    init(request: Request, form: ToolForm, action: String, isNew: Bool, problems: [DomainError] = []) {
        self.isNew = isNew
        heading = isNew ? "Request a new AI tool" : "Edit \(form.name ?? "tool")"
        layout = LayoutContext(request: request, title: heading)
        self.action = action
        submitLabel = isNew ? "Submit request" : "Save details"
        csrfField = CSRFMiddleware.field
        csrfToken = CSRFMiddleware.token(for: request)
        name = form.name ?? ""
        vendor = form.vendor ?? ""
        version = form.version ?? ""
        contact = form.contact ?? ""
        description = form.description ?? ""
        vendorTrainsOnInputs = form.vendorTrainsOnInputs != nil
        hipaaBAA = form.hipaaBAA != nil
        let chosen = Set(form.categories ?? [])
        categories = ToolCategory.allCases.map {
            FormOption(value: $0.rawValue, label: $0.label, isChecked: chosen.contains($0.rawValue))
        }
        hosting = Hosting.allCases.map {
            FormOption(value: $0.rawValue, label: $0.label, isChecked: form.hosting == $0.rawValue)
        }
        errors = FieldMessages(problems)
    }
}
