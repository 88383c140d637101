import DataGuard
import Testing

/// A text and the findings of one type the scanner must report in it: each expected finding is written
/// between `[[` and `]]`, and a case without marks expects none of that type.
struct DetectorCase: CustomTestStringConvertible, Sendable {
    let id: String
    let type: FindingType
    /// The text to scan, marks removed.
    let text: String
    /// The expected findings of `type`, in Unicode scalars.
    let expected: [Range<Int>]

    var testDescription: String { id }

    init(_ id: String, _ type: FindingType, _ marked: String) {
        self.id = id
        self.type = type
        var text = String.UnicodeScalarView()
        var expected: [Range<Int>] = []
        var open: Int?
        var scalars = Array(marked.unicodeScalars)[...]
        while let scalar = scalars.first {
            if scalars.starts(with: ["[", "["]) {
                open = text.count
                scalars = scalars.dropFirst(2)
            } else if scalars.starts(with: ["]", "]"]), let start = open {
                expected.append(start..<text.count)
                open = nil
                scalars = scalars.dropFirst(2)
            } else {
                text.append(scalar)
                scalars = scalars.dropFirst()
            }
        }
        self.text = String(text)
        self.expected = expected
    }

    /// Expects a new scanner to report exactly the marked findings of this case's type.
    func expectMarkedFound() {
        // Given
        let scanner = GuardScanner()
        // When
        let found = found(by: scanner)
        // Then
        #expect(found == expected)
    }

    /// The findings of this case's type, as scalar ranges.
    func found(by scanner: GuardScanner) -> [Range<Int>] {
        scanner.scan(text).filter { $0.type == type }.map { $0.start..<$0.end }
    }

    /// `marked` with the marks of its marked values numbered `kept` (from zero, in order) left, the others' taken out:
    /// one text marked for every type, a case made of it for each.
    static func keepingMarks(_ marked: String, _ kept: Set<Int>) -> String {
        var out = ""
        var rest = Substring(marked)
        var n = 0
        while let open = rest.range(of: "[["),
            let close = rest.range(of: "]]", range: open.upperBound..<rest.endIndex)
        {
            out += rest[..<open.lowerBound]
            let value = rest[open.upperBound..<close.lowerBound]
            out += kept.contains(n) ? "[[\(value)]]" : String(value)
            rest = rest[close.upperBound...]
            n += 1
        }
        return out + rest
    }
}
