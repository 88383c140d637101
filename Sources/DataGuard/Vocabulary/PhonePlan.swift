/// The numbering plans of every country as one automaton over digits, decoded from
/// ``VocabularyData/phonePlans`` (libphonenumber's metadata, see `SOURCES.md`).
///
/// `reach(of:)` says in which ways a string of digits is a whole valid number: with its country calling
/// code, with a trunk prefix, or as a national number of a country that dials none.
struct PhonePlan: Sendable {
    /// The ways a string of digits is a valid phone number.
    struct Reach: OptionSet, Sendable {
        let rawValue: UInt8
        /// Country calling code, then the national number: `442079460958`.
        static let international = Reach(rawValue: 1)
        /// Trunk prefix, then the national number: `02079460958`.
        static let trunk = Reach(rawValue: 2)
        /// The national number of a country without a trunk prefix: `612345678` (Spain).
        static let national = Reach(rawValue: 4)
    }

    /// `next[state * 10 + digit]`; state 0 rejects, state 1 starts.
    private let next: [UInt16]
    private let labels: [UInt8]

    /// Decodes the generated table: one state a line, its label digit, then ten targets in base 62.
    init(table: String) {
        var next: [UInt16] = []
        var labels: [UInt8] = []
        WordList.forEachLine(of: table) { line in
            let width = (line.count - 1) / 10
            labels.append(line[0] &- 0x30)
            var k = 1
            for _ in 0..<10 {
                var target = 0
                for _ in 0..<width {
                    target = target * 62 + Self.base62(line[k])
                    k += 1
                }
                next.append(UInt16(target))
            }
        }
        self.next = next
        self.labels = labels
    }

    private static func base62(_ c: UInt8) -> Int {
        switch c {
        case 0x30...0x39: Int(c - 0x30)
        case 0x41...0x5A: Int(c - 0x41) + 10
        default: Int(c - 0x61) + 36
        }
    }

    /// How the digits (values 0–9) make a valid number; empty when they make none.
    func reach(of digits: some Sequence<UInt8>) -> Reach {
        var state = 1
        for digit in digits {
            state = Int(next[state &* 10 &+ Int(digit)])
            if state == 0 { return [] }
        }
        return Reach(rawValue: labels[state])
    }
}
