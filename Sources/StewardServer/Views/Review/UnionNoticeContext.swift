import StewardCore
import Vapor

/// The notice to the union that a union-notice step asks for, written from the records (Seed 003: advance notice
/// to unions; seed 002: bargaining starts at the first internal discussion): what the tool is, what it is used for,
/// what data it collects and how it is used, who is affected, and how long ahead the notice must go out.
struct UnionNoticeContext: Encodable {
    struct Affected: Encodable {
        let title: String
        let headcount: Int
    }

    let tool: String
    let vendor: String
    let unit: String
    let purposes: String
    let data: String
    let howUsed: String
    let scope: String
    let affected: [Affected]
    let totalHeadcount: Int
    let days: String

    init(useCase: UseCase, tool: AITool, unit: BargainingUnit, classifications: [JobClassificationModel],
         days: String?) {
        self.tool = tool.name
        vendor = tool.vendor
        self.unit = "\(unit.name) (\(unit.local))"
        purposes = useCase.purposes.map(\.label).sorted().joined(separator: "; ")
        data = useCase.dataCategories.map(\.label).sorted().joined(separator: "; ")
        howUsed = [useCase.description, useCase.decisionRole.label].filter { !$0.isEmpty }.joined(separator: " ")
        scope = useCase.scope.label
        affected = classifications.map { Affected(title: $0.title, headcount: $0.headcount) }
        totalHeadcount = classifications.map(\.headcount).reduce(0, +)
        self.days = days ?? "the contract's"
    }
}
