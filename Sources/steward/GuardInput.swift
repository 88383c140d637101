import Foundation

/// The text a `steward guard` command reads: a file, or standard input for `-`.
enum GuardInput {
    /// A failure to report as it is, without a stack trace or usage text.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The whole text of `path`, or of standard input when `path` is `-`.
    static func text(_ path: String) throws(Failure) -> String {
        if path == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw Failure(description: "\(path): cannot be read as UTF-8 text (\(error.localizedDescription))")
        }
    }

    /// Calls `body` with each line of `path` (or standard input) and its 1-based number, without holding
    /// standard input in memory.
    static func forEachLine(_ path: String, _ body: (Int, String) -> Void) throws(Failure) {
        var number = 0
        if path == "-" {
            while let line = readLine(strippingNewline: true) {
                number += 1
                body(number, line)
            }
            return
        }
        for line in try text(path).split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            body(number, String(line))
        }
    }
}
