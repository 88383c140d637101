import Foundation
import SQLKit
import Vapor

/// Random secrets shared by every app server of one installation, kept in `server_secrets` and created on first
/// use; when two servers create one at the same moment, the first insert wins and both read it back.
struct ServerSecrets: Sendable {
    let sql: any SQLDatabase
    let clock: @Sendable () -> Date

    /// The 32 random bytes stored under `name`, created now if there are none yet.
    func secret(named name: String) async throws -> [UInt8] {
        let fresh = Data([UInt8].random(count: 32)).base64EncodedString()
        try await sql.raw("""
            INSERT INTO server_secrets (name, value, created_at) VALUES (\(bind: name), \(bind: fresh), \(bind: clock())) \
            ON CONFLICT (name) DO NOTHING
            """).run()
        let row = try await sql.raw("SELECT value FROM server_secrets WHERE name = \(bind: name)").first()
        guard let stored = try row?.decode(column: "value", as: String.self), let bytes = Data(base64Encoded: stored)
        else {
            throw StewardError(
                .internalServerError, "the server secret `\(name)` is missing or not base64; delete its row to renew it")
        }
        return Array(bytes)
    }
}
