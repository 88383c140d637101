// libFuzzer entry point for DataGuard; built and run by scripts/fuzz-guard.sh (see docs/fuzzing.md).
import DataGuard

private let scanner = GuardScanner(
    configuration: ScannerConfiguration(
        confidentialTerms: ["Operation Bluebird", "strike fund", "Plan B-2"],
        identifierPatterns: [IdentifierPattern(prefix: "M", digits: 6...8, type: .memberNumber)]))

/// Scans, redacts and restores the input as UTF-8 (invalid bytes become U+FFFD), parses it as a JSON
/// Lines request, and stops the run when a result breaks DataGuard's promises.
@_cdecl("LLVMFuzzerTestOneInput")
public func guardFuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let length = text.unicodeScalars.count
    let findings = scanner.scan(text)
    for (n, finding) in findings.enumerated() {
        precondition(
            0 <= finding.start && finding.start < finding.end && finding.end <= length, "finding outside the text")
        precondition(n == 0 || findings[n - 1].end <= finding.start, "overlapping findings")
    }
    var redactor = Redactor(scanner: scanner)
    let redaction = redactor.redact(text)
    // A text that already holds bracketed capitals could hold a placeholder of its own; restoring it is
    // documented to replace that too, so the round trip is checked only without brackets.
    if !text.unicodeScalars.contains("[") {
        precondition(redactor.restore(redaction.text) == text, "restore did not give the original back")
    }
    _ = try? ScanRequest(jsonLine: text)
    return 0
}
