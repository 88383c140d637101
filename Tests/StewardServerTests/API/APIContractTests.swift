import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Contracts as records of their own: their dates, calendar and grievance steps, the units they cover, and the due
/// dates of those units' review steps counted on their calendar.
@Suite("API: contracts and calendars")
struct APIContractTests {
    static func contract(unitID: String, holidays: String = #"["2026-12-25", "2027-01-01"]"#) -> String {
        """
        {"title": "Clerical agreement 2025-2028", "effectiveOn": "2025-07-01", "expiresOn": "2028-06-30",
         "timeZone": "America/Los_Angeles", "dayCount": "working", "holidays": \(holidays),
         "grievanceSteps": [{"name": "Step 1, supervisor", "days": 10}, {"name": "Step 2, department head", "days": 15}],
         "unitIDs": ["\(unitID)"]}
        """
    }

    @Test("a contract is recorded for a unit, and that unit's steps fall due in working days on its calendar")
    func contractCalendarSetsDueDates() async throws {
        try await withSteward { steward in
            // given
            let officer = try await steward.token(for: .aiOfficer)
            let unitID = try await steward.unitID(bearer: officer)

            // when
            let created = try await steward.sendJSON(.POST, "/api/v1/contracts", Self.contract(unitID: unitID), bearer: officer)
            let toolID = try await steward.toolID(named: "DraftMate", bearer: officer)
            let use = try await steward.sendJSON(
                .POST, "/api/v1/tools/\(toolID)/use-cases", APIPackTests.useCase(unitID: unitID), bearer: officer)

            // then
            #expect(created.status == .created)
            let contract = try created.object()
            #expect(contract["unitIDs"] as? [String] == [unitID])
            #expect((contract["grievanceSteps"] as? [JSONObject])?.map { $0["days"] as? Int } == [10, 15])
            let units = try await steward.send(.GET, "/api/v1/units", bearer: officer).objects()
            #expect(units.first { $0["id"] as? String == unitID }?["contractID"] as? String == contract["id"] as? String)
            let useID = try #require(try use.object()["id"] as? String)
            let model = try #require(try await UseCaseModel.find(UUID(uuidString: useID), on: steward.app.db))
            let approval = try await steward.step(.officerApproval, of: model)
            let calendar = try WorkCalendar(
                timeZone: "America/Los_Angeles", holidays: [LocalDay("2026-12-25")!, LocalDay("2027-01-01")!])
            let today = calendar.day(containing: TestDatabase.fixedDate)
            let expected = calendar.day(30, .working, after: today, rollingForward: true)
            #expect(approval.due == expected.start(in: .gmt))
            #expect(expected.description == "2027-01-13", "30 working days, two holidays skipped")
        }
    }

    @Test("a contract with problems is refused with each one named by field and line, and nothing is saved")
    func badContract() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let bad = """
                {"title": "X", "effectiveOn": "2026-07-01", "expiresOn": "2026-01-01", "timeZone": "America/Los_Angles",
                 "dayCount": "working", "holidays": ["2026-12-25", "Christmas"],
                 "grievanceSteps": [{"name": "Step 1", "days": 0}], "unitIDs": ["\(UUID())"]}
                """
            let refused = try await steward.sendJSON(.POST, "/api/v1/contracts", bad, bearer: officer)
            #expect(refused.status == .unprocessableEntity)
            #expect(try Set(refused.problemFields())
                == ["expiresOn", "timeZone", "holidays[1]", "grievanceSteps[0].days", "unitIDs[0]"])
            #expect(refused.body.string.contains(#"did you mean `America\/Los_Angeles`"#), "the likely spelling is suggested")
            #expect(try await steward.send(.GET, "/api/v1/contracts", bearer: officer).objects().count == 2, "the demo's two")
            let worker = try await steward.token(for: .worker)
            let unitID = try await steward.unitID(bearer: worker)
            #expect(try await steward.sendJSON(.POST, "/api/v1/contracts", Self.contract(unitID: unitID), bearer: worker)
                .status == .forbidden)
        }
    }

    @Test("the contract's page and form keep what was typed; the organization's calendar is set on the units page")
    func pages() async throws {
        try await withSteward { steward in
            let officer = try await steward.signIn(.aiOfficer)
            let unitID = try await steward.unitID(bearer: try await steward.token(for: .aiOfficer))
            let bad = try await steward.submit(
                "/contracts",
                [("title", "Clerical agreement"), ("effectiveOn", "2025-07-01"), ("timeZone", "UTC"),
                 ("dayCount", "working"), ("holidays", "2026-12-25\nnot a day"), ("grievanceSteps", "Step 1: ten"),
                 ("unitIDs[]", unitID)],
                session: officer)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("line 2: "))
            #expect(bad.body.string.contains("Step 1: ten"))
            let good = try await steward.submit(
                "/contracts",
                [("title", "Clerical agreement"), ("effectiveOn", "2025-07-01"), ("timeZone", "UTC"),
                 ("dayCount", "working"), ("holidays", "2026-12-25"), ("grievanceSteps", "Step 1, supervisor: 10"),
                 ("unitIDs[]", unitID)],
                session: officer)
            #expect(good.status == .seeOther)
            let units = try await steward.send(.GET, "/units", session: officer).body.string
            #expect(units.contains("Clerical agreement") && units.contains("Step 1, supervisor (10 days)"))

            let zone = try await steward.submit(
                "/units/calendar", [("timeZone", "Europe/Berlin"), ("holidays", "2026-12-24")], session: officer)
            #expect(zone.status == .seeOther)
            let calendar = try await DueCalendar.organization(on: steward.app.db)
            #expect(calendar.calendar.timeZone.identifier == "Europe/Berlin")
            #expect(calendar.calendar.holidays == [LocalDay("2026-12-24")!])
            let worker = try await steward.signIn(.worker)
            #expect(try await steward.send(.GET, "/units", session: worker).body.string.contains("Europe/Berlin"))
        }
    }

    @Test("today is the organization's: where it is still yesterday, a record of today's date in UTC is in the future")
    func todayInTheOrganizationsZone() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.aiOfficer)
            // The tests' clock reads 09:30 UTC on 2026-11-30, which is 22:30 on 2026-11-29 in Pago Pago.
            _ = try await steward.submit("/units/calendar", [("timeZone", "Pacific/Pago_Pago"), ("holidays", "")], session: session)
            let officer = try await steward.token(for: .aiOfficer)
            let course = try await steward.course(ofTool: "DraftMate")
            let path = "/api/v1/training-courses/\(try course.requireID())/records"
            let early = try await steward.sendJSON(.POST, path, #"{"username": "legal", "completedOn": "2026-11-30"}"#, bearer: officer)
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains("after today (2026-11-29)"))
            let recorded = try await steward.sendJSON(.POST, path, #"{"username": "legal", "completedOn": "2026-11-29"}"#, bearer: officer)
            #expect(recorded.status == .created)
        }
    }
}
