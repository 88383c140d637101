extension IdentifierDetector {
    /// Switzerland's social insurance number (AHV, AVS) by its shape, which needs no label: 756, then three groups
    /// of four, four and two digits, joined by periods ("756.1234.5678.97"), the last digit an EAN-13 check digit.
    static func isSwissSocialInsuranceNumber(_ context: ScanContext, _ i: Int) -> Bool {
        let tokens = context.tokens
        guard context.isNumber(i, digits: 3...3), context.value(i) == 756, i + 6 < tokens.count,
            context.endsCleanly(i + 6)
        else { return false }
        var digits: [Int] = []
        digits.reserveCapacity(13)
        for (n, count) in [3, 4, 4, 2].enumerated() {
            let k = i + 2 * n
            guard context.isNumber(k, digits: count...count), n == 0 || context.tokens[k].isAttached,
                n == 3 || context.isSymbol(k + 1, 0x2E) && tokens[k + 1].isAttached
            else { return false }
            for b in context.bytes[tokens[k].start..<tokens[k].end] { digits.append(Int(b &- 0x30)) }
        }
        let sum = (0..<12).reduce(0) { $0 + digits[$1] * ($1 % 2 == 0 ? 1 : 3) }
        return (10 - sum % 10) % 10 == digits[12]
    }

    /// Thailand's identity number by its shape, which needs no label: thirteen digits in groups of one, four, five,
    /// two and one, joined by hyphens ("1-1020-12345-67-8"), the first digit 1 to 8 and the last a check digit (the
    /// sum of the first twelve, weighted 13 down to 2, taken from 11, modulo 10).
    static func isThaiIdentityNumber(_ context: ScanContext, _ i: Int) -> Bool {
        let tokens = context.tokens
        guard context.isNumber(i, digits: 1...1), i + 8 < tokens.count, context.endsCleanly(i + 8) else {
            return false
        }
        var digits: [Int] = []
        digits.reserveCapacity(13)
        for (n, count) in [1, 4, 5, 2, 1].enumerated() {
            let k = i + 2 * n
            guard context.isNumber(k, digits: count...count), n == 0 || context.tokens[k].isAttached,
                n == 4 || context.isSymbol(k + 1, 0x2D) && tokens[k + 1].isAttached
            else { return false }
            for b in context.bytes[tokens[k].start..<tokens[k].end] { digits.append(Int(b &- 0x30)) }
        }
        guard (1...8).contains(digits[0]) else { return false }
        let sum = (0..<12).reduce(0) { $0 + digits[$1] * (13 - $1) }
        return (11 - sum % 11) % 10 == digits[12]
    }
}
