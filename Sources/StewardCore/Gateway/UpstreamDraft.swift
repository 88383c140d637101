import Foundation

/// Where the gateway sends a tool's calls, as the AI officer types it: the tool's short name in the gateway (the
/// `model` a client asks for), the AI service's base URL and model, and its credential.
///
/// ```swift
/// let draft = UpstreamDraft(gatewayName: "", baseURL: "https://api.example.com/v1", model: "gpt-4o", credential: "sk-…")
/// draft.problems(toolName: "Draft Mate")   // []
/// draft.name(forTool: "Draft Mate")        // "draft-mate"
/// ```
public struct UpstreamDraft: Hashable, Sendable {
    public var gatewayName: String
    public var baseURL: String
    public var model: String
    /// Empty keeps the credential already stored, when there is one.
    public var credential: String

    public init(gatewayName: String, baseURL: String, model: String, credential: String) {
        self.gatewayName = gatewayName.trimmingCharacters(in: .whitespaces)
        self.baseURL = baseURL.trimmingCharacters(in: .whitespaces)
        self.model = model.trimmingCharacters(in: .whitespaces)
        self.credential = credential.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The gateway name: the one typed, or a slug of the tool's name.
    public func name(forTool toolName: String) -> String {
        gatewayName.isEmpty ? Self.slug(toolName) : gatewayName
    }

    /// What is wrong with the draft, by field; empty when it can be stored. `hasCredential` says whether a
    /// credential is stored already, so that an empty one keeps it.
    public func problems(toolName: String, hasCredential: Bool) -> [DomainError] {
        var problems: [DomainError] = []
        let name = name(forTool: toolName)
        if !(1...60).contains(name.count) || !name.allSatisfy(Self.isNameCharacter) || name.first == "-" {
            problems.append(DomainError(
                code: .invalidField, field: "gatewayName",
                message: "use 1 to 60 lower-case letters, digits, '-', '.' or '_', not starting with '-'"))
        }
        if !Self.isServiceURL(baseURL) {
            problems.append(DomainError(
                code: .invalidField, field: "baseURL",
                message: "give the service's address, such as https://api.example.com/v1 (http or https, with a host)"))
        }
        if !(1...200).contains(model.count) || model.contains(where: \.isNewline) {
            problems.append(DomainError(code: .invalidField, field: "model", message: "name the service's model in 1 to 200 characters"))
        }
        if credential.isEmpty && !hasCredential {
            problems.append(DomainError(code: .invalidField, field: "credential", message: "give the service's API key"))
        } else if credential.count > 4096 || credential.contains(where: { $0.isNewline || $0.isWhitespace }) {
            problems.append(DomainError(
                code: .invalidField, field: "credential", message: "an API key is one word of at most 4096 characters"))
        }
        return problems
    }

    /// A tool's name as a gateway name: lower case, runs of anything but letters and digits as one `-`.
    public static func slug(_ name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug += "-"
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return String(slug.prefix(60))
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLowercase || character.isNumber || "-._".contains(character))
    }

    /// An absolute http(s) URL with a host, no query, fragment or user.
    private static func isServiceURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = text.dropFirst(8) }
        else if lower.hasPrefix("http://") { rest = text.dropFirst(7) }
        else { return false }
        let host = rest.prefix { $0 != "/" && $0 != ":" }
        return text.count <= 500 && !host.isEmpty && !text.contains(where: { $0.isWhitespace || "?#@".contains($0) })
    }
}
