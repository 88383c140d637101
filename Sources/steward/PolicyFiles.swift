import Foundation
import PolicyEngine
import StewardCore

/// Reads the files the `steward policy` commands are given, turning every failure into a message that names the
/// file and what to fix.
enum PolicyFiles {
    /// A failure to report as it is, without a stack trace or usage text.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The text of a file.
    static func text(_ path: String) throws(Failure) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw Failure(description: "\(path): cannot be read as UTF-8 text (\(error.localizedDescription))")
        }
    }

    /// A pack parsed and validated from a file.
    static func pack(_ path: String) throws -> PolicyPack {
        try PolicyPack(yaml: text(path), file: path)
    }

    /// The packs to adopt: each `--pack` file, and every shipped pack when asked.
    static func packs(files: [String], shipped: Bool) throws -> [PolicyPack] {
        guard shipped || !files.isEmpty else {
            throw Failure(description: "adopt at least one pack: --pack FILE (repeatable) or --shipped")
        }
        return try (shipped ? ShippedPacks.all() : []) + files.map(pack)
    }

    /// A use case's facts from a JSON file; a wrong field is named with its allowed values.
    static func useCase(_ path: String) throws(Failure) -> UseCaseFacts {
        let data = Data(try text(path).utf8)
        do {
            return try JSONDecoder().decode(UseCaseFacts.self, from: data)
        } catch let error as DomainError {
            throw Failure(description: "\(path): \(error.message)")
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw Failure(description: "\(path): a use case is a JSON object of facts, such as {\"tier\": 1, …}")
        } catch {
            throw Failure(description: "\(path): not valid JSON (\(error.localizedDescription))")
        }
    }

    /// The use cases in a folder: every `*.json` file, named by its file name, in name order.
    static func useCases(inFolder folder: String) throws -> [(name: String, facts: UseCaseFacts)] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
                .sorted()
        } catch {
            throw Failure(description: "\(folder): cannot list the folder (\(error.localizedDescription))")
        }
        return try names.map { name throws(Failure) in
            (name, try useCase((folder as NSString).appendingPathComponent(name)))
        }
    }
}
