import Fluent
import Foundation
import PolicyEngine
import StewardCore
import Vapor

/// Holds the policy in force on this server. An adoption on this server replaces it at once; one on another server
/// is read within ``lifetime``, since each request checks, at most that often, which versions are in force.
/// `@unchecked Sendable`: its one variable is read and written under its lock.
final class PolicyStore: @unchecked Sendable {
    /// How long the policy is trusted before the database is asked again.
    static let lifetime: TimeInterval = 1

    private struct State {
        var policy: PolicyService
        var checked: Date
    }

    private let lock = NSLock()
    private var state: State

    init(_ policy: PolicyService, checked: Date) {
        state = State(policy: policy, checked: checked)
    }

    /// The policy in force as last read.
    var current: PolicyService { lock.withLock { state.policy } }

    /// Puts a policy in force on this server, as an adoption made here does.
    func replace(with policy: PolicyService, at now: Date) {
        lock.withLock { state = State(policy: policy, checked: now) }
    }

    /// Whether the versions in force were last checked ``lifetime`` (less `margin`) or more before `now` (or after it).
    func isDue(_ now: Date, within margin: TimeInterval = 0) -> Bool {
        let last = lock.withLock { state.checked }
        return now.timeIntervalSince(last) >= Self.lifetime - margin || now < last
    }

    /// Reads again which versions are in force, and the policy when another server adopted a pack since.
    func refresh(on database: any Database, now: Date) async throws {
        let ids = try await PolicyAdoptionModel.query(on: database).filter(\.$supersededAt == nil).all(\.$id)
        if current.isCurrent(Set(ids)) {
            lock.withLock { state.checked = now }
        } else {
            replace(with: try await PolicyService.load(on: database), at: now)
        }
    }

    /// Loads the policy in force; when nothing was ever adopted, first adopts the packs that ship with Steward for
    /// the whole organization (only when `adoptingShipped`, for commands that write).
    static func open(on database: any Database, clock: @escaping @Sendable () -> Date, adoptingShipped: Bool) async throws
        -> PolicyStore
    {
        if adoptingShipped, try await PolicyAdoptionModel.query(on: database).count() == 0 {
            do {
                try await database.transaction { db in
                    for (pack, yaml) in try ShippedPacks.withTexts() {
                        try await PolicyAdoptionModel(
                            pack: pack, source: yaml, number: 1, units: [], by: "Steward", at: clock()
                        ).create(on: db)
                    }
                }
            } catch {
                // Another server adopted them first.
                guard try await PolicyAdoptionModel.query(on: database).count() > 0 else { throw error }
            }
        }
        return PolicyStore(try await PolicyService.load(on: database), checked: clock())
    }
}

extension PolicyAdoptionModel {
    convenience init(pack: PolicyPack, source: String, number: Int, units: [UUID], by name: String, at date: Date) {
        self.init()
        packID = pack.id
        self.number = number
        packVersion = pack.version
        title = pack.title
        effective = pack.effective.description
        self.source = source
        unitIDs = units.map { $0.uuidString.lowercased() }
        adoptedBy = name
        adoptedAt = date
    }
}

extension Application {
    private struct PolicyKey: StorageKey {
        typealias Value = PolicyStore
    }

    /// The policy in force; set by `configure`.
    var policies: PolicyStore {
        get throws {
            guard let store = storage[PolicyKey.self] else {
                throw StewardError(.internalServerError, "the policy packs in force were not read at start-up")
            }
            return store
        }
    }

    /// The policy in force as last read.
    var policy: PolicyService { get throws { try policies.current } }

    func adopt(_ store: PolicyStore) {
        storage[PolicyKey.self] = store
        forgetComposedContext()
    }
}
