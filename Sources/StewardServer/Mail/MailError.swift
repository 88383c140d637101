/// Why a message was not sent. The message says what went wrong and, when the SMTP server refused something, quotes
/// its reply, so that whoever reads the log can fix the setting or the address.
struct MailError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure, for code that handles some differently.
    enum Code: String, Sendable {
        /// The server could not be reached, or closed the connection.
        case connection
        /// The server answered a command with an error reply.
        case refused
        /// The server did not answer in time.
        case timeout
        /// The server sent something that is not SMTP.
        case protocolViolation
        /// TLS could not be set up, or credentials would have crossed the network unencrypted.
        case security
        /// The message could not be written to the mail folder.
        case folder
    }

    let code: Code
    let message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    var description: String { message }
}
