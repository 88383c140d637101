/// Finds record, member, employee, national identity, bank account and routing numbers by the label before them
/// ("MRN:", "medical record number", "member ID #", "PESEL", "routing number", and the labels of other countries);
/// in a clinical text also after the labels only a clinic's numbers follow ("File:"); in a text plainly a patient's
/// record a national identity number is the number the clinic files its patient under, and a health plan's member
/// number is the patient's record number; after "mine is" when a staff or member label came shortly before; and the
/// organization's own identifier patterns anywhere. Only the identifier is reported, never its label.
enum IdentifierDetector {
    /// Where a label's number counts, and as what.
    enum LabelScope {
        /// Its type wherever it is written.
        case anywhere
        /// A record number, in a clinical text only.
        case clinicalOnly
        /// A record number after "ID" alone, in a clinical text only, where a single condition is not enough to make
        /// the text clinical: a savings group's minutes may note a member's stroke beside the members' ID numbers.
        case clinicalAfterID
        /// A member number, and the patient's record number in a clinical text: an insurer's or health plan's
        /// ("Member ID", "Vers.-Nr.", "afiliado n°", "medical aid no.").
        case healthPlan
        /// A national identity number, and the patient's record number in a text plainly a patient's record ("PESEL",
        /// "BSN").
        case national
    }

    /// What waits until the text is known to be clinical or not: numbers whose label counts only there, national
    /// identity numbers, and the candidates of health plans' member numbers.
    struct ClinicalOnly {
        fileprivate var records: [(first: Int, last: Int)] = []
        /// How many of the records follow a record's own label, not "ID" alone.
        fileprivate var labelledRecords = 0
        /// The records after "ID" alone that open with letters ("ID EPZ-2210458"): outside a clinical text, a staff
        /// number, as a workplace's rosters and chats give it.
        fileprivate var codesAfterID: [(first: Int, last: Int)] = []
        /// The records that are South African identity numbers, national ones outside a clinical text.
        fileprivate var identityNumbers: [Int] = []
        fileprivate var nationals: [(first: Int, last: Int)] = []
        fileprivate var healthPlanMembers: [Int] = []
    }

