import ArgumentParser
import Foundation
import StewardServer

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Work with the audit trail, and audit a tool's decisions for bias.",
        subcommands: [AuditVerifyCommand.self, AuditAnchorCommand.self, AuditBiasCommand.self])
}

struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute every chain of the audit trail and check its signatures and signed heads.",
        discussion: """
            Exits 0 only when every chain holds; otherwise lists every broken event. Opens an existing, migrated \
            database and key directory and changes nothing.
            """)

    @OptionGroup var database: DatabaseOptions

    @ArgumentParser.Option(
        name: .long, help: "A file of signed heads kept outside Steward (from `steward audit anchor --out`).")
    var head: [String] = []

    func run() async throws {
        var heads: [AuditHead] = []
        for path in head {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("cannot read the head file \(path)")
            }
            heads += try AuditHead.parse(lines: String(decoding: data, as: UTF8.self), source: path)
        }
        var settings = database.settings()
        settings.migrates = false
        let given = heads
        let report = try await StewardRunner.withApplication(settings) { app in
            try await StewardRunner.verifyAuditTrail(in: app, against: given)
        }
        for chain in report.chains {
            let anchor = chain.head.map { ", up to the head signed at #\($0.sequence)" } ?? ", no signed head yet"
            print("\(chain.name): \(chain.events) event\(chain.events == 1 ? "" : "s")\(anchor)")
        }
        guard report.holds else {
            print("The audit trail is broken in \(report.breaks.count) place\(report.breaks.count == 1 ? "" : "s"):")
            for problem in report.breaks { print("  " + problem) }
            throw ExitCode.failure
        }
        print("The audit trail holds: every hash and signature of its \(report.events) event\(report.events == 1 ? "" : "s") verified.")
    }
}

struct AuditAnchorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anchor",
        abstract: "Sign the current head of every chain of the audit trail, and print the heads as JSON lines.",
        discussion: "Keep the output outside Steward; `steward audit verify --head FILE` checks the trail against it.")

    @OptionGroup var database: DatabaseOptions

    @ArgumentParser.Option(name: .long, help: "Also append the heads to this file.")
    var out: String?

    func run() async throws {
        let heads = try await StewardRunner.withApplication(database.settings()) { app in
            try await StewardRunner.anchorAuditTrail(in: app)
        }
        let text = heads.map(\.line).joined(separator: "\n") + (heads.isEmpty ? "" : "\n")
        print(text, terminator: "")
        if let out {
            let url = URL(fileURLWithPath: out)
            // A file that cannot be made is reported by opening it, below.
            if !FileManager.default.fileExists(atPath: out) {
                _ = FileManager.default.createFile(atPath: out, contents: nil)
            }
            let handle = try FileHandle(forWritingTo: url)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        }
    }
}
