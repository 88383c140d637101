import Analytics
import Fluent
import Foundation
import SQLKit
import StewardCore

/// Which jobs AI exposes most (Seeds 001 and 003): the published task labels, each classification's O*NET
/// occupations and its tasks' ratings by stewards and the joint committee. Everyone signed in reads it; stewards,
/// the committee and the officer rate; the officer or an administrator imports the labels.
struct ExposureService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// The labels' latest import, if any.
    func labelImport() async throws -> ExposureLabelImportModel? {
        try await authorizer.require(.read, in: .organization, on: "exposure labels")
        return try await ExposureLabelImportModel.query(on: database).sort(\.$importedAt, .descending).first()
    }

    /// Whether the actor may import the labels.
    var mayImportLabels: Bool { authorizer.allows(.manageOrganization, in: .organization) }

    /// Imports the published labels file, replacing the labels imported before.
    func importLabels(_ bytes: [UInt8], named fileName: String) async throws -> ExposureLabelImportModel {
        try await authorizer.require(.manageOrganization, in: .organization, on: "exposure labels")
        return try await ExposureLabelImporter(database: database, context: authorizer.context, actor: authorizer.actor)
            .importFile(bytes, named: fileName)
    }

    /// The imported O*NET occupations whose code or title holds every word of `query`, by title; at most `limit`.
    func occupations(matching query: String, limit: Int = 25) async throws -> [(code: String, title: String)] {
        try await authorizer.require(.read, in: .organization, on: "exposure labels")
        let words = query.lowercased().split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, let sql = database as? any SQLDatabase else { return [] }
        struct Row: Decodable {
            let occupation_code: String
            let occupation_title: String
        }
        let rows = try await sql.raw("SELECT DISTINCT occupation_code, occupation_title FROM exposure_labels")
            .all(decoding: Row.self)
        return rows.filter { row in
            let text = (row.occupation_code + " " + row.occupation_title).lowercased()
            return words.allSatisfy { text.contains($0) }
        }
        .sorted { $0.occupation_title < $1.occupation_title }.prefix(limit)
        .map { (code: $0.occupation_code, title: $0.occupation_title) }
    }

    /// Whether the actor rates tasks and maps classifications: stewards, the committee's members and the officer.
    func mayRate() async throws -> Bool {
        authorizer.allows(.rateExposure, in: .organization, standing: authorizer.committee.standing())
    }

    /// Every classification with its tasks, the baseline ones labelled by `rater`, by title.
    func classifications(labelledBy rater: LabelRater) async throws -> [ExposureClassification] {
        try await authorizer.require(.read, in: .organization, on: "job classifications")
        let models = try await JobClassificationModel.query(on: database).with(\.$unit).with(\.$tasks).sort(\.$title).all()
        return try await assemble(models, labelledBy: rater)
    }

    /// One classification with its tasks.
    func classification(_ id: UUID, labelledBy rater: LabelRater) async throws -> ExposureClassification {
        try await authorizer.require(.read, in: .organization, on: "job classifications")
        guard let model = try await JobClassificationModel.query(on: database).filter(\.$id == id).with(\.$unit)
            .with(\.$tasks).first()
        else { throw Self.missing(id) }
        return try await assemble([model], labelledBy: rater)[0]
    }

    private func assemble(
        _ models: [JobClassificationModel], labelledBy rater: LabelRater
    ) async throws -> [ExposureClassification] {
        let ids = models.compactMap(\.id)
        let occupations = try await ClassificationOccupationModel.query(on: database)
            .filter(\.$classification.$id ~~ ids).sort(\.$occupationCode).all()
        let ratings = try await ExposureRatingModel.query(on: database).filter(\.$classification.$id ~~ ids).all()
        let codes = Set(occupations.map(\.occupationCode))
        let labels = codes.isEmpty ? [] : try await ExposureLabelModel.query(on: database)
            .filter(\.$occupationCode ~~ codes).sort(\.$position).all()
        let labelsByCode = Dictionary(grouping: labels, by: \.occupationCode)
        let occupationsByClassification = Dictionary(grouping: occupations) { $0.$classification.id }
        let ratingsByClassification = Dictionary(grouping: ratings) { $0.$classification.id }
        return try models.map { model in
            let id = try model.requireID()
            let rated = Dictionary(
                (ratingsByClassification[id] ?? []).map { ($0.taskKey, $0) }, uniquingKeysWith: { first, _ in first })
            func local(_ key: ExposureTaskKey) -> (LocalRating?, Date?) {
                guard let rating = rated[key.description] else { return (nil, nil) }
                return (LocalRating(rating: rating.rating, ratedBy: rating.ratedBy, reason: rating.reason), rating.ratedAt)
            }
            let own = try model.tasks.sorted { $0.sharePercent > $1.sharePercent }.map { task in
                let key = ExposureTaskKey.own(try task.requireID())
                let (rating, on) = local(key)
                return ExposureClassification.Task(
                    key: key, statement: task.task, type: .unrated, timeShare: Double(task.sharePercent) / 100,
                    occupation: nil, published: nil, local: rating, ratedOn: on)
            }
            let mapped = occupationsByClassification[id] ?? []
            let baseline = mapped.flatMap { occupation in
                (labelsByCode[occupation.occupationCode] ?? []).map { label in
                    let key = ExposureTaskKey.published(code: label.occupationCode, taskID: label.taskID)
                    let (rating, on) = local(key)
                    return ExposureClassification.Task(
                        key: key, statement: label.statement, type: label.taskType, timeShare: nil,
                        occupation: "\(label.occupationCode) \(label.occupationTitle)",
                        published: label.labeledTask.rating(by: rater), local: rating, ratedOn: on)
                }
            }
            return ExposureClassification(
                id: id, title: model.title, headcount: model.headcount, unit: model.unit.name, local: model.unit.local,
                occupations: mapped.map { (code: $0.occupationCode, title: $0.occupationTitle) }, tasks: own + baseline)
        }
    }

    /// Rates one task of a classification by hand, or with `rating` "none" takes the local rating back, so the
    /// published label counts again.
    func rate(_ id: UUID, task key: String, rating: String, reason: String) async throws {
        try await requireRating(id)
        let classification = try await self.classification(id, labelledBy: .human)
        var problems: [DomainError] = []
        let task = ExposureTaskKey(key).flatMap { key in classification.tasks.first { $0.key == key } }
        if task == nil {
            problems.append(DomainError(code: .invalidField, field: "task", message: "choose one of the classification's tasks"))
        }
        let clearing = rating == "none"
        let value = ExposureRating(rawValue: rating)
        if value == nil, !clearing {
            problems.append(DomainError(code: .invalidField, field: "rating", message: "choose E0, E1 or E2"))
        }
        let reason = clearing ? "" : InputText.bounded(
            reason, field: "reason", limit: 1_000, what: "say why the task has this rating", &problems) ?? ""
        guard problems.isEmpty, let task else { throw StewardError.invalid(problems) }
        let existing = try await ExposureRatingModel.query(on: database).filter(\.$classification.$id == id)
            .filter(\.$taskKey == task.key.description).first()
        if clearing, existing == nil { return }
        try await database.transaction { db in
            if clearing {
                try await existing?.delete(on: db)
            } else if let value {
                let model = existing ?? ExposureRatingModel()
                model.$classification.id = id
                model.taskKey = task.key.description
                model.statement = task.statement.clipped(to: 1_000)
                model.rating = value
                model.reason = reason
                model.$ratedByPerson.id = authorizer.actor.person?.id.uuid
                model.ratedBy = authorizer.actor.name
                model.ratedAt = authorizer.clock()
                try await model.save(on: db)
            }
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "exposure.rate", objectType: "job-classification",
                objectID: id.uuidString.lowercased(), zone: .organization,
                summary: clearing
                    ? "took back the local rating of a task of \(classification.title)"
                    : "rated a task of \(classification.title) \(rating)",
                change: ["task": task.key.description, "rating": clearing ? "" : rating, "reason": reason]))
        }
    }

    /// Maps a classification to an imported O*NET occupation, whose tasks become its baseline.
    func map(_ id: UUID, occupation code: String) async throws {
        try await requireRating(id)
        let code = code.trimmingCharacters(in: .whitespaces)
        guard let label = try await ExposureLabelModel.query(on: database).filter(\.$occupationCode == code).first() else {
            throw StewardError.invalid([DomainError(
                code: .invalidField, field: "code",
                message: "no imported O*NET occupation has the code \(code.prefix(20)); search for one by title")])
        }
        let present = try await ClassificationOccupationModel.query(on: database).filter(\.$classification.$id == id)
            .filter(\.$occupationCode == code).count()
        guard present == 0 else { return }
        let model = ClassificationOccupationModel()
        model.$classification.id = id
        model.occupationCode = code
        model.occupationTitle = label.occupationTitle
        try await database.transaction { db in
            try await model.create(on: db)
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "exposure.map", objectType: "job-classification",
                objectID: id.uuidString.lowercased(), zone: .organization,
                summary: "mapped a classification to the O*NET occupation \(code) \(label.occupationTitle)",
                change: ["occupation": code]))
        }
    }

    /// Takes an O*NET occupation off a classification; ratings of its tasks stay, and count again if it is mapped
    /// back.
    func unmap(_ id: UUID, occupation code: String) async throws {
        try await requireRating(id)
        let mapped = try await ClassificationOccupationModel.query(on: database).filter(\.$classification.$id == id)
            .filter(\.$occupationCode == code).all()
        guard !mapped.isEmpty else { return }
        try await database.transaction { db in
            for model in mapped { try await model.delete(on: db) }
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "exposure.unmap", objectType: "job-classification",
                objectID: id.uuidString.lowercased(), zone: .organization,
                summary: "took the O*NET occupation \(code.prefix(20)) off a classification", change: ["occupation": String(code.prefix(20))]))
        }
    }

    private func requireRating(_ id: UUID) async throws {
        guard try await JobClassificationModel.find(id, on: database) != nil else { throw Self.missing(id) }
        try await authorizer.require(
            .rateExposure, in: .organization, standing: authorizer.committee.standing(), on: Self.missing(id))
    }

    static func missing(_ id: UUID) -> StewardError {
        StewardError.notFound("no job classification with id \(id.uuidString.lowercased())")
    }
}

extension Authorizer {
    var exposure: ExposureService { ExposureService(authorizer: self) }
}
