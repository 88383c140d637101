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
/// counts in ``failures``; the lines after it are scanned as usual. With more than one worker, the lines a
/// chunk completes are split into runs of lines, scanned on that many threads at once and written in their
/// input order, so the output does not depend on the number of workers.
public struct JSONLinesScan {
    private let scanner: GuardScanner
    private let workers: Int
    /// The number of input lines read so far, blank ones included.
    public private(set) var lineNumber = 0
    /// The number of lines that could not be read.
    public private(set) var failures = 0
    /// The start of a line whose end has not arrived yet.
    private var partial: [UInt8] = []

    /// Creates a batch that scans with `scanner` on `workers` threads at once (at least one).
    public init(scanner: GuardScanner, workers: Int = 1) {
        self.scanner = scanner
        self.workers = max(1, workers)
    }

    /// Scans every line that `chunk` completes and appends its output line to `output`; a last line
    /// without its line break waits for the next chunk or ``finish(into:)``.
    public mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var start = 0
        if !partial.isEmpty {
            guard let newline = chunk.firstIndex(of: 0x0A) else { return partial.append(contentsOf: chunk) }
            partial.append(contentsOf: chunk[...newline])
            let line = partial
            partial.removeAll(keepingCapacity: true)
            line.withUnsafeBufferPointer { scanLines($0, into: &output) }
            start = newline + 1
        }
        guard let last = chunk[start...].lastIndex(of: 0x0A) else { return partial.append(contentsOf: chunk[start...]) }
        scanLines(UnsafeBufferPointer(rebasing: chunk[start...last]), into: &output)
        partial.append(contentsOf: chunk[(last + 1)...])
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
        line.withUnsafeBufferPointer { scanLines($0, into: &output) }
    }

    /// The fewest bytes of lines a run is cut to: fewer are not worth a thread's time.
    private static let bytesPerWorker = 64 << 10

    /// Scans `lines`, each ending with a line break but perhaps the last, on up to `workers` threads.
    private mutating func scanLines(_ lines: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        // Four runs a thread, taken in turn as threads come free, so that one slow run keeps no thread idle long.
        let runs = Self.runs(of: lines, count: workers == 1 ? 1 : min(4 * workers, lines.count / Self.bytesPerWorker))
        guard runs.count > 1 else {
            let counts = Self.scan(lines, firstNumber: lineNumber + 1, scanner: scanner, into: &output)
            lineNumber += counts.lines
            failures += counts.failures
            return
        }
        var firstNumbers: [Int] = []
        for run in runs {
            firstNumbers.append(lineNumber + 1)
            lineNumber += lines[run].count { $0 == 0x0A } + (lines[run].last == 0x0A ? 0 : 1)
        }
        let numbers = firstNumbers
        let chunk = SharedLines(lines: lines)
        let scanner = scanner
        let scanned = Parallel.map(runs.count, threads: workers) { k in
            var runOutput: [UInt8] = []
            let counts = Self.scan(
                UnsafeBufferPointer(rebasing: chunk.lines[runs[k]]), firstNumber: numbers[k], scanner: scanner,
                into: &runOutput)
            return (runOutput, counts.failures)
        }
        for (runOutput, runFailures) in scanned {
            output.append(contentsOf: runOutput)
            failures += runFailures
        }
    }

    /// `lines` cut at line breaks into `count` runs of about equal size (fewer when its lines are fewer).
    private static func runs(of lines: UnsafeBufferPointer<UInt8>, count: Int) -> [Range<Int>] {
        guard count > 1 else { return [0..<lines.count] }
        var runs: [Range<Int>] = []
        var start = 0
        for k in 1..<count where start < lines.count {
            let target = max(start, lines.count * k / count)
            guard let newline = lines[target...].firstIndex(of: 0x0A) else { break }
            runs.append(start..<(newline + 1))
            start = newline + 1
        }
        if start < lines.count { runs.append(start..<lines.count) }
        return runs
    }

    /// Scans each line of `lines` (line breaks between them, perhaps one after the last), numbering them from
    /// `firstNumber`, and appends their output lines to `output`; returns how many lines there were and how many
    /// failed.
    private static func scan(
        _ lines: UnsafeBufferPointer<UInt8>, firstNumber: Int, scanner: GuardScanner, into output: inout [UInt8]
    ) -> (lines: Int, failures: Int) {
        var start = 0
        var number = firstNumber
        var failures = 0
        while start < lines.count {
            let end = lines[start...].firstIndex(of: 0x0A) ?? lines.count
            if !scanLine(UnsafeBufferPointer(rebasing: lines[start..<end]), number: number, scanner, into: &output) {
                failures += 1
            }
            number += 1
            start = end + 1
        }
        return (number - firstNumber, failures)
    }

    /// Appends the output line of input line `number` (without its line break) to `output`; false when it could
    /// not be read.
    private static func scanLine(
        _ raw: UnsafeBufferPointer<UInt8>, number: Int, _ scanner: GuardScanner, into output: inout [UInt8]
    ) -> Bool {
        var line = raw
        if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return true }
        defer { output.append(0x0A) }
        do throws(GuardError) {
            let request = try ScanRequest(jsonLine: line)
            FindingsJSON.appendLine(idJSON: request.idJSON, findings: scanner.scan(request.text), to: &output)
            return true
        } catch {
            FindingsJSON.appendErrorLine(lineNumber: number, error: error, to: &output)
            return false
        }
    }
}

/// The lines of one chunk, read by every thread scanning a run of them while the chunk's caller waits.
private struct SharedLines: @unchecked Sendable {
    let lines: UnsafeBufferPointer<UInt8>
}
