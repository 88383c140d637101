import Foundation

/// Development mail: each message becomes an `.eml` file in a folder, which a mail program opens as it is.
struct MailFolder: MailTransport {
    let path: String

    func deliver(_ message: MailMessage) async throws {
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        let file = folder.appendingPathComponent(
            "\(Self.stamp(message.date))-\(message.id.uuidString.lowercased()).eml")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // Atomic: whoever watches the folder never sees half a message.
            try Data(message.rendered.utf8).write(to: file, options: .atomic)
        } catch {
            throw MailError(.folder, "could not write the message to \(file.path): \(error.localizedDescription)")
        }
    }

    /// `20261130T093000`: files sort in the order they were written.
    private static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .gmt
        formatter.dateFormat = "yyyyMMdd'T'HHmmss"
        return formatter.string(from: date)
    }
}
