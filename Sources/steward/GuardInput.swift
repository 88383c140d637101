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

    /// Calls `body` with the bytes of `path` (or standard input), a few megabytes at a time, without holding
    /// the whole input in memory.
    static func forEachChunk(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws(Failure) {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else if let file = FileHandle(forReadingAtPath: path) {
            handle = file
        } else {
            throw Failure(description: "\(path): cannot be opened for reading")
        }
        defer { if path != "-" { try? handle.close() } }
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: chunkSize)
            } catch {
                throw Failure(description: "\(path): cannot be read (\(error.localizedDescription))")
            }
            guard let chunk, !chunk.isEmpty else { return }
            chunk.withUnsafeBytes { body($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// How many bytes are read at once.
    static let chunkSize = 4 << 20
}
