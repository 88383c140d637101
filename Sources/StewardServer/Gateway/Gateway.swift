import AsyncHTTPClient
import NIOConcurrencyHelpers
import NIOCore
import DataGuard
import Vapor

/// The AI gateway's parts that live as long as the application: its cache of records, the allowance of each key
/// and its exchange with other servers, the usage queue, the client for the AI services and the scanner.
final class Gateway: LifecycleHandler, Sendable {
    let settings: GatewaySettings
    let directory = GatewayDirectory()
    let limiter: KeyRateLimiter
    let allowances: AllowanceExchange
    let recorder: UsageRecorder
    let client: HTTPClient
    let scanner = GuardScanner()
    private let background = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(settings: GatewaySettings, application: Application) {
        self.settings = settings
        limiter = KeyRateLimiter(callsPerSecond: settings.callsPerSecond, burst: settings.burst)
        allowances = AllowanceExchange(
            limiter: limiter, server: application.serverIdentity, database: { [weak application] in application?.db },
            clock: { [weak application] in application?.clock() ?? Date() }, logger: application.logger)
        recorder = UsageRecorder(database: { [weak application] in application?.db }, logger: application.logger)
        let timeout = TimeAmount.seconds(Int64(settings.upstreamTimeoutSeconds))
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow, timeout: .init(connect: .seconds(10), read: timeout))
        // Steward sets up no tracing, so no call keeps a span's attributes for nobody to read.
        configuration.tracing.tracer = nil
        client = HTTPClient(eventLoopGroup: application.eventLoopGroup, configuration: configuration)
    }

    /// How often usage events are written and allowances exchanged.
    static let interval = Duration.milliseconds(100)

    /// Writes usage and exchanges allowances every ``interval``, one after the other, so that the two never wait
    /// on each other's write.
    func didBootAsync(_ application: Application) async throws {
        let task = Task(executorPreference: BackgroundExecutor.shared) { [weak self] in
            // A cancelled sleep ends the loop: the last round is shutdown's, before the database closes.
            while (try? await Task.sleep(for: Self.interval)) != nil {
                await self?.writeRound()
            }
        }
        background.withLockedValue { $0 = task }
    }

    func shutdownAsync(_ application: Application) async {
        await directory.settle()
        let task = background.withLockedValue { $0 }
        task?.cancel()
        await task?.value
        await writeRound()
        try? await client.shutdown()
    }

    private func writeRound() async {
        await recorder.flush()
        await allowances.exchange()
    }
}

extension Application {
    private struct GatewayKey: StorageKey {
        typealias Value = Gateway
    }

    /// Sets up the gateway; `configure` calls it once.
    func useGateway(_ settings: GatewaySettings) {
        let gateway = Gateway(settings: settings, application: self)
        storage[GatewayKey.self] = gateway
        forgetComposedContext()
        lifecycle.use(gateway)
    }

    /// The gateway set up by ``useGateway(_:)``.
    var gateway: Gateway {
        get throws {
            guard let gateway = storage[GatewayKey.self] else {
                throw StewardError(.internalServerError, "the gateway was not set up at start-up")
            }
            return gateway
        }
    }
}
