import Foundation
import StewardCore

/// The demo organization seeded into a new database: a union with two bargaining units, their classifications,
/// a person in every role and AI tools in every lifecycle state. Everything here is invented.
enum DemoOrganization {
    static let password = "steward-demo"
    static let name = "Riverside Public Employees Union"

    struct Unit: Sendable {
        let name, local, contract: String
        let expires: DateComponents
        let classifications: [(title: String, headcount: Int, tasks: [(String, Int)])]
        /// How the contract counts its time limits, and its grievance steps.
        let dayCount: DayCount
        let grievanceSteps: [ContractDraft.Step]
    }

    /// The side each demo person sits on in review teams and the joint committee, if any.
    static func committeeSide(of username: String) -> TableSide? {
        switch username {
        case "rep", "committee": .union
        case "manager", "legal": .management
        default: nil
        }
    }

    /// The organization's time zone, and the holidays both demo contracts observe.
    static let timeZone = "America/Los_Angeles"
    static let holidays = [
        "2026-11-26", "2026-11-27", "2026-12-25", "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18",
        "2027-07-05",
    ]

    /// A demo unit's contract as a record of its own, effective three years before it expires.
    static func contract(of unit: Unit) -> ContractDraft {
        let expires = String(format: "%04d-%02d-%02d", unit.expires.year ?? 2028, unit.expires.month ?? 1, unit.expires.day ?? 1)
        let effective = String(format: "%04d-%02d-%02d", (unit.expires.year ?? 2028) - 3, unit.expires.month ?? 1, 1)
        return ContractDraft(
            title: unit.contract, effectiveOn: effective, expiresOn: expires, timeZone: timeZone,
            dayCount: unit.dayCount.rawValue, holidays: holidays, grievanceSteps: unit.grievanceSteps)
    }

    static let units = [
        Unit(
            name: "Clerical and Administrative", local: "Local 118",
            contract: "Clerical Unit Agreement 2025–2028", expires: DateComponents(year: 2028, month: 6, day: 30),
            classifications: [
                ("Office Assistant", 140, [("Answer public inquiries", 35), ("Data entry", 30), ("Scheduling", 20),
                                           ("Filing and records", 15)]),
                ("Eligibility Technician", 85, [("Review applications", 45), ("Interview applicants", 30),
                                                 ("Write case notes", 25)]),
            ],
            dayCount: .working,
            grievanceSteps: [
                .init(name: "Step 1, immediate supervisor", days: "10"), .init(name: "Step 2, department head", days: "15"),
                .init(name: "Step 3, human resources director", days: "20"), .init(name: "Demand for arbitration", days: "30"),
            ]),
        Unit(
            name: "Health and Social Services", local: "Local 402",
            contract: "Health Services Master Agreement 2024–2027",
            expires: DateComponents(year: 2027, month: 12, day: 31),
            classifications: [
                ("Public Health Nurse", 60, [("Patient visits", 50), ("Charting", 30), ("Community outreach", 20)]),
                ("Social Worker", 95, [("Case management", 40), ("Home visits", 35), ("Court reports", 25)]),
            ],
            dayCount: .calendar,
            grievanceSteps: [
                .init(name: "Informal discussion", days: "14"), .init(name: "Formal written grievance", days: "21"),
                .init(name: "Appeal to the director", days: "30"),
            ]),
    ]

    static let people: [(username: String, name: String, role: Role)] = [
        ("officer", "Alex Rivera", .aiOfficer),
        ("legal", "Jordan Blake", .legal),
        ("committee", "Sam Okafor", .committee),
        ("rep", "Morgan Lee", .unionRep),
        ("manager", "Casey Nguyen", .manager),
        ("worker", "Taylor Brooks", .worker),
        ("auditor", "Robin Patel", .auditor),
    ]

    /// A demo person's address, in a domain reserved for examples (RFC 2606).
    static func email(of username: String) -> String { "\(username)@demo.example.org" }

    struct Tool: Sendable {
        let details: ToolDetails
        let path: [ToolStatus]
        let conditions: String
        let uses: [(unit: Int, draft: @Sendable (BargainingUnitID) -> UseCaseDraft)]
    }
}
