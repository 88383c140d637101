import Foundation

/// The folder of keys kept outside the database (``StewardSettings/keyDirectory``): created on first start with
/// owner-only permissions and shared by every server of an installation. A database dump alone therefore cannot
/// forge the audit trail's signatures.
struct KeyDirectory: Sendable {
    let path: String

    /// Opens the folder, creating it (mode 0700) when it does not exist yet.
    static func open(_ path: String) throws -> KeyDirectory {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw StewardError(.internalServerError, "the key directory \(path) is a file, not a folder")
            }
        } else {
            do {
                try FileManager.default.createDirectory(
                    atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StewardError(.internalServerError, "cannot create the key directory \(path): \(error)")
            }
        }
        return KeyDirectory(path: path)
    }

    /// The contents of the file `name`, or nil when it does not exist.
    func read(_ name: String) throws -> Data? {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try Data(contentsOf: url)
    }

    /// Writes `data` to `name` (mode 0600) unless the file already exists; returns what the file holds afterwards.
    /// Several servers starting at once agree on one key: the first link wins and the others read it.
    func create(_ name: String, _ data: Data) throws -> Data {
        let final = URL(fileURLWithPath: path).appendingPathComponent(name)
        let scratch = URL(fileURLWithPath: path).appendingPathComponent(".\(name).\(UUID().uuidString)")
        try write(data, to: scratch)
        defer { try? FileManager.default.removeItem(at: scratch) }
        if link(scratch.path, final.path) != 0, errno != EEXIST {
            throw StewardError(.internalServerError, "cannot write \(final.path): \(String(cString: strerror(errno)))")
        }
        return try Data(contentsOf: final)
    }

    /// Replaces `name` with `data` atomically (mode 0600).
    func replace(_ name: String, _ data: Data) throws {
        let final = URL(fileURLWithPath: path).appendingPathComponent(name)
        let scratch = URL(fileURLWithPath: path).appendingPathComponent(".\(name).\(UUID().uuidString)")
        try write(data, to: scratch)
        if rename(scratch.path, final.path) != 0 {
            try? FileManager.default.removeItem(at: scratch)
            throw StewardError(.internalServerError, "cannot write \(final.path): \(String(cString: strerror(errno)))")
        }
    }

    /// The names of the files in the folder whose names start with `prefix`.
    func files(startingWith prefix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
    }

    private func write(_ data: Data, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: data, attributes: [.posixPermissions: 0o600])
        else { throw StewardError(.internalServerError, "cannot write in the key directory \(path)") }
    }
}
