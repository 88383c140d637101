import Foundation
import Vapor

/// The bargaining units, their contracts and job classifications with headcount and tasks.
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

    let layout: LayoutContext
    let units: [Unit]

    init(request: Request, units: [BargainingUnitModel], classifications: [JobClassificationModel]) {
        layout = LayoutContext(request: request, title: "Bargaining units")
        let byUnit = Dictionary(grouping: classifications, by: { $0.$unit.id })
        self.units = units.map { unit in
            let classifications = (unit.id.flatMap { byUnit[$0] } ?? []).sorted { $0.title < $1.title }
            return Unit(
                name: unit.name, local: unit.local, contract: unit.contractTitle,
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
