import Foundation
import Logging
import Vapor

/// Counts the database queries each request makes, and keeps their SQL, from the drivers' own "Executing query" log
/// lines, by the request id a test sends in `X-Request-Id`.
final class QueryLog: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String: [String]] = [:]

    /// Makes `app` log its queries here; call before the server starts.
    func attach(to app: Application) {
        var logger = Logger(label: "steward-queries") { _ in Handler(log: self) }
        logger.logLevel = .debug
        app.logger = logger
    }

    /// How many queries the request with `id` made.
    func count(_ id: String) -> Int { queries(id).count }

    /// The SQL of each query the request with `id` made, in order.
    func queries(_ id: String) -> [String] { lock.withLock { texts[id] ?? [] } }

    fileprivate func add(_ id: String, sql: String) { lock.withLock { texts[id, default: []].append(sql) } }

    private struct Handler: LogHandler {
        let log: QueryLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .debug

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            guard event.message.description == "Executing query", case .string(let id)? = metadata["request-id"] else {
                return
            }
            log.add(id, sql: event.metadata?["sql"].map { "\($0)" } ?? "")
        }
    }
}

extension QueryLog {
    /// Sends two requests in a row (`send` gets each one's tagged headers and its place, 0 or 1) and counts the
    /// queries of each: the second should be answered from what the first left remembered. A slow machine may let
    /// more than a second pass between them (the whole suite running in parallel on two cores does), so the pair is
    /// tried again, up to ten times, while the second queried.
    func twoInARow(
        _ send: (HTTPHeaders, Int) async throws -> HTTPReply
    ) async throws -> (replies: [HTTPReply], counts: [Int]) {
        var last: (replies: [HTTPReply], counts: [Int]) = ([], [])
        for _ in 0..<10 where last.counts.last != 0 {
            let ids = ["pair-\(UUID())", "pair-\(UUID())"]
            var replies: [HTTPReply] = []
            for (place, id) in ids.enumerated() {
                var headers = HTTPHeaders()
                headers.add(name: "X-Request-Id", value: id)
                replies.append(try await send(headers, place))
            }
            last = (replies, ids.map(count))
        }
        return last
    }
}
