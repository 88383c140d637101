import Fluent
import Foundation
import StewardCore

/// A collective bargaining agreement, attached to the units it covers. `@unchecked Sendable`: see
/// ``OrganizationModel``.
final class ContractModel: Model, @unchecked Sendable {
    static let schema = "contracts"

    @ID(key: .id) var id: UUID?
    @Field(key: "title") var title: String
    @Field(key: "effective_on") var effectiveOn: String
    @OptionalField(key: "expires_on") var expiresOn: String?
    @Field(key: "time_zone") var timeZone: String
    @Field(key: "day_count") var dayCount: DayCount
    /// ISO weekday numbers, Monday 1.
    @Field(key: "working_weekdays") var workingWeekdays: [Int]
    @Field(key: "holidays") var holidays: [String]
    /// The grievance steps as JSON: `[{"name": …, "days": …}]`.
    @Field(key: "grievance_steps") var grievanceSteps: String
    @Field(key: "updated_by") var updatedBy: String
    @Field(key: "updated_at") var updatedAt: Date
    @Children(for: \.$contract) var units: [BargainingUnitModel]

    init() {}

    /// Stores checked terms.
    func apply(_ terms: ContractTerms) {
        title = terms.title
        effectiveOn = terms.effective.description
        expiresOn = terms.expires?.description
        timeZone = terms.calendar.timeZone.identifier
        dayCount = terms.dayCount
        workingWeekdays = terms.calendar.workingWeekdays.map(\.rawValue).sorted()
        holidays = terms.calendar.holidays.map(\.description).sorted()
        grievanceSteps = String(decoding: (try? JSONEncoder().encode(terms.grievanceSteps)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// The draft these terms were checked from, for a form or a new check.
    var draft: ContractDraft {
        ContractDraft(
            title: title, effectiveOn: effectiveOn, expiresOn: expiresOn ?? "", timeZone: timeZone,
            dayCount: dayCount.rawValue, workingWeekdays: workingWeekdays.map(String.init), holidays: holidays,
            grievanceSteps: steps.map { ContractDraft.Step(name: $0.name, days: String($0.days)) })
    }

    /// The grievance steps, in order.
    var steps: [ContractTerms.GrievanceStep] {
        (try? JSONDecoder().decode([ContractTerms.GrievanceStep].self, from: Data(grievanceSteps.utf8))) ?? []
    }

    /// The terms as stored; they were checked when written.
    func terms() throws -> ContractTerms {
        var problems: [DomainError] = []
        guard let terms = draft.checked(problems: &problems) else {
            throw StewardError(.internalServerError, "the stored contract \(title) no longer reads: \(problems)")
        }
        return terms
    }
}

extension ContractModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $title, $effectiveOn, $expiresOn, $timeZone, $dayCount, $workingWeekdays, $holidays, $grievanceSteps,
            $updatedBy, $updatedAt, $units
        ]
    }
}
