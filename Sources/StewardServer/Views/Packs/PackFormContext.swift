import Foundation
import PolicyEngine
import StewardCore
import Vapor

/// Writing or uploading a pack: the text and its scope, the linter's problems shown at their lines, and once the
/// text is sound, what adopting it would change (rules added, removed and changed, and the uses decided
/// differently) with the button that adopts it.
struct PackFormContext: Encodable {
    /// A line of the text near a problem, with the problems found on it.
    struct Line: Encodable {
        let number: Int
        let text: String
        let problems: [String]
        /// A gap in the listing before this line.
        let isAfterGap: Bool
    }

    struct RuleLine: Encodable {
        let id: String
        let text: String
    }

    struct Change: Encodable {
        let title: String
        let href: String
        let unit: String
        let status: String
        let before: String
        let after: String
        let obligations: String
        let effect: String
    }

    struct Preview: Encodable {
        let title: String
        let packID: String
        let scope: String
        let version: String
        let rules: Int
        let added: [RuleLine]
        let removed: [RuleLine]
        let changed: [RuleLine]
        let changes: [Change]
    }

    let layout: LayoutContext
    let source: String
    let units: [FormOption]
    let problems: [String]
    let listing: [Line]
    let errors: FieldMessages
    let preview: Preview?
    let previewAction: String
    let adoptAction: String

    init(
        request: Request, draft: PackDraft, units: [BargainingUnitModel], problems: [DomainError] = [],
        preview: PackPreview? = nil
    ) {
        layout = LayoutContext(request: request, title: preview == nil ? "Write a policy pack" : "Check and adopt a policy pack")
        source = draft.source
        let chosen = Set(draft.unitIDs.map { $0.lowercased() })
        self.units = units.compactMap { unit in
            unit.id.map { id in
                let value = id.uuidString.lowercased()
                return FormOption(value: value, label: "\(unit.name) (\(unit.local))", isChecked: chosen.contains(value))
            }
        }
        self.problems = problems.map { problem in
            var place: [String] = []
            if let line = problem.line { place.append("line \(line)" + (problem.column.map { ", column \($0)" } ?? "")) }
            if let rule = problem.rule { place.append("rule \(rule)") }
            return (place.isEmpty ? "" : place.joined(separator: ", ") + ": ") + problem.message
        }
        listing = Self.listing(of: draft.source, problems: problems)
        errors = FieldMessages(problems.filter { $0.field != "source" }.map {
            DomainError(code: $0.code, field: $0.field.hasPrefix("unitIDs") ? "unitIDs" : $0.field, message: $0.message)
        })
        self.preview = preview.map { Self.preview($0, units: units) }
        previewAction = Paths.packPreview.href()
        adoptAction = Paths.packs.href()
    }

    /// The lines with problems and two lines either side of each.
    private static func listing(of source: String, problems: [DomainError]) -> [Line] {
        let byLine = Dictionary(grouping: problems.filter { $0.line != nil }, by: { $0.line ?? 0 })
        guard !byLine.isEmpty else { return [] }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let shown = Set(byLine.keys.flatMap { ($0 - 2)...($0 + 2) }).filter { (1...max(lines.count, 1)).contains($0) }
        var previous = 0
        return shown.sorted().map { number in
            defer { previous = number }
            return Line(
                number: number, text: number <= lines.count ? String(lines[number - 1]) : "",
                problems: (byLine[number] ?? []).map { problem in
                    (problem.column.map { "column \($0): " } ?? "") + (problem.rule.map { "rule \($0): " } ?? "")
                        + problem.message
                },
                isAfterGap: previous != 0 && number != previous + 1)
        }
    }

    private static func preview(_ preview: PackPreview, units: [BargainingUnitModel]) -> Preview {
        let scope = PackScope(units: units)
        let unitNames = scope.names
        let version = preview.previous.map {
            "Version \($0.number + 1), replacing version \($0.number) (the text's own version goes from \($0.adoption.pack.version) to \(preview.pack.version))"
        } ?? "Version 1: a new pack"
        func line(_ rule: Rule) -> RuleLine {
            RuleLine(id: rule.id, text: "\(rule.effect.description), citing \(rule.citation.description)")
        }
        return Preview(
            title: preview.pack.title, packID: preview.pack.id,
            scope: scope.text(preview.units.compactMap { $0.id?.uuidString.lowercased() }), version: version,
            rules: preview.pack.rules.count,
            added: preview.diff?.added.map(line) ?? [], removed: preview.diff?.removed.map(line) ?? [],
            changed: preview.diff?.changed.map { RuleLine(id: $0.new.id, text: $0.parts.joined(separator: ", ") + " changed") } ?? [],
            changes: preview.changes.map { change in
                let before = Set(change.before.obligations.map(\.description))
                let after = Set(change.after.obligations.map(\.description))
                let added = after.subtracting(before).sorted().map { "adds: \($0)" }
                let dropped = before.subtracting(after).sorted().map { "drops: \($0)" }
                let useCase = change.useCase
                return Change(
                    title: useCase.title, href: Paths.useCase.href(useCase.id?.uuidString.lowercased() ?? ""),
                    unit: unitNames[useCase.$unit.id.uuidString.lowercased()] ?? "",
                    status: useCase.reviewStatus.title, before: change.before.outcome.rawValue,
                    after: change.after.outcome.rawValue, obligations: (added + dropped).joined(separator: "; "),
                    effect: change.isRedecided ? "Re-decided on adoption" : "Left as it stands (\(useCase.reviewStatus.title.lowercased()))")
            })
    }
}
