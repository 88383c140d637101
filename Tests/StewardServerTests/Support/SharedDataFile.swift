import Foundation

/// Finds a public data set kept beside the repository for tests: in `$STEWARD_SHARED_DATA` when that is set, else in
/// the first folder above this source file that holds `shared/data/`.
enum SharedDataFile {
    /// The file at `relative` inside the shared data folder, or nil when it is not on this machine.
    static func find(_ relative: String) -> URL? {
        let environment = ProcessInfo.processInfo.environment["STEWARD_SHARED_DATA"] ?? ""
        var folders = environment.isEmpty ? [] : [URL(fileURLWithPath: environment)]
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            folders.append(folder.appendingPathComponent("shared/data"))
            folder.deleteLastPathComponent()
        }
        return folders.map { $0.appendingPathComponent(relative) }.first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
