import Foundation

/// The copy of the "GPTs are GPTs" files kept beside the repository for tests (`../shared/data/gpts-are-gpts`).
/// The repository holds none of it; tests that need it are skipped when it is absent.
enum SharedData {
    /// The folder, found from this file's location upward.
    static let folder: URL? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<6 {
            directory.deleteLastPathComponent()
            let candidate = directory.appendingPathComponent("shared/data/gpts-are-gpts")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("full_labelset.tsv").path) {
                return candidate
            }
        }
        return nil
    }()

    static var isAvailable: Bool { folder != nil }

    /// A file's text.
    static func text(_ name: String) throws -> String {
        guard let folder else { throw CocoaError(.fileNoSuchFile) }
        return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}
