import StewardCore

extension DomainError {
    /// The problem behind a decoding failure on an enumerated field of the JSON API (a fact of the vocabulary, or a
    /// tool status), naming the field and its allowed values; nil for any other decoding failure.
    ///
    /// The OpenAPI server decodes enums before a handler runs, so without this an unknown value would be a bare 400.
    init?(unknownValueIn error: DecodingError) {
        guard case .dataCorrupted(let context) = error,
              let field = context.codingPath.last(where: { $0.intValue == nil })?.stringValue
        else { return nil }
        // Swift's RawRepresentable decoding says "Cannot initialize T from invalid String value x".
        let value = context.debugDescription.range(of: " value ", options: .backwards)
            .map { String(context.debugDescription[$0.upperBound...]) } ?? "?"
        if let fact = Fact(rawValue: field), fact.kind != .boolean {
            self = .unknownValue(value, of: fact)
        } else if field == "to" || field == "status" {
            let allowed = ToolStatus.allCases.map(\.rawValue)
            self.init(
                code: .unknownValue, field: field,
                message: "`\(field)`: unknown status `\(value)`. Allowed: " + allowed.joined(separator: ", "))
        } else {
            return nil
        }
    }
}
