/// Up to six groups of digits joined by single separators ("478-303-3325", "4111 1111 1111 1111"),
/// read from the token stream without allocating.
struct DigitChain {
    static let capacity = 6
    /// Token indices of the groups.
    var groups = InlineArray<6, Int>(repeating: 0)
    /// The separator before each group after the first: `-`, `.`, `/` or a space (0x20).
    var separators = InlineArray<6, UInt8>(repeating: 0)
    /// The digit count of each group.
    var lengths = InlineArray<6, Int>(repeating: 0)
    var count = 0

    /// The chain that starts at number token `first`.
    init(_ context: borrowing ScanContext, from first: Int) {
        groups[0] = first
        lengths[0] = context.tokens[first].length
        count = 1
        var k = first
        while count < Self.capacity, let next = Self.group(after: k, context) {
            k = next.token
            groups[count] = k
            separators[count] = next.separator
            lengths[count] = context.tokens[k].length
            count += 1
        }
    }

    /// The group that continues a chain after the group at token `k`, and the separator before it: a
    /// number joined to it by `-`, `.` or `/`, or one a single space further on the same line.
    @inline(__always)
    static func group(after k: Int, _ context: borrowing ScanContext) -> (token: Int, separator: UInt8)? {
        let next = k + 1
        if next < context.tokens.count, context.tokens[next].kind == .symbol, context.tokens[next].isAttached,
            context.isNumber(next + 1, digits: 1...19, attached: true)
        {
            let separator = context.bytes[context.tokens[next].start]
            guard separator == 0x2D || separator == 0x2E || separator == 0x2F else { return nil }
            return (next + 1, separator)
        }
        if context.isNumber(next, digits: 1...19), !context.tokens[next].startsLine,
            context.tokens[next].start - context.tokens[k].end == 1
        {
            return (next, 0x20)
        }
        return nil
    }

    /// Whether the first groups have exactly these digit counts. Inlined, so that the literal patterns of
    /// the callers become constants instead of arrays made at each call.
    @inline(__always)
    func starts(with pattern: [Int]) -> Bool {
        guard count >= pattern.count else { return false }
        for (k, length) in pattern.enumerated() where lengths[k] != length { return false }
        return true
    }

    /// Whether the separators before groups `1..<upTo` are all `separator`.
    func separated(by separator: UInt8, upTo end: Int) -> Bool {
        guard end <= count else { return false }
        for k in 1..<end where separators[k] != separator { return false }
        return true
    }

    /// The total number of digits in the first `n` groups.
    func digits(_ n: Int) -> Int {
        var total = 0
        for k in 0..<min(n, count) { total += lengths[k] }
        return total
    }
}
