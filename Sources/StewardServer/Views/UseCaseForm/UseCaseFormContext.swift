import StewardCore
import Vapor

/// The form to describe how a unit uses a tool, asked as plain questions, shown again with input kept.
struct UseCaseFormContext: Encodable {
    struct Question: Encodable {
        let name: String
        let text: String
        let isChecked: Bool
    }

    let layout: LayoutContext
    let toolName: String
    /// Where the form posts: a new use of the tool, or the edit of an existing use.
    let action: String
    let heading: String
    let submitLabel: String
    let csrfField: String
    let csrfToken: String
    let title: String
    let description: String
    let units: [FormOption]
    let purposes: [FormOption]
    let dataCategories: [FormOption]
    let tiers: [FormOption]
    let scopes: [FormOption]
    let decisionRoles: [FormOption]
    let questions: [Question]
    let errors: FieldMessages

    init(
        request: Request, tool: AITool, units: [BargainingUnit], form: UseCaseForm, problems: [DomainError] = [],
        editing: UseCaseID? = nil
    ) {
        layout = LayoutContext(
            request: request, title: editing == nil ? "Describe a use of \(tool.name)" : "Change a use of \(tool.name)")
        toolName = tool.name
        if let editing {
            action = Paths.editUseCase.href(editing)
            heading = "Change the facts of this use of \(tool.name)"
            submitLabel = "Save and decide again"
        } else {
            action = Paths.toolUseCases.href(tool.id)
            heading = "How will your unit use \(tool.name)?"
            submitLabel = "Submit use case"
        }
        csrfField = CSRFMiddleware.field
        csrfToken = CSRFMiddleware.token(for: request)
        title = form.title ?? ""
        description = form.description ?? ""
        self.units = units.map {
            FormOption(value: $0.id.description, label: "\($0.name) (\($0.local))", isChecked: form.unitID == $0.id.description)
        }
        purposes = Self.options(Purpose.allCases, chosen: form.purposes, label: \.label)
        dataCategories = Self.options(DataCategory.allCases, chosen: form.dataCategories, label: \.label)
        tiers = Tier.allCases.map {
            FormOption(value: String($0.rawValue), label: $0.label, isChecked: form.tier == String($0.rawValue))
        }
        scopes = Self.options(Scope.allCases, chosen: form.scope.map { [$0] }, label: \.label)
        decisionRoles = Self.options(DecisionRole.allCases, chosen: form.decisionRole.map { [$0] }, label: \.label)
        let flags = Set(form.flags ?? [])
        questions = BooleanFact.allCases.filter { !UseCase.toolFlags.contains($0) }.map {
            Question(name: $0.rawValue, text: $0.question, isChecked: flags.contains($0.rawValue))
        }
        errors = FieldMessages(problems)
    }

    private static func options<Value: RawRepresentable<String>>(
        _ values: [Value], chosen: [String]?, label: KeyPath<Value, String>
    ) -> [FormOption] {
        let chosen = Set(chosen ?? [])
        return values.map { FormOption(value: $0.rawValue, label: $0[keyPath: label], isChecked: chosen.contains($0.rawValue)) }
    }
}
