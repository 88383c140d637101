import Foundation

/// What workers are told about a use of an AI tool, in plain words and generated from the records, never typed
/// twice (Seed 004, "Opportunities for Impact, Workers"; Seed 001): which technology is used, what data it takes,
/// how and why it is used, what it decides or suggests, the conditions on it, the training offered, and whom to
/// ask or tell about a concern.
///
/// ```swift
/// let disclosure = WorkerDisclosure(tool: tool, useCase: use, unitName: "Clerical", conditions: "", courses: [],
///                                   contacts: ["Alex Rivera (AI officer)"])
/// disclosure.sections.map(\.heading)  // ["Which technology", "What information it takes", …]
/// ```
public struct WorkerDisclosure: Hashable, Sendable {
    public struct Section: Hashable, Sendable {
        public let heading: String
        public let lines: [String]
    }

    public let title: String
    public let sections: [Section]

    /// - Parameters:
    ///   - courses: the titles of the tool's courses, with who takes them.
    ///   - contacts: the people to ask or tell, with their roles.
    public init(
        tool: AITool, useCase: UseCase, unitName: String, conditions: String, courses: [String], contacts: [String]
    ) {
        title = "\(tool.name) for \(useCase.title)"
        let hosting = switch tool.hosting {
        case .onPremises: "It runs on the organization's own servers."
        case .privateCloud: "It runs in a cloud set aside for the organization."
        case .publicCloud: "It runs in the vendor's public cloud."
        }
        var technology = [
            "\(tool.name), from \(tool.vendor): " + tool.categories.map(\.label).sorted().joined(separator: ", ") + ".",
            hosting,
        ]
        if !tool.description.isEmpty { technology.append(tool.description) }
        var data = useCase.dataCategories.map(\.label).sorted()
        if data.isEmpty { data = ["No information beyond what the work itself needs is recorded for this use."] }
        if tool.vendorTrainsOnInputs {
            data.append("The vendor may use what is sent to it to train its AI.")
        } else {
            data.append("The vendor does not train its AI on what is sent to it.")
        }
        var use = ["\(unitName) uses it for: " + useCase.purposes.map(\.label).sorted().joined(separator: "; ") + "."]
        if !useCase.description.isEmpty { use.append(useCase.description) }
        use.append("\(useCase.tier.label). Used by: \(useCase.scope.label.lowercased()).")
        let decides = switch useCase.decisionRole {
        case .none: "It makes no decisions about people."
        case .advisory: "It suggests; a person decides, and can decide otherwise."
        case .determinative: "It decides on its own."
        }
        var decision = [decides]
        if useCase.flags.contains(.humanReview) { decision.append("A person checks what it produces before it is used.") }
        if useCase.flags.contains(.monitorsWorkers) { decision.append("It watches or measures how workers do their jobs.") }
        if useCase.flags.contains(.useRequired) { decision.append("Staff are required to use it.") }
        sections = [
            Section(heading: "Which technology", lines: technology),
            Section(heading: "What information it takes", lines: data),
            Section(heading: "How and why it is used", lines: use),
            Section(heading: "What it decides or suggests", lines: decision),
            Section(
                heading: "Conditions on its use",
                lines: conditions.isEmpty
                    ? ["None beyond the policies in force."] : conditions.components(separatedBy: "; ").map { $0 + "." }),
            Section(heading: "Training", lines: courses.isEmpty ? ["No course is set up for this tool yet."] : courses),
            Section(
                heading: "Questions and concerns",
                lines: ["Ask any of these people, or tell them about a concern:"] + contacts),
        ]
    }

    /// The disclosure as text, as its step's record keeps it.
    public var text: String {
        ([title] + sections.map { section in ([section.heading] + section.lines.map { "- \($0)" }).joined(separator: "\n") })
            .joined(separator: "\n\n")
    }
}
