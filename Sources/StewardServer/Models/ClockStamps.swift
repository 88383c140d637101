import Fluent
import Foundation
import Vapor

/// A model whose creation time is stamped from the application's clock, the one place the server reads the time
/// (Fluent's own `@Timestamp` reads the system clock, which tests cannot fix).
protocol CreationStamped: Model {
    var createdAt: Date? { get set }
}

/// A model whose time of last change is stamped from the application's clock.
protocol ChangeStamped: Model {
    var updatedAt: Date? { get set }
}

/// Stamps `created_at` (and `updated_at`, where a model keeps it) from the clock as models are written.
struct ClockStamps<Stamped: CreationStamped>: AsyncModelMiddleware {
    let clock: @Sendable () -> Date

    func create(model: Stamped, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        if model.createdAt == nil { model.createdAt = clock() }
        (model as? any ChangeStamped)?.updatedAt = clock()
        try await next.create(model, on: db)
    }

    func update(model: Stamped, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        (model as? any ChangeStamped)?.updatedAt = clock()
        try await next.update(model, on: db)
    }
}

extension NoteModel: CreationStamped {}
extension UseCaseModel: CreationStamped {}
extension APITokenModel: CreationStamped {}
extension OrganizationModel: CreationStamped {}
extension AIToolModel: CreationStamped, ChangeStamped {}
extension PersonModel: CreationStamped {}
extension TrainingCourseModel: CreationStamped {}
extension TrainingRecordModel: CreationStamped {}
extension PilotModel: CreationStamped {}
extension PilotMetricModel: CreationStamped {}
extension PilotSurveyAnswerModel: CreationStamped {}
extension DeterminationModel: CreationStamped {}
extension BargainingEntryModel: CreationStamped {}
extension BargainingOutcomeModel: CreationStamped {}
extension GatewayKeyModel: CreationStamped {}

extension Application {
    /// Registers the clock stamps of every stamped model; the clock is read at each write, so a test may fix it.
    func useClockStamps() {
        let clock: @Sendable () -> Date = { [weak self] in self?.clock() ?? Date(timeIntervalSince1970: 0) }
        databases.middleware.use(ClockStamps<NoteModel>(clock: clock))
        databases.middleware.use(ClockStamps<UseCaseModel>(clock: clock))
        databases.middleware.use(ClockStamps<APITokenModel>(clock: clock))
        databases.middleware.use(ClockStamps<OrganizationModel>(clock: clock))
        databases.middleware.use(ClockStamps<AIToolModel>(clock: clock))
        databases.middleware.use(ClockStamps<PersonModel>(clock: clock))
        databases.middleware.use(ClockStamps<TrainingCourseModel>(clock: clock))
        databases.middleware.use(ClockStamps<TrainingRecordModel>(clock: clock))
        databases.middleware.use(ClockStamps<PilotModel>(clock: clock))
        databases.middleware.use(ClockStamps<PilotMetricModel>(clock: clock))
        databases.middleware.use(ClockStamps<PilotSurveyAnswerModel>(clock: clock))
        databases.middleware.use(ClockStamps<DeterminationModel>(clock: clock))
        databases.middleware.use(ClockStamps<BargainingEntryModel>(clock: clock))
        databases.middleware.use(ClockStamps<BargainingOutcomeModel>(clock: clock))
        databases.middleware.use(ClockStamps<GatewayKeyModel>(clock: clock))
    }
}
