import Vapor

/// The token a part's forms send back (``CSRFMiddleware``), by field name and value.
struct FormToken: Encodable, Sendable {
    let field: String
    let value: String

    /// What stands for the token in a part drawn for many readers: random for each run of the server and never sent
    /// to anyone, as each reader's copy has it replaced by their own token (``SharedPart/filled(with:)``).
    static let placeholder = FormToken(
        field: CSRFMiddleware.field, value: "token-" + [UInt8].random(count: 24).base64URLEncoded)
}

/// A part of a page as drawn for many readers, cut where their form token goes.
struct SharedPart: Sendable {
    private let pieces: [String]

    init(drawn html: String) {
        pieces = html.components(separatedBy: FormToken.placeholder.value)
    }

    /// The part with `token` where the placeholder stood.
    func filled(with token: @autoclosure () -> String) -> String {
        pieces.count == 1 ? pieces[0] : pieces.joined(separator: token())
    }
}

extension Request {
    /// The HTML of `template` drawn from the context `read` gives, drawn once a second at most for all requests to
    /// this address whose readers see it alike, and forgotten at every change (``ServerCaches/sharedParts``).
    /// `seenAs` must name everything besides the address that the part depends on: the zones its reader may read,
    /// what their role lets them do there; a part that depends on who the reader is cannot be shared.
    func sharedPart<Context: Encodable & Sendable>(
        _ template: String, seenAs view: String, read: @escaping @Sendable () async throws -> Context
    ) async throws -> String {
        try await part(template, sharedBy: view) { _ in try await read() }
    }

    /// A part that may hold forms, shared as ``sharedPart(_:seenAs:read:)`` shares it: `read` is given the token its
    /// forms send back, a placeholder that each reader's copy has replaced by their own. With `sharedBy` nil the part
    /// is drawn for this request alone (a form shown again with what its reader typed and its problems).
    func part<Context: Encodable & Sendable>(
        _ template: String, sharedBy view: String?, read: @escaping @Sendable (FormToken) async throws -> Context
    ) async throws -> String {
        let token = { self.actor.person == nil ? "" : CSRFMiddleware.token(for: self) }
        guard let view else {
            return String(buffer: try await self.view.render(template, try await read(
                FormToken(field: CSRFMiddleware.field, value: token()))).data)
        }
        let shared = try await application.caches.sharedParts.value("\(view) \(url.string)") {
            SharedPart(drawn: String(buffer: try await self.view.render(template, try await read(.placeholder)).data))
        }
        return shared.filled(with: token())
    }
}
