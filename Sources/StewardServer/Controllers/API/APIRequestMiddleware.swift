import Vapor

/// Hands the Vapor `Request` to the generated API handlers, which only see typed inputs, through a task-local
/// (swift-openapi-vapor's request-injection pattern). It also collects the body up to its route's size limit,
/// because the OpenAPI transport streams bodies and would otherwise read any amount.
struct APIRequestMiddleware: AsyncMiddleware {
    @TaskLocal static var current: Request?

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method != .GET, request.method != .HEAD {
            try await request.collectBody()
        }
        let response = try await Self.$current.withValue(request) {
            try await next.respond(to: request)
        }
        if let link = request.storage[NextPageLinkKey.self] { response.headers.replaceOrAdd(name: "Link", value: link) }
        return response
    }
}

/// The `Link` header of a paged list. The OpenAPI runtime percent-encodes header values, which would garble the
/// angle brackets of a link, so handlers leave the header to ``APIRequestMiddleware``.
struct NextPageLinkKey: StorageKey {
    typealias Value = String
}

extension Request {
    /// Sends `page`'s link to the next page, if there is one, in the response's `Link` header.
    func linkNextPage<Item>(_ page: Page<Item>, limit: Int) {
        if let link = page.linkHeader(from: url, limit: limit) { storage[NextPageLinkKey.self] = link }
    }
}
