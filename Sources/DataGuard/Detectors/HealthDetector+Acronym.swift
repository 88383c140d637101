extension HealthDetector {
    /// Whether the abbreviation at token `i` is defined in brackets right after the words it abbreviates, their
    /// initials spelling it ("Computer-Aided Dispatch (CAD)", "American Community Survey (ACS)", "risk adjustment
    /// (RA)", "Scientific and Technical Information (STI)"): an office, a survey or a program, whose later mentions are
    /// no conditions either. "of", "and", "the", "for" and "&" between the words may be left out of the initials.
    static func isDefinedByWordsBefore(_ context: ScanContext, _ i: Int) -> Bool {
        let tokens = context.tokens
        let bytes = context.bytes
        guard i >= 3, tokens.isSymbol(i - 1, 0x28, in: bytes), tokens.isSymbol(i + 1, 0x29, in: bytes) else {
            return false
        }
        // The acronym's capitals ("PPMs" gives "PPM").
        var letters: [UInt8] = []
        for k in tokens[i].start..<tokens[i].end where ByteClass.isASCIIUpper(bytes[k]) { letters.append(bytes[k]) }
        guard (2...6).contains(letters.count) else { return false }
        var next = letters.count - 1
        var k = i - 2
        while next >= 0, k >= 0, i - k <= 12 {
            let token = tokens[k]
            if token.isWord {
                // The initials of the word's parts, last part first ("Computer-Aided" gives "A", "C").
                var initials: [UInt8] = []
                var p = token.start
                while p < token.end {
                    // Upper-cased by clearing the bit of small letters ("risk adjustment" gives "R", "A").
                    if p == token.start || bytes[p - 1] == 0x2D { initials.append(bytes[p] & 0xDF) }
                    p += 1
                }
                var matched = false
                for initial in initials.reversed() where next >= 0 && initial == letters[next] {
                    next -= 1
                    matched = true
                }
                if !matched, !context.has(k, [.and, .of, .determiner]), tokens[k].hash != forHash { return false }
            } else if !tokens.isSymbol(k, 0x26, in: bytes) && !tokens.isSymbol(k, 0x2D, in: bytes) {
                return false
            }
            k -= 1
        }
        return next < 0
    }

    /// Whether the abbreviation at token `i` stands for something other than a condition in this text: defined
    /// so here (``isDefinedByWordsBefore(_:_:)``, noted in `defined`), or defined so before. An abbreviation in
    /// brackets after the condition it shortens (`lastCondition` two tokens before) is that condition's.
    static func isDefinedElsewise(
        _ context: ScanContext, _ i: Int, after lastCondition: Int, _ defined: inout [UInt64]
    ) -> Bool {
        let hash = context.tokens[i].hash
        if defined.contains(hash) { return true }
        guard lastCondition != i - 2, isDefinedByWordsBefore(context, i) else { return false }
        defined.append(hash)
        return true
    }

    private static let forHash = WordHash.of(word: Substring("for").utf8)
}
