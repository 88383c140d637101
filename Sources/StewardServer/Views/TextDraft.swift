import StewardCore

/// Text as its author typed it (a note, a step's record), kept with its problems when it was refused.
struct TextDraft {
    let text: String
    let problems: [DomainError]

    static let empty = TextDraft(text: "", problems: [])
}
