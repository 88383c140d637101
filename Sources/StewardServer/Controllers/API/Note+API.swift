import StewardAPI
import StewardCore

extension Components.Schemas.Note {
    init(_ note: Note) {
        self.init(id: note.id.description, authorName: note.authorName, body: note.body, createdAt: note.createdAt)
    }
}
