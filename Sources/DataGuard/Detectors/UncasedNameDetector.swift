/// Finds people's names in Arabic, Persian, Urdu, Hebrew, Georgian, Amharic, the scripts of South Asia (Devanagari
/// to Sinhala), Khmer and Lao, which have no capitals to tell a name by: the words after a title ("د. رانيا فؤاد",
/// "خانم فاطمه کاظمی", "ד״ר", "डॉ. अनीता वर्मा"), the value of a field whose label names a person ("الاسم: …",
/// "نام بیمار: …", "שם הילדה: …", "रोगी का नाम: …"), a signature after a closing ("مع الشكر، رنا حداد"), a listed
/// given name after a vocative ("يا", "प्रिय"), after a relative or a role ("همسر …", "האחות …", "पत्नी …") or in
/// brackets, and runs of two listed names or more ("שרית אלמוג") from the given names and surnames of Faker's
/// Arabic, Persian, Hebrew, Georgian and South Asian providers.
enum UncasedNameDetector {
    /// The most words a name is taken to have ("محمود عبد الرحمن السيد الشرقاوي").
    static let longestName = 6

    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        guard context.anchors.hasUncasedWords else { return }
        let tokens = context.tokens
        var i = 0
        while i < tokens.count {
            guard context.isUncasedWord(i) else {
                i += 1
                continue
            }
            if let (first, last, confidence) = name(context, at: i) {
                candidates.add(.person, tokens: first, last, confidence)
                i = last + 1
            } else {
                i += 1
            }
        }
    }

    /// The name that word `i` opens or cues, with its confidence.
    private static func name(_ context: ScanContext, at i: Int) -> (Int, Int, Double)? {
        let tokens = context.tokens
        switch context.uncasedRole(i) {
        case .title:
            return run(context, from: i + 1, cued: true).map { ($0.0, $0.1, 0.85) }
        case .letterTitle:
            // "د. رانيا", "م/ أحمد", "גב' לוי": a letter or two with a period, slash or apostrophe, attached.
            guard i + 1 < tokens.count, tokens[i + 1].isAttached,
                context.isSymbol(i + 1, 0x2E) || context.isSymbol(i + 1, 0x2F) || context.isSymbol(i + 1, 0x27)
            else { return nil }
            return run(context, from: i + 2, cued: true).map { ($0.0, $0.1, 0.85) }
        case .label:
            if let colon = labelColon(context, after: i) {
                return run(context, from: colon + 1, cued: true, field: true).map { ($0.0, $0.1, 0.85) }
            }
            return listedRun(context, from: i + 1, confidence: 0.8)
        case .closing:
            // "مع الشكر، رنا حداد خوري": the signature fills the rest of its line, or the next line.
            var k = i + 1
            while k < tokens.count, tokens[k].kind == .symbol, !tokens[k].startsLine { k += 1 }
            guard let (first, last) = fieldValue(context, from: k) ?? run(context, from: k, cued: true),
                endsPhrase(context, after: last)
            else { return nil }
            return (first, last, 0.8)
        case .vocative:
            return listedRun(context, from: i + 1, confidence: 0.8)
        case .particle, .stop, .nonPerson:
            return nil
        case nil:
            if context.isSymbol(i - 1, 0x28), listed(context, i).contains(.given), context.isSymbol(i + 1, 0x29) {
                return (i, i, 0.7)  // "(מיכל)"
            }
            guard listed(context, i).contains(.given), let (first, last) = run(context, from: i, cued: false),
                last > first
            else { return nil }
            return (first, last, 0.7)
        }
    }

    /// A run from `k` whose first word is a listed given name; nil otherwise.
    private static func listedRun(_ context: ScanContext, from k: Int, confidence: Double) -> (Int, Int, Double)? {
        guard context.isUncasedWord(k), listed(context, k).contains(.given), context.uncasedRole(k) == nil,
            let (first, last) = run(context, from: k, cued: true)
        else { return nil }
        return (first, last, confidence)
    }

    /// The colon that ends the label whose word `i` is: within three more words on the line, none of them
    /// naming a thing rather than a person ("اسم الشركة:").
    private static func labelColon(_ context: ScanContext, after i: Int) -> Int? {
        let tokens = context.tokens
        var k = i + 1
        while k < tokens.count, k <= i + 4, !tokens[k].startsLine {
            if context.isSymbol(k, 0x3A) || isEthiopicColon(context, k) { return k }
            guard context.isUncasedWord(k), context.uncasedRole(k) != .nonPerson else { return nil }
            k += 1
        }
        return nil
    }

    /// Whether token `k` is the Ethiopic colon or preface colon (U+1365, U+1366) that Amharic forms may end a label
    /// with ("ስም፦ …").
    private static func isEthiopicColon(_ context: ScanContext, _ k: Int) -> Bool {
        let start = context.tokens[k].start
        return context.tokens[k].kind == .symbol && context.bytes[start] == 0xE1 && context.byte(start + 1) == 0x8D
            && context.byte(start + 2) &- 0xA5 < 2
    }

    /// The words of a name from `k`. In a field's value, all its words up to the field's end, when they are few
    /// and none has a role of its own ("الاسم: محمود عبد الرحمن السيد الشرقاوي"). Otherwise the first word when it
    /// is cued or listed; each further one when it is listed, a particle or follows one, has the shape of a family
    /// name ("الشرقاوي", "کاظمی", "رضایینژاد"), or, right after the first word, has the article or (after a cue) ends
    /// the phrase. Words of
    /// other roles end the run, as do the end of a line, a column gap, punctuation and a word of another script.
    private static func run(_ context: ScanContext, from k: Int, cued: Bool, field: Bool = false) -> (Int, Int)? {
        if field, let value = fieldValue(context, from: k) { return value }
        let tokens = context.tokens
        var last = -1
        var count = 0
        var afterParticle = false
        var j = k
        while j < tokens.count, count < longestName, context.isUncasedWord(j), j == k || context.continuesPhrase(j)
        {
            let role = context.uncasedRole(j)
            if role == .particle {
                afterParticle = true
                count += 1
                j += 1
                continue
            }
            guard role == nil else { break }
            let names = listed(context, j)
            // A word that opens a condition or names a medicine is none of a name ("المريض مصاب بالسكري").
            if names.isEmpty, context.vocabulary.healthFilter.mayContain(context.tokens[j].hash) { break }
            let accepted =
                count == 0
                ? cued || names.contains(.given)
                : afterParticle || !names.isEmpty || isFamilyName(context, j)
                    || (count == 1
                        && (cued && endsPhrase(context, after: j) && !isLaoOrKhmer(context, j)
                            || hasArticle(context, j)))
            guard accepted else { break }
            last = j
            afterParticle = false
            count += 1
            j += 1
        }
        return last >= k ? (k, last) : nil
    }

    /// Whether word `j` is in Lao or Khmer letters, whose words run on without spaces: a word that ends a phrase
    /// after a title is as often its verb ("ທ່ານ ສົມສັກ ມາ", Mr Somsak came) as a surname.
    private static func isLaoOrKhmer(_ context: ScanContext, _ j: Int) -> Bool {
        let start = context.tokens[j].start
        let lead = context.bytes[start]
        let second = context.byte(start + 1)
        return lead == 0xE0 ? second &- 0xBA < 2 : lead == 0xE1 && second &- 0x9E < 2
    }

    /// The words of a field's value from `k` to the field's end, when there are at most ``longestName`` and none
    /// is a function word or has another role, but for particles and titles after the first word; a South Asian
    /// abbreviation with its period stays inside ("মো. রফিকুল ইসলাম").
    private static func fieldValue(_ context: ScanContext, from k: Int) -> (Int, Int)? {
        var j = k
        while context.isUncasedWord(j), j == k || context.continuesPhrase(j) {
            switch context.uncasedRole(j) {
            case nil: break
            case .particle?, .title?: if j == k { return nil }
            default: return nil
            }
            guard j - k < longestName else { return nil }
            if let next = afterAbbreviation(context, j) {
                j = next
                continue
            }
            j += 1
        }
        return j > k && endsPhrase(context, after: j - 1) ? (k, j - 1) : nil
    }

    /// The word after a South Asian abbreviation at `j` and its period, which are part of the name that word goes on
    /// with: "মো. রফিকুল ইসলাম" (Md.).
    private static func afterAbbreviation(_ context: ScanContext, _ j: Int) -> Int? {
        guard context.tokens[j].length <= 6, context.bytes[context.tokens[j].start] == 0xE0,
            context.isSymbol(j + 1, 0x2E), context.tokens[j + 1].isAttached, context.isUncasedWord(j + 2),
            context.continuesPhrase(j + 2)
        else { return nil }
        return j + 2
    }

    /// Whether nothing of the phrase follows word `i` on its line: the line or text ends, or punctuation, a
    /// column gap or a word of another script follows.
    private static func endsPhrase(_ context: ScanContext, after i: Int) -> Bool {
        let next = i + 1
        guard next < context.tokens.count, !context.tokens[next].startsLine, !context.followsColumnGap(next) else {
            return true
        }
        return context.tokens[next].kind == .symbol || !context.isUncasedWord(next)
    }

    /// Whether word `i` has the shape of a family name: four letters or more ending in yeh, as Arabic nisbas and
    /// most Persian surnames do ("الشرقاوي", "خوري", "کاظمی"), or a Persian or Georgian surname's ending ("…زاده",
    /// "…پور", "…نژاد", "…نیا", "…ძე", "…შვილი", "…ია").
    private static func isFamilyName(_ context: ScanContext, _ i: Int) -> Bool {
        let token = context.tokens[i]
        let bytes = UnsafeBufferPointer(rebasing: context.bytes[token.start..<token.end])
        guard bytes.count >= 8, !cliticPrefixes.contains(where: { bytes.starts(with: $0) }) else { return false }
        return endsWithYeh(bytes)
            || surnameEndings.contains { bytes.count > $0.count + 2 && bytes.reversed().starts(with: $0.reversed()) }
    }

    /// The prepositions and conjunctions Arabic glues before the article, which no nisba has ("بالسكري").
    private static let cliticPrefixes: [[UInt8]] = ["بال", "وال", "فال", "كال", "لل"].map { Array($0.utf8) }

    private static let surnameEndings: [[UInt8]] = [
        "زاده", "پور", "نژاد", "نیا", "ძე", "შვილი", "ია", "უა", "ავა",
    ].map { Array($0.utf8) }

    /// Whether word `i` is an Arabic word of four letters or more with its article, as family names after a given
    /// name are ("فاطمة الزهراء", "أحمد الزين").
    private static func hasArticle(_ context: ScanContext, _ i: Int) -> Bool {
        let token = context.tokens[i]
        return token.length >= 8 && context.byte(token.start) == 0xD8 && context.byte(token.start + 1) == 0xA7
            && context.byte(token.start + 2) == 0xD9 && context.byte(token.start + 3) == 0x84
    }

    /// Whether `bytes` end in yeh (ي, ی or ى).
    private static func endsWithYeh(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (lead, second) = ByteClass.foldedArabic(bytes[bytes.count - 2], bytes[bytes.count - 1])
        return lead == 0xD9 && second == 0x8A
    }

    /// Whether word `i` is a listed given name or surname.
    private static func listed(_ context: ScanContext, _ i: Int) -> WordClasses {
        context.vocabulary.words.classes(of: context.tokens[i].hash).intersection([.given, .surname])
    }
}
