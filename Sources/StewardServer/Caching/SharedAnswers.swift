import Vapor

/// Answers that are the same for readers alike, kept whole for a second in ``ServerCaches/sharedAnswers`` and
/// forgotten at every change: the public inventory's JSON for everyone, and lists whose entries depend on the
/// reader's access alone (``Actor/access``) for readers of the same access. Each costs more to read and encode
/// than to look up.
struct SharedAnswers: AsyncMiddleware {
    /// The paths whose successful GET answers are shared by every reader.
    static let paths: Set<String> = [APIPaths.base + "/inventory"]
    /// The paths whose successful GET answers are shared by readers of the same access. None depends on who the
    /// reader is beyond their access: not on their own records, keys or standing on a record.
    static let pathsByAccess: Set<String> = Set(
        ["/tools", "/people", "/units", "/contracts", "/packs", "/audit-events", "/committee/meetings", "/grievances"]
            .map { APIPaths.base + $0 })
    /// The paths whose successful GET answers are shared by signed-in readers of the same access unless the reader
    /// has records of their own among them, as the function of each tells.
    static let pathsByAccessUnlessOwn: [String: @Sendable (Request) async throws -> Bool] = [
        APIPaths.base + "/steps": { request in try await request.authorizer.reviews.anyOpenStepNamesActor() },
        APIPaths.base + "/reports": { request in try !request.authorizer.reports.readsEveryonesReports },
    ]

    /// An answer as kept: what a response is made of.
    struct Answer: Sendable {
        let status: HTTPResponseStatus
        let headers: HTTPHeaders
        let body: ByteBuffer
    }

    /// An answer that is not kept (anything but a complete 200): each reader waiting on it gets its own copy.
    private struct NotShared: Error {
        let answer: Answer?
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.urlPath
        guard request.method == .GET else { return try await next.respond(to: request) }
        let readers: String
        if Self.paths.contains(path) {
            readers = "everyone"
        } else if Self.pathsByAccess.contains(path) {
            readers = request.actor.access
        } else if let hasOwn = Self.pathsByAccessUnlessOwn[path], request.actor.person != nil,
            try await !hasOwn(request)
        {
            readers = request.actor.access
        } else {
            return try await next.respond(to: request)
        }
        do {
            let answer = try await request.application.caches.sharedAnswers.value("\(readers) \(request.url.string)") {
                let response = try await next.respond(to: request)
                // The API's answers come as a stream; an answer is kept as the bytes it streamed, without any cookie.
                var headers = response.headers
                headers.remove(name: .setCookie)
                let answer = try await response.body.collect(on: request.eventLoop).get().map {
                    Answer(status: response.status, headers: headers, body: $0)
                }
                guard let answer, answer.status == .ok else { throw NotShared(answer: answer) }
                return answer
            }
            return Self.response(answer)
        } catch let notShared as NotShared {
            guard let answer = notShared.answer else { return try await next.respond(to: request) }
            return Self.response(answer)
        }
    }

    private static func response(_ answer: Answer) -> Response {
        Response(status: answer.status, headers: answer.headers, body: .init(buffer: answer.body))
    }
}
