import Fluent
import Foundation
import StewardCore

/// What the review records of a set of uses say that the federal inventory asks or Steward's own columns give: the
/// steps each use required and completed, when it began to run, the union's notice and bargaining, and the units
/// and job classifications it affects. Only records of the organization zone are read, since what they give is
/// published.
struct FederalReviewRecords: Sendable {
    private let steps: [UUID: [ReviewStepModel]]
    private let outcomes: [UUID: BargainingOutcome]
    private let pilotStarts: [UUID: Date]
    private let classifications: [UUID: [String]]
    private let zone: TimeZone

    /// The records of `uses`, read on `db` in batches; days are counted in `zone`, the organization's.
    static func load(for uses: [UseCaseModel], on db: any Database, zone: TimeZone) async throws -> Self {
        var steps: [ReviewStepModel] = []
        for batch in try uses.map({ try $0.requireID() }).chunked(1000) {
            steps += try await ReviewStepModel.query(on: db).filter(\.$useCase.$id ~~ batch)
                .filter(\.$zone == .organization).all()
        }
        let bargaining = try steps.filter { $0.kind == .decisionalBargaining }.map { try $0.requireID() }
        let pilots = try steps.filter { $0.kind == .pilot }.map { try $0.requireID() }
        var outcomes: [UUID: BargainingOutcome] = [:]
        var pilotStarts: [UUID: Date] = [:]
        for batch in bargaining.chunked(1000) {
            for outcome in try await BargainingOutcomeModel.query(on: db).filter(\.$step.$id ~~ batch).all() {
                outcomes[outcome.$step.id] = outcome.outcome
            }
        }
        for batch in pilots.chunked(1000) {
            for pilot in try await PilotModel.query(on: db).filter(\.$step.$id ~~ batch).all() {
                if let started = pilot.startedAt { pilotStarts[pilot.$step.id] = started }
            }
        }
        let units = Array(Set(uses.map(\.$unit.id)))
        var classifications: [UUID: [String]] = [:]
        for batch in units.chunked(1000) {
            for classification in try await JobClassificationModel.query(on: db).filter(\.$unit.$id ~~ batch).all() {
                classifications[classification.$unit.id, default: []].append(classification.title)
            }
        }
        return FederalReviewRecords(
            steps: Dictionary(grouping: steps, by: \.$useCase.id), outcomes: outcomes, pilotStarts: pilotStarts,
            classifications: classifications.mapValues { $0.sorted() }, zone: zone)
    }

    /// Which steps the use required and completed, and the day it began to run: the day it was approved, or for a
    /// use in pilot the day its pilot started.
    func history(of useCase: UseCaseModel) -> OMB2025.UseHistory {
        let steps = self.steps[useCase.id ?? UUID()] ?? []
        let started: Date? =
            switch useCase.reviewStatus {
            case .approved: useCase.approvedAt
            case .inPilot: steps.compactMap { $0.id.flatMap { pilotStarts[$0] } }.min()
            default: nil
            }
        return OMB2025.UseHistory(
            operationalDate: started.map { LocalDay($0, in: zone) }, requiredSteps: Set(steps.map(\.kind)),
            completedSteps: Set(steps.filter { $0.status == .done }.map(\.kind)))
    }

    /// Steward's own columns for the use: the day the union was given notice (its notice step was completed), where
    /// the notice and any bargaining stand once notice was given or bargaining ended, the use's unit and that
    /// unit's job classifications.
    func stewardColumns(of useCase: UseCaseModel, unitName: String) -> OMB2025File.StewardColumns {
        let steps = self.steps[useCase.id ?? UUID()] ?? []
        let notice = steps.first { $0.kind == .unionNotice }
        let noticeGiven = notice.flatMap { $0.status == .done ? $0.completedAt : nil }
        let outcome = steps.filter { $0.kind == .decisionalBargaining }.compactMap { $0.id.flatMap { outcomes[$0] } }
            .first
        let answered = noticeGiven != nil || notice?.answer != nil || outcome != nil
        return OMB2025File.StewardColumns(
            unionNoticeDate: noticeGiven.map { LocalDay($0, in: zone) },
            bargainingStatus: answered
                ? OMB2025File.StewardColumns.BargainingStatus(answer: notice?.answer, outcome: outcome) : nil,
            affectedUnits: [unitName], affectedClassifications: classifications[useCase.$unit.id] ?? [])
    }
}
