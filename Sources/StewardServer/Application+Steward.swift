import Vapor

extension Application {
    private struct ClockKey: StorageKey {
        typealias Value = @Sendable () -> Date
    }

    private struct SiteKey: StorageKey {
        typealias Value = SiteInfo
    }

    /// The server's clock; the only place the server reads the time.
    var clock: @Sendable () -> Date {
        get { storage[ClockKey.self] ?? { Date() } }
        set { storage[ClockKey.self] = newValue }
    }

    /// Facts about the installation that every page shows.
    var site: SiteInfo {
        get { storage[SiteKey.self] ?? SiteInfo(organizationName: "Steward", isDemo: false) }
        set { storage[SiteKey.self] = newValue }
    }
}

/// The organization's name and whether the demo data is in use.
struct SiteInfo: Sendable {
    let organizationName: String
    let isDemo: Bool
}
