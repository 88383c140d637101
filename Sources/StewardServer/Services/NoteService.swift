import Fluent
import Foundation
import StewardCore

/// The union's private notes on tools and use cases. Every query is scoped to the union-private zone's readers, so
/// for anyone else the notes do not exist: no rows, no counts.
struct NoteService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// The notes on a subject, oldest first; empty for anyone who may not read union-private records.
    func notes(on subject: Note.Subject) async throws -> [Note] {
        try await query(on: subject).ordered(by: \.$createdAt).all().map { note in
            try Self.note(note, on: subject, by: note.author.displayName)
        }
    }

    /// One page of the notes on a subject, oldest first, keyed by the last note's id; empty for anyone who may not
    /// read union-private records, for whom no note is a cursor either.
    func notes(on subject: Note.Subject, _ page: PageRequest) async throws -> Page<Note> {
        let zones = authorizer.readableZones
        return try await query(on: subject).page(page, by: \.$createdAt) { note in
            note.subjectType == subject.kind && note.subjectID == subject.uuid && zones.contains(note.zone)
        }.map { try Self.note($0, on: subject, by: $0.author.displayName) }
    }

    /// Attaches a note; only union representatives may.
    func add(_ body: String, on subject: Note.Subject) async throws -> Note {
        try await authorizer.require(.annotate, in: .unionPrivate, on: "notes")
        switch subject {
        case .tool(let id): _ = try await authorizer.tools.tool(id)
        case .useCase(let id): _ = try await authorizer.useCases.useCase(id)
        case .reviewStep(let id): _ = try await authorizer.reviews.step(id)
        case .grievance(let id): _ = try await authorizer.grievances.grievance(id)
        case .committeeMeeting(let id): _ = try await authorizer.committee.meeting(id.uuid)
        case .informationRequest(let id): _ = try await authorizer.informationRequests.request(id.uuid)
        }
        let body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty, body.count <= 20_000 else {
            throw StewardError.invalid([
                DomainError(code: .invalidField, field: "body", message: "write a note of 1 to 20,000 characters")
            ])
        }
        guard let author = authorizer.actor.person else { throw StewardError.signInRequired }
        let note = NoteModel(subject: subject, authorID: author.id.uuid, body: body)
        try await database.transaction { db in
            try await note.create(on: db)
            // The trail records that a note exists, in the union-private zone, never what it says.
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: "note.create", objectType: "note",
                    objectID: try note.requireID().uuidString.lowercased(), zone: .unionPrivate,
                    summary: "added a union-private note", change: ["subject": subject.description]))
        }
        return try Self.note(note, on: subject, by: author.displayName)
    }

    /// The notes on `subject` the actor may read, with their authors.
    private func query(on subject: Note.Subject) -> QueryBuilder<NoteModel> {
        NoteModel.query(on: database).visible(to: authorizer, zone: \.$zone).with(\.$author)
            .filter(\.$subjectType == subject.kind).filter(\.$subjectID == subject.uuid)
    }

    private static func note(_ model: NoteModel, on subject: Note.Subject, by authorName: String) throws -> Note {
        Note(
            id: NoteID(try model.requireID()), subject: subject, authorName: authorName,
            body: String(decoding: model.content, as: UTF8.self), createdAt: model.createdAt ?? .distantPast)
    }
}

extension Authorizer {
    var notes: NoteService { NoteService(authorizer: self) }
}
