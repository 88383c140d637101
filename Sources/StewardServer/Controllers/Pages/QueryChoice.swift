import StewardCore
import Vapor

extension Request {
    /// A query parameter that names one of a set of choices, or `fallback` when it is absent or empty; an unknown
    /// value is a 400 naming the parameter and the choices there are.
    func choice<Choice: RawRepresentable & CaseIterable>(
        _ name: String, default fallback: Choice
    ) throws -> Choice where Choice.RawValue == String {
        guard let text = query[String.self, at: name], !text.isEmpty else { return fallback }
        guard let value = Choice(rawValue: text) else {
            let allowed = Choice.allCases.map(\.rawValue)
            throw StewardError(
                .badRequest, "query parameter `\(name)`: unknown value `\(text.prefix(40))`"
                    + Suggestion.hint(for: text, among: allowed) + "Allowed: " + allowed.joined(separator: ", "))
        }
        return value
    }
}
