import Foundation

@testable import StewardServer

/// A real SMTP server on loopback for one test: Debian's `python3-aiosmtpd`, run by a small script that keeps each
/// message it accepts in a folder, with what python's own `email` package reads from it.
final class SMTPTestServer {
    /// What the server accepted: the envelope, whether the client signed in and used TLS, and the message as
    /// python's `email` package parses it.
    struct Received: Decodable {
        let from: String
        let to: [String]
        let authenticated: Bool
        let tls: Bool
        let subject: String
        let body: String
        let headers: [String: String]
        /// The message as it arrived, after the server removed the dot-stuffing.
        let raw: String
    }

    /// Options of the server.
    struct Options {
        /// Offer AUTH and accept only this user and password.
        var credentials: (user: String, password: String)?
        /// Offer only these mechanisms' complement: `["PLAIN"]` leaves LOGIN.
        var excludedMechanisms: [String] = []
        /// Offer STARTTLS with this certificate and key (PEM files) and require it before anything else.
        var certificate: (cert: String, key: String)?
        /// Refuse recipients whose address starts with this.
        var refusedPrefix: String?
    }

    /// The python interpreter that has aiosmtpd, if any: Debian's own first, then the one on the `PATH`.
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { path in
        FileManager.default.isExecutableFile(atPath: path) && run(path, ["-c", "import aiosmtpd"]) == 0
    }

    /// Why the SMTP tests cannot run here, for the skip message.
    static let unavailable = "python3-aiosmtpd is not installed (apt-get install python3-aiosmtpd): SMTP tests skipped"

    let port: Int
    let folder: URL
    private let process: Process
    /// The script exits when this closes, so no server outlives the tests even if they crash.
    private let lifeline = Pipe()

    /// Starts the server; it listens on a free port of 127.0.0.1.
    init(_ options: Options = Options()) throws {
        guard let python = Self.python else { throw StewardError(.internalServerError, Self.unavailable) }
        folder = TestDatabase.scratchFolder.appendingPathComponent(TestDatabase.uniqueName("smtp-"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var arguments = ["-c", Self.script, folder.path]
        if let credentials = options.credentials {
            arguments += ["--user", credentials.user, "--password", credentials.password]
        }
        for mechanism in options.excludedMechanisms { arguments += ["--exclude", mechanism] }
        if let certificate = options.certificate {
            arguments += ["--cert", certificate.cert, "--key", certificate.key]
        }
        if let prefix = options.refusedPrefix { arguments += ["--refuse", prefix] }
        process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = lifeline
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            process.terminate()
            throw StewardError(.internalServerError, "the aiosmtpd script did not start")
        }
        self.port = port
    }

    deinit {
        // Not SIGTERM: a child of the test process may start with it blocked.
        try? lifeline.fileHandleForWriting.close()
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    /// The messages accepted so far, in order.
    func received() throws -> [Received] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
            .sorted()
        return try files.map { name in
            try JSONDecoder().decode(Received.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
        }
    }

    /// An `smtp://` server setting for this server.
    func settings(user: String? = nil, password: String? = nil, trusting certificate: String? = nil) throws
        -> SMTPServer
    {
        let credentials = user.map { "\($0):\(password ?? "")@" } ?? ""
        return try SMTPServer(url: "smtp://\(credentials)127.0.0.1:\(port)", trustedCertificates: certificate)
    }

    private static func run(_ executable: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    private static let script = #"""
        import argparse, asyncio, email, email.policy, json, os, ssl, sys, threading
        from aiosmtpd.smtp import SMTP, AuthResult

        threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()

        parser = argparse.ArgumentParser()
        parser.add_argument("folder")
        parser.add_argument("--user")
        parser.add_argument("--password")
        parser.add_argument("--exclude", action="append", default=[])
        parser.add_argument("--cert")
        parser.add_argument("--key")
        parser.add_argument("--refuse")
        options = parser.parse_args()

        class Keeper:
            count = 0

            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if options.refuse and address.startswith(options.refuse):
                    return "550 5.1.1 <%s>: no such mailbox here" % address
                envelope.rcpt_tos.append(address)
                return "250 OK"

            async def handle_DATA(self, server, session, envelope):
                Keeper.count += 1
                raw = envelope.original_content
                message = email.message_from_bytes(raw, policy=email.policy.default)
                record = {
                    "from": envelope.mail_from, "to": envelope.rcpt_tos,
                    "authenticated": bool(session.authenticated), "tls": session.ssl is not None,
                    "subject": str(message["subject"]), "body": message.get_content(),
                    "headers": {key: str(value) for key, value in message.items()},
                    "raw": raw.decode("ascii"),
                }
                path = os.path.join(options.folder, "%04d" % Keeper.count)
                with open(path + ".tmp", "w") as file:
                    json.dump(record, file)
                os.rename(path + ".tmp", path + ".json")
                return "250 2.0.0 queued as %d" % Keeper.count

        def authenticator(server, session, envelope, mechanism, auth_data):
            valid = auth_data.login.decode() == options.user and auth_data.password.decode() == options.password
            return AuthResult(success=valid, handled=False)

        async def main():
            settings = {"hostname": "aiosmtpd.test", "auth_exclude_mechanism": options.exclude}
            if options.user:
                settings.update(authenticator=authenticator, auth_require_tls=bool(options.cert))
            if options.cert:
                context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
                context.load_cert_chain(options.cert, options.key)
                settings.update(tls_context=context, require_starttls=True)
            handler = Keeper()
            server = await asyncio.get_running_loop().create_server(
                lambda: SMTP(handler, **settings), "127.0.0.1", 0)
            print(server.sockets[0].getsockname()[1], flush=True)
            await server.serve_forever()

        asyncio.run(main())
        """#
}
