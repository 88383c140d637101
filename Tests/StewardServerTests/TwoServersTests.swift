import Foundation
import StewardCore
import Testing
import Vapor

@testable import StewardServer

/// Steward as stateless app servers on one database: what one server knows, the other does too.
@Suite("Two servers on one database")
struct TwoServersTests {
    /// Counts runs of a job across servers.
    actor Runs {
        private(set) var count = 0
        func add() { count += 1 }
    }

    @Test("a session, a revoked gateway key or API token, the inventory and scheduled work hold across two servers")
    func twoServers() async throws {
        try await withSteward { first in
            try await first.withSecondServer { second in
                let officer = try await first.signIn(.aiOfficer)
                #expect(try await second.send(.GET, "/tools", session: officer).status == .ok, "the session is in the database")
                #expect(try await second.submit("/logout", [], session: officer).status == .seeOther)
                var page = HTTPResponseStatus.ok
                for _ in 0..<30 where page != .seeOther {
                    try await Task.sleep(for: .milliseconds(100))
                    page = try await first.send(.GET, "/tools", session: officer).status
                }
                #expect(page == .seeOther, "the other server lets go of a session ended there within a second")

                let token = try await first.token(for: .worker)
                let created = try await first.sendJSON(.POST, "/api/v1/gateway-keys", #"{"label": "laptop"}"#, bearer: token)
                let key = try #require(try created.object()["key"] as? String)
                let id = try #require(try created.object()["id"] as? String)
                #expect(try await second.send(.GET, "/v1/models", bearer: key).status == .ok)
                #expect(try await first.send(.DELETE, "/api/v1/gateway-keys/\(id)", bearer: token).status == .noContent)
                var status = HTTPResponseStatus.ok
                for _ in 0..<30 where status != .unauthorized {
                    try await Task.sleep(for: .milliseconds(100))
                    status = try await second.send(.GET, "/v1/models", bearer: key).status
                }
                #expect(status == .unauthorized, "the other server's cache lets go of a revoked key within a second")

                #expect(try await second.send(.GET, "/api/v1/me", bearer: token).status == .ok)
                let tokenID = try #require(try await first.send(.GET, "/api/v1/tokens", bearer: token).objects()
                    .first?["id"] as? String)
                #expect(try await first.send(.DELETE, "/api/v1/tokens/\(tokenID)", bearer: token).status == .noContent)
                var me = HTTPResponseStatus.ok
                for _ in 0..<30 where me != .unauthorized {
                    try await Task.sleep(for: .milliseconds(100))
                    me = try await second.send(.GET, "/api/v1/me", bearer: token).status
                }
                #expect(me == .unauthorized, "the other server lets go of a revoked API token within a second")

                let officerToken = try await first.token(for: .aiOfficer)
                let listed = try await second.send(.GET, "/api/v1/inventory", bearer: officerToken).object()
                let entry = try #require((listed["entries"] as? [JSONObject])?.first)
                let toolID = try #require(entry["toolID"] as? String)
                let suspension = try await first.sendJSON(
                    .POST, "/api/v1/tools/\(toolID)/transitions", #"{"to": "suspended", "reason": "complaints"}"#,
                    bearer: officerToken)
                #expect(suspension.status == .ok)
                var stillListed = true
                for _ in 0..<30 where stillListed {
                    try await Task.sleep(for: .milliseconds(100))
                    let entries = try await second.send(.GET, "/api/v1/inventory").object()["entries"] as? [JSONObject]
                    stillListed = entries?.contains { $0["toolID"] as? String == toolID } ?? true
                }
                #expect(!stillListed, "the other server's inventory lets go of a suspended tool within a second")

                let runs = Runs()
                async let onFirst: Void = first.app.runLeased("test-job", every: .minutes(15)) { await runs.add() }
                async let onSecond: Void = second.app.runLeased("test-job", every: .minutes(15)) { await runs.add() }
                _ = try await (onFirst, onSecond)
                #expect(await runs.count == 1, "scheduled work runs on one server")
                try await first.app.runLeased("test-job", every: .minutes(15)) { await runs.add() }
                try await second.app.runLeased("test-job", every: .minutes(15)) { await runs.add() }
                #expect(await runs.count == 2, "its holder runs it again; the other waits for the lease to lapse")
            }
        }
    }

    @Test("a key's allowance holds across two servers: calls let through on one are charged on the other")
    func sharedAllowance() async throws {
        try await OpenAIStub.with { stub in
            try await withSteward(gateway: GatewaySettings(callsPerSecond: 0.01, burst: 3)) { first in
                let name = try await first.setUpstream(tool: "DraftMate", to: stub)
                try await first.withSecondServer { second in
                    let key = try await first.gatewayKey(for: .worker)
                    /// Each server in turn writes what it let through and reads what the other did.
                    func exchange(_ servers: StewardHarness...) async throws {
                        for server in servers { try await server.app.gateway.allowances.exchange() }
                    }
                    func calls(_ count: Int, on server: StewardHarness) async throws -> [UInt] {
                        var statuses: [UInt] = []
                        for _ in 0..<count {
                            statuses.append(try await server.chat("Hello", model: name, key: key).status.code)
                        }
                        return statuses
                    }
                    // Each server reads the other's counts once first: what came before that is not charged.
                    try await exchange(first, second)
                    let onFirst = try await calls(2, on: first)
                    try await exchange(first, second)
                    let onSecond = try await calls(2, on: second)
                    #expect(onFirst + onSecond == [200, 200, 200, 429], "the second lets through what is left of three")
                    try await exchange(second, first)
                    let refused = try await first.chat("Hello", model: name, key: key)
                    #expect(refused.status == .tooManyRequests, "the first server is charged the second's call")
                    #expect(try refused.gatewayError().code == "rate-limited")
                    #expect(stub.bodies.count == 3, "three calls in all reached the service")
                }
            }
        }
    }

    @Test("a lease lapses, and the next server to ask takes it")
    func leaseLapses() async throws {
        try await withSteward { steward in
            let lease = ScheduledLease(database: steward.app.db)
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            func take(_ job: String, _ holder: String, after seconds: TimeInterval) async throws -> Bool {
                try await lease.acquire(job, holder: holder, for: 60, now: start.addingTimeInterval(seconds))
            }
            let first = try await take("anchor", "a", after: 0)
            let held = try await take("anchor", "b", after: 59)
            let renewed = try await take("anchor", "a", after: 59)
            let lapsed = try await take("anchor", "b", after: 120)
            let lost = try await take("anchor", "a", after: 121)
            let other = try await take("reminders", "a", after: 121)
            #expect(first && !held, "a lease is one server's until it lapses")
            #expect(renewed, "its holder renews it")
            #expect(lapsed && !lost, "once lapsed, the next server to ask takes it")
            #expect(other, "one lease a job")
        }
    }
}
