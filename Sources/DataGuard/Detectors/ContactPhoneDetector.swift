/// Phones written after a person's name on a contact line with no word that says so: "Remetente: Edson Cassoma,
/// Benguela, 934 118 270", "Livreur : Modou Fall – 77 645 12 90", "Witnesses: Vikas Bhati, 98110 47326". After the name
/// and up to three words (a town, a role: "delegado", "HR Manager") come a comma or a dash and a number in groups, 7 to
/// 12 digits in all, each group of two to five; or one number of 9 to 11 digits that opens with the trunk's 0
/// ("0528831409"). Groups joined by hyphens count when each has four digits or more ("5814-2207", but "1000-001 Lisboa"
/// is a postcode), and the number must end its clause, so that an amount ("125 000 000 so'm", "… 12 500 000") is none,
/// or go on after "or" or "and". The number may also follow the name at once ("son Sakiusa 927 3318") or after a word
/// that leads to it ("Marta Gómez al 5419 2207"), and a second number may follow a phone after a comma or a slash
/// ("9908-1123, 8811 4567"). Run after the person detector, on the names it found.
enum ContactPhoneDetector {
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        // The phones found here are weighed too, for a second number after them.
        var n = -1
        while n + 1 < candidates.all.count {
            n += 1
            let type = candidates.all[n].type
            guard type == .person || type == .phoneNumber else { continue }
            let k = context.firstToken(from: candidates.all[n].end)
            let first = type == .person ? numberAfterName(context, from: k) : numberAfterPhone(context, from: k)
            guard let first, let (last, ok) = phone(context, from: first), ok,
                !candidates.all.contains(where: { $0.end > context.tokens[first].start
                    && $0.start < context.tokens[last].end })
            else { continue }
            candidates.add(.phoneNumber, tokens: first, last, 0.6)
        }
    }

    /// The number that token `k` (the first after a name) leads to: past up to three words and a comma or a dash,
    /// all on the name's line.
    private static func numberAfterName(_ context: ScanContext, from start: Int) -> Int? {
        let tokens = context.tokens
        var k = start
        var words = 0
        var separated = false
        while k < tokens.count, !tokens[k].startsLine {
            let token = tokens[k]
            if token.isNumber { return separated || k == start ? k : nil }
            if token.kind == .symbol {
                guard isSeparator(context, k) else { return nil }
                separated = true
            } else {
                words += 1
                guard words <= 3, !token.flags.contains(.hasDigit),
                    token.lexicon.isDisjoint(with: [.identifierLabel, .birth, .month, .phoneWord])
                else { return nil }
                separated = leadWords[hash: token.hash] != nil
            }
            k += 1
        }
        return nil
    }

    /// Words that lead from a name to its number: Spanish "al", English "on" and "at", French "au" and Dutch "op".
    private static let leadWords = KeywordTable(["al", "on", "at", "au", "op"].map { ($0, ()) })

    /// The number that token `k` (the first after a phone) leads to: a comma or a slash, then the number.
    private static func numberAfterPhone(_ context: ScanContext, from k: Int) -> Int? {
        let tokens = context.tokens
        guard k + 1 < tokens.count, !tokens[k].startsLine, !tokens[k + 1].startsLine, tokens[k + 1].isNumber,
            context.isSymbol(k, 0x2C) || context.isSymbol(k, 0x2F) && tokens[k].flags.contains(.spaceBefore)
        else { return nil }
        return k + 1
    }

    /// A comma, an opening bracket ("Olusegun Adeyemi (07031234567)"), an en or em dash, or a hyphen with a space
    /// before it; not a colon, which after a name opens a turn of a transcript ("eka: 01024057381").
    private static func isSeparator(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        let b = context.bytes[token.start]
        if b == 0x2C || b == 0x28 { return true }
        if b == 0x2D { return token.flags.contains(.spaceBefore) }
        return context.isLongDash(k)
    }

    /// The last token of the number in groups that opens at token `first`, and whether it has a phone's shape and
    /// ends its clause.
    private static func phone(_ context: ScanContext, from first: Int) -> (Int, Bool)? {
        let tokens = context.tokens
        var last = first
        var digits = tokens[first].length
        var groups = 1
        var hyphened = false
        var shortest = tokens[first].length
        while last + 1 < tokens.count {
            let next = last + 1
            if tokens[next].isNumber, !tokens[next].isAttached, !tokens[next].startsLine,
                tokens[next].start - tokens[last].end == 1
            {
                last = next
            } else if context.isSymbol(next, 0x2D) || context.isSymbol(next, 0x2E), tokens[next].isAttached,
                next + 1 < tokens.count, tokens[next + 1].isNumber, tokens[next + 1].isAttached
            {
                hyphened = hyphened || context.isSymbol(next, 0x2D)
                last = next + 1
            } else {
                break
            }
            digits += tokens[last].length
            groups += 1
            shortest = min(shortest, tokens[last].length)
        }
        let trunk = groups == 1 && (9...11).contains(digits) && context.bytes[tokens[first].start] == 0x30
        let grouped = groups >= 2 && (7...12).contains(digits) && shortest >= 2
            && tokens[first].length <= 5 && (!hyphened || shortest >= 4)
        // An amount's last group is "000"; a phone ends its clause, where no word follows on the line.
        let end = tokens[last]
        let roundThousands = end.length == 3 && (end.start..<end.end).allSatisfy { context.bytes[$0] == 0x30 }
        let next = last + 1
        // A form's next column, two spaces or more on, ends it too ("Vikas Bhati, 98110 47326   2. Rohini Sen"), and
        // so does "or" or "and" ("al 5814-2207 o a su hija").
        let endsClause = next >= tokens.count || tokens[next].startsLine || tokens[next].start - end.end >= 2
            || tokens[next].kind == .symbol && !context.isSymbol(next, 0x25)
                && !(context.isSymbol(next, 0x2F) && tokens[next].isAttached)
            || tokens[next].isWord && conjunctions[hash: tokens[next].hash] != nil
        return (last, (trunk || grouped) && !roundThousands && endsClause)
    }

    /// "Or" and "and" in English, Spanish, Portuguese, French, German, the Nordic and Slavic languages, Turkish and
    /// Malay, and the Dutch "and" ("of", also English, is left out).
    private static let conjunctions = KeywordTable(
        [
            "or", "and", "o", "u", "y", "e", "ou", "et", "oder", "und", "en", "eller", "och", "og", "ili",
            "lub", "albo", "nebo", "veya", "ve", "atau", "dan",
        ].map { ($0, ()) })
}
