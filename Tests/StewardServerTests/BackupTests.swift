import Foundation
import StewardCore
import Testing
import Vapor

@testable import StewardServer

/// `steward backup` copies SQLite files; PostgreSQL is backed up with pg_dump, so these tests have nothing to do
/// there.
private let onPostgres = ProcessInfo.processInfo.environment["DATABASE_URL"].map { !$0.isEmpty } ?? false

@Suite("Backup and restore")
struct BackupTests {
    @Test(
        "a backup taken while a tool is being registered restores to a database whose audit trail holds, with its keys",
        .disabled(if: onPostgres, "backup copies SQLite only; PostgreSQL uses pg_dump (README, Backup and restore)"))
    func backupUnderLoad() async throws {
        try await withSteward { steward in
            // given
            let scratch = try ScratchFolder()
            defer { scratch.remove() }
            let keys = try steward.app.steward.keys.path
            let settings = StewardSettings(storage: steward.storage, keyDirectory: keys)
            let worker = try await steward.token(for: .worker)

            // when: one client keeps registering tools, each in an audited transaction, while the backup runs.
            // (One writer, not many: SQLiteNIO retries a busy lock forever on a process-wide pool of one thread per
            // core, so many writers here beside another suite's writers can stall every test in the process.)
            let manifest = try await withThrowingTaskGroup(of: BackupManifest?.self) { group in
                group.addTask {
                    for index in 0..<20 {
                        let body = #"{"name": "Load \#(index)", "vendor": "V", "categories": ["nlp"], "hosting": "on-premises", "contact": "c"}"#
                        let response = try await steward.sendJSON(.POST, "/api/v1/tools", body, bearer: worker)
                        #expect(response.status == .created)
                    }
                    return nil
                }
                group.addTask {
                    try await StewardRunner.backup(in: steward.app, settings: settings, to: scratch.path("backup"))
                }
                return try await group.reduce(into: [BackupManifest]()) { all, made in all += made.map { [$0] } ?? [] }.first
            }
            let restored = StewardSettings(
                storage: .sqlite(path: scratch.path("restored/steward.sqlite")),
                keyDirectory: scratch.path("restored/keys"), seedsDemo: false)
            _ = try StewardRunner.restore(restored, from: scratch.path("backup"), force: false)

            // then
            #expect(try #require(manifest).hasKeys)
            let outcome = try await StewardRunner.withApplication(restored) { app in
                try await StewardRunner.verifyAuditTrail(in: app)
            }
            #expect(outcome.breaks == [], "the restored trail verifies with the restored key")
            #expect(outcome.events >= 1)
            let key = "restored/keys/" + AuditSigner.keyFile
            #expect(FileManager.default.contents(atPath: scratch.path(key))
                == FileManager.default.contents(atPath: keys + "/" + AuditSigner.keyFile))
            #expect(try scratch.permissions(of: "restored/keys") == 0o700)
            #expect(try scratch.permissions(of: key) == 0o600)
        }
    }

    @Test(
        "restore will not replace an existing database unless forced",
        .disabled(if: onPostgres, "backup copies SQLite only; PostgreSQL uses pg_dump (README, Backup and restore)"))
    func restoreRefusesToOverwrite() async throws {
        try await withSteward { steward in
            // given
            let scratch = try ScratchFolder()
            defer { scratch.remove() }
            let settings = StewardSettings(storage: steward.storage, keyDirectory: scratch.path("no-keys"))
            _ = try await StewardRunner.backup(in: steward.app, settings: settings, to: scratch.path("backup"))
            let target = StewardSettings(
                storage: .sqlite(path: scratch.path("target.sqlite")), keyDirectory: scratch.path("target-keys"))
            _ = try StewardRunner.restore(target, from: scratch.path("backup"), force: false)

            // when
            let again = #expect(throws: BackupError.self) {
                try StewardRunner.restore(target, from: scratch.path("backup"), force: false)
            }
            let forced = try StewardRunner.restore(target, from: scratch.path("backup"), force: true)

            // then
            #expect(again?.message.contains("pass --force") == true)
            #expect(!forced.hasKeys)
        }
    }

    @Test("backup and restore on PostgreSQL point to the README instead")
    func postgresRefused() async throws {
        try await withSteward { steward in
            // given
            let scratch = try ScratchFolder()
            defer { scratch.remove() }
            let postgres = StewardSettings(storage: .postgres(url: "postgres://steward@db.example/steward"))

            // when
            let backup = await #expect(throws: BackupError.self) {
                try await StewardRunner.backup(in: steward.app, settings: postgres, to: scratch.path("backup"))
            }
            let restore = #expect(throws: BackupError.self) {
                try StewardRunner.restore(postgres, from: scratch.path("backup"), force: false)
            }

            // then
            #expect(backup?.message.contains("Backup and restore") == true)
            #expect(restore?.message.contains("pg_dump") == true)
        }
    }
}

/// A temporary folder for one test's files.
private struct ScratchFolder {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("steward-backup-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// A key directory with one owner-only file in it.
    func keyDirectory(holding name: String, _ contents: String) throws -> URL {
        let folder = root.appendingPathComponent("keys")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let file = folder.appendingPathComponent(name)
        try Data(contents.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        return folder
    }

    func permissions(of relative: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path(relative))
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
