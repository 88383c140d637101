import Fluent
import Foundation
import SQLKit

/// Backs up and restores an SQLite installation: the database, copied consistently while the server runs, the
/// key directory, copied whole as a folder with owner-only permissions, and a ``BackupManifest``.
///
/// The database is copied with SQLite's `VACUUM INTO`, which reads one snapshot in a single transaction, so writes
/// that land during the copy are either wholly in it or wholly out. PostgreSQL is backed up with its own tools
/// (README, "Backup and restore").
struct BackupService {
    let settings: StewardSettings
    private let files = FileManager.default

    init(settings: StewardSettings) {
        self.settings = settings
    }

    /// Copies the database open in `database`, and the key directory, into the new or empty folder `destination`;
    /// the manifest says it was taken at `now`.
    func backup(_ database: any Database, to destination: String, now: Date) async throws -> BackupManifest {
        let source = try sqlitePath(doing: "backup")
        guard let sql = database as? any SQLDatabase else {
            throw BackupError("the database offers no SQL interface, so it cannot be copied while it runs")
        }
        let folder = URL(fileURLWithPath: destination)
        try prepareEmptyFolder(folder)
        let copy = folder.appendingPathComponent(BackupManifest.databaseFile)
        try await sql.raw("VACUUM INTO \(bind: copy.path)").run()
        var paths = [BackupManifest.databaseFile]
        let keys = URL(fileURLWithPath: settings.keyDirectory)
        let hasKeys = files.fileExists(atPath: keys.path)
        if hasKeys {
            let copiedKeys = folder.appendingPathComponent(BackupManifest.keysFolder)
            try copyOwnerOnly(keys, to: copiedKeys)
            paths += try relativeFiles(in: copiedKeys).map { BackupManifest.keysFolder + "/" + $0 }
        }
        let manifest = BackupManifest(
            format: BackupManifest.currentFormat, createdAt: now, sourceDatabase: source,
            sourceKeyDirectory: hasKeys ? keys.path : nil,
            files: try paths.map { try BackupManifest.entry(for: $0, in: folder) })
        try manifest.write(to: folder)
        return manifest
    }

    /// Puts the backup in `source` back at the settings' database path and key directory, after checking every
    /// file against the manifest; an existing database or key directory is replaced only when `force` is set.
    func restore(from source: String, force: Bool) throws -> BackupManifest {
        let target = try sqlitePath(doing: "restore")
        let folder = URL(fileURLWithPath: source)
        let manifest = try BackupManifest.read(from: folder)
        for entry in manifest.files {
            let path = folder.appendingPathComponent(entry.path).path
            guard files.fileExists(atPath: path), try BackupManifest.entry(for: entry.path, in: folder) == entry else {
                throw BackupError("\(path) is missing or differs from the manifest; the backup is damaged, restore another one")
            }
        }
        let keys = URL(fileURLWithPath: settings.keyDirectory)
        let targets = [target, target + "-wal", target + "-shm"] + (manifest.hasKeys ? [keys.path] : [])
        let existing = targets.filter(files.fileExists(atPath:))
        guard existing.isEmpty || force else {
            throw BackupError("\(existing.joined(separator: ", ")) already exist\(existing.count == 1 ? "s" : ""); "
                + "restore will not overwrite them. Move them away, restore elsewhere, or pass --force")
        }
        for path in existing { try files.removeItem(atPath: path) }
        let targetURL = URL(fileURLWithPath: target)
        try files.createDirectory(at: targetURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try files.copyItem(at: folder.appendingPathComponent(BackupManifest.databaseFile), to: targetURL)
        try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
        if manifest.hasKeys {
            try copyOwnerOnly(folder.appendingPathComponent(BackupManifest.keysFolder), to: keys)
        }
        return manifest
    }

    private func sqlitePath(doing task: String) throws -> String {
        switch settings.storage {
        case .sqlite(let path): return path
        case .postgres:
            throw BackupError(
                "steward \(task) works on SQLite only. For PostgreSQL use pg_dump -Fc / pg_restore and copy the key "
                    + "directory yourself, as README.md describes under \"Backup and restore\"")
        }
    }

    private func prepareEmptyFolder(_ folder: URL) throws {
        if files.fileExists(atPath: folder.path) {
            guard try files.contentsOfDirectory(atPath: folder.path).isEmpty else {
                throw BackupError("\(folder.path) is not empty; give a new or empty folder for the backup")
            }
        } else {
            try files.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try files.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
    }

    /// Copies a folder and makes the copy readable by its owner only: folders 0700, files 0600.
    private func copyOwnerOnly(_ source: URL, to destination: URL) throws {
        try files.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try files.copyItem(at: source, to: destination)
        try files.setAttributes([.posixPermissions: 0o700], ofItemAtPath: destination.path)
        for path in try files.subpathsOfDirectory(atPath: destination.path) {
            let item = destination.appendingPathComponent(path).path
            var isFolder: ObjCBool = false
            _ = files.fileExists(atPath: item, isDirectory: &isFolder)
            try files.setAttributes([.posixPermissions: isFolder.boolValue ? 0o700 : 0o600], ofItemAtPath: item)
        }
    }

    /// The regular files under `folder`, relative to it, in name order.
    private func relativeFiles(in folder: URL) throws -> [String] {
        try files.subpathsOfDirectory(atPath: folder.path).filter { path in
            var isFolder: ObjCBool = false
            return files.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        }.sorted()
    }
}
