import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Sends each message through an SMTP server, on a connection of its own: TLS from the start for `smtps://`,
/// STARTTLS whenever the server offers it for `smtp://`, and AUTH PLAIN or LOGIN when the settings name a user.
struct SMTPTransport: MailTransport {
    let server: SMTPServer
    /// The name this side gives in `EHLO`: the public address's host.
    let greetingName: String
    let group: any EventLoopGroup

    func deliver(_ message: MailMessage) async throws {
        let tls = try tlsContext()
        let (channel, arrived) = try await connect(tls: tls)
        do {
            try await channel.executeThenClose { inbound, outbound in
                var session = SMTPSession(
                    channel: channel.channel, replies: inbound.makeAsyncIterator(), outbound: outbound,
                    arrived: arrived)
                try await converse(&session, message, tls: tls)
            }
        } catch let error as MailError {
            throw error
        } catch let error as NIOSSLError {
            throw MailError(.security, "TLS with the SMTP server \(server.host):\(server.port) failed: \(error)")
        } catch {
            throw MailError(
                .connection, "the connection to the SMTP server \(server.host):\(server.port) failed: \(error)")
        }
    }

    private func converse(_ session: inout SMTPSession, _ message: MailMessage, tls: NIOSSLContext) async throws {
        try await session.expect(220...220, answering: "the connection (its greeting)")
        var extensions = try await session.hello(as: greetingName)
        var isEncrypted = server.security == .implicitTLS
        if !isEncrypted, extensions.contains("STARTTLS") {
            try await session.send("STARTTLS", expecting: 220...220)
            try await session.channel.eventLoop.submit { [channel = session.channel, host = server.host] in
                try Self.addTLS(to: channel, context: tls, host: host)
            }.get()
            isEncrypted = true
            extensions = try await session.hello(as: greetingName)
        }
        if let user = server.username, let password = server.password {
            guard isEncrypted || server.isLoopback else {
                throw MailError(
                    .security,
                    "the SMTP server \(server.host) does not offer STARTTLS, and Steward does not send a password "
                        + "unencrypted; use smtps:// or a server that offers STARTTLS")
            }
            try await session.authenticate(user: user, password: password, extensions: extensions)
        }
        try await session.send("MAIL FROM:<\(message.from.address)>", expecting: 250...250)
        try await session.send("RCPT TO:<\(message.to.address)>", expecting: 250...251)
        try await session.data(message)
        // The message is accepted; a server that hangs up instead of saying goodbye changes nothing.
        _ = try? await session.send("QUIT", expecting: 221...221)
    }

    /// A connection to the server, and the count of the replies that arrive on it.
    func connect(tls: NIOSSLContext) async throws -> (
        NIOAsyncChannel<SMTPReply, ByteBuffer>, NIOLoopBound<SMTPReplyCounter>
    ) {
        let implicitTLS = server.security == .implicitTLS
        do {
            return try await ClientBootstrap(group: group).connectTimeout(.seconds(10))
                .connect(host: server.host, port: server.port) { [host = server.host] channel in
                    channel.eventLoop.makeCompletedFuture {
                        if implicitTLS { try Self.addTLS(to: channel, context: tls, host: host) }
                        let counter = SMTPReplyCounter()
                        try channel.pipeline.syncOperations.addHandlers(
                            ByteToMessageHandler(SMTPReplyDecoder()), counter)
                        return (
                            try NIOAsyncChannel<SMTPReply, ByteBuffer>(wrappingChannelSynchronously: channel),
                            NIOLoopBound(counter, eventLoop: channel.eventLoop)
                        )
                    }
                }
        } catch {
            throw MailError(.connection, "could not connect to the SMTP server \(server.host):\(server.port): \(error)")
        }
    }

    /// Puts TLS in front of everything else on the channel; the certificate must name `host`.
    private static func addTLS(to channel: any Channel, context: NIOSSLContext, host: String) throws {
        // SNI takes names only; for an address, the certificate is checked against the address connected to.
        let isAddress = (try? SocketAddress(ipAddress: host, port: 0)) != nil
        let handler = try NIOSSLClientHandler(context: context, serverHostname: isAddress ? nil : host)
        try channel.pipeline.syncOperations.addHandler(handler, position: .first)
    }

    func tlsContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let file = server.trustedCertificates { configuration.trustRoots = .file(file) }
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw MailError(.security, "could not set up TLS for the SMTP server: \(error)")
        }
    }
}