    /// Proposes the numbers of the organization's patterns and those after a label; returns what counts only in
    /// a clinical text, for ``addClinical(_:_:_:)`` once the conditions are found.
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) -> ClinicalOnly {
        var resume = 0
        if !context.settings.patterns.isEmpty {
            for i in 0..<context.tokens.count where i >= resume {
                if let (type, last) = configured(context, i) {
                    candidates.add(type, tokens: i, last, 0.95)
                    resume = last + 1
                }
            }
        }
        resume = 0
        var clinicalOnly = ClinicalOnly()
        var labelled = InlineArray<4, Labelled>(
            repeating: Labelled(type: .employeeNumber, first: 0, last: 0, healthPlan: false))
        var labelledCount = 0
        for i in context.anchors.numeric where i >= resume {
            guard isIdentifierStart(context, i) else { continue }
            let prefix = letterPrefix(context, i)
            let code = prefix == nil ? codePrefix(context, i) : nil
            var first = prefix ?? code ?? i
            let series = prefix == nil && code == nil ? passportSeries(context, before: i) : nil
            // The British National Insurance number's shape says what it is whatever its label ("my record: QQ …").
            guard context.startsCleanly(first),
                let found = isBritishInsuranceNumber(context, first)
                    || prefix != nil && isGhanaCardNumber(context, first) ? (.nationalID, .national)
                    : label(context, before: series?.word ?? first) ?? ownNumber(context, before: first)
                    ?? (prefix != nil ? prefixLabel(context, first) : nil)
                    ?? chatAnswer(context, at: first)
                    ?? (isItalianTaxCode(context, first) || isSwedishPersonalNumber(context, first)
                        || isMalaysianIdentityCard(context, first) || isSouthAfricanIdentityNumber(context, first)
                        || angolanIdentityCardEnd(context, first) != nil
                        || context.tokens[first].length == 11 && isTurkishIdentityNumber(context, first)
                        || mayBeGrouped(context, first) && (isSwissSocialInsuranceNumber(context, first)
                            || isThaiIdentityNumber(context, first)
                            || context.isSymbol(first + 5, 0x2D) && isBrazilianTaxpayerNumber(context, first))
                        ? (.nationalID, .national) : nil)
            else { continue }
            if let series, found.1 == .national { first = series.value }
            // "No. KP: 850612-14-5566": after a label that counts only in a clinical text, Malaysia's identity card
            // number is known by its shape, a national number as it is without the label.
            let (type, scope) =
                (found.1 == .clinicalOnly || found.1 == .clinicalAfterID) && isMalaysianIdentityCard(context, first)
                ? (FindingType.nationalID, LabelScope.national) : found
            // The capitals before an account's number name its bank ("Rekening BCA 1234567890"), not the account.
            if type == .usBankAccount, code != nil { first = i }
            // A national number may be written in more groups: "2 84 07 69 123 456 78", France's NIR, which
            // is also a health number after its own label ("NIR 2 52 09 33 063 112 45"): one digit, then groups.
            let groups =
                scope == .national || type == .medicalRecordNumber && context.tokens[i].length == 1
                ? 6 : type == .medicalRecordNumber || type == .memberNumber ? 3 : 0
            var last =
                type == .usBankAccount
                ? accountEnd(context, i)
                : extent(context, i, joiningGroups: groups, thousands: type == .memberNumber || type == .employeeNumber)
            if scope == .national, code != nil { last = ninoSuffix(context, after: last) ?? last }
            if scope == .national, code == nil {
                last = citizenCardSuffix(context, after: last) ?? zimbabweSuffix(context, after: last) ?? last
            }
            if code == nil, let end = myanmarRegistrationEnd(context, i) ?? angolanIdentityCardEnd(context, i) {
                last = end
            }
            // Three digits are enough after letters ("staff no. HB-017"), four for a number alone.
            if digitCount(context, i, last) >= (prefix == nil ? 4 : 3), accepts(type, context, first, last) {
                if scope == .national {
                    clinicalOnly.nationals.append((first, last))
                } else if scope != .clinicalOnly && scope != .clinicalAfterID {
                    if scope == .healthPlan { clinicalOnly.healthPlanMembers.append(candidates.all.count) }
                    candidates.add(type, tokens: first, last, 0.92)
                    if labelledCount < 4 {
                        labelled[labelledCount] = Labelled(
                            type: type, first: first, last: last, healthPlan: scope == .healthPlan)
                        labelledCount += 1
                    }
                } else if code == nil {
                    // A clinical label's number follows it directly: "Reg. UE 2016/679" cites a regulation. After "ID"
                    // alone, a South African identity number is the person's own outside a clinical text.
                    clinicalOnly.records.append((first, last))
                    if scope == .clinicalOnly { clinicalOnly.labelledRecords += 1 }
                    if scope == .clinicalAfterID, prefix != nil { clinicalOnly.codesAfterID.append((first, last)) }
                    if first == last, isSouthAfricanIdentityNumber(context, first) {
                        clinicalOnly.identityNumbers.append(first)
                    }
                }
            }
            resume = last + 1
        }
        if labelledCount > 0 { addUnlabelled(context, like: labelled, labelledCount, &candidates, &clinicalOnly) }
        return clinicalOnly
    }

    /// An identifier found after its label.
    private struct Labelled {
        let type: FindingType
        let first: Int
        let last: Int
        /// Whether its label is a health plan's, so that it becomes a record number in a clinical text.
        let healthPlan: Bool
    }

    /// A roster's further numbers, written without the label the first had: "ID GL-06-0031 … (GL-06-0114)",
    /// "s. č. 40112 … (40287)". An identifier of the same shape as one found after its label (the same letters,
    /// symbols and number lengths, and a plain number's first two digits) is of its type, and a health plan's
    /// member number waits, as its sample does, to be a record number in a clinical text.
    private static func addUnlabelled(
        _ context: ScanContext, like labelled: InlineArray<4, Labelled>, _ count: Int,
        _ candidates: inout CandidateList, _ clinicalOnly: inout ClinicalOnly
    ) {
        var resume = 0
        for i in context.anchors.numeric where i >= resume {
            guard isIdentifierStart(context, i) else { continue }
            let first = letterPrefix(context, i) ?? i
            guard context.startsCleanly(first) else { continue }
            for n in 0..<count where first > labelled[n].last || first < labelled[n].first {
                let sample = labelled[n]
                let last = first + (sample.last - sample.first)
                guard last < context.tokens.count, context.endsCleanly(last),
                    sameShape(context, first, sample.first, tokens: sample.last - sample.first + 1)
                else { continue }
                if sample.healthPlan { clinicalOnly.healthPlanMembers.append(candidates.all.count) }
                candidates.add(sample.type, tokens: first, last, 0.85)
                resume = last + 1
                break
            }
        }
    }

    /// Whether the `tokens` tokens from `a` and from `b` are alike: the same words and symbols, numbers of the same
    /// length, joined alike, and a number alone with the same first two digits.
    private static func sameShape(_ context: ScanContext, _ a: Int, _ b: Int, tokens: Int) -> Bool {
        for k in 0..<tokens {
            let x = context.tokens[a + k]
            let y = context.tokens[b + k]
            guard x.kind == y.kind, x.length == y.length, k == 0 || x.isAttached == y.isAttached else { return false }
            if x.kind != .number, x.hash != y.hash { return false }
        }
        guard tokens == 1, context.tokens[a].isNumber else { return true }
        let x = context.tokens[a].start
        let y = context.tokens[b].start
        return context.bytes[x] == context.bytes[y] && context.bytes[x + 1] == context.bytes[y + 1]
    }

    /// Proposes the numbers whose label counts only in a clinical text (one where a record number or two conditions
    /// or medications have been found, or one with a record's own label or a patient's or a diagnosis's word); and
    /// when the text is plainly a patient's record (a record number, three conditions or medications, or two with a
    /// patient's or a diagnosis's word), proposes the national identity numbers as record numbers, and (a record
    /// number or two conditions) makes the health plans' member numbers record numbers: a union's note that mentions a
    /// sick day keeps its members' numbers, and a worker's sick note that names one illness or two keeps the national
    /// number as one. Outside a clinical text, the South African identity numbers after "ID" are proposed as national
    /// ones, and the codes opening with letters after it as staff numbers.
    static func addClinical(_ clinicalOnly: ClinicalOnly, _ context: ScanContext, _ candidates: inout CandidateList) {
        guard !clinicalOnly.records.isEmpty || !clinicalOnly.healthPlanMembers.isEmpty
            || !clinicalOnly.nationals.isEmpty
        else { return }
        var conditions = 0
        var records = 0
        for candidate in candidates.all {
            if candidate.type == .healthCondition { conditions += 1 }
            if candidate.type == .medicalRecordNumber { records += 1 }
        }
        // One condition makes the text clinical with a record's own label or a patient's or a diagnosis's word.
        let clinical = records > 0 || conditions >= 2
            || conditions == 1 && (clinicalOnly.labelledRecords > 0 || namesPatientOrDiagnosis(context))
        // Two conditions make a patient's record only with a patient's or a diagnosis's word: a worker's sick
        // note or a chat may name two illnesses and a national number.
        let patients = records > 0 || conditions >= 3 || clinical && !clinicalOnly.records.isEmpty
            || conditions == 2 && !clinicalOnly.nationals.isEmpty && namesPatientOrDiagnosis(context)
        for number in clinicalOnly.nationals {
            candidates.add(patients ? .medicalRecordNumber : .nationalID, tokens: number.first, number.last, 0.9)
        }
        guard clinical else {
            for number in clinicalOnly.identityNumbers { candidates.add(.nationalID, tokens: number, number, 0.9) }
            for code in clinicalOnly.codesAfterID {
                candidates.add(.employeeNumber, tokens: code.first, code.last, 0.85)
            }
            return
        }
        if records > 0 || conditions >= 2 || !clinicalOnly.records.isEmpty || !clinicalOnly.nationals.isEmpty {
            for index in clinicalOnly.healthPlanMembers { candidates.retype(index, to: .medicalRecordNumber) }
        }
        for number in clinicalOnly.records {
            candidates.add(.medicalRecordNumber, tokens: number.first, number.last, 0.9)
        }
    }

    /// Italy's codice fiscale, which needs no label: six capitals, two digits, a capital, two digits, a capital,
    /// three digits and a check capital ("RSSMRA85T10A562S").
    private static func isItalianTaxCode(_ context: ScanContext, _ i: Int) -> Bool {
        let token = context.tokens[i]
        guard token.isWord, token.length == 16 else { return false }
        // Bit n set where character n is a digit.
        let digits: UInt16 = 0b0111_0110_1100_0000
        return (0..<16).allSatisfy { n in
            let b = context.bytes[token.start + n]
            return digits & 1 << n != 0 ? ByteClass.isDigit(b) : ByteClass.isASCIIUpper(b)
        }
    }

    /// Malaysia's identity card number (MyKad) by its shape: a date of birth as YYMMDD, the two digits of the
    /// place of birth and four more, joined by hyphens ("850612-14-5566"); no phone is written so.
    private static func isMalaysianIdentityCard(_ context: ScanContext, _ i: Int) -> Bool {
        let token = context.tokens[i]
        guard token.isNumber, token.length == 6, i + 4 < context.tokens.count, context.isSymbol(i + 1, 0x2D),
            context.tokens[i + 1].isAttached, context.isNumber(i + 2, digits: 2...2, attached: true),
            context.isSymbol(i + 3, 0x2D), context.tokens[i + 3].isAttached,
            context.isNumber(i + 4, digits: 4...4, attached: true), context.endsCleanly(i + 4),
            !context.isSymbol(i + 5, 0x2D)
        else { return false }
        let date = context.value(i)  // YYMMDD
        return (1...12).contains(date / 100 % 100) && (1...31).contains(date % 100)
    }

    /// The British National Insurance number by its shape, which needs no label: two capitals, six digits whole or
    /// in three pairs set apart by single spaces, and a letter A to D ("QQ123456C", "QQ 12 34 56 C").
    private static func isBritishInsuranceNumber(_ context: ScanContext, _ first: Int) -> Bool {
        let token = context.tokens[first]
        guard token.isWord, !token.flags.contains(.beyondASCII) else { return false }
        let bytes = context.bytes
        func isUpper(_ at: Int) -> Bool { ByteClass.isASCIIUpper(bytes[at]) }
        if token.length == 9 {
            return isUpper(token.start) && isUpper(token.start + 1) && (0x41...0x44).contains(bytes[token.end - 1])
                && (token.start + 2..<token.end - 1).allSatisfy { ByteClass.isDigit(bytes[$0]) }
        }
        guard token.length == 2, token.flags.contains(.allCaps) else { return false }
        var last = first
        var digits = 0
        while digits < 6, context.isNumber(last + 1, digits: 2...6), context.tokens[last + 1].start
            - context.tokens[last].end == 1
        {
            last += 1
            digits += context.tokens[last].length
        }
        return digits == 6 && (last == first + 1 || last == first + 3) && ninoSuffix(context, after: last) != nil
    }

    /// South Africa's identity number after the word "ID" ("ID 8001015009087", "my ID number is …"): thirteen digits,
    /// a date of birth as YYMMDD, four of sequence, a citizenship digit of 0, 1 or 2, one more, and a Luhn check digit.
    /// The label that found it decides whether "ID" stands alone before it.
    private static func isSouthAfricanIdentityNumber(_ context: ScanContext, _ i: Int) -> Bool {
        let token = context.tokens[i]
        guard token.isNumber, token.length == 13, context.endsCleanly(i) else { return false }
        // "ID" among the four tokens before it on its line.
        var k = i - 1
        while k >= 0, i - k <= 4, !context.tokens[k + 1].startsLine,
            !context.tokens[k].isWord || context.tokens[k].hash != idHash
        {
            k -= 1
        }
        guard k >= 0, i - k <= 4, !context.tokens[k + 1].startsLine else { return false }
        let date = context.value(i) / 10_000_000  // YYMMDD
        let citizenship = context.bytes[token.start + 10]
        return (1...12).contains(date / 100 % 100) && (1...31).contains(date % 100) && citizenship &- 0x30 <= 2
            && Luhn.isValid(context.bytes, from: token.start, to: token.end)
    }

    /// Sweden's personnummer, which needs no label: a birth date of six or eight digits ("870412", "19870412"), a
    /// hyphen or plus and four digits; with six digits passing the Luhn check, with eight a birth year before 2013
    /// ("19410627-3382"; not an order's "20250315-0001").
    private static func isSwedishPersonalNumber(_ context: ScanContext, _ i: Int) -> Bool {
        let token = context.tokens[i]
        guard token.isNumber, token.length == 6 || token.length == 8, i + 2 < context.tokens.count,
            context.isSymbol(i + 1, 0x2D) || context.isSymbol(i + 1, 0x2B), context.tokens[i + 1].isAttached,
            context.isNumber(i + 2, digits: 4...4, attached: true), context.endsCleanly(i + 2)
        else { return false }
        func digit(_ k: Int, of t: Token) -> Int { Int(context.bytes[t.start + k]) - 0x30 }
        let date = token.length - 6  // where YYMMDD starts
        let month = digit(date + 2, of: token) * 10 + digit(date + 3, of: token)
        let day = digit(date + 4, of: token) * 10 + digit(date + 5, of: token)
        guard (1...12).contains(month), (1...31).contains(day) || (61...91).contains(day) else { return false }
        guard token.length == 6 else {
            let year = (0..<4).reduce(0) { $0 * 10 + digit($1, of: token) }
            return (1900...2012).contains(year)
        }
        let serial = context.tokens[i + 2]
        var sum = 0
        for k in 0..<10 {
            var d = k < 6 ? digit(k, of: token) : digit(k - 6, of: serial)
            if k % 2 == 0 {
                d *= 2
                if d > 9 { d -= 9 }
            }
            sum += d
        }
        return sum % 10 == 0
    }

    /// A number, or a code of letters and digits, of at most 22 characters.
    private static func isIdentifierStart(_ context: ScanContext, _ i: Int) -> Bool {
        let token = context.tokens[i]
        return token.length <= 22 && (token.isNumber || (token.isWord && token.flags.contains(.hasDigit)))
    }

    /// The start of up to three short letter prefixes joined by hyphens or slashes to the number at `i`
    /// ("E-204931", "SVH/2024/…", "MM-CJ/2025/…"), or by a period after capitals ("APB.0029184").
    @inline(__always)
    private static func letterPrefix(_ context: ScanContext, _ i: Int) -> Int? {
        guard i >= 2, context.tokens[i].isAttached, context.tokens[i - 1].kind == .symbol else { return nil }
        var first = i
        while i - first < 6, first >= 2,
            isJoint(context, first - 1)
                || context.isSymbol(first - 1, 0x2E) && context.tokens[first - 2].flags.contains(.allCaps),
            context.tokens[first].isAttached,
            context.tokens[first - 1].isAttached, isPrefixWord(context.tokens[first - 2])
        {
            first -= 2
        }
        return first == i ? nil : first
    }

    /// A code of two to five capitals set apart by a space before the number at `i` ("CLWU 0049 8821"), when it
    /// is no label, filler or English word ("TAJ 045 327 810" has its label there; "AT 334-…" is a word), nor the
    /// last word of a label of two ("mã NV 004512").
    private static func codePrefix(_ context: ScanContext, _ i: Int) -> Int? {
        guard i >= 1, context.tokens[i - 1].flags.contains(.allCaps), !context.tokens[i].isAttached,
            context.tokens[i - 1].isWord, !context.tokens[i].startsLine,
            case let code = context.tokens[i - 1], (2...5).contains(code.length),
            !code.flags.contains(.hasDigit), code.lexicon.isDisjoint(with: [.identifierLabel, .identifierFiller]),
            !context.vocabulary.words.classes(of: code.hash).contains(.common),
            i < 2 || pairedLabel(context, i - 1) == nil,
            // A clinician's registration in capitals is the number's label ("Dr. Siti Rahma, STR 3121…").
            !mayNameRegistration(context, i - 1) || clinicianRegistration(context, i - 1) == nil
        else { return nil }
        return i - 1
    }

    /// A word that can start an identifier: up to three letters, or up to eight capitals ("MM-CJ", "SVR-ANC").
    private static func isPrefixWord(_ token: Token) -> Bool {
        token.isWord && !token.flags.contains(.hasDigit)
            && (token.length <= 3 || token.flags.contains(.allCaps) && token.length <= 8)
    }

    /// Whether token `k` is a `-` or `/` that joins the parts of an identifier.
    private static func isJoint(_ context: ScanContext, _ k: Int) -> Bool {
        context.isSymbol(k, 0x2D) || context.isSymbol(k, 0x2F)
    }

    private static func digitCount(_ context: ScanContext, _ first: Int, _ last: Int) -> Int {
        var digits = 0
        for k in context.tokens[first].start..<context.tokens[last].end where ByteClass.isDigit(context.bytes[k]) {
            digits += 1
        }
        return digits
    }

    /// The identifier's last token: parts joined by hyphens or slashes are kept together ("4471-22-A",
    /// "MMW/23/04417"), unless the slashes make a date ("12/03/2024"); and up to `joiningGroups` further groups of
    /// digits with single spaces between them ("943 476 5919", "708 4032 1195 6620", "4127 180385"), up to 16
    /// digits, the one-digit end of a number of four and five ("2950 12345 1"), and a check digit joined to the last
    /// group by a hyphen ("4309 59 1127-3").
    private static func extent(_ context: ScanContext, _ i: Int, joiningGroups: Int, thousands: Bool) -> Int {
        var slashes = false
        var last = joinedParts(context, i, slashes: &slashes)
        if slashes, isSlashedDate(context, i, last) { return i }
        if last == i, context.tokens[i].isNumber, let dotted = dottedGroups(context, i, thousands: thousands) {
            var tailSlashes = false
            return joinedParts(context, dotted, slashes: &tailSlashes)
        }
        if last == i, let letters = checkLetters(context, after: i) { return letters }
        // A national number's check digits after its hyphened groups: Russia's SNILS, "112-233-445 95".
        if joiningGroups >= 6, last > i, context.isNumber(last + 1, digits: 2...2),
            !context.tokens[last + 1].startsLine, context.tokens[last + 1].start - context.tokens[last].end == 1,
            !context.isNumber(last + 2, digits: 1...9), !context.isSymbol(last + 2, 0x2D)
        {
            return last + 1
        }
        guard joiningGroups > 0, last == i, context.tokens[i].isNumber else { return last }
        var digits = context.tokens[i].length
        while last - i < joiningGroups, context.isNumber(last + 1, digits: 2...6), !context.tokens[last + 1].startsLine,
            context.tokens[last + 1].start - context.tokens[last].end == 1,
            digits + context.tokens[last + 1].length <= 16
        {
            last += 1
            digits += context.tokens[last].length
        }
        // Australia's Medicare number ends in the card holder's one-digit position: "2950 12345 1".
        if last == i + 1, context.tokens[i].length == 4, context.tokens[last].length == 5,
            context.isNumber(last + 1, digits: 1...1), !context.tokens[last + 1].startsLine,
            context.tokens[last + 1].start - context.tokens[last].end == 1, !context.isNumber(last + 2, digits: 1...9)
        {
            return last + 1
        }
        guard last > i, context.isSymbol(last + 1, 0x2D) else { return last }
        var tailSlashes = false
        return joinedParts(context, last, slashes: &tailSlashes)
    }

    /// The last token of a bank account's number that starts at number `i`: groups of digits joined by hyphens or
    /// periods ("1234.56.78903", "12-3456-7890123-00") and a bank's code after a slash ("…/0800"), a bank's or
    /// branch's code of up to four digits and the account's number a space after it ("1234 0001234567"), or groups
    /// a space apart after a first of three or four digits ("1234 5678 9012").
    private static func accountEnd(_ context: ScanContext, _ i: Int) -> Int {
        var last = i
        while last - i < 8, context.isSymbol(last + 1, 0x2D) || context.isSymbol(last + 1, 0x2E),
            context.tokens[last + 1].isAttached, context.isNumber(last + 2, digits: 1...17, attached: true)
        {
            last += 2
        }
        // The bank's code after a slash, as Czechia and Slovakia write it: "19-2000145399/0800".
        if context.isSymbol(last + 1, 0x2F), context.tokens[last + 1].isAttached,
            context.isNumber(last + 2, digits: 4...4, attached: true)
        {
            return last + 2
        }
        if last == i, let end = bankStatementEnd(context, i) { return end }
        guard last == i, context.tokens[i].length <= 4 else { return last }
        if context.isNumber(i + 1, digits: 6...12), !context.tokens[i + 1].startsLine,
            context.tokens[i + 1].start - context.tokens[i].end == 1
        {
            return i + 1
        }
        // Or groups a space apart after a first of three or four digits: "1234 5678 9012", "5230 1187 42", Spain's
        // bank, branch, check digits and account ("0182 5566 01 0201234567"), a longer group ending them.
        while last - i < 4, context.tokens[i].length >= 3, context.isNumber(last + 1, digits: 2...12),
            !context.tokens[last + 1].startsLine, context.tokens[last + 1].start - context.tokens[last].end == 1
        {
            last += 1
            if context.tokens[last].length > 4 { break }
        }
        return last
    }

    /// The last group of an account written whole as a bank's statement gives it, bank, branch, account and key
    /// a space apart, 18 to 26 digits in three to seven groups: France's RIB ("10005 00001 12345678901 23"), Tunisia's
    /// ("10 006 0351234567891 23"), Morocco's and Poland's NRB ("12 1020 1026 0000 0402 0123 4567"); nil for fewer
    /// digits.
    private static func bankStatementEnd(_ context: ScanContext, _ i: Int) -> Int? {
        var last = i
        var digits = context.tokens[i].length
        while last - i < 6, context.isNumber(last + 1, digits: 2...17), !context.tokens[last + 1].startsLine,
            context.tokens[last + 1].start - context.tokens[last].end == 1
        {
            last += 1
            digits += context.tokens[last].length
        }
        return last - i >= 2 && (18...26).contains(digits) ? last : nil
    }

    /// The last group of a number written in three or more groups joined by periods ("16.482.903",
    /// "1.020.784.331", "2318.47.622"), when they are no date ("12.03.2024") or a date that a serial follows
    /// ("85.07.30-033.28", Belgium's national number), or in two with a check digit after
    /// a hyphen ("10.447-3"), or in two with a thousands point: a member's or a worker's (`thousands`,
    /// "112.845"), or another with no word after it on its line ("HC N° 612.904", but "98.600 mg" is a quantity);
    /// else a number with one period is a decimal ("100.4"), no identifier.
    private static func dottedGroups(_ context: ScanContext, _ i: Int, thousands: Bool) -> Int? {
        var last = i
        while last - i < 8, context.isSymbol(last + 1, 0x2E), context.tokens[last + 1].isAttached,
            context.isNumber(last + 2, digits: 2...4, attached: true)
        {
            last += 2
        }
        if last - i == 2, context.tokens[last].length == 3, context.isSymbol(last + 1, 0x2D),
            context.isNumber(last + 2, digits: 1...1, attached: true)
        {
            return last
        }
        // Two groups with a thousands point, after a label: "afiliado 112.845", "Prontuário 118.447".
        if last - i == 2, context.tokens[last].length == 3, context.tokens[i].length <= 3, context.endsCleanly(last),
            thousands || last + 1 == context.tokens.count || context.tokens[last + 1].startsLine
                || !context.tokens[last + 1].isWord
        {
            return last
        }
        guard last - i >= 4 else { return nil }
        // Indonesia's taxpayer number, its check digit and branch after the groups: "09.254.294.3-407.000".
        if last - i == 4, context.isSymbol(last + 1, 0x2E), context.isNumber(last + 2, digits: 1...1, attached: true),
            context.isSymbol(last + 3, 0x2D), context.isNumber(last + 4, digits: 3...3, attached: true),
            context.isSymbol(last + 5, 0x2E), context.isNumber(last + 6, digits: 3...3, attached: true)
        {
            return last + 6
        }
        guard isSlashedDate(context, i, last) else { return last }
        // A birth date that opens a national number, with its serial after a hyphen: "85.07.30-033.28".
        guard context.isSymbol(last + 1, 0x2D), context.tokens[last + 1].isAttached,
            context.isNumber(last + 2, digits: 2...4, attached: true)
        else { return nil }
        last += 2
        if context.isSymbol(last + 1, 0x2E), context.tokens[last + 1].isAttached,
            context.isNumber(last + 2, digits: 1...4, attached: true)
        {
            last += 2
        }
        return last
    }

    /// The letter A to D that ends a British National Insurance number written in groups ("QQ 12 34 56 C"), one
    /// space after its last group.
    private static func ninoSuffix(_ context: ScanContext, after last: Int) -> Int? {
        guard last + 1 < context.tokens.count, case let letter = context.tokens[last + 1], letter.isWord,
            letter.length == 1, !letter.startsLine, letter.start - context.tokens[last].end == 1,
            (0x41...0x44).contains(context.bytes[letter.start]), context.endsCleanly(last + 1)
        else { return nil }
        return last + 1
    }

    /// One or two capitals glued to the end of the number at `i` ("2716453K"), as the last token.
    private static func checkLetters(_ context: ScanContext, after i: Int) -> Int? {
        guard context.tokens[i].isNumber, i + 1 < context.tokens.count, case let letters = context.tokens[i + 1],
            letters.isWord, letters.isAttached, letters.length <= 2,
            (letters.start..<letters.end).allSatisfy({ ByteClass.isASCIIUpper(context.bytes[$0]) })
        else { return nil }
        return i + 1
    }

    /// The last token of the parts joined by hyphens or slashes to the part at `i`, with a version code of
    /// capitals after them; `slashes` tells whether a slash joined any.
    private static func joinedParts(_ context: ScanContext, _ i: Int, slashes: inout Bool) -> Int {
        var last = glued(context, i)
        while last - i < 8, isJoint(context, last + 1), context.tokens[last + 1].isAttached,
            last + 2 < context.tokens.count, context.tokens[last + 2].isAttached
        {
            var next = last + 2
            // A union's or an office's initials between two numbered parts: "44-CGT-08172".
            if isInitials(context, next), isJoint(context, next + 1), context.tokens[next + 1].isAttached,
                context.isNumber(next + 2, digits: 1...12, attached: true)
            {
                next += 2
            }
            guard context.tokens[next].isNumber || context.tokens[next].flags.contains(.hasDigit) else { break }
            slashes = slashes || context.isSymbol(last + 1, 0x2F) || context.isSymbol(next - 1, 0x2F)
            last = glued(context, next)
        }
        // A version code of one or two capitals after the numbers ("5584-402-917-KT") or a number of four digits
        // or more ("3381-CH"), or a check letter after a shorter one ("16.482.903-K").
        if context.isSymbol(last + 1, 0x2D), context.tokens[last + 1].isAttached,
            last + 2 < context.tokens.count, case let code = context.tokens[last + 2], code.isAttached, code.isWord,
            code.length <= (last > i || context.tokens[last].length >= 4 ? 2 : 1),
            (code.start..<code.end).allSatisfy({ ByteClass.isASCIIUpper(context.bytes[$0]) })
        {
            last += 2
        } else if last > i, let letter = checkLetters(context, after: last) {
            last = letter  // a check letter glued to the last part ("120347-318N")
        }
        return last
    }

    /// The last token of a part that opens with digits and goes on with letters and digits, which the tokenizer
    /// splits after the digits ("5EG4" of a Medicare MBI, "5EG4-TE7-MK29").
    private static func glued(_ context: ScanContext, _ k: Int) -> Int {
        guard context.tokens[k].isNumber, k + 1 < context.tokens.count, case let rest = context.tokens[k + 1],
            rest.isWord, rest.isAttached, rest.flags.contains(.hasDigit)
        else { return k }
        return k + 1
    }

    /// Whether the identifier is a year alone ("File: 2024").
    private static func isYear(_ context: ScanContext, _ first: Int, _ last: Int) -> Bool {
        // A season or a financial year, "2025/26", "2024-25", is a year too.
        let season = last == first + 2 && context.isNumber(last, digits: 2...2)
            && (context.isSymbol(first + 1, 0x2F) || context.isSymbol(first + 1, 0x2D))
        guard first == last || season, context.isNumber(first, digits: 4...4) else { return false }
        let start = context.tokens[first].start
        let century = (context.bytes[start], context.bytes[start + 1])
        return century == (0x31, 0x39) || century == (0x32, 0x30)
    }

    /// Whether tokens `first...last` are three numbers that a date could be written as (day, month and year in
    /// some order: parts of one or two digits and one of two or four).
    private static func isSlashedDate(_ context: ScanContext, _ first: Int, _ last: Int) -> Bool {
        guard last - first == 4 else { return false }
        let lengths = [first, first + 2, first + 4].map { context.tokens[$0].isNumber ? context.tokens[$0].length : 0 }
        return lengths.allSatisfy { (1...4).contains($0) } && lengths.filter { $0 > 2 }.count <= 1
    }

    private static func accepts(_ type: FindingType, _ context: ScanContext, _ first: Int, _ last: Int)
        -> Bool
    {
        guard context.endsCleanly(last), !isYear(context, first, last) else { return false }
        // A staff number is written whole: one with another group of digits a space after it is a phone's first
        // group ("Payroll (0911 43 86 20)").
        if type == .employeeNumber, context.tokens[last].isNumber, context.isNumber(last + 1, digits: 2...4),
            !context.tokens[last + 1].startsLine, context.tokens[last + 1].start - context.tokens[last].end == 1
        {
            return false
        }
        switch type {
        case .usRoutingNumber:
            return first == last && context.tokens[first].length == 9
                && ABA.isValid(context.bytes, context.tokens[first])
        case .usBankAccount:
            // One number of 6 to 22 digits (Argentina's CBU has 22), or groups of digits joined by hyphens, periods,
            // a slash or a space as banks of other countries write them ("1234.56.78903", "12-3456-7890123-00",
            // "0111-26-123456", "2000145399/0800").
            guard first < last else {
                return context.tokens[first].isNumber && (6...22).contains(context.tokens[first].length)
            }
            return (first...last).allSatisfy {
                context.tokens[$0].isNumber || context.isSymbol($0, 0x2D) || context.isSymbol($0, 0x2E)
                    || context.isSymbol($0, 0x2F)
            } && (6...30).contains(digitCount(context, first, last))
        default:
            return true
        }
    }

    /// The type a label before token `i` gives it, skipping fillers such as `:`, `#`, `is`, `number`, and where
    /// it counts.
    private static func label(_ context: ScanContext, before i: Int) -> (FindingType, LabelScope)? {
        var k = i - 1
        var skipped = 0
        var skippedID = false
        // "is" of the languages whose national labels come before it ("isikukood on …", "JMBG je …"): only such a
        // label may be before it.
        var skippedCopula = false
        while k >= 0, skipped < 5 {
            if context.tokens[k + 1].startsLine { return idAlone(skippedID) }
            // A short aside in brackets between the label and the number: "Membership no. (office use): …", "Routing
            // number (9 digits): …"; but a label in brackets is the number's ("Sehat Card (CNIC): …").
            if context.isSymbol(k, 0x29), let open = (max(0, k - 4)..<k).last(where: { context.isSymbol($0, 0x28) }),
                (open + 1..<k).allSatisfy({
                    context.tokens[$0].isWord && !context.has($0, .identifierLabel) || context.isSymbol($0, 0x26)
                        || context.isNumber($0, digits: 1...2)
                })
            {
                k = open - 1
                skipped += 1
                continue
            }
            // A union's or club's initials after a member's label: "Nº afiliada CCOO: …", "ficha sindical CTM …";
            // a bank's after an account's: "Rekening BCA 123-456-7890"; a country's after "citizen": "Паспорт
            // гражданина КР: …".
            if k >= 1, isInitials(context, k),
                case let type = IdentifierContext.labels[hash: context.tokens[k - 1].hash],
                type == .memberNumber || type == .usBankAccount || citizenWords[hash: context.tokens[k - 1].hash] != nil
            {
                k -= 1
                skipped += 1
                continue
            }
            let token = context.tokens[k]
            // The last letter of initials such as "C.C." is the label, though "c" alone is a filler ("č.").
            if token.isWord, token.length <= 2, context.isSymbol(k + 1, 0x2E),
                let initials = dottedInitials(context, k),
                IdentifierContext.dottedNationalLabels[hash: initials] != nil || registerInitials[hash: initials] != nil
            {
                break
            }
            let isFiller =
                token.kind == .symbol
                ? IdentifierContext.isFillerSymbol(context.bytes[token.start])
                : token.isWord && token.lexicon.contains(.identifierFiller)
            guard isFiller else {
                // A bank's name between an account's label and its number: "Account: Meezan Bank 0101-0102345678".
                if skipped == 0, token.isCapitalized, token.isWord, namesBankAfterAccountLabel(context, k) {
                    return (.usBankAccount, .anywhere)
                }
                // The copulas open with "o", "i", "j", "e" or a Cyrillic letter; most label words are passed over
                // by that.
                guard token.isWord, token.length <= 5, case let b = context.bytes[token.start],
                    b == 0x6F || b == 0x69 || b == 0x6A || b == 0x65 || b == 0xD0,
                    IdentifierContext.copulas[hash: token.hash] != nil
                else { break }
                skippedCopula = true
                k -= 1
                skipped += 1
                continue
            }
            // "card" and "no" are the fillers that may make such a label.
            if token.isWord, token.length == 4 || token.length == 2, let word = spelledLabelWords[hash: token.hash],
                let found = spelledLabel(word, context, k)
            {
                return found
            }
            // "ID" with no word before it on its line, or a sign or another field's number: not "Specimen ID",
            // "rider ID".
            if token.length == 2, token.hash == idHash {
                // A form's fields apart by two spaces or more count as apart by a sign ("Pretorius   ID …").
                skippedID = k == 0 || context.tokens[k].startsLine || context.tokens[k - 1].kind != .word
                    || token.start - context.tokens[k - 1].end >= 2
            }
            k -= 1
            skipped += 1
        }
        // "A/C No: 1234567890", the account as South Asia and Africa shorten it.
        if k >= 1, isAccountAbbreviation(context, slash: k) { return (.usBankAccount, .anywhere) }
        guard k >= 0, context.tokens[k].isWord, !context.tokens[k + 1].startsLine else { return idAlone(skippedID) }
        // Initials with their periods: "C.I. 4567891 LP", "C.C. 1.020.784.331", "D.N.I. 45678912".
        if let initials = dottedInitials(context, k) {
            if IdentifierContext.dottedNationalLabels[hash: initials] != nil { return (.nationalID, .national) }
            if let found = clinicianInitials(context, k, initials) { return found }
        }
        if skippedCopula {
            let hash = caseStem(context, k) ?? context.tokens[k].hash
            return IdentifierContext.nationalLabels[hash: hash] != nil ? (.nationalID, .national) : nil
        }
        // A driver's licence is an identity document wherever it is named: "Driver's licence D1234-56789-01234",
        // "driving licence no. …"; a licence alone is a software's or a trade's.
        if isDriverLicence(context, k) { return (.nationalID, .anywhere) }
        // The other words of such labels have three letters, eight or fourteen.
        if case let length = context.tokens[k].length, length == 3 || length == 8 || length == 14,
            let word = spelledLabelWords[hash: context.tokens[k].hash], let found = spelledLabel(word, context, k)
        {
            return found
        }
        var hash = context.tokens[k].hash
        if k >= 1, let found = pairedLabel(context, k) { return found }
        if mayNameRegistration(context, k), let found = clinicianRegistration(context, k) { return found }
        if !context.tokens[k].lexicon.contains(.identifierLabel) {
            if let type = abbreviatedLabel(context, k) { return (type, .anywhere) }
            // A label at the end of a compound: "IG-Metall-Mitgliedsnummer"; or an abbreviation with its case
            // ending: "JMBG-a", "OIB-om".
            guard context.tokens[k].length > 4,
                let part = caseStem(context, k).flatMap({ isLabel($0) ? $0 : nil }) ?? compoundSuffix(context, k)
                    ?? regionSuffixed(context, k) ?? numberSuffixed(context, k)
            else {
                return idAlone(skippedID)
            }
            hash = part
        }
        // "Customer: 0932 607 4418" opening a line is a transcript's speaker, no label.
        if IdentifierContext.speakerLabels[hash: hash] != nil, k == 0 || context.tokens[k].startsLine,
            context.isSymbol(k + 1, 0x3A)
        {
            return nil
        }
        if let type = IdentifierContext.labels[hash: hash] {
            // A health insurance's number identifies a patient as a health card's does.
            let health = hash == insuranceHash && k >= 1 && context.tokens[k - 1].hash == healthHash
            if health { return (.medicalRecordNumber, .anywhere) }
            // The British National Insurance number and Canada's Social Insurance Number are a person's own.
            if hash == insuranceHash, k >= 1,
                context.tokens[k - 1].hash == nationalHash || context.tokens[k - 1].hash == socialHash
            {
                return (.nationalID, .national)
            }
            let plan = type == .memberNumber && IdentifierContext.healthPlanLabels[hash: hash] != nil
                && !followsUnion(context, k)
            return (type, plan ? .healthPlan : .anywhere)
        }
        // A short national label needs no sign when written in capitals: "NIK 3174…", but "Nik 0412 555 123".
        // "Personal No.:" names a person's number, but "Personal: 07700 900123" in a signature is a phone.
        if let needsFiller = IdentifierContext.nationalLabels[hash: hash],
            skipped > 0 || !needsFiller || context.tokens[k].flags.contains(.allCaps),
            hash != personalHash || k + 1 < context.tokens.count && context.tokens[k + 1].isWord
        {
            return (.nationalID, .national)
        }
        // Australia's tax file number.
        if hash == fileHash, k >= 1, context.tokens[k - 1].hash == taxHash { return (.nationalID, .national) }
        // A short clinical label may have its sign before it instead: "No. RM 00.12.47.83", "Nº HC 612.904"; or be
        // written in capitals ("UR 0815562", "HC 3381-CH", "PhilHealth PIN 19-…"), but for "RM", Malaysia's ringgit.
        guard let needsFiller = IdentifierContext.clinicalLabels[hash: hash],
            skipped > 0 || !needsFiller || numberSignBefore(context, k)
                || context.tokens[k].flags.contains(.allCaps) && context.tokens[k].length >= 2 && hash != rmHash
        else { return idAlone(skippedID) }
        return (.medicalRecordNumber, .clinicalOnly)
    }

    /// The type of the label that word `k` abbreviates with the word for number after it: the Czech and Slovak "os. č."
    /// (osobní číslo, a staff number; its period needed, as Portuguese "os" is an article), the "man number" of the
    /// civil services of Zambia and Zimbabwe ("Man No. 108842"), English "Mem. No.", a union's "dues ID" (but "dues
    /// 1200" is an amount), a British "works number", an Indian provident fund's "PF No.", which names the worker,
    /// an account's "Acc. No." (not New Zealand's "ACC 45012", an accident claim), and a police officer's force and
    /// warrant numbers. Nil for any other word.
    private static func abbreviatedLabel(_ context: ScanContext, _ k: Int) -> FindingType? {
        guard context.tokens[k].length <= 7, let (type, period) = abbreviatedLabels[hash: context.tokens[k].hash]
        else { return nil }
        var n = k + 1
        if context.isSymbol(n, 0x2E), context.tokens[n].isAttached {
            n += 1
        } else if period {
            return nil
        }
        guard n < context.tokens.count, context.tokens[n].isWord, !context.tokens[n].startsLine else { return nil }
        return numberWords.contains(context.tokens[n].hash) ? type : nil
    }

    /// The abbreviations of ``abbreviatedLabel(_:_:)``, with whether a period must follow them.
    private static let abbreviatedLabels = KeywordTable<(FindingType, Bool)>([
        ("os", (.employeeNumber, true)), ("man", (.employeeNumber, false)), ("mem", (.memberNumber, true)),
        ("dues", (.memberNumber, false)), ("works", (.employeeNumber, false)), ("pf", (.employeeNumber, false)),
        ("acc", (.usBankAccount, true)),
        // A police officer's force and warrant numbers ("Force No. 4471", "warrant number 4471").
        ("force", (.employeeNumber, false)), ("warrant", (.employeeNumber, false)),
    ])

    /// "Number" after an abbreviated label: English "no", "nr", "number" and "ID", Czech and Slovak "č." and "číslo".
    private static let numberWords = ["no", "nr", "number", "id", "č", "číslo"].map {
        WordHash.of(word: Substring($0).utf8)
    }

    /// ``IdentifierContext/citizenWords``, looked up by hash.
    private static let citizenWords = KeywordTable(IdentifierContext.citizenWords.map { ($0, ()) })

    /// Whether token `k` is an organization's initials: a word of two to six capitals that is no label.
    private static func isInitials(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        return token.isWord && token.flags.contains(.allCaps) && (2...6).contains(token.length)
            && !token.flags.contains(.hasDigit) && !context.has(k, .identifierLabel)
    }

    /// Whether word `k` ends the name of a bank after an account's label on its line: one to four capitalized words,
    /// one of them "Bank" or its kin ("Meezan Bank", "Bank Alfalah", "Banco Nación"), after the label or its colon.
    private static func namesBankAfterAccountLabel(_ context: ScanContext, _ k: Int) -> Bool {
        // The bank's word first, by its hash's low bits before its lookup: most words before a number name none.
        var named = false
        for j in stride(from: k, to: max(k - 4, -1), by: -1) {
            guard context.tokens[j].isWord, context.tokens[j].isCapitalized else { break }
            let hash = context.tokens[j].hash
            if bankWordBits & 1 << (hash & 63) != 0, bankWords[hash: hash] != nil {
                named = true
                break
            }
        }
        guard named else { return false }
        var j = k
        while j >= 0, k - j < 4, context.tokens[j].isWord, context.tokens[j].isCapitalized,
            IdentifierContext.labels[hash: context.tokens[j].hash] != .usBankAccount
        {
            if context.tokens[j].startsLine { return false }
            j -= 1
        }
        guard j >= 0 else { return false }
        if context.isSymbol(j, 0x3A), !context.tokens[j + 1].startsLine { j -= 1 }
        return j >= 0 && context.tokens[j].isWord && !context.tokens[j + 1].startsLine
            && IdentifierContext.labels[hash: context.tokens[j].hash] == .usBankAccount
    }

    private static let bankWordList = ["bank", "banco", "banque", "banca", "bankasi"]
    private static let bankWords = KeywordTable(bankWordList.map { ($0, ()) })
    /// A bit for each bank's word, by the low six bits of its hash.
    private static let bankWordBits = bankWordList.reduce(UInt64(0)) {
        $0 | 1 << (WordHash.of(word: Substring($1).utf8) & 63)
    }

    /// Whether "No.", "Nº", "N°" or "№" stands right before the label at `k`, on its line.
    private static func numberSignBefore(_ context: ScanContext, _ k: Int) -> Bool {
        guard k >= 2, !context.tokens[k].startsLine else { return false }
        var j = k - 1
        // The period of "No." or the sign of "N°" and "Nº" (C2 B0, C2 BA).
        let start = context.tokens[j].start
        let degree = context.byte(start) == 0xC2 && (context.byte(start + 1) == 0xB0 || context.byte(start + 1) == 0xBA)
        if context.isSymbol(j, 0x2E) || degree, !context.tokens[j].startsLine { j -= 1 }
        let token = context.tokens[j]
        if token.kind == .symbol {  // "№", U+2116
            return context.byte(token.start) == 0xE2 && context.byte(token.start + 1) == 0x84
        }
        return token.isWord && (token.hash == noHash || token.hash == nHash)
    }

    /// Whether "union" comes shortly before the label at `k` on its line: a union's member ("Union rep: Tun Tun
    /// Naing, member no. …") stays a member in a clinical text too.
    private static func followsUnion(_ context: ScanContext, _ k: Int) -> Bool {
        var j = k
        while j > 0, k - j < 10, !context.tokens[j].startsLine {
            j -= 1
            if context.tokens[j].hash == unionHash { return true }
        }
        return false
    }

    /// Whether word `k` is "licence" or "license" after "driver's", "driver", "drivers" or "driving" on its line.
    private static func isDriverLicence(_ context: ScanContext, _ k: Int) -> Bool {
        guard k >= 1, context.tokens[k].hash == licenceHash || context.tokens[k].hash == licenseHash,
            context.tokens[k - 1].isWord, !context.tokens[k].startsLine
        else { return false }
        return driverWords.contains(context.tokens[k - 1].stemHash)
    }

    /// "Thabo Mokoena, ID 8503125800081", "ID No: 28475510": an identifier after an "ID" that opens its line or
    /// follows a sign, a number or a gap of a form's fields, and no label of its kind, is in a clinical text the
    /// patient's, a record number.
    @inline(__always)
    private static func idAlone(_ skippedID: Bool) -> (FindingType, LabelScope)? {
        skippedID ? (.medicalRecordNumber, .clinicalAfterID) : nil
    }

    /// The hash of "ID", which the number detector and the name evidence ask about too.
    static let idHash = WordHash.of(word: Substring("id").utf8)
    private static let licenceHash = WordHash.of(word: Substring("licence").utf8)
    private static let licenseHash = WordHash.of(word: Substring("license").utf8)
    private static let driverWords = ["driver", "drivers", "driving"].map { WordHash.of(word: Substring($0).utf8) }
    private static let insuranceHash = WordHash.of(word: Substring("insurance").utf8)
    private static let healthHash = WordHash.of(word: Substring("health").utf8)
    private static let nationalHash = WordHash.of(word: Substring("national").utf8)
    private static let socialHash = WordHash.of(word: Substring("social").utf8)

    /// Whether the slash at `k` joins "a" and "c" into "A/C" (account), in either case.
    private static func isAccountAbbreviation(_ context: ScanContext, slash k: Int) -> Bool {
        guard context.isSymbol(k, 0x2F), k + 1 < context.tokens.count, context.tokens[k].isAttached,
            context.tokens[k + 1].isAttached, context.tokens[k - 1].isWord, context.tokens[k - 1].length == 1,
            context.tokens[k + 1].isWord, context.tokens[k + 1].length == 1
        else { return false }
        return context.bytes[context.tokens[k - 1].start] | 0x20 == 0x61
            && context.bytes[context.tokens[k + 1].start] | 0x20 == 0x63
    }

    /// The type and scope of a label of two words at `k - 1` and `k`, whose last word alone is too common to be one:
    /// Vietnamese "mã y tế" (health code), "mã bệnh nhân" (patient's code), "số bệnh án" (medical record) and, in a
    /// clinical text, "số hồ sơ" (file), each with its "mã" or "số" before it ("chi phí y tế 1.250.000 đồng" is a bill,
    /// "tổng số bệnh nhân 1250" a count); Vietnamese "mã NV" (nhân viên, a staff code; "NV" alone is Nevada); Kenya's
    /// "KRA PIN" (a taxpayer's number; "PIN" alone is a clinical label); Albanian "numri personal" (personal number;
    /// "Personal:" alone is a signature's phone); Polish "nr historii choroby" (medical history) and, in a clinical
    /// text, "nr księgi głównej" (a hospital's main register).
    @inline(__always)
    private static func pairedLabel(_ context: ScanContext, _ k: Int) -> (FindingType, LabelScope)? {
        let token = context.tokens[k]
        guard token.isWord, pairedLabelBits & 1 << (token.hash & 63) != 0 else { return nil }
        let previous = context.tokens[k - 1].hash
        let opening = k >= 2 && context.tokens[k - 2].isWord ? context.tokens[k - 2].hash : 0
        for pair in pairedLabels where pair.last == token.hash && pair.previous == previous {
            if pair.opening.isEmpty || pair.opening.contains(opening) { return (pair.type, pair.scope) }
        }
        return nil
    }

    /// A bit for each paired label's last word, by the low six bits of its hash: most words have none set.
    private static let pairedLabelBits = pairedLabels.reduce(UInt64(0)) { $0 | 1 << ($1.last & 63) }

    /// The labels of ``pairedLabel(_:_:)``: their last word, the word before it, the words one of which must come
    /// before those two (none: any), their type and scope.
    private static let pairedLabels:
        [(last: UInt64, previous: UInt64, opening: [UInt64], type: FindingType, scope: LabelScope)] = {
            let code = ["mã", "số"]
            let record = FindingType.medicalRecordNumber
            let pairs: [(String, String, [String], FindingType, LabelScope)] = [
                ("tế", "y", code, record, .anywhere), ("nhân", "bệnh", ["mã"], record, .anywhere),
                ("án", "bệnh", code, record, .anywhere), ("sơ", "hồ", code, record, .clinicalOnly),
                ("nv", "mã", [], .employeeNumber, .anywhere), ("pin", "kra", [], .nationalID, .national),
                ("personal", "numri", [], .nationalID, .national),
                // The identity card of Serbia, North Macedonia and Bulgaria ("лична карта"; "карта" alone a patient's
                // card); a doctor's professional licence in Portugal and Mexico ("cédula profissional", "cédula
                // profesional"; "cédula" alone an identity card) and Latvia's doctor's identifier ("ārsta
                // identifikators").
                ("карта", "лична", [], .nationalID, .national), ("карта", "Лична", [], .nationalID, .national),
                ("profissional", "cedula", [], .employeeNumber, .anywhere),
                ("profesional", "cedula", [], .employeeNumber, .anywhere),
                ("identifikators", "arsta", [], .employeeNumber, .anywhere),
                // A nurse's or midwife's PIN with Britain's Nursing and Midwifery Council ("NMC PIN"; "PIN" alone a
                // patient's in a clinical text).
                ("pin", "nmc", [], .employeeNumber, .anywhere),
                ("choroby", "historii", [], record, .anywhere),
                ("głównej", "księgi", [], record, .clinicalOnly),
                // A medical, patient's, health or hospital record ("Medical record number …"), where "record" alone
                // counts only in a clinical text.
                ("record", "medical", [], record, .anywhere), ("record", "patient", [], record, .anywhere),
                ("record", "health", [], record, .anywhere), ("record", "hospital", [], record, .anywhere),
                ("record", "clinical", [], record, .anywhere), ("rec", "med", [], record, .anywhere),
            ]
            let hash = { (word: String) in WordHash.of(word: Substring(word).utf8) }
            return pairs.map { (hash($0.0), hash($0.1), $0.2.map(hash), $0.3, $0.4) }
        }()

    /// The words of labels spelled in words that alone are no label, and the label words that a filler may be.
    private enum SpelledLabelWord {
        case card, number, identification, tin, taxOrResident
    }

    private static let spelledLabelWords = KeywordTable<SpelledLabelWord>([
        ("card", .card), ("no", .number), ("identification", .identification), ("tin", .tin),
        ("tax", .taxOrResident), ("taxpayer", .taxOrResident), ("resident", .taxOrResident),
    ])

    /// The label that word `k`, one of ``spelledLabelWords``, makes with its neighbours: "ID card: …" an identity
    /// card unless a label comes before it ("Member ID card"); "P/No. 2014078321" the personal number of the civil
    /// services of East Africa and India, a staff number; "Tax ID", "Resident ID", "Taxpayer Identification Number"
    /// and "TIN" a national number ("tin" a word and a name, so a label only in capitals, and never before another
    /// word: Greek written in Latin capitals has an article "TIN"). Nil for any other use of the word.
    private static func spelledLabel(_ word: SpelledLabelWord, _ context: ScanContext, _ k: Int)
        -> (FindingType, LabelScope)?
    {
        let token = context.tokens[k]
        switch word {
        case .card:
            guard k >= 1, context.tokens[k - 1].hash == idHash, !token.startsLine,
                k < 2 || context.tokens[k - 1].startsLine || !context.has(k - 2, .identifierLabel)
            else { return nil }
        case .number:
            guard k >= 2, context.isSymbol(k - 1, 0x2F), context.tokens[k - 1].isAttached, token.isAttached,
                context.tokens[k - 2].length == 1, context.bytes[context.tokens[k - 2].start] == 0x50
            else { return nil }
            return (.employeeNumber, .anywhere)
        case .identification:
            guard k >= 1, !token.startsLine,
                context.tokens[k - 1].hash == taxHash || context.tokens[k - 1].hash == taxpayerHash
            else { return nil }
        case .tin:
            guard token.flags.contains(.allCaps), k + 1 < context.tokens.count,
                !context.tokens[k + 1].isWord || context.tokens[k + 1].lexicon.contains(.identifierFiller)
            else { return nil }
        case .taxOrResident:
            guard k + 1 < context.tokens.count, context.tokens[k + 1].hash == idHash, !context.tokens[k + 1].startsLine
            else { return nil }
        }
        return (.nationalID, .national)
    }

    private static let taxpayerHash = WordHash.of(word: Substring("taxpayer").utf8)
    private static let fileHash = WordHash.of(word: Substring("file").utf8)
    private static let taxHash = WordHash.of(word: Substring("tax").utf8)
    private static let personalHash = WordHash.of(word: Substring("personal").utf8)
    private static let unionHash = WordHash.of(word: Substring("union").utf8)
    private static let noHash = WordHash.of(word: Substring("no").utf8)
    private static let nHash = WordHash.of(word: Substring("n").utf8)
    private static let rmHash = WordHash.of(word: Substring("rm").utf8)

    /// "they keep asking staff no. but mine is SG-44871", "ID karyawan ya, punyaku KRY-2019-0431": a number after
    /// "mine is" or "yours is" (in several languages) takes the type of the label said shortly before it.
    private static func ownNumber(_ context: ScanContext, before first: Int) -> (FindingType, LabelScope)? {
        var k = first - 1
        var cue = ownCue(context, k)
        if cue == .article {  // "es el 40771"
            k -= 1
            cue = ownCue(context, k)
        }
        if cue == .copula {
            k -= 1
            cue = ownCue(context, k)
        }
        guard cue == .possessive else { return nil }
        var j = k - 1
        while j >= 0, k - j <= 24 {
            if let type = staffOrMemberLabel(context, j) { return (type, .anywhere) }
            j -= 1
        }
        return nil
    }

    /// The type of word `j` when it is a staff or member number's label ("staff", "sicil", "Mitglied").
    private static func staffOrMemberLabel(_ context: ScanContext, _ j: Int) -> FindingType? {
        guard context.tokens[j].isWord, context.tokens[j].lexicon.contains(.identifierLabel),
            let type = IdentifierContext.labels[hash: context.tokens[j].hash],
            type == .employeeNumber || type == .memberNumber
        else { return nil }
        return type
    }

    private enum OwnCue { case possessive, copula, article }

    /// "staff no so i can log it⏎priya 09:44: 30981", "sicil no neydi?⏎[09:15] Elif: 34871": a chat message that is
    /// an identifier alone, after its speaker's name and colon, takes the type of the staff or member label asked for
    /// in the two lines before it. A chat's line is told from a form's field by the time of the message before the
    /// colon, or by a question with the label and a speaker's name that is no word of the lexicon or English.
    private static func chatAnswer(_ context: ScanContext, at first: Int) -> (FindingType, LabelScope)? {
        let colon = first - 1
        guard colon >= 1, context.isSymbol(colon, 0x3A), !context.tokens[first].startsLine else { return nil }
        var start = colon - 1
        while start > 0, colon - start < 7, !context.tokens[start].startsLine { start -= 1 }
        guard context.tokens[start].startsLine || start == 0 else { return nil }
        let timed = (start..<colon - 1).contains { context.isSymbol($0 + 1, 0x3A) && context.tokens[$0].isNumber }
        if !timed {
            guard colon - start <= 2,
                (start..<colon).allSatisfy({
                    context.tokens[$0].isWord && context.tokens[$0].lexicon.isEmpty
                        && !context.vocabulary.words.classes(of: context.tokens[$0].hash).contains(.common)
                })
            else { return nil }
        }
        var lines = 0
        var asked = false
        var j = start - 1
        while j >= 0, start - j <= 40 {
            if context.tokens[j + 1].startsLine {
                lines += 1
                if lines > 2 { break }
            }
            if context.isSymbol(j, 0x3F) { asked = true }
            if let type = staffOrMemberLabel(context, j) { return timed || asked ? (type, .anywhere) : nil }
            j -= 1
        }
        return nil
    }

    /// What word `k` is in "mine is (the) …", if anything; words longer than any cue are not looked up.
    private static func ownCue(_ context: ScanContext, _ k: Int) -> OwnCue? {
        guard k >= 0, context.tokens[k].isWord, context.tokens[k].length <= 7 else { return nil }
        return ownCues[hash: context.tokens[k].hash]
    }

    /// "Mine", "yours" and their kin in Spanish, Portuguese, Italian, French, German, the Nordic and South Slavic
    /// languages, and Indonesian ("punyaku"); "is" in those languages ("é" and "è" are read as "e"); the articles
    /// between "is" and the number.
    private static let ownCues = KeywordTable(
        [
            "mine", "yours", "mio", "mia", "tuyo", "tuya", "meu", "minha", "teu", "tua", "mitt", "min", "ditt", "din",
            "moj", "moje", "tvoj", "mein", "meine", "deins", "punyaku", "punyamu",
        ].map { ($0, OwnCue.possessive) }
            + ["is", "es", "er", "ar", "je", "e", "ist", "est", "eh"].map { ($0, OwnCue.copula) }
            + ["el", "la", "o", "a", "il"].map { ($0, OwnCue.article) })

    /// The hash of the abbreviation in word `k` before the case ending glued to it by a hyphen, as the Slavic
    /// languages decline them ("JMBG-a", "OIB-om", "ЕГН-то"): capitals before the hyphen, one to three lower-case
    /// letters after it. Nil for any other word.
    private static func caseStem(_ context: ScanContext, _ k: Int) -> UInt64? {
        let token = context.tokens[k]
        guard token.flags.contains(.innerHyphen), token.length <= 16 else { return nil }
        var hyphen = token.end - 1
        while hyphen > token.start, context.bytes[hyphen] != 0x2D { hyphen -= 1 }
        let ending = token.end - hyphen - 1
        guard hyphen - token.start >= 2, ending >= 1, ending <= 6,
            (token.start..<hyphen).allSatisfy({ !ByteClass.isASCIILower(context.bytes[$0]) }),
            (hyphen + 1..<token.end).allSatisfy({ !ByteClass.isASCIIUpper(context.bytes[$0]) }),
            ending <= 3 || context.bytes[hyphen + 1] >= 0x80
        else { return nil }
        return WordHash.of(bytes: UnsafeBufferPointer(rebasing: context.bytes[token.start..<hyphen]))
    }

    /// Whether `hash` is a label's of any type.
    private static func isLabel(_ hash: UInt64) -> Bool {
        IdentifierContext.labels[hash: hash] != nil || IdentifierContext.nationalLabels[hash: hash] != nil
            || IdentifierContext.clinicalLabels[hash: hash] != nil
    }

    /// The hash of the letters of initials written with periods whose last letter is word `k`: "C.I", "D.N.I",
    /// the Hebrew "ת.ז" (the period after `k` is the caller's). Nil unless `k` is one letter after another and a
    /// period.
    private static func dottedInitials(_ context: ScanContext, _ k: Int) -> UInt64? {
        guard isOneLetter(context, k), k >= 2, context.isSymbol(k - 1, 0x2E), context.tokens[k].isAttached,
            isOneLetter(context, k - 2), context.tokens[k - 1].isAttached
        else { return nil }
        var first = k - 2
        if first >= 2, context.isSymbol(first - 1, 0x2E), context.tokens[first].isAttached,
            isOneLetter(context, first - 2), context.tokens[first - 1].isAttached
        {
            first -= 2
        }
        var hasher = WordHasher()
        for n in stride(from: first, through: k, by: 2) {
            for b in context.tokens[n].start..<context.tokens[n].end { hasher.add(context.bytes[b]) }
        }
        return hasher.finish()
    }

    /// Whether token `k` is a word of one letter, ASCII or of two bytes (Hebrew, Cyrillic, Greek).
    private static func isOneLetter(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        return token.isWord && (token.length == 1 || token.length == 2 && context.bytes[token.start] >= 0xC2)
    }

    /// The hash of the part of word `k` after its last hyphen, when it has one and that part has three letters
    /// or more.
    private static func compoundSuffix(_ context: ScanContext, _ k: Int) -> UInt64? {
        let token = context.tokens[k]
        // A hyphen inside a word is always one before a letter, which the tokenizer marks.
        guard token.flags.contains(.innerHyphen) else { return nil }
        var start = token.end
        while start > token.start, context.bytes[start - 1] != 0x2D { start -= 1 }
        guard start > token.start, token.end - start >= 3 else { return nil }
        return WordHash.of(bytes: UnsafeBufferPointer(rebasing: context.bytes[start..<token.end]))
    }

    /// The hash of a label before German "-Nr." written onto it ("Mitgliedsausweis-Nr.: 004512"); nil for any other
    /// word.
    private static func numberSuffixed(_ context: ScanContext, _ k: Int) -> UInt64? {
        let token = context.tokens[k]
        guard token.flags.contains(.innerHyphen), token.length > 6, context.bytes[token.end - 3] == 0x2D,
            context.bytes[token.end - 2] | 0x20 == 0x6E, context.bytes[token.end - 1] | 0x20 == 0x72
        else { return nil }
        let hash = WordHash.of(bytes: UnsafeBufferPointer(rebasing: context.bytes[token.start..<token.end - 3]))
        return IdentifierContext.labels[hash: hash] != nil ? hash : nil
    }

    /// The hash of a label in capitals before the code of its region, after a hyphen: a Brazilian council's state
    /// ("CRM-SP 123456", "COREN-RJ 123.456"); nil for any other word.
    private static func regionSuffixed(_ context: ScanContext, _ k: Int) -> UInt64? {
        let token = context.tokens[k]
        guard token.flags.contains(.innerHyphen), token.flags.contains(.allCaps) else { return nil }
        var hyphen = token.start
        while hyphen < token.end, context.bytes[hyphen] != 0x2D { hyphen += 1 }
        guard hyphen - token.start >= 2, (2...3).contains(token.end - hyphen - 1) else { return nil }
        let hash = WordHash.of(bytes: UnsafeBufferPointer(rebasing: context.bytes[token.start..<hyphen]))
        return IdentifierContext.labels[hash: hash] == .employeeNumber ? hash : nil
    }

    /// The type of the number whose letters before it, joined by a slash or a hyphen, are a staff label in capitals,
    /// a regulator's own initials ("MDCN/R/45123", "MDC/RN/12345"); nil for any other prefix.
    private static func prefixLabel(_ context: ScanContext, _ first: Int) -> (FindingType, LabelScope)? {
        let token = context.tokens[first]
        guard token.isWord, token.flags.contains(.allCaps), context.tokens[first + 1].kind == .symbol,
            IdentifierContext.labels[hash: token.hash] == .employeeNumber
        else { return nil }
        return (.employeeNumber, .anywhere)
    }

    /// A match of one of the organization's identifier patterns at token `i`: prefix, optional `-`, digits.
    private static func configured(_ context: ScanContext, _ i: Int) -> (FindingType, Int)? {
        guard context.startsCleanly(i) else { return nil }
        let start = context.tokens[i].start
        for pattern in context.settings.patterns {
            var k = start
            var matched = true
            for expected in pattern.prefix {
                let b = context.byte(k)
                if (b &- 65 < 26 ? b | 0x20 : b) != expected {
                    matched = false
                    break
                }
                k += 1
            }
            guard matched else { continue }
            if context.byte(k) == 0x2D { k += 1 }
            var digits = 0
            while ByteClass.isDigit(context.byte(k)) {
                digits += 1
                k += 1
            }
            guard pattern.digits.contains(digits), !ByteClass.isASCIIAlphanumeric(context.byte(k)) else { continue }
            var last = i
            while last + 1 < context.tokens.count, context.tokens[last + 1].start < k { last += 1 }
            return (pattern.type, last)
        }
        return nil
    }
}
