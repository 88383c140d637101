import ArgumentParser
import DataGuard
import Foundation

/// `steward guard redact`: a text with its personal data replaced by typed placeholders.
struct GuardRedactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Replace the personal data and PHI in a text with placeholders such as [PERSON_1]."
    )

    @Flag(help: "Print JSON: the redacted text, the placeholder map and the findings.")
    var json = false

    @Argument(help: "The file to read, or - for standard input.")
    var file = "-"

    private struct Output: Encodable {
        let text: String
        let placeholders: [PlaceholderMap.Entry]
        let findings: [Finding]
    }

    func run() throws {
        var redactor = Redactor()
        let redaction = redactor.redact(try GuardInput.text(file))
        guard json else {
            print(redaction.text, terminator: "")
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let output = Output(
            text: redaction.text, placeholders: redactor.placeholders.entries, findings: redaction.findings)
        print(String(decoding: try encoder.encode(output), as: UTF8.self))
    }
}
