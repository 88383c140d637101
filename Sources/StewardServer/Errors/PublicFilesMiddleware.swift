import Foundation
import Vapor

/// Serves the public files (the style sheet and the like) through Vapor's `FileMiddleware`, asked only about the
/// files that ship: they are listed once at start, so no other request costs a look at the file system, and no
/// path too long for a file name ever reaches it (that would fail with "File name too long" and answer 500).
///
/// A path over ``maxPathBytes`` is refused with 414; any other path that names no public file goes to routing,
/// which answers as for any other path (404 for an unknown page or id).
struct PublicFilesMiddleware: Middleware {
    /// The longest path accepted at all.
    static let maxPathBytes = 2048

    let files: FileMiddleware
    /// The request path of every public file, such as `/steward.css`.
    let paths: Set<String>

    /// Serves the files under `directory`.
    init(directory: String) {
        files = FileMiddleware(publicDirectory: directory)
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL.path
        let found = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        paths = Set(found.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.map { "/" + $0 })
    }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let path = request.urlPath
        guard path.utf8.count <= Self.maxPathBytes else {
            return request.eventLoop.makeFailedFuture(StewardError(
                .uriTooLong, "The address is longer than \(Self.maxPathBytes) bytes. Check the link and try again."))
        }
        let named = path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding ?? path : path
        guard request.method == .GET || request.method == .HEAD, paths.contains(named) else {
            return next.respond(to: request)
        }
        return files.respond(to: request, chainingTo: next)
    }
}
