import AsyncHTTPClient
import NIOConcurrencyHelpers
import NIOCore
import DataGuard
import Vapor

/// The AI gateway's parts that live as long as the application: its cache of records, the allowance of each key
/// and its exchange with other servers, the usage queue, the client for the AI services and the scanner.
final class Gateway: LifecycleHandler, Sendable {
    let settings: GatewaySettings
    let directory: GatewayDirectory
    let limiter: KeyRateLimiter
    let allowances: AllowanceExchange
    let recorder: UsageRecorder
    let client: HTTPClient
    let scanner = GuardScanner()
    private let background = NIOLockedValueBox<Task<Void, Never>?>(nil)
    /// The SQLite file, whose usage rows go through a connection of idle priority; nil on PostgreSQL.
    private let sqlitePath: String?
    private let idleConnection = NIOLockedValueBox<IdleSQLiteConnection?>(nil)

    init(settings: GatewaySettings, sqlitePath: String?, application: Application) {
        self.settings = settings
        self.sqlitePath = sqlitePath
        directory = GatewayDirectory(background: { [weak application] in application?.backgroundDatabase })
        limiter = KeyRateLimiter(callsPerSecond: settings.callsPerSecond, burst: settings.burst)
        allowances = AllowanceExchange(
            limiter: limiter, server: application.serverIdentity,
            database: { [weak application] in application?.backgroundDatabase },
            clock: { [weak application] in application?.clock() ?? Date() }, logger: application.logger)
        recorder = UsageRecorder(
            database: { [weak application] in application?.backgroundDatabase },
            idleDatabase: { [idleConnection] in idleConnection.withLockedValue { $0 } }, logger: application.logger)
        let timeout = TimeAmount.seconds(Int64(settings.upstreamTimeoutSeconds))
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow, timeout: .init(connect: .seconds(10), read: timeout))
        // Steward sets up no tracing, so no call keeps a span's attributes for nobody to read.
        configuration.tracing.tracer = nil
        client = HTTPClient(eventLoopGroup: application.eventLoopGroup, configuration: configuration)
    }

    /// How often usage events are written and allowances exchanged.
    static let interval = Duration.milliseconds(100)

    /// Opens the idle connection for usage rows on SQLite, then begins writing usage and exchanging allowances
    /// every ``interval``. The exchange waits for its own round only: a usage write that waits for an idle processor
    /// holds up neither.
    func didBootAsync(_ application: Application) async throws {
        if let sqlitePath {
            do {
                let idle = try await IdleSQLiteConnection.open(
                    path: sqlitePath, on: application.eventLoopGroup.any(), logger: application.logger)
                idleConnection.withLockedValue { $0 = idle }
            } catch {
                application.logger.warning(
                    "usage rows are written through the shared connections: \(String(reflecting: error))")
            }
        }
        let task = Task(executorPreference: BackgroundExecutor.shared) { [weak self] in
            // A cancelled sleep ends the loop: the last round is shutdown's, before the database closes.
            while (try? await Task.sleep(for: Self.interval)) != nil {
                guard let self else { return }
                self.recorder.write()
                await self.allowances.exchange()
            }
        }
        background.withLockedValue { $0 = task }
    }

    func shutdownAsync(_ application: Application) async {
        await directory.settle()
        let task = background.withLockedValue { $0 }
        task?.cancel()
        await task?.value
        await recorder.flush()
        await allowances.exchange()
        let idle = idleConnection.withLockedValue { connection in
            defer { connection = nil }
            return connection
        }
        await idle?.close()
        try? await client.shutdown()
    }
}

extension Application {
    private struct GatewayKey: StorageKey {
        typealias Value = Gateway
    }

    /// Sets up the gateway; `configure` calls it once.
    func useGateway(_ settings: GatewaySettings, sqlitePath: String?) {
        let gateway = Gateway(settings: settings, sqlitePath: sqlitePath, application: self)
        storage[GatewayKey.self] = gateway
        forgetComposedContext()
        lifecycle.use(gateway)
    }

    /// The gateway set up by ``useGateway(_:sqlitePath:)``.
    var gateway: Gateway {
        get throws {
            guard let gateway = storage[GatewayKey.self] else {
                throw StewardError(.internalServerError, "the gateway was not set up at start-up")
            }
            return gateway
        }
    }
}
