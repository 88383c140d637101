import Foundation
import Testing

/// The published 2025 federal AI use-case inventory, read from the shared test data, never from the repository.
///
/// Looks in `$STEWARD_SHARED_DATA/omb-2025-inventory/` when that variable is set, else in the first directory
/// above this source file that holds `shared/data/omb-2025-inventory/` (so the same tests run from the main
/// checkout and from a worktree beside it).
enum FederalInventoryData {
    static let fileName = "2025_individually_reported_AI_use_cases.csv"

    static let directory: URL? = {
        if let shared = ProcessInfo.processInfo.environment["STEWARD_SHARED_DATA"], !shared.isEmpty {
            return URL(fileURLWithPath: shared).appendingPathComponent("omb-2025-inventory")
        }
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/data/omb-2025-inventory")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(fileName).path) {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    static var isAvailable: Bool {
        directory.map { FileManager.default.fileExists(atPath: $0.appendingPathComponent(fileName).path) } ?? false
    }

    static let absence: Comment = """
        the federal inventory \(fileName) was not found: set STEWARD_SHARED_DATA to the folder holding \
        omb-2025-inventory/, or put it in shared/data/ above the checkout
        """

    static func text() throws -> String {
        let url = try #require(directory).appendingPathComponent(fileName)
        return try String(contentsOf: url, encoding: .utf8)
    }
}
