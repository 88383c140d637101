import Foundation
import StewardCore
import Vapor

/// The bargaining units, their contracts and job classifications with headcount and tasks, the organization's
/// calendar, and the forms that change them (`units/index`, below the page's frame).
struct UnitListContext: Encodable {
    struct Unit: Encodable {
        let name: String
        let local: String
        let contract: String
        let expires: String
        let headcount: Int
        let classifications: [Classification]
    }

    struct Classification: Encodable {
        let title: String
        let headcount: Int
        let tasks: String
    }

    /// The form that adds a unit, as last submitted.
    struct Draft: Encodable {
        let name: String
        let local: String
        let errors: FieldMessages

        init(name: String, local: String, problems: [DomainError]) {
            self.name = name
            self.local = local
            errors = FieldMessages(problems)
        }

        static let empty = Draft(name: "", local: "", problems: [])

        /// Whether nothing was typed and nothing is wrong: the form as every reader first sees it.
        var isEmpty: Bool { name.isEmpty && local.isEmpty && errors.messages.isEmpty }
    }

    struct Contract: Encodable {
        let title: String
        let href: String
        let runs: String
        let counting: String
        let grievance: String
        let units: String
    }

    let token: FormToken
    let units: [Unit]
    let contracts: [Contract]
    let draft: Draft
    let newContractHref: String
    let calendarAction: String
    let timeZone: String
    let holidays: String
    let hasHolidays: Bool
    let calendarErrors: FieldMessages
    let importAction: String
    let importProblems: [String]
    let imported: String
    let canManage: Bool
    let createAction: String
    let packsHref: String

    init(
        token: FormToken, capabilities: Capabilities, units: [BargainingUnitModel],
        classifications: [JobClassificationModel],
        contracts: [ContractModel], calendar: (timeZone: String, holidays: [String]), draft: Draft,
        calendarProblems: [DomainError] = [], importProblems: [DomainError] = [], imported: String = ""
    ) {
        importAction = Paths.classificationImport.href()
        self.importProblems = importProblems.map(\.message)
        self.imported = imported
        self.token = token
        self.contracts = contracts.map { contract in
            Contract(
                title: contract.title, href: Paths.contract.href(contract.id?.uuidString.lowercased() ?? ""),
                runs: "from \(contract.effectiveOn)" + (contract.expiresOn.map { " to \($0)" } ?? ", until replaced"),
                counting: "\(contract.dayCount == .working ? "working" : "calendar") days, \(contract.timeZone), "
                    + "\(contract.holidays.count) holiday(s)",
                grievance: contract.steps.map { "\($0.name) (\($0.days) days)" }.joined(separator: "; "),
                units: contract.units.map(\.name).sorted().joined(separator: ", "))
        }
        newContractHref = Paths.newContract.href()
        calendarAction = Paths.organizationCalendar.href()
        timeZone = calendar.timeZone
        holidays = calendar.holidays.joined(separator: "\n")
        hasHolidays = !calendar.holidays.isEmpty
        calendarErrors = FieldMessages(listing: calendarProblems)
        self.draft = draft
        canManage = capabilities.canManageOrganization
        createAction = Paths.units.href()
        packsHref = Paths.packs.href()
        let byUnit = Dictionary(grouping: classifications, by: { $0.$unit.id })
        self.units = units.map { unit in
            let classifications = (unit.id.flatMap { byUnit[$0] } ?? []).sorted { $0.title < $1.title }
            return Unit(
                name: unit.name, local: unit.local,
                contract: unit.contractTitle.isEmpty ? "No contract recorded" : unit.contractTitle,
                expires: unit.contractExpires.map(DisplayFormat.date) ?? "no expiry recorded",
                headcount: classifications.reduce(0) { $0 + $1.headcount },
                classifications: classifications.map { classification in
                    Classification(
                        title: classification.title, headcount: classification.headcount,
                        tasks: classification.tasks.sorted { $0.sharePercent > $1.sharePercent }
                            .map { "\($0.task) (\($0.sharePercent)%)" }.joined(separator: ", "))
                })
        }
    }
}
