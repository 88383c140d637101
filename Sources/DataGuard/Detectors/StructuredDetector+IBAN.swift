extension StructuredDetector {
    /// The last token of an international bank account number (ISO 13616) that opens at word `i`: the country's two
    /// capitals, two check digits and up to 30 letters and digits, written whole ("QA14DOHB000004127728190011204") or
    /// in groups of four apart by one space ("DE89 3704 0044 0532 0130 00"), as long as its country's numbers are,
    /// whose check (the number read from its fifth character on, then its first four, modulo 97) is 1.
    static func iban(_ context: ScanContext, _ i: Int) -> Int? {
        let tokens = context.tokens
        let bytes = context.bytes
        let first = tokens[i]
        guard first.length >= 4, first.length <= 34, ByteClass.isASCIIUpper(bytes[first.start]),
            ByteClass.isASCIIUpper(bytes[first.start + 1]), ByteClass.isDigit(bytes[first.start + 2]),
            ByteClass.isDigit(bytes[first.start + 3]), context.startsCleanly(i)
        else { return nil }
        var last = i
        var count = first.length
        if first.length == 4 {
            // Grouped: each further group of four (the last of one to four) after one space, on the line.
            var groupLength = 4
            while groupLength == 4, count < 34, let group = group(context, after: last) {
                last = group.last
                groupLength = group.length
                count += groupLength
            }
        }
        let country = UInt16(bytes[first.start]) << 8 | UInt16(bytes[first.start + 1])
        guard ibanLengths[country] == count, context.endsCleanly(last), hasValidCheck(context, from: i, through: last)
        else { return nil }
        return last
    }

    /// The length of an account number in each country that issues them (the SWIFT IBAN registry; and, last, the
    /// countries whose banks print them outside it: Angola, Mozambique, Cape Verde, Madagascar, Algeria, Morocco,
    /// Honduras and the West and Central African countries of the franc zone and the Comoros), by the country's two
    /// capitals.
    private static let ibanLengths: [UInt16: Int] = {
        let lengths = [
            "AD24", "AE23", "AL28", "AT20", "AZ28", "BA20", "BE16", "BG22", "BH22", "BI27", "BR29", "BY28", "CH21",
            "CR22", "CY28", "CZ24", "DE22", "DJ27", "DK18", "DO28", "EE20", "EG29", "ES24", "FI18", "FK18", "FO18",
            "FR27", "GB22", "GE22", "GI23", "GL18", "GR27", "GT28", "HR21", "HU28", "IE22", "IL23", "IQ23", "IR26",
            "IS26", "IT27", "JO30", "KW30", "KZ20", "LB28", "LC32", "LI21", "LT20", "LU20", "LV21", "LY25", "MC27",
            "MD24", "ME22", "MK19", "MN20", "MR27", "MT31", "MU30", "NI28", "NL18", "NO15", "OM23", "PK24", "PL28",
            "PS29", "PT25", "QA29", "RO24", "RS22", "RU33", "SA24", "SC31", "SD18", "SE24", "SI19", "SK24", "SM27",
            "SO23", "ST25", "SV28", "TL23", "TN24", "TR26", "UA29", "VA22", "VG24", "XK20", "YE30",
            "AO25", "MZ25", "CV25", "MG27", "DZ26", "MA28", "HN28", "BF28", "BJ28", "CI28", "ML28", "NE28", "SN28",
            "TG28", "GW25", "CM27", "CF27", "CG27", "GA27", "GQ27", "TD27", "KM27",
        ]
        var table: [UInt16: Int] = [:]
        for entry in lengths {
            let bytes = Array(entry.utf8)
            table[UInt16(bytes[0]) << 8 | UInt16(bytes[1])] = Int(bytes[2] - 0x30) * 10 + Int(bytes[3] - 0x30)
        }
        return table
    }()

    /// The last token and the length of the group of one to four digits and capitals after token `k`, one space
    /// apart, on the line: a token, or tokens glued together where a digit meets a capital ("2Z00", "814P").
    private static func group(_ context: ScanContext, after k: Int) -> (last: Int, length: Int)? {
        let tokens = context.tokens
        var m = k + 1
        guard m < tokens.count, tokens[m].start - tokens[k].end == 1, isGroup(context, m) else { return nil }
        var length = tokens[m].length
        while m + 1 < tokens.count, tokens[m + 1].start == tokens[m].end, tokens[m + 1].kind != .symbol {
            guard length + tokens[m + 1].length <= 4, isGroup(context, m + 1) else { return nil }
            m += 1
            length += tokens[m].length
        }
        return (m, length)
    }

    /// Whether token `k` may be a group of an account number: one to four digits or capitals, on the line.
    private static func isGroup(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard token.kind != .symbol, token.length <= 4, !token.startsLine else { return false }
        return (token.start..<token.end).allSatisfy {
            ByteClass.isDigit(context.bytes[$0]) || ByteClass.isASCIIUpper(context.bytes[$0])
        }
    }

    /// Whether the characters of tokens `i...last`, their first four moved to the end and each letter read as
    /// two digits (A = 10 … Z = 35), make a number that leaves 1 modulo 97.
    private static func hasValidCheck(_ context: ScanContext, from i: Int, through last: Int) -> Bool {
        var characters: [UInt8] = []
        for k in i...last {
            for b in context.bytes[context.tokens[k].start..<context.tokens[k].end] {
                guard ByteClass.isDigit(b) || ByteClass.isASCIIUpper(b) else { return false }
                characters.append(b)
            }
        }
        var remainder = 0
        for b in characters[4...] + characters[..<4] {
            remainder =
                ByteClass.isDigit(b) ? (remainder * 10 + Int(b - 0x30)) % 97 : (remainder * 100 + Int(b - 0x37)) % 97
        }
        return remainder == 1
    }
}
