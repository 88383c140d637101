import StewardCore

/// Converts between the enums generated from the OpenAPI document and StewardCore's, which spell their values the
/// same way (`APIDocumentTests` checks every list). A failure means the two have drifted apart: a server bug.
enum Vocabulary {
    static func convert<Source: RawRepresentable, Target: RawRepresentable>(
        _ value: Source, to _: Target.Type = Target.self
    ) throws -> Target where Source.RawValue == Target.RawValue {
        guard let converted = Target(rawValue: value.rawValue) else {
            throw StewardError(
                .internalServerError, "the API document and StewardCore disagree about `\(value.rawValue)`")
        }
        return converted
    }

    /// A set of values, as a list in raw-value order.
    static func list<Source: RawRepresentable, Target: RawRepresentable>(
        _ values: some Sequence<Source>, to _: Target.Type = Target.self
    ) throws -> [Target] where Source.RawValue == Target.RawValue, Source.RawValue: Comparable {
        try values.sorted { $0.rawValue < $1.rawValue }.map { try convert($0) }
    }

    /// A list of values from a request, as a set.
    static func set<Source: RawRepresentable, Target: RawRepresentable & Hashable>(
        _ values: [Source], to _: Target.Type = Target.self
    ) throws -> Set<Target> where Source.RawValue == Target.RawValue {
        Set(try values.map { try convert($0) })
    }
}
