import Foundation

/// Says where a pack applies, naming its units.
struct PackScope {
    let names: [String: String]

    init(units: [BargainingUnitModel]) {
        names = Dictionary(
            units.compactMap { unit in unit.id.map { ($0.uuidString.lowercased(), "\(unit.name) (\(unit.local))") } },
            uniquingKeysWith: { first, _ in first })
    }

    /// "The whole organization", or the units by name.
    func text(_ unitIDs: [String]) -> String {
        unitIDs.isEmpty
            ? "The whole organization"
            : unitIDs.map { names[$0.lowercased()] ?? "a unit no longer on record" }.sorted().joined(separator: "; ")
    }
}
