import Analytics
import Fluent
import Foundation
import StewardCore

/// Bias audits of a use's decisions (Seeds 000 and 003: AI regularly audited for fairness), computed from the tool's
/// decision log in the manner of New York City's rules and kept with the use's scheduled audit or bias-audit step.
/// Whoever records audits on the step (its owner, or the AI officer) uploads the log; a published audit's summary
/// is in the public inventory.
struct BiasAuditService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// What a bias audit is computed from, as the upload form sends it.
    struct Upload: Sendable {
        var bytes: [UInt8]
        var fileName: String
        /// The outcome column.
        var outcome: String
        /// `selection` or `score`.
        var kind: String
        /// The category columns, separated by commas.
        var categories: String
        var dataSource: String
        var publish: Bool
    }

    /// The bias audits recorded on a step, newest first.
    func audits(on stepID: ReviewStepID) async throws -> [BiasAuditModel] {
        _ = try await authorizer.reviews.step(stepID)
        return try await BiasAuditModel.query(on: database).filter(\.$step.$id == stepID.uuid)
            .with(\.$groups).sort(\.$createdAt, .descending).all()
    }

    /// One bias audit with its groups, for those who may read its step.
    func audit(_ id: UUID) async throws -> BiasAuditModel {
        let missing = Self.missing(id)
        guard let audit = try await BiasAuditModel.query(on: database).filter(\.$id == id).with(\.$groups).first() else {
            throw missing
        }
        _ = try await authorizer.reviews.step(ReviewStepID(audit.$step.id))
        return audit
    }

    /// A published audit of a use the public inventory lists, with the use; 404 otherwise, for anyone.
    func published(_ id: UUID) async throws -> (audit: BiasAuditModel, useCase: UseCaseModel) {
        guard let audit = try await BiasAuditModel.query(on: database).filter(\.$id == id).filter(\.$published == true)
            .with(\.$groups).with(\.$step).first(),
            let useCase = try await InventoryService(database: database).publishedUse(UseCaseID(audit.step.$useCase.id))
        else { throw Self.missing(id) }
        return (audit, useCase)
    }

    /// The published audits of a use the public inventory lists, newest first.
    func published(of useCaseID: UseCaseID) async throws -> [BiasAuditModel] {
        let steps = try await ReviewStepModel.query(on: database).filter(\.$useCase.$id == useCaseID.uuid)
            .filter(\.$zone == .organization).all().compactMap(\.id)
        return try await BiasAuditModel.query(on: database).filter(\.$step.$id ~~ steps).filter(\.$published == true)
            .sort(\.$createdAt, .descending).all()
    }

    /// Computes and records a bias audit on an audit step of a use in service.
    /// - Throws: a 422 naming the field, or the line and column of the log, that is wrong; 409 when the step is not
    ///   an audit or the use is not in service.
    func record(on stepID: ReviewStepID, _ upload: Upload) async throws -> BiasAuditModel {
        let (step, useCase) = try await authorizer.useAudits.recordable(stepID)
        var problems: [DomainError] = []
        let outcome = InputText.bounded(upload.outcome, field: "outcome", limit: 200, what: "name the outcome column", &problems)
        let kind: DecisionLog.Outcome? = switch (upload.kind, outcome) {
        case ("selection", let column?): .selection(column: column)
        case ("score", let column?): .score(column: column)
        default: nil
        }
        if upload.kind != "selection", upload.kind != "score" {
            problems.append(DomainError(code: .invalidField, field: "kind", message: "say whether the outcome is selected or not, or a score"))
        }
        let categories = upload.categories.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if categories.isEmpty {
            problems.append(DomainError(code: .invalidField, field: "categories", message: "name at least one category column, such as sex, race"))
        } else if categories.count > 6 {
            problems.append(DomainError(code: .invalidField, field: "categories", message: "name at most six category columns"))
        }
        let source = InputText.bounded(
            upload.dataSource, field: "dataSource", limit: 2_000, what: "say where the decisions come from and what they are", &problems)
        if upload.bytes.isEmpty {
            problems.append(DomainError(code: .invalidField, field: "file", message: "choose the decision log (CSV) to audit"))
        }
        guard problems.isEmpty, let kind, let source else { throw StewardError.invalid(problems) }
        let result: BiasAudit
        do { result = try DecisionLog(csv: upload.bytes, outcome: kind, categories: categories).audit() } catch {
            throw StewardError.invalid([error.domainError()])
        }
        let (audit, groups) = Self.records(
            of: result, on: stepID, day: authorizer.today, dataSource: source,
            fileName: UploadedFileName.display(upload.fileName, otherwise: "decisions.csv"), categories: categories,
            recordedBy: authorizer.actor.name, published: upload.publish, at: authorizer.clock())
        try await database.transaction { db in
            try await audit.create(on: db)
            for batch in groups.chunked(500) { try await batch.create(on: db) }
            try await authorizer.auditTrail(on: db).record(AuditEntry(
                actor: authorizer.actor, action: "use-case.bias-audit", objectType: "review-step", objectID: stepID.description,
                zone: step.zone,
                summary: "computed a bias audit of \(result.rows) decisions of \"\(useCase.title)\" by \(audit.categories); "
                    + "\(audit.flagged) group(s) under the four-fifths line" + (upload.publish ? "; published its summary" : ""),
                change: [
                    "rows": String(result.rows), "categories": audit.categories, "flagged": String(audit.flagged),
                    "published": upload.publish ? "yes" : "no",
                ]))
        }
        return audit
    }

    /// The records that keep a computed audit: its facts, and a row per group.
    static func records(
        of result: BiasAudit, on stepID: ReviewStepID, day: LocalDay, dataSource: String, fileName: String,
        categories: [String], recordedBy: String, published: Bool, at now: Date
    ) -> (BiasAuditModel, [BiasAuditGroupModel]) {
        let audit = BiasAuditModel()
        let id = UUID()
        audit.id = id
        audit.$step.id = stepID.uuid
        audit.conductedOn = day.description
        audit.dataSource = dataSource
        audit.fileName = fileName
        audit.outcomeColumn = result.outcomeColumn
        audit.rateKind = result.rate.rawValue
        audit.categories = categories.joined(separator: ", ")
        audit.rows = result.rows
        audit.median = result.median
        audit.unknown = result.unknown.map { "\($0.columns.joined(separator: " × ")): \($0.count)" }.joined(separator: "\n")
        audit.flagged = result.groups.filter(\.isFlagged).count
        audit.published = published
        audit.recordedBy = recordedBy
        audit.createdAt = now
        let groups = result.groups.enumerated().map { position, group in
            let model = BiasAuditGroupModel()
            model.$audit.id = id
            model.position = position
            model.breakdown = group.group.map(\.column).joined(separator: " × ")
            model.groupLabel = group.group.map(\.value).joined(separator: " × ")
            model.count = group.count
            model.selected = group.selected
            model.impactRatio = group.impactRatio
            model.excluded = group.isExcluded
            model.flagged = group.isFlagged
            return model
        }
        return (audit, groups)
    }

    static func missing(_ id: UUID) -> StewardError {
        StewardError.notFound("no bias audit with id \(id.uuidString.lowercased())")
    }
}

extension Authorizer {
    var biasAudits: BiasAuditService { BiasAuditService(authorizer: self) }
}
