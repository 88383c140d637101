import ArgumentParser
import Foundation
import StewardServer

/// Reads the file at `path`, imports it, and prints the report: the summary, then each problem on its own line;
/// exits non-zero when there was any problem.
func importFile(
    _ path: String, _ importing: @Sendable ([UInt8], String) async throws -> StewardRunner.ImportReport
) async throws {
    guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read the file \(path)") }
    let report = try await importing([UInt8](data), path)
    print(report.summary)
    for problem in report.problems { print("  " + problem) }
    if !report.problems.isEmpty { throw ExitCode.failure }
}
