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
            var dated = try mine().filter(\.$due != nil)
            if let cursor, let due = cursor.due {
                dated = dated.group(.or) { later in
                    later.filter(\.$due > due)
                    later.group(.and) { same in
                        same.filter(\.$due == due)
                        same.filter(\.$id > cursor.id)
                    }
                }
            }
            steps = try await dated.sort(\.$due).sort(\.$id).limit(page.limit + 1).all()
        }
        if steps.count <= page.limit {
            var undated = try mine().filter(\.$due == nil)
            if let cursor, cursor.due == nil { undated = undated.filter(\.$id > cursor.id) }
            steps += try await undated.sort(\.$id).limit(page.limit + 1 - steps.count).all()
        }
        return Page(fetched: steps, limit: page.limit) { step in
            "\(step.due.map { String(Int64($0.timeIntervalSince1970)) } ?? "none")_\(step.id?.uuidString ?? "")"
        }
    }

    /// Open steps that name the actor, or that belong to the actor's role and name no one.
    private func mine() throws -> QueryBuilder<ReviewStepModel> {
        guard let person = authorizer.actor.person else { throw StewardError.signInRequired }
        return ReviewStepModel.query(on: database).filter(\.$status == .open)
            .visible(to: authorizer, zone: \.$zone)
            .group(.or) { mine in
                mine.filter(\.$owner.$id == person.id.uuid)
                mine.group(.and) { role in
                    role.filter(\.$ownerRole == person.role)
                    role.filter(\.$owner.$id == nil)
                }
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
