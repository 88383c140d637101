import Vapor

/// Serves the public files (CSS and the like) through Vapor's `FileMiddleware`, but never asks the file system
/// about a path it could not hold: that would fail with "File name too long" and answer 500.
///
/// A path over ``maxPathBytes`` is refused with 414. A path with a segment over ``maxSegmentBytes`` (after
/// percent-decoding) cannot name a file, so it skips the files and goes straight to routing, which answers as
/// for any other path (404 for an unknown page or id).
struct PublicFilesMiddleware: AsyncMiddleware {
    /// The longest path accepted at all.
    static let maxPathBytes = 2048
    /// The longest file name common file systems allow.
    static let maxSegmentBytes = 255

    let files: FileMiddleware

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path
        guard path.utf8.count <= Self.maxPathBytes else {
            throw StewardError(
                .uriTooLong, "The address is longer than \(Self.maxPathBytes) bytes. Check the link and try again.")
        }
        let decoded = path.removingPercentEncoding ?? path
        guard decoded.split(separator: "/").allSatisfy({ $0.utf8.count <= Self.maxSegmentBytes }) else {
            return try await next.respond(to: request)
        }
        return try await files.respond(to: request, chainingTo: next)
    }
}
