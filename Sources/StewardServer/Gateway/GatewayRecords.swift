import Foundation
import StewardCore

/// What the gateway knows of a key: whose it is and the use case it runs as by default.
struct GatewayKeyRecord: Sendable {
    let keyID: UUID
    let person: Person
    let unitID: UUID?
    let defaultUseCaseID: UseCaseID?
}

/// Where a tool's calls go, with its credential opened.
struct GatewayRoute: Sendable {
    let toolID: AIToolID
    let toolName: String
    let gatewayName: String
    /// The service's base URL, without a trailing `/`.
    let baseURL: String
    let model: String
    let credential: String
    let vendorTrainsOnInputs: Bool
    /// When the route was last set, for the protocol's `created`.
    let updatedAt: Date
}

/// One use of a tool a person could run through the gateway, with what its checks need.
struct GatewayUse: Sendable {
    let useCaseID: UseCaseID
    let unitID: UUID
    let title: String
    let access: GatewayAccess
    /// Whether the use's decision requires AI output to be labelled (Seed 003).
    let requiresLabels: Bool
}
