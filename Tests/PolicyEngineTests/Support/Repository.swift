import Foundation

/// Paths in the repository, found from this file's own path, for tests that compare the program with the files it
/// is built from.
enum Repository {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // PolicyEngineTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The text of a file given by its path from the repository root.
    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The paths, from the repository root, of the files in a folder with the given extension, sorted.
    static func files(in folder: String, withExtension ext: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix("." + ext) }.sorted().map { "\(folder)/\($0)" }
    }
}
