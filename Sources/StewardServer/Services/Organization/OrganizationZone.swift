import Fluent
import Foundation
import Vapor

/// The organization's time zone as this server last read it, for the days forms and summaries count in ("today").
/// A change made on this server holds at once; one made on another server within ``PolicyStore/lifetime``, since
/// ``PolicyRefresh`` asks again at most that often.
/// `@unchecked Sendable`: its variables are read and written under its lock.
final class OrganizationZone: @unchecked Sendable {
    private let lock = NSLock()
    private var zone: TimeZone
    private var checked: Date

    init(_ zone: TimeZone, checked: Date) {
        self.zone = zone
        self.checked = checked
    }

    /// The zone as last read.
    var current: TimeZone { lock.withLock { zone } }

    /// Puts a zone in force on this server, as a change made here does.
    func set(_ zone: TimeZone, at now: Date) {
        lock.withLock {
            self.zone = zone
            checked = now
        }
    }

    /// Whether the zone was last read ``PolicyStore/lifetime`` (less `margin`) or more before `now` (or after it).
    func isDue(_ now: Date, within margin: TimeInterval = 0) -> Bool {
        let last = lock.withLock { checked }
        return now.timeIntervalSince(last) >= PolicyStore.lifetime - margin || now < last
    }

    /// Reads the zone again, as another server may have changed it.
    func refresh(on database: any Database, now: Date) async throws {
        set(try await Self.read(on: database), at: now)
    }

    static func read(on database: any Database) async throws -> TimeZone {
        let identifier = try await OrganizationModel.query(on: database).first()?.timeZone ?? "UTC"
        return TimeZone(identifier: identifier) ?? .gmt
    }
}

extension Application {
    private struct ZoneKey: StorageKey {
        typealias Value = OrganizationZone
    }

    /// The organization's time zone; set by `configure`.
    var organizationZone: OrganizationZone {
        get throws {
            guard let zone = storage[ZoneKey.self] else {
                throw StewardError(.internalServerError, "the organization's time zone was not read at start-up")
            }
            return zone
        }
    }

    func useOrganizationZone(_ zone: OrganizationZone) {
        storage[ZoneKey.self] = zone
        forgetComposedContext()
    }
}
