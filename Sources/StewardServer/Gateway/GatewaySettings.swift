import Foundation

/// How the AI gateway treats calls and the services behind it.
public struct GatewaySettings: Sendable, Hashable {
    /// How long a service may take to begin its answer, and to send its next piece, before the call fails with 504.
    public var upstreamTimeoutSeconds: Int
    /// Calls one key may make each second, on average.
    public var callsPerSecond: Double
    /// Calls one key may make at once after a quiet spell.
    public var burst: Double

    public init(upstreamTimeoutSeconds: Int = 60, callsPerSecond: Double = 10, burst: Double = 40) {
        self.upstreamTimeoutSeconds = upstreamTimeoutSeconds
        self.callsPerSecond = callsPerSecond
        self.burst = burst
    }

    /// The settings from `STEWARD_GATEWAY_TIMEOUT` (seconds), `STEWARD_GATEWAY_RATE` (calls per second per key) and
    /// `STEWARD_GATEWAY_BURST`, each defaulting as above.
    public static func from(environment: [String: String]) throws -> GatewaySettings {
        var settings = GatewaySettings()
        if let text = environment["STEWARD_GATEWAY_TIMEOUT"], !text.isEmpty {
            guard let seconds = Int(text), (1...3600).contains(seconds) else {
                throw StewardSettingsError(message: "STEWARD_GATEWAY_TIMEOUT must be a number of seconds from 1 to 3600, not `\(text)`")
            }
            settings.upstreamTimeoutSeconds = seconds
        }
        for (name, keyPath) in [("STEWARD_GATEWAY_RATE", \GatewaySettings.callsPerSecond), ("STEWARD_GATEWAY_BURST", \.burst)] {
            guard let text = environment[name], !text.isEmpty else { continue }
            guard let value = Double(text), value >= 1, value <= 1_000_000 else {
                throw StewardSettingsError(message: "\(name) must be a number from 1 to 1000000, not `\(text)`")
            }
            settings[keyPath: keyPath] = value
        }
        return settings
    }
}
