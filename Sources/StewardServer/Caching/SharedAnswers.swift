import Vapor

/// Answers that are the same for every reader, whoever asks and however they sign in, kept whole for a second in
/// ``ServerCaches/sharedAnswers``: the public inventory's JSON, which costs more to encode than to look up.
struct SharedAnswers: AsyncMiddleware {
    /// The paths whose successful GET answers are shared.
    static let paths: Set<String> = [APIPaths.base + "/inventory"]

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
        guard request.method == .GET, Self.paths.contains(request.url.path) else {
            return try await next.respond(to: request)
        }
        do {
            let answer = try await request.application.caches.sharedAnswers.value(request.url.string) {
                let response = try await next.respond(to: request)
                // The API's answers come as a stream; an answer is kept as the bytes it streamed.
                let answer = try await response.body.collect(on: request.eventLoop).get().map {
                    Answer(status: response.status, headers: response.headers, body: $0)
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
