import Fluent
import Foundation
import StewardCore

extension ReviewService {
    /// The actor's open steps, a page at a time: those naming them, and those of their role that name no one;
    /// soonest due first, steps without a due date last. The cursor is the last step's due day and id.
    func openSteps(page: PageRequest) async throws -> Page<ReviewStepModel> {
        let cursor = try page.after.map(Self.cursor)
        var steps: [ReviewStepModel] = []
        if cursor == nil || cursor?.due != nil {
            steps = try await merged(try mine().map { query in
                var dated = query.filter(\.$due != nil)
                if let cursor, let due = cursor.due {
                    dated = dated.group(.or) { later in
                        later.filter(\.$due > due)
                        later.group(.and) { same in
                            same.filter(\.$due == due)
                            same.filter(\.$id > cursor.id)
                        }
                    }
                }
                return dated.sort(\.$due).sort(\.$id).limit(page.limit + 1)
            })
        }
        if steps.count <= page.limit {
            steps += try await merged(try mine().map { query in
                var undated = query.filter(\.$due == nil)
                if let cursor, cursor.due == nil { undated = undated.filter(\.$id > cursor.id) }
                return undated.sort(\.$id).limit(page.limit + 1 - steps.count)
            })
        }
        return Page(fetched: Array(steps.prefix(page.limit + 1)), limit: page.limit) { step in
            "\(step.due.map { String(Int64($0.timeIntervalSince1970)) } ?? "none")_\(step.id?.uuidString ?? "")"
        }
    }

    /// Whether an open step the actor may read names them. When none does, their open steps are their role's alone,
    /// the same for everyone of the same access. What's due reads the same with the reader's own items, in
    /// ``OwnWorkService/read()``; the two must ask the same question.
    func anyOpenStepNamesActor() async throws -> Bool {
        try await namingActor().field(\.$id).first() != nil
    }

    /// The open steps that name the actor, and those of the actor's role that name no one: two queries, so that
    /// each reads its own index range in due order (one query with OR walks every open step to find a worker's few).
    private func mine() throws -> [QueryBuilder<ReviewStepModel>] {
        [try namingActor(), try readableOpenSteps().filter(\.$ownerRole == signedIn().role).filter(\.$owner.$id == nil)]
    }

    private func namingActor() throws -> QueryBuilder<ReviewStepModel> {
        try readableOpenSteps().filter(\.$owner.$id == signedIn().id.uuid)
    }

    private func readableOpenSteps() -> QueryBuilder<ReviewStepModel> {
        ReviewStepModel.query(on: database).filter(\.$status == .open).visible(to: authorizer, zone: \.$zone)
    }

    private func signedIn() throws -> Person {
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        return person
    }

    /// The steps of each query, each in due order then id, merged into that order.
    private func merged(_ queries: [QueryBuilder<ReviewStepModel>]) async throws -> [ReviewStepModel] {
        var steps: [ReviewStepModel] = []
        for query in queries { steps += try await query.all() }
        let undated = Date.distantFuture
        // Ids compare as their text, as both databases order them.
        return steps.sorted {
            ($0.due ?? undated, $0.id?.uuidString ?? "") < ($1.due ?? undated, $1.id?.uuidString ?? "")
        }
    }

    private static func cursor(_ text: String) throws -> (due: Date?, id: UUID) {
        let parts = text.split(separator: "_")
        guard parts.count == 2, let id = UUID(uuidString: String(parts[1])),
              parts[0] == "none" || Int64(parts[0]) != nil
        else { throw PageRequest.notACursor(text) }
        return (Int64(parts[0]).map { Date(timeIntervalSince1970: Double($0)) }, id)
    }
}
