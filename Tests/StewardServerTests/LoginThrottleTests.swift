import Fluent
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

@Suite("Slowing down password guessing")
struct LoginThrottleTests {
    @Test("forty concurrent wrong passwords for one account get at most the free allowance checked")
    func concurrentGuesses() async throws {
        try await withSteward { steward in
            // given
            steward.use(TestClock())
            let session = try await BrowserSession.start(on: steward)

            // when
            let statuses = try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        try await steward.submit(
                            "/login", [("username", "legal"), ("password", "guess \(index)")], session: session
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPResponseStatus]()) { $0.append($1) }
            }

            // then
            let checked = try await LoginFailureModel.query(on: steward.app.db).filter(\.$username == "legal").count()
            #expect(checked <= LoginThrottle.account.allowance)
            #expect(statuses.filter { $0 == .tooManyRequests }.count >= 40 - LoginThrottle.account.allowance)
            #expect(statuses.allSatisfy { $0 == .unauthorized || $0 == .tooManyRequests })
        }
    }

    @Test("after the free allowance the wait doubles with each failure, up to a cap")
    func backoffGrows() {
        // given
        let limit = LoginThrottle.account
        let first = limit.allowance + 1

        // when
        let delays = (0..<12).map { limit.delay(beforeAttempt: first + $0) }

        // then
        #expect(limit.delay(beforeAttempt: limit.allowance) == 0)
        #expect(delays.prefix(3) == [limit.baseDelay, 2 * limit.baseDelay, 4 * limit.baseDelay])
        #expect(delays.last == limit.maxDelay)
    }

    @Test("once the wait is over the right password signs in")
    func waitEnds() async throws {
        try await withSteward { steward in
            // given
            let clock = TestClock()
            steward.use(clock)
            let session = try await BrowserSession.start(on: steward)
            try await steward.fail(LoginThrottle.account.allowance, as: "legal", session: session)
            let early = try await steward.submit(
                "/login", [("username", "legal"), ("password", DemoOrganization.password)], session: session)
            #expect(early.status == .tooManyRequests)

            // when
            clock.advance(by: LoginThrottle.account.baseDelay + 1)
            let response = try await steward.submit(
                "/login", [("username", "legal"), ("password", DemoOrganization.password)], session: session)

            // then
            #expect(response.status == .seeOther)
        }
    }

    @Test("spraying twenty usernames from one address is slowed down after the address's allowance")
    func spraying() async throws {
        try await withSteward { steward in
            // given
            steward.use(TestClock())
            let session = try await BrowserSession.start(on: steward)
            let usernames = DemoOrganization.people.map(\.username) + (0..<20).map { "nobody\($0)" }

            // when
            var statuses: [HTTPResponseStatus] = []
            for username in usernames.prefix(20) {
                let response = try await steward.submit(
                    "/login", [("username", username), ("password", "Winter2026!")], session: session)
                statuses.append(response.status)
            }

            // then
            let allowance = LoginThrottle.address.allowance
            #expect(statuses.prefix(allowance).allSatisfy { $0 == .unauthorized })
            #expect(statuses.dropFirst(allowance).allSatisfy { $0 == .tooManyRequests })
            #expect(try await LoginFailureModel.query(on: steward.app.db).count() == allowance)
        }
    }

    @Test("unknown usernames count against the address, so a real account from it must wait too")
    func unknownUsernamesCount() async throws {
        try await withSteward { steward in
            // given
            steward.use(TestClock())
            let session = try await BrowserSession.start(on: steward)
            for index in 0..<LoginThrottle.address.allowance {
                _ = try await steward.submit(
                    "/login", [("username", "ghost\(index)"), ("password", "guess")], session: session)
            }

            // when
            let response = try await steward.submit(
                "/login", [("username", "worker"), ("password", DemoOrganization.password)], session: session)

            // then
            #expect(response.status == .tooManyRequests)
            #expect(response.body.string.contains("from your network address"))
            #expect(response.headers.first(name: "Retry-After").flatMap(Int.init) == Int(LoginThrottle.address.baseDelay))
        }
    }
}
