import StewardCore

/// What importing a federal inventory file did: the uses it brought in, the tools and units it had to create,
/// and each problem by line and column (the rows they name were not imported, or only in part).
struct FederalImportReport: Sendable {
    let fileName: String
    let uses: Int
    let newTools: Int
    let newUnits: Int
    let problems: [CSVReader.Problem]

    /// One sentence for people to read.
    var summary: String {
        "Imported \(uses) use\(uses == 1 ? "" : "s") from \(fileName): \(newTools) new tool\(newTools == 1 ? "" : "s"), "
            + "\(newUnits) new unit\(newUnits == 1 ? "" : "s"); \(problems.count) problem\(problems.count == 1 ? "" : "s")"
            + (problems.isEmpty ? "." : ", listed by line and column.")
    }
}
