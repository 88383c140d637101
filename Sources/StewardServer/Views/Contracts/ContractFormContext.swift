import Foundation
import StewardCore
import Vapor

/// A contract's form: its dates, calendar, grievance steps and units, as last submitted, with problems by field.
struct ContractFormContext: Encodable {
    let layout: LayoutContext
    let title: String
    let effectiveOn: String
    let expiresOn: String
    let timeZone: String
    let dayCounts: [FormOption]
    let weekdays: [FormOption]
    let holidays: String
    let grievanceSteps: String
    let units: [FormOption]
    let errors: FieldMessages
    let problems: [String]
    let action: String
    let isNew: Bool
    let canEdit: Bool
    let updated: String

    init(
        request: Request, contract: ContractModel?, draft: ContractDraft, unitIDs: [String],
        units: [BargainingUnitModel], problems: [DomainError] = []
    ) {
        layout = LayoutContext(request: request, title: contract?.title ?? "Record a contract")
        title = draft.title
        effectiveOn = draft.effectiveOn
        expiresOn = draft.expiresOn
        timeZone = draft.timeZone
        dayCounts = [
            FormOption(value: DayCount.calendar.rawValue, label: "Calendar days: every day counts", isChecked: draft.dayCount == DayCount.calendar.rawValue),
            FormOption(value: DayCount.working.rawValue, label: "Working days: weekends and holidays do not count", isChecked: draft.dayCount == DayCount.working.rawValue),
        ]
        let worked = Set(draft.workingWeekdays)
        weekdays = Weekday.allCases.map { day in
            FormOption(
                value: String(day.rawValue), label: "\(day)".capitalized,
                isChecked: worked.isEmpty ? Weekday.mondayToFriday.contains(day) : worked.contains(String(day.rawValue)))
        }
        holidays = draft.holidays.joined(separator: "\n")
        grievanceSteps = draft.grievanceSteps.map { "\($0.name): \($0.days)" }.joined(separator: "\n")
        let chosen = Set(unitIDs.map { $0.lowercased() })
        self.units = units.compactMap { unit in
            unit.id.map { id in
                let value = id.uuidString.lowercased()
                return FormOption(value: value, label: "\(unit.name) (\(unit.local))", isChecked: chosen.contains(value))
            }
        }
        errors = FieldMessages(listing: problems)
        self.problems = problems.map(\.message)
        action = contract?.id.map { Paths.contract.href($0.uuidString.lowercased()) } ?? Paths.contracts.href()
        isNew = contract == nil
        canEdit = request.actor.capabilities.canManageOrganization
        updated = contract.map { "\(DisplayFormat.dateTime($0.updatedAt)) by \($0.updatedBy)" } ?? ""
    }

    /// The lines of a text area, blank ones left out.
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Grievance steps written one a line as `name: days`.
    static func steps(_ text: String) -> [ContractDraft.Step] {
        lines(text).map { line in
            guard let colon = line.lastIndex(of: ":") else { return ContractDraft.Step(name: line, days: "") }
            return ContractDraft.Step(
                name: line[..<colon].trimmingCharacters(in: .whitespaces),
                days: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }
}
