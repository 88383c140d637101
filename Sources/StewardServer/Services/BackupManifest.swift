import Crypto
import Foundation

/// What a backup folder holds, written beside the copies as `manifest.json`: when it was made, from where, and
/// each file with its size and SHA-256, so that a restore can tell a complete backup from a damaged one.
public struct BackupManifest: Codable, Sendable, CustomStringConvertible {
    /// One copied file, named relative to the backup folder.
    public struct Entry: Codable, Sendable, Equatable {
        public let path: String
        public let bytes: Int
        public let sha256: String
    }

    /// The manifest layout; a restore refuses a format it does not know.
    public static let currentFormat = 1
    static let fileName = "manifest.json"
    static let databaseFile = "steward.sqlite"
    static let keysFolder = "keys"

    public let format: Int
    public let createdAt: Date
    /// The SQLite file that was copied.
    public let sourceDatabase: String
    /// The key directory that was copied, or `nil` when there was none yet.
    public let sourceKeyDirectory: String?
    public let files: [Entry]

    /// Whether the backup holds a copy of the key directory.
    public var hasKeys: Bool { sourceKeyDirectory != nil }

    public var description: String {
        let keys = sourceKeyDirectory.map { "key directory \($0)" } ?? "no key directory (there was none)"
        let total = files.reduce(0) { $0 + $1.bytes }
        return "database \(sourceDatabase) and \(keys), taken \(createdAt.formatted(.iso8601)); "
            + "\(files.count) file\(files.count == 1 ? "" : "s"), \(total) bytes"
    }

    /// The entry for a file inside `folder`, with its size and digest read from disk.
    static func entry(for path: String, in folder: URL) throws -> Entry {
        let url = folder.appendingPathComponent(path)
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hash = SHA256()
        var bytes = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hash.update(data: chunk)
            bytes += chunk.count
        }
        let digest = hash.finalize().hexDigits
        return Entry(path: path, bytes: bytes, sha256: digest)
    }

    func write(to folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(self).write(to: folder.appendingPathComponent(Self.fileName))
    }

    /// The manifest of the backup in `folder`.
    /// - Throws: ``BackupError`` when it is missing, unreadable or of an unknown format.
    static func read(from folder: URL) throws -> BackupManifest {
        let url = folder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BackupError("\(folder.path) holds no \(fileName); give the folder that `steward backup` wrote")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let manifest: BackupManifest
        do {
            manifest = try decoder.decode(BackupManifest.self, from: data)
        } catch {
            throw BackupError("\(url.path) is not a backup manifest (\(error)); the backup folder may be damaged")
        }
        guard manifest.format == currentFormat else {
            throw BackupError(
                "\(url.path) has format \(manifest.format), this steward reads \(currentFormat); restore with the "
                    + "steward version that made the backup")
        }
        return manifest
    }
}

/// A backup or restore that cannot go ahead; the message says what is wrong and what to do.
public struct BackupError: Error, CustomStringConvertible, Sendable {
    public let message: String

    init(_ message: String) { self.message = message }

    public var description: String { message }
}
