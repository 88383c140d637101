import ArgumentParser
import Foundation

/// Reads a new account's password without putting it on the command line, where other users could see it.
enum PasswordInput {
    static func read() throws -> String {
        if let password = ProcessInfo.processInfo.environment["STEWARD_PASSWORD"], !password.isEmpty {
            return password
        }
        FileHandle.standardError.write(Data("Password (at least 12 characters): ".utf8))
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw ValidationError("No password given: set STEWARD_PASSWORD or type it on standard input.")
        }
        return line
    }
}
