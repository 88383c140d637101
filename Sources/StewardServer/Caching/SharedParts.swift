import Vapor

extension Request {
    /// The HTML of `template` drawn from the context `read` gives, drawn once a second at most for all requests to
    /// this address whose readers see it alike, and forgotten at every change (``ServerCaches/sharedParts``).
    /// `seenAs` must name everything besides the address that the part depends on: the zones its reader may read,
    /// what their role lets them do there; a part that depends on who the reader is cannot be shared.
    func sharedPart<Context: Encodable & Sendable>(
        _ template: String, seenAs view: String, read: @escaping @Sendable () async throws -> Context
    ) async throws -> String {
        try await application.caches.sharedParts.value("\(view) \(url.string)") {
            String(buffer: try await self.view.render(template, try await read()).data)
        }
    }
}
