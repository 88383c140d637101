import Foundation
import Testing
import Vapor

@testable import StewardServer

/// The SMTP client against a real SMTP server on loopback (aiosmtpd), which parses what it receives with python's
/// own `email` package.
@Suite("Mail: SMTP delivery", .enabled(if: SMTPTestServer.python != nil, Comment(rawValue: SMTPTestServer.unavailable)))
struct SMTPDeliveryTests {
    static func deliver(_ message: MailMessage, to server: SMTPServer) async throws {
        try await SMTPTransport(
            server: server, greetingName: "steward.test", group: MultiThreadedEventLoopGroup.singleton
        )
        .deliver(message)
    }

    @Test("a message arrives whole: envelope, headers, and a body with non-ASCII text and lines of dots")
    func delivers() async throws {
        let server = try SMTPTestServer()
        let body = "Grüße, Zoë.\n.\n..two dots\n" + String(repeating: "a long line ", count: 12) + "\nend"

        try await Self.deliver(
            try MailMessageTests.message(subject: "Étapes dues", body: body), to: try server.settings())

        let received = try #require(try server.received().first)
        #expect(received.from == "steward@example.org" && received.to == ["ada@example.org"])
        #expect(received.subject == "Étapes dues")
        #expect(received.body.replacingOccurrences(of: "\r\n", with: "\n") == body + "\n")
        #expect(received.headers["Date"] == "Mon, 30 Nov 2026 09:30:00 +0000")
        #expect(received.headers["Message-ID"] == "<00000000-0000-0000-0000-00000000002a@example.org>")
    }

    @Test("credentials go by AUTH PLAIN, or AUTH LOGIN when that is all the server offers", arguments: [[], ["PLAIN"]])
    func authenticates(_ excluded: [String]) async throws {
        var options = SMTPTestServer.Options()
        options.credentials = ("mailer", "pass word")
        options.excludedMechanisms = excluded
        let server = try SMTPTestServer(options)

        try await Self.deliver(
            try MailMessageTests.message(), to: try server.settings(user: "mailer", password: "pass%20word"))

        #expect(try server.received().first?.authenticated == true)
    }

    @Test("a wrong password fails with the server's reply, and never shows the password")
    func wrongPassword() async throws {
        var options = SMTPTestServer.Options()
        options.credentials = ("mailer", "right")
        let server = try SMTPTestServer(options)

        await #expect {
            try await Self.deliver(
                try MailMessageTests.message(), to: try server.settings(user: "mailer", password: "wrong"))
        } throws: { error in
            let message = (error as? MailError)?.message ?? ""
            return message.contains("535") && message.contains("mailer") && !message.contains("wrong")
        }
        #expect(try server.received().isEmpty)
    }

    @Test("a refused recipient fails with the command and the server's reply")
    func refusedRecipient() async throws {
        var options = SMTPTestServer.Options()
        options.refusedPrefix = "ada@"
        let server = try SMTPTestServer(options)

        await #expect {
            try await Self.deliver(try MailMessageTests.message(), to: try server.settings())
        } throws: { error in
            let message = (error as? MailError)?.message ?? ""
            return (error as? MailError)?.code == .refused && message.contains("RCPT TO:<ada@example.org>")
                && message.contains("550 5.1.1")
        }
    }

    @Test("a server that is not there fails with its address")
    func nobodyListening() async throws {
        let port = try SMTPTestServer().port  // free again once the server is gone

        await #expect {
            try await Self.deliver(try MailMessageTests.message(), to: try SMTPServer(url: "smtp://127.0.0.1:\(port)"))
        } throws: { error in
            (error as? MailError)?.code == .connection && "\(error)".contains("127.0.0.1:\(port)")
        }
    }

    @Test("a reply that arrived before its deadline is taken, however late the task waiting for it runs")
    func lateTask() async throws {
        let server = try SMTPTestServer()
        let transport = SMTPTransport(
            server: try server.settings(), greetingName: "steward.test", group: MultiThreadedEventLoopGroup.singleton)
        let (channel, arrived) = try await transport.connect(tls: try transport.tlsContext())
        let executor = SuspendableExecutor()
        try await channel.executeThenClose { inbound, outbound in
            var session = SMTPSession(
                channel: channel.channel, replies: inbound.makeAsyncIterator(), outbound: outbound, arrived: arrived)
            session.replyTimeout = .seconds(2)
            try await session.expect(220...220, answering: "the greeting")
            try await outbound.write(ByteBuffer(string: "NOOP\r\n"))
            // The reply arrives while the task cannot run; the task runs again after the reply's deadline.
            async let waited: Void = {
                while try await channel.channel.eventLoop.submit({ arrived.value.count }).get() < 2 {
                    try await Task.sleep(for: .milliseconds(10))
                }
                try await Task.sleep(for: .seconds(3))
                executor.queue.resume()
            }()
            try await withTaskExecutorPreference(executor) {
                executor.queue.suspend()
                try await session.expect(250...250, answering: "`NOOP`")
                try await session.send("NOOP", expecting: 250...250)
            }
            try await waited
        }
    }

    @Test("STARTTLS is used when the server offers it, before the credentials are sent")
    func startTLS() async throws {
        let folder = TestDatabase.scratchFolder.appendingPathComponent(TestDatabase.uniqueName("tls-"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (cert, key) = (
            folder.appendingPathComponent("cert.pem").path, folder.appendingPathComponent("key.pem").path
        )
        try Self.selfSignedCertificate(cert: cert, key: key)
        var options = SMTPTestServer.Options()
        options.credentials = ("mailer", "secret")
        options.certificate = (cert, key)
        let server = try SMTPTestServer(options)

        try await Self.deliver(
            try MailMessageTests.message(), to: try server.settings(user: "mailer", password: "secret", trusting: cert))

        let received = try #require(try server.received().first)
        #expect(received.tls && received.authenticated)
    }

    /// A certificate for 127.0.0.1, made by openssl for this test only.
    static func selfSignedCertificate(cert: String, key: String) throws {
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
        ]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        #expect(openssl.terminationStatus == 0, "openssl could not make a certificate")
    }
}

/// Runs tasks on a serial queue that a test can suspend, to hold a task back while its event loop goes on.
private final class SuspendableExecutor: TaskExecutor {
    let queue = DispatchQueue(label: "suspendable")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
