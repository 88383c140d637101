import Fluent
import Foundation
import SQLKit
import StewardCore

/// The gateway's usage: summed up for those who oversee AI use, with no cell behind fewer than five people, and each
/// person's own calls for them alone. Nobody else ever sees one person's calls.
struct UsageService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// The weeks a summary covers.
    static let weeks = 8

    /// Calls by week, tool, unit and verdict over the last ``weeks`` weeks.
    func summary() async throws -> UsageSummary {
        try await authorizer.require(.readUsage, in: .organization, on: "usage")
        let today = authorizer.today
        let first = today.adding(days: -(7 * Self.weeks - 1))
        let units = try await BargainingUnitModel.query(on: database).all()
        let unitNames = Dictionary(uniqueKeysWithValues: try units.map { (try $0.requireID(), $0.name) })
        let counts = try await weeklyCounts(from: first, until: today.adding(days: 1))
        let toolNames = try await toolNames(of: Set(counts.compactMap(\.toolID)))
        let calls = counts.map { count in
            UsageCall(
                day: count.week, personID: count.personID, tool: count.toolID.flatMap { toolNames[$0] } ?? "no tool named",
                unit: count.unitID.flatMap { unitNames[$0] } ?? "no unit", verdict: count.verdict, calls: count.calls)
        }
        return UsageSummary(calls, weeks: Self.weeks, endingOn: today)
    }

    /// One person's calls of a week with one tool in one unit and one verdict.
    private struct WeekCount {
        let week: LocalDay
        let personID: UUID
        let toolID: UUID?
        let unitID: UUID?
        let verdict: GatewayVerdict
        let calls: Int
    }

    /// The calls of each week from `first` up to the start of `end`, counted in the database per person, tool, unit
    /// and verdict in one query over a range of the events' time index, so that a summary reads as many rows as there
    /// are people at work with each tool a week rather than one a call. Weeks begin at midnight in the organization's
    /// time zone.
    private func weeklyCounts(from first: LocalDay, until end: LocalDay) async throws -> [WeekCount] {
        guard let sql = database as? any SQLDatabase else {
            throw StewardError(.internalServerError, "the usage summary needs an SQL database")
        }
        let zone = authorizer.context.zone.current
        let weeks = sequence(first: first) { $0.adding(days: 7) }.prefix { $0 < end }.map { $0 }
        guard !weeks.isEmpty else { return [] }
        // Each event's week, by the starts of the weeks after the first.
        var week = SQLQueryString("CASE")
        for (n, next) in weeks.dropFirst().enumerated() {
            week.appendInterpolation(unsafeRaw: " WHEN at < ")
            week.appendInterpolation(bind: next.start(in: zone))
            week.appendInterpolation(unsafeRaw: " THEN \(n)")
        }
        week.appendInterpolation(unsafeRaw: " ELSE \(weeks.count - 1) END")
        let rows = try await sql.select()
            .columns("person_id", "tool_id", "unit_id", "verdict")
            .column(SQLAlias(week, as: SQLIdentifier("week")))
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "calls")
            .from(UsageEventModel.schema)
            .where("at", .greaterThanOrEqual, SQLBind(first.start(in: zone)))
            .where("at", .lessThan, SQLBind(end.start(in: zone)))
            .groupBy("person_id").groupBy("tool_id").groupBy("unit_id").groupBy("verdict").groupBy("week").all()
        return try rows.compactMap { row in
            guard let verdict = GatewayVerdict(rawValue: try row.decode(column: "verdict")) else { return nil }
            let index = try row.decode(column: "week", as: Int.self)
            guard weeks.indices.contains(index) else { return nil }
            return WeekCount(
                week: weeks[index], personID: try row.decode(column: "person_id"),
                toolID: try row.decode(column: "tool_id"), unitID: try row.decode(column: "unit_id"), verdict: verdict,
                calls: try row.decode(column: "calls"))
        }
    }

    /// The names of the tools with `ids`, for naming the tools of usage events; nothing else is read.
    func toolNames(of ids: Set<UUID>) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let tools = try await AIToolModel.query(on: database).filter(\.$id ~~ ids).field(\.$id).field(\.$name).all()
        return Dictionary(uniqueKeysWithValues: try tools.map { (try $0.requireID(), $0.name) })
    }

    /// One page of the actor's own calls, newest first, keyed by the last call's id. A cursor naming someone else's
    /// call is refused like one that names nothing, so that it tells nothing about that call.
    func own(_ page: PageRequest = PageRequest()) async throws -> Page<UsageEventModel> {
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        var query = UsageEventModel.query(on: database).filter(\.$personID == person.id.uuid)
        if let last = try await page.afterRecord(UsageEventModel.self, on: database) {
            guard last.personID == person.id.uuid else { throw PageRequest.notACursor(page.after ?? "") }
            query = query.after(last)
        }
        let fetched = try await query.newestFirst().limit(page.limit + 1).all()
        return Page(records: fetched, limit: page.limit)
    }
}

extension Authorizer {
    var usage: UsageService { UsageService(authorizer: self) }
}

extension QueryBuilder where Model == UsageEventModel {
    /// Calls in the order a person's own list pages them: newest first, the id breaking ties, as the
    /// `usage_events_person_at_id` index holds them.
    func newestFirst() -> Self { sort(\.$at, .descending).sort(\.$id, .descending) }

    /// The calls that come after `event` in that order. The bound on `at` makes each page a range of the index
    /// rather than a walk from the newest call.
    func after(_ event: UsageEventModel) -> Self {
        guard let id = event.id else { return self }
        return filter(\.$at <= event.at).group(.or) { earlier in
            earlier.filter(\.$at < event.at)
            earlier.filter(\.$id < id)
        }
    }
}
