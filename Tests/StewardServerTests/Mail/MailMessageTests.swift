import Foundation
import Testing

@testable import StewardServer

/// What a message looks like on the wire, without a server.
@Suite("Mail: messages")
struct MailMessageTests {
    static func message(subject: String = "Steps due", body: String = "Hello") throws -> MailMessage {
        MailMessage(
            from: try #require(MailAddress("steward@example.org", name: "Steward")),
            to: try #require(MailAddress("ada@example.org", name: "Ada Officer")), subject: subject, body: body,
            date: TestDatabase.fixedDate, id: try #require(UUID(uuidString: "00000000-0000-0000-0000-00000000002A")))
    }

    @Test("a message has the headers RFC 5322 asks for, dated by the clock it was given")
    func headers() throws {
        let rendered = try Self.message().rendered

        #expect(rendered.hasPrefix("Date: Mon, 30 Nov 2026 09:30:00 +0000\r\n"))
        #expect(rendered.contains("\r\nFrom: \"Steward\" <steward@example.org>\r\n"))
        #expect(rendered.contains("\r\nTo: \"Ada Officer\" <ada@example.org>\r\n"))
        #expect(rendered.contains("\r\nMessage-ID: <00000000-0000-0000-0000-00000000002a@example.org>\r\n"))
        #expect(rendered.contains("\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"))
        #expect(rendered.contains("\r\nContent-Transfer-Encoding: quoted-printable\r\n"))
        #expect(rendered.hasSuffix("\r\n\r\nHello\r\n"))
        #expect(rendered.replacingOccurrences(of: "\r\n", with: "").allSatisfy { $0 != "\n" && $0 != "\r" })
    }

    @Test("text outside ASCII becomes encoded words and quoted-printable, in lines of at most 76 characters")
    func encodings() throws {
        let body = "Résumé de l'étape = fin. " + String(repeating: "long line ", count: 20)

        let rendered = try Self.message(subject: "Étapes à faire", body: body).rendered

        #expect(rendered.contains("Subject: =?UTF-8?B?\(Data("Étapes à faire".utf8).base64EncodedString())?="))
        #expect(rendered.contains("R=C3=A9sum=C3=A9 de l'=C3=A9tape =3D fin."))
        #expect(rendered.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(rendered.components(separatedBy: "\r\n").allSatisfy { $0.count <= 78 })
    }

    @Test("a line break in a subject or a name cannot add a header")
    func headerInjection() throws {
        let sneaky = MailAddress("ada@example.org", name: "Ada\r\nBcc: eve@example.org")

        let rendered = try Self.message(subject: "Hi\r\nBcc: eve@example.org").rendered

        #expect(!rendered.contains("\r\nBcc:"))
        #expect(sneaky?.header == "\"Ada Bcc: eve@example.org\" <ada@example.org>")
    }

    @Test(
        "addresses that could break out of a command or header are refused",
        arguments: [
            "ada@example.org>\r\nRCPT TO:<eve@example.org", "ada example@example.org", "<ada@example.org>", "ada",
            "ada@localhost", "@example.org",
        ])
    func badAddresses(_ text: String) {
        #expect(MailAddress(text) == nil)
    }

    @Test("a line that starts with a dot gets a second one, so it cannot end the message early")
    func dotStuffing() {
        #expect(SMTPSession.dotStuffed(".\r\n..x\r\nok.\r\n") == "..\r\n...x\r\nok.\r\n")
    }
}
