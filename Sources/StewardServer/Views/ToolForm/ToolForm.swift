import StewardCore
import Vapor

/// The tool form as posted; every field is optional so that a partial form is shown again, not refused.
struct ToolForm: Content {
    var name: String?
    var vendor: String?
    var version: String?
    var categories: [String]?
    var hosting: String?
    var vendorTrainsOnInputs: String?
    var hipaaBAA: String?
    var contact: String?
    var description: String?

    init(_ tool: AITool? = nil) {
        name = tool?.name
        vendor = tool?.vendor
        version = tool?.version
        categories = tool?.categories.map(\.rawValue)
        hosting = tool?.hosting.rawValue
        vendorTrainsOnInputs = tool?.vendorTrainsOnInputs == true ? "on" : nil
        hipaaBAA = tool?.hipaaBAA == true ? "on" : nil
        contact = tool?.contact
        description = tool?.description
    }

    /// The details the form describes, or every problem with it.
    func details() -> Result<ToolDetails, StewardError> {
        var problems: [DomainError] = []
        let categories = FormValues.parse(self.categories ?? [], as: ToolCategory.self, fact: .categories, into: &problems)
        let hosting = FormValues.parseOne(self.hosting, as: Hosting.self, fact: .hosting, into: &problems)
        let details = ToolDetails(
            name: name ?? "", vendor: vendor ?? "", version: version ?? "", categories: categories,
            hosting: hosting ?? .publicCloud, vendorTrainsOnInputs: vendorTrainsOnInputs != nil,
            hipaaBAA: hipaaBAA != nil, contact: contact ?? "", description: description ?? "")
        problems += details.problems()
        return problems.isEmpty ? .success(details) : .failure(.invalid(problems))
    }
}

/// Turns posted option values into vocabulary values, noting unknown ones as problems of their field.
enum FormValues {
    static func parse<Value: RawRepresentable<String> & Hashable>(
        _ names: [String], as _: Value.Type, fact: Fact, into problems: inout [DomainError]
    ) -> Set<Value> {
        var values: Set<Value> = []
        for name in names {
            if let value = Value(rawValue: name) { values.insert(value) } else {
                problems.append(.unknownValue(name, of: fact))
            }
        }
        return values
    }

    static func parseOne<Value: RawRepresentable<String>>(
        _ name: String?, as _: Value.Type, fact: Fact, into problems: inout [DomainError]
    ) -> Value? {
        guard let name, !name.isEmpty else {
            problems.append(DomainError(code: .invalidField, field: fact.rawValue, message: "choose one"))
            return nil
        }
        guard let value = Value(rawValue: name) else {
            problems.append(.unknownValue(name, of: fact))
            return nil
        }
        return value
    }
}
