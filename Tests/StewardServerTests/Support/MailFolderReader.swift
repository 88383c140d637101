import Foundation

/// The messages a test's Steward wrote into its mail folder, decoded enough to read them.
struct MailFolderReader {
    let folder: URL

    /// A fresh folder for one test.
    static func make() -> MailFolderReader {
        MailFolderReader(folder: TestDatabase.scratchFolder.appendingPathComponent(TestDatabase.uniqueName("mail-")))
    }

    /// Each message: its headers by name, and its body with quoted-printable undone.
    func messages() throws -> [(headers: [String: String], body: String)] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".eml") }.sorted()
            .map { name in
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .ascii)
                let parts = text.components(separatedBy: "\r\n\r\n")
                var headers: [String: String] = [:]
                for line in parts[0].components(separatedBy: "\r\n") {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(
                        in: .whitespaces)
                }
                return (headers, Self.unquoted(parts.dropFirst().joined(separator: "\r\n\r\n")))
            }
    }

    /// The messages sent to `address`.
    func messages(to address: String) throws -> [(headers: [String: String], body: String)] {
        try messages().filter { $0.headers["To"]?.contains("<\(address)>") == true }
    }

    private static func unquoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(
            text.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "\r\n", with: "\n").utf8)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "="), index + 2 < source.count,
                let byte = UInt8(String(decoding: source[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                bytes.append(byte)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
