import Vapor

extension Application {
    private struct ClockKey: StorageKey {
        typealias Value = @Sendable () -> Date
    }

    private struct SiteKey: StorageKey {
        typealias Value = SiteInfo
    }

    private struct SecureCookiesKey: StorageKey {
        typealias Value = Bool
    }

    /// The server's clock; the only place the server reads the time.
    var clock: @Sendable () -> Date {
        get { storage[ClockKey.self] ?? { Date() } }
        set {
            storage[ClockKey.self] = newValue
            forgetComposedContext()
        }
    }

    /// Whether cookies are sent only over HTTPS (``StewardSettings/secureCookies``).
    var secureCookies: Bool {
        get { storage[SecureCookiesKey.self] ?? false }
        set { storage[SecureCookiesKey.self] = newValue }
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
