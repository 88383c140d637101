import Foundation

/// A typed identifier, so that a tool's id cannot be passed where a use case's is expected.
public struct Identifier<Subject>: Hashable, Sendable, Codable, CustomStringConvertible {
    public let uuid: UUID

    public init(_ uuid: UUID) { self.uuid = uuid }

    /// Parses the textual form of a UUID, as found in a URL.
    public init?(_ text: String) {
        guard let uuid = UUID(uuidString: text) else { return nil }
        self.uuid = uuid
    }

    public init(from decoder: any Decoder) throws { uuid = try decoder.singleValueContainer().decode(UUID.self) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(uuid)
    }

    public var description: String { uuid.uuidString.lowercased() }
}

public typealias AIToolID = Identifier<AITool>
public typealias UseCaseID = Identifier<UseCase>
public typealias BargainingUnitID = Identifier<BargainingUnit>
public typealias PersonID = Identifier<Person>
public typealias NoteID = Identifier<Note>
