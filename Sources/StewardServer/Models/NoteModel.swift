import Fluent
import Foundation
import StewardCore

/// A union-private note. Its body is stored as bytes with an encoding marker, so that sealing it with a key the
/// union holds can be added later without reshaping the table (`content_encoding` "plain" today, `key_id` empty).
/// `@unchecked Sendable`: see ``OrganizationModel``.
final class NoteModel: Model, @unchecked Sendable {
    static let schema = "notes"

    @ID(key: .id) var id: UUID?
    @Field(key: "zone") var zone: Zone
    /// What the note is attached to: a kind of record (`tool`, `use-case`, `review-step`) and its id.
    @Field(key: "subject_type") var subjectType: String
    @OptionalField(key: "subject_id") var subjectID: UUID?
    @Parent(key: "author_id") var author: PersonModel
    @Field(key: "content") var content: Data
    @Field(key: "content_encoding") var contentEncoding: String
    @OptionalField(key: "key_id") var keyID: String?
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    init(subject: Note.Subject, authorID: UUID, body: String) {
        zone = .unionPrivate
        subjectType = subject.kind
        subjectID = subject.uuid
        $author.id = authorID
        content = Data(body.utf8)
        contentEncoding = "plain"
        keyID = nil
    }
}

extension NoteModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $zone, $subjectType, $subjectID, $author, $content, $contentEncoding, $keyID, $createdAt
        ]
    }
}
