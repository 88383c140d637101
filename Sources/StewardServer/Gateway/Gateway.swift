import AsyncHTTPClient
import NIOCore
import DataGuard
import Vapor

/// The AI gateway's parts that live as long as the application: its cache of records, the allowance of each key,
/// the usage queue, the client for the AI services and the scanner.
final class Gateway: LifecycleHandler, Sendable {
    let settings: GatewaySettings
    let directory = GatewayDirectory()
    let limiter: KeyRateLimiter
    let recorder: UsageRecorder
    let client: HTTPClient
    let scanner = GuardScanner()

    init(settings: GatewaySettings, application: Application) {
        self.settings = settings
        limiter = KeyRateLimiter(callsPerSecond: settings.callsPerSecond, burst: settings.burst)
        recorder = UsageRecorder(database: { [weak application] in application?.db }, logger: application.logger)
        let timeout = TimeAmount.seconds(Int64(settings.upstreamTimeoutSeconds))
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow, timeout: .init(connect: .seconds(10), read: timeout))
        // Steward sets up no tracing, so no call keeps a span's attributes for nobody to read.
        configuration.tracing.tracer = nil
        client = HTTPClient(eventLoopGroup: application.eventLoopGroup, configuration: configuration)
    }

    func didBootAsync(_ application: Application) async throws {
        try await recorder.didBootAsync(application)
    }

    func shutdownAsync(_ application: Application) async {
        await directory.settle()
        await recorder.shutdownAsync(application)
        try? await client.shutdown()
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
