import Fluent
import Foundation
import StewardCore

/// The calendar a use's time limits are counted on: its unit's contract while in force (its time zone, working
/// days, holidays and way of counting), else the organization's own (its time zone and holidays, counting calendar
/// days).
struct DueCalendar: Sendable {
    let calendar: WorkCalendar
    let dayCount: DayCount

    /// The calendar of `unitID`'s time limits at `now`, read on `db`.
    static func of(unit unitID: UUID?, on db: any Database, now: Date) async throws -> DueCalendar {
        if let unitID, let unit = try await BargainingUnitModel.query(on: db).filter(\.$id == unitID).with(\.$contract).first(),
           let contract = unit.contract
        {
            let terms = try contract.terms()
            if terms.isInForce(on: terms.calendar.day(containing: now)) {
                return DueCalendar(calendar: terms.calendar, dayCount: terms.dayCount)
            }
        }
        return try await organization(on: db)
    }

    /// The organization's own calendar; UTC with no holidays before one is set.
    static func organization(on db: any Database) async throws -> DueCalendar {
        let organization = try await OrganizationModel.query(on: db).first()
        let holidays = Set((organization?.holidays ?? "").split(separator: ",").compactMap { LocalDay(String($0)) })
        do {
            let calendar = try WorkCalendar(timeZone: organization?.timeZone ?? "UTC", holidays: holidays)
            return DueCalendar(calendar: calendar, dayCount: .calendar)
        } catch {
            throw StewardError(.internalServerError, "the organization's calendar does not read: \(error)")
        }
    }

    /// The due day `days` after `now` on this calendar, rolled past a day off, as the start of that day in UTC
    /// (the form due dates are stored in).
    func due(_ days: Int, after now: Date) -> Date {
        calendar.day(days, dayCount, after: calendar.day(containing: now), rollingForward: true).start(in: .gmt)
    }

    /// The day `months` after `now`'s, for a step that recurs (an audit), in the same form.
    func due(months: Int, after now: Date) -> Date {
        calendar.day(containing: now).adding(months: months).start(in: .gmt)
    }
}
