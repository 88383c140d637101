/// Scans JSON Lines input given in chunks of any size, writing one findings line per input line: the
/// batch path of `steward guard scan --jsonl`, with no I/O of its own.
///
/// ```swift
/// var batch = JSONLinesScan(scanner: GuardScanner())
/// var output: [UInt8] = []
/// batch.consume(Array(#"{"id": 1, "text": "Call 415-555-0100"}"#.utf8) + [0x0A], into: &output)
/// batch.finish(into: &output)
/// // output: {"id": 1, "findings": [{"type": "PHONE_NUMBER", "start": 5, "end": 17, "confidence": 0.9}]}⏎
/// ```
///
/// Blank lines are passed over. A line that cannot be read gives `{"line": N, "error": "line N: …"}` and
/// counts in ``failures``; the lines after it are scanned as usual.
public struct JSONLinesScan {
    private let scanner: GuardScanner
    /// The number of input lines read so far, blank ones included.
    public private(set) var lineNumber = 0
    /// The number of lines that could not be read.
    public private(set) var failures = 0
    /// The start of a line whose end has not arrived yet.
    private var partial: [UInt8] = []

    /// Creates a batch that scans with `scanner`.
    public init(scanner: GuardScanner) {
        self.scanner = scanner
    }

    /// Scans every line that `chunk` completes and appends its output line to `output`; a last line
    /// without its line break waits for the next chunk or ``finish(into:)``.
    public mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var start = 0
        while let newline = chunk[start...].firstIndex(of: 0x0A) {
            if partial.isEmpty {
                scanLine(UnsafeBufferPointer(rebasing: chunk[start..<newline]), into: &output)
            } else {
                partial.append(contentsOf: chunk[start..<newline])
                let line = partial
                partial.removeAll(keepingCapacity: true)
                line.withUnsafeBufferPointer { scanLine($0, into: &output) }
            }
            start = newline + 1
        }
        partial.append(contentsOf: chunk[start...])
    }

    /// ``consume(_:into:)`` for bytes in an array.
    public mutating func consume(_ chunk: [UInt8], into output: inout [UInt8]) {
        chunk.withUnsafeBufferPointer { consume($0, into: &output) }
    }

    /// Scans the last line if it had no line break.
    public mutating func finish(into output: inout [UInt8]) {
        guard !partial.isEmpty else { return }
        let line = partial
        partial.removeAll()
        line.withUnsafeBufferPointer { scanLine($0, into: &output) }
    }

    private mutating func scanLine(_ raw: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        lineNumber += 1
        var line = raw
        if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
        do throws(GuardError) {
            let request = try ScanRequest(jsonLine: line)
            FindingsJSON.appendLine(idJSON: request.idJSON, findings: scanner.scan(request.text), to: &output)
        } catch {
            failures += 1
            FindingsJSON.appendErrorLine(lineNumber: lineNumber, error: error, to: &output)
        }
        output.append(0x0A)
    }
}
