import Fluent
import Foundation
import StewardCore

/// The organization's bargaining units and their job classifications.
struct UnitService: Sendable {
    let authorizer: Authorizer

    /// Every bargaining unit, by name.
    func units() async throws -> [BargainingUnitModel] {
        try await authorizer.require(.read, in: .organization, on: "bargaining units")
        return try await BargainingUnitModel.query(on: authorizer.database).ordered(by: \.$name).all()
    }

    /// One page of the units, by name, keyed by the last unit's id.
    func units(_ page: PageRequest) async throws -> Page<BargainingUnitModel> {
        try await authorizer.require(.read, in: .organization, on: "bargaining units")
        return try await BargainingUnitModel.query(on: authorizer.database).page(page, by: \.$name)
    }

    /// Adds a bargaining unit to the organization; its contract is recorded afterwards.
    func create(name: String, local: String) async throws -> BargainingUnitModel {
        try await authorizer.require(.manageOrganization, in: .organization, on: "bargaining units")
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let local = local.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [DomainError] = []
        if !(1...120).contains(name.count) {
            problems.append(DomainError(code: .invalidField, field: "name", message: "give the unit a name of 1 to 120 characters"))
        }
        if !(1...120).contains(local.count) {
            problems.append(DomainError(
                code: .invalidField, field: "local", message: "name the local the unit belongs to, in 1 to 120 characters"))
        }
        let existing = try await BargainingUnitModel.query(on: authorizer.database).all()
        if let same = existing.first(where: { $0.name.lowercased() == name.lowercased() }) {
            problems.append(DomainError(
                code: .invalidField, field: "name",
                message: "the organization has a unit named \(same.name) already (of \(same.local)); give this one another name"))
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        let unit = BargainingUnitModel()
        unit.name = name
        unit.local = local
        unit.contractTitle = ""
        try await authorizer.database.transaction { db in
            // An installation set up without the demo has its organization's record made with its first unit.
            var organization = try await OrganizationModel.query(on: db).first()
            if organization == nil {
                organization = OrganizationModel(name: "Steward", kind: "organization", isDemo: false)
                try await organization?.create(on: db)
            }
            unit.$organization.id = try organization?.requireID() ?? UUID()
            try await unit.create(on: db)
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: "unit.create", objectType: "bargaining-unit",
                    objectID: try unit.requireID().uuidString.lowercased(), zone: .organization,
                    summary: "added the bargaining unit \(name) of \(local)", change: ["name": name, "local": local]))
        }
        return unit
    }

    /// Every job classification with its tasks.
    func classifications() async throws -> [JobClassificationModel] {
        try await authorizer.require(.read, in: .organization, on: "job classifications")
        return try await JobClassificationModel.query(on: authorizer.database).with(\.$tasks).sort(\.$title).all()
    }
}

/// What a file of job classifications changed.
struct ClassificationImportSummary: Sendable {
    let units: Int
    let classifications: Int
    let tasks: Int
}

extension UnitService {
    /// Replaces the job classifications of every unit a CSV file names with the file's, headcount and tasks
    /// included; units the file does not name keep theirs. A classification or task named again keeps its record,
    /// with its ratings, O*NET occupations and plans; one the file no longer names goes with them. A file with any
    /// problem changes nothing.
    /// - Throws: a 422 whose problems name each line and column.
    func importClassifications(csv: String) async throws -> ClassificationImportSummary {
        try await authorizer.require(.manageOrganization, in: .organization, on: "job classifications")
        let file: ClassificationImport
        do { file = try ClassificationImport(csv: csv) } catch { throw StewardError.invalid([error.error]) }
        var problems = file.problems
        let units = try await BargainingUnitModel.query(on: authorizer.database).all()
        func unit(named name: String) -> BargainingUnitModel? {
            units.first { $0.name.lowercased() == name.lowercased() || $0.local.lowercased() == name.lowercased() }
        }
        for classification in file.classifications where unit(named: classification.unit) == nil {
            problems.append(CSVReader.Problem(
                line: classification.line, column: classification.unitColumn,
                "no bargaining unit is named `\(classification.unit.prefix(60))`; use a unit's name or its local: "
                    + units.map(\.name).sorted().joined(separator: ", ")))
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems.sorted().map(\.error)) }
        let placed = file.classifications.compactMap { classification in
            unit(named: classification.unit)?.id.map { (classification: classification, unitID: $0) }
        }
        let named = Set(placed.map(\.unitID))
        try await authorizer.database.transaction { db in
            let old = try await JobClassificationModel.query(on: db).filter(\.$unit.$id ~~ named).with(\.$tasks).all()
            var kept: Set<UUID> = []
            for (classification, unitID) in placed {
                // A classification and a task the file names again keep their records, and so their ratings and plans.
                let model = old.first { $0.$unit.id == unitID && $0.title.lowercased() == classification.title.lowercased() }
                    ?? JobClassificationModel(unitID: unitID, title: classification.title, headcount: classification.headcount)
                model.title = classification.title
                model.headcount = classification.headcount
                try await model.save(on: db)
                let id = try model.requireID()
                kept.insert(id)
                var remaining = model.$tasks.value ?? []
                for task in classification.tasks {
                    if let index = remaining.firstIndex(where: { $0.task == task.name }) {
                        let existing = remaining.remove(at: index)
                        existing.sharePercent = task.sharePercent
                        try await existing.save(on: db)
                    } else {
                        try await ClassificationTaskModel(classificationID: id, task: task.name, sharePercent: task.sharePercent)
                            .create(on: db)
                    }
                }
                let goneTasks = remaining.compactMap(\.id)
                try await ExposureRatingModel.query(on: db).filter(\.$classification.$id == id)
                    .filter(\.$taskKey ~~ goneTasks.map { ExposureTaskKey.own($0).description }).delete()
                try await ClassificationTaskModel.query(on: db).filter(\.$id ~~ goneTasks).delete()
            }
            let gone = old.compactMap(\.id).filter { !kept.contains($0) }
            try await ExposureRatingModel.query(on: db).filter(\.$classification.$id ~~ gone).delete()
            try await ClassificationOccupationModel.query(on: db).filter(\.$classification.$id ~~ gone).delete()
            try await ClassificationPlanModel.query(on: db).filter(\.$classification.$id ~~ gone).delete()
            try await ClassificationTaskModel.query(on: db).filter(\.$classification.$id ~~ gone).delete()
            try await JobClassificationModel.query(on: db).filter(\.$id ~~ gone).delete()
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: "classification.import", objectType: "job-classification",
                    objectID: "import", zone: .organization,
                    summary: "imported \(file.classifications.count) job classification(s) for \(named.count) unit(s)",
                    change: ["units": named.map { $0.uuidString.lowercased() }.sorted().joined(separator: ","),
                             "classifications": String(file.classifications.count), "removed": String(gone.count)]))
        }
        return ClassificationImportSummary(
            units: named.count, classifications: file.classifications.count,
            tasks: file.classifications.reduce(0) { $0 + $1.tasks.count })
    }
}

extension Authorizer {
    var units: UnitService { UnitService(authorizer: self) }
}
