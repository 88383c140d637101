/// Finds the speakers of a chat transcript, in any case and any language: the words before the colon that
/// open a line after a time ("[08:15] marco: ok", "21:14 dr. hina: …", "14/03/2024, 19:02 - Chidi: …") or before
/// one ("priya 09:41: …", "bazza  9:05 AM  can do"), or, without times, the words that open several lines of one
/// conversation ("juma: mambo zawadi" … "zawadi: poa" … "juma: sawa"); then the other mentions of a one-word
/// speaker in the text ("mambo zawadi").
enum ChatSpeakerDetector {
    /// At most this many speaker lines are weighed in a text, which keeps the work linear.
    static let capacity = 32

    /// The words of a speaker line, and whether a time goes with them (before the name or after it).
    private struct Line {
        var first: Int
        var last: Int
        var hash: UInt64
        var timed: Bool
    }

    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        // The tokenizer lists the colons, so they are found without reading every token. The lines are
        // kept in temporary memory, and their words looked up only when the lines could make a transcript: the
        // labels of a form ("Name:", "Date:") are each written once, and nearly every text stops at that.
        withUnsafeTemporaryAllocation(of: Line.self, capacity: capacity) { buffer in
            var count = 0
            for c in context.anchors.colons {
                guard let line = speakerLine(context, colon: c) else { continue }
                buffer.initializeElement(at: count, to: line)
                count += 1
                if count == capacity { break }
            }
            guard isTranscript(UnsafeBufferPointer(rebasing: buffer[..<count])) else { return }
            // The writer's own lines ("yo: sí!!") are turns of the conversation, but name nobody.
            var kept = 0
            for n in 0..<count where isPlausibleSpeaker(context, buffer[n]) || isWriter(context, buffer[n]) {
                buffer[kept] = buffer[n]
                kept += 1
            }
            let lines = UnsafeBufferPointer(rebasing: buffer[..<kept])
            let conversation = isConversation(lines)
            var mentioned: [UInt64] = []
            for line in lines where (line.timed || conversation) && !isWriter(context, line) {
                candidates.add(.person, tokens: line.first, line.last, 0.7)
                let word = context.tokens[line.first].stemHash
                if line.first == line.last, !mentioned.contains(word) { mentioned.append(word) }
            }
            if !mentioned.isEmpty { addMentions(context, of: mentioned, &candidates) }
        }
    }

    /// The other mentions of one-word speakers, in lower case or not ("mambo zawadi").
    private static func addMentions(_ context: ScanContext, of words: [UInt64], _ candidates: inout CandidateList) {
        for k in 0..<context.tokens.count where context.tokens[k].isWord && !context.tokens[k].startsLine {
            let token = context.tokens[k]
            if words.contains(token.stemHash), context.startsCleanly(k), context.endsCleanly(k),
                !context.isSymbol(k + 1, 0x3A)
            {
                candidates.add(.person, token.start, token.stemEnd, 0.65)
            }
        }
    }

    /// Whether the lines could name speakers: one opens with a time, or they make a conversation.
    private static func isTranscript(_ lines: UnsafeBufferPointer<Line>) -> Bool {
        lines.contains(where: \.timed) || isConversation(lines)
    }

    /// Untimed speaker lines are a conversation when two speakers or more take turns and one speaks twice:
    /// the labels of a form ("Paciente:", "Médico:") are each written once.
    private static func isConversation(_ lines: UnsafeBufferPointer<Line>) -> Bool {
        var firstSpeaker: UInt64?
        var twoSpeakers = false
        var repeated = false
        for (n, line) in lines.enumerated() where !line.timed {
            if let first = firstSpeaker {
                twoSpeakers = twoSpeakers || line.hash != first
            } else {
                firstSpeaker = line.hash
            }
            repeated = repeated || lines[(n + 1)...].contains(where: { !$0.timed && $0.hash == line.hash })
        }
        return twoSpeakers && repeated
    }

    /// Whether every word of the line may be part of a name, or is the initial that ends it; and an untimed line's
    /// word is no label of an e-mail's header, which a reply repeats ("Van:", "Onderwerp:").
    private static func isPlausibleSpeaker(_ context: ScanContext, _ line: Line) -> Bool {
        if !line.timed, line.first == line.last, mailLabels[hash: context.tokens[line.first].hash] != nil {
            return false
        }
        if line.first < line.last, rolePhrases.contains(line.hash) { return false }
        return (line.first...line.last).allSatisfy {
            !context.tokens[$0].isWord || isInitial(context, $0, first: line.first, last: line.last)
                || isPlausibleName(context, $0)
        }
    }

    /// Whether token `k` is the "_" or "." that joins a handle's parts, glued to both.
    private static func isHandleJoint(_ context: ScanContext, _ k: Int) -> Bool {
        (context.isSymbol(k, 0x5F) || context.isSymbol(k, 0x2E)) && context.tokens[k].isAttached
            && context.tokens[k + 1].isAttached
    }

    /// Whether word `k` is the one letter that ends a speaker's name of words `first...last`: "priya d:".
    private static func isInitial(_ context: ScanContext, _ k: Int, first: Int, last: Int) -> Bool {
        k == last && k > first && context.tokens[k].length == 1
    }

    /// The speaker line whose colon is token `c`: one to three words right before it, or a handle of a word and up
    /// to three letters joined by "_" or "." ("sipho_m"), a title before them left out ("dr. hina"), and before
    /// those the start of the line or a time that opens it.
    private static func speakerLine(_ context: ScanContext, colon c: Int) -> Line? {
        let tokens = context.tokens
        guard c >= 1, tokens[c].isAttached else { return nil }
        // The time may come after the name instead: "priya 09:41: vpn keeps dropping", "nico 9:43 PM: same".
        let time = c >= 2 && context.isMeridiem(c - 1) ? c - 2 : c - 1
        if time >= 3, isTime(context, endingAt: time), !tokens[time - 2].isAttached,
            isSpeakerWord(context, time - 3)
        {
            return nameBeforeTime(context, endingAt: time - 3)
        }
        if let line = nameThenTime(context, colon: c) { return line }
        if let line = nameAfterBracketedTime(context, colon: c) { return line }
        let end = endBeforeRole(context, colon: c)
        guard isSpeakerWord(context, end) else { return nil }
        var first = end
        if end >= 2, tokens[end].length <= 3, isHandleJoint(context, end - 1), isSpeakerWord(context, end - 2) {
            first = end - 2  // A handle: "sipho_m:", "thandi.k:".
        } else {
            while first > 0, end - first < 2, !tokens[first].startsLine, isSpeakerWord(context, first - 1),
                !tokens[first - 1].lexicon.contains(.honorific)
            {
                first -= 1
            }
        }
        // Where the line opens is told from the tokens alone, before any word is looked up.
        var timed = false
        if !tokens[first].startsLine && first > 0 {
            // Titles before the name, with their periods ("dr. hina", "dott.ssa Ferri").
            var k = first - 1
            var opensLine = false
            while k >= 0, first - k <= 4, !tokens[k + 1].startsLine,
                tokens[k].isWord && tokens[k].lexicon.contains(.honorific) || context.isSymbol(k, 0x2E)
            {
                if tokens[k].startsLine || k == 0 {
                    opensLine = true
                    break
                }
                k -= 1
            }
            if !opensLine {
                guard k >= 0, opensLineWithTime(context, endingAt: k) else { return nil }
                timed = true
            }
        }
        // "Dato: 14. april 2025", "Sted: Aarhus", "Dato: 12/05/2025": an untimed label before a date is a form's field,
        // though a minute's form repeats it.
        if !timed, opensDate(context, c + 1) { return nil }
        return line(context, first, end, timed: timed)
    }

    /// Whether a date opens at token `k`: a number of one to four digits, then a slash, a period or a hyphen glued to
    /// it, and more of the line.
    private static func opensDate(_ context: ScanContext, _ k: Int) -> Bool {
        context.isNumber(k, digits: 1...4) && k + 2 < context.tokens.count && context.tokens[k + 1].isAttached
            && (context.isSymbol(k + 1, 0x2F) || context.isSymbol(k + 1, 0x2E) || context.isSymbol(k + 1, 0x2D))
            && !context.tokens[k + 2].startsLine
    }

    /// The token before the colon `c`, or before a role in brackets that comes between the name and its colon
    /// ("arman (kur'er):", "Sam (night shift):").
    private static func endBeforeRole(_ context: ScanContext, colon c: Int) -> Int {
        guard context.isSymbol(c - 1, 0x29) else { return c - 1 }
        var k = c - 2
        while k > 0, c - k <= 6, !context.isSymbol(k, 0x28), !context.tokens[k].startsLine { k -= 1 }
        guard k >= 1, context.isSymbol(k, 0x28), !context.tokens[k].isAttached, !context.tokens[k].startsLine
        else { return c - 1 }
        return k - 1
    }

    /// "bazza  9:05 AM  can do": a name that opens its line, then the time of the message, at most "am" or "pm",
    /// and a gap of two spaces or a dash before the message, as chat programs copy their messages; `c` is the
    /// colon of the time.
    private static func nameThenTime(_ context: ScanContext, colon c: Int) -> Line? {
        let tokens = context.tokens
        guard c >= 2, c + 1 < tokens.count, context.isNumber(c - 1, digits: 1...2), !tokens[c - 1].isAttached,
            tokens[c].isAttached, context.isNumber(c + 1, digits: 2...2, attached: true)
        else { return nil }
        var end = c + 1
        if context.isMeridiem(end + 1) { end += 1 }
        guard end + 1 < tokens.count, !tokens[end + 1].startsLine,
            tokens[end + 1].start - tokens[end].end >= 2 || context.isSymbol(end + 1, 0x2D),
            isSpeakerWord(context, c - 2)
        else { return nil }
        return nameBeforeTime(context, endingAt: c - 2)
    }

    /// "[10:14 AM] Whitfield, Dana", "[10:15] Ngozi Okafor (Parks)": a time in brackets that opens its line, then a
    /// name of one to four words alone on the rest of it (a comma inside it, surname first, and a role in brackets
    /// after it), as a chat program copies the header above a message's text; `c` is the colon of the time.
    private static func nameAfterBracketedTime(_ context: ScanContext, colon c: Int) -> Line? {
        let tokens = context.tokens
        guard c >= 2, context.isSymbol(c - 2, 0x5B), c == 2 || tokens[c - 2].startsLine,
            context.isNumber(c - 1, digits: 1...2, attached: true),
            context.isNumber(c + 1, digits: 2...2, attached: true)
        else { return nil }
        let close = context.isMeridiem(c + 2) ? c + 3 : c + 2
        let first = close + 1
        guard context.isSymbol(close, 0x5D), first < tokens.count, !tokens[first].startsLine else { return nil }
        var last = first
        var k = first
        var (words, commas) = (0, 0)
        while k < tokens.count, k == first || !tokens[k].startsLine {
            if tokens[k].isWord, !tokens[k].flags.contains(.hasDigit), words < 4 {
                words += 1
                last = k
            } else if context.isComma(k), words >= 1, commas == 0, k == last + 1 {
                commas += 1
            } else {
                break
            }
            k += 1
        }
        // The name ends its line, or a role in brackets does.
        if k < tokens.count, !tokens[k].startsLine, context.isSymbol(k, 0x28) {
            while k < tokens.count, !tokens[k].startsLine, !context.isSymbol(k, 0x29) { k += 1 }
            guard context.isSymbol(k, 0x29), !tokens[k].startsLine else { return nil }
            k += 1
        }
        guard tokens[first].isWord, last > close, k >= tokens.count || tokens[k].startsLine else { return nil }
        return line(context, first, last, timed: true)
    }

    /// The one or two words of a name that open their line right before a time ("priya 09:41:").
    private static func nameBeforeTime(_ context: ScanContext, endingAt last: Int) -> Line? {
        let tokens = context.tokens
        var first = last
        if !tokens[first].startsLine, first > 0, isSpeakerWord(context, first - 1) { first -= 1 }
        guard tokens[first].startsLine || first == 0 else { return nil }
        return line(context, first, last, timed: true)
    }

    /// The line whose speaker is named by tokens `first...last`, its words hashed together; nil when one of them
    /// is in a list no name is in.
    private static func line(_ context: ScanContext, _ first: Int, _ last: Int, timed: Bool) -> Line? {
        // A role before the name is no part of it: "의사 정민호:" (the doctor Jung Min-ho).
        var first = first
        while first < last, roles[hash: context.tokens[first].hash] != nil { first += 1 }
        var hash = WordHash.offsetBasis
        for k in first...last where context.tokens[k].isWord {
            guard isInitial(context, k, first: first, last: last) || hasNoExcludedList(context, k) else { return nil }
            hash = WordHash.combine(hash, context.tokens[k].stemHash)
        }
        return Line(first: first, last: last, hash: hash, timed: timed)
    }

    /// A word of a speaker's name: letters only, on the same line as what follows it.
    @inline(__always)
    private static func isSpeakerWord(_ context: ScanContext, _ k: Int) -> Bool {
        k >= 0 && context.tokens[k].isWord && !context.tokens[k].flags.contains(.hasDigit)
            && !context.tokens[k + 1].startsLine
    }

    /// No label, title or month, by the lists the tokenizer looked the word up in ("Note:", "Patient:"); but a
    /// month written in lower case that is also a given name is a chat's speaker ("jun:", "may:").
    @inline(__always)
    private static func hasNoExcludedList(_ context: ScanContext, _ k: Int) -> Bool {
        let excluded: LexiconClasses = [
            .identifierLabel, .personLabel, .honorific, .month, .weekday, .closing, .nonName, .organization,
            .phoneWord, .streetType, .birth,
        ]
        let token = context.tokens[k]
        guard token.length >= 2 else { return false }
        if token.lexicon.isDisjoint(with: excluded) { return true }
        return token.lexicon.isDisjoint(with: excluded.subtracting(.month)) && !token.isCapitalized
            && context.vocabulary.words.classes(of: token.stemHash).contains(.given)
    }

    /// Whether the line's speaker is the writer's "I" of one of many languages ("yo:", "moi:").
    private static func isWriter(_ context: ScanContext, _ line: Line) -> Bool {
        line.first == line.last && selfWords[hash: context.tokens[line.first].hash] != nil
    }

    /// No writer's "I" ("yo:") and no English word that is nobody's name ("am:", "Plan:").
    private static func isPlausibleName(_ context: ScanContext, _ k: Int) -> Bool {
        guard selfWords[hash: context.tokens[k].hash] == nil, roles[hash: context.tokens[k].hash] == nil else {
            return false
        }
        let classes = context.vocabulary.words.classes(of: context.tokens[k].stemHash)
        return !classes.contains(.common) || !classes.isDisjoint(with: [.given, .surname])
    }

    /// ``Lexicon/mailAddressLabels`` and ``Lexicon/mailHeaderLabels``.
    private static let mailLabels = KeywordTable(
        (Lexicon.mailAddressLabels + Lexicon.mailHeaderLabels).map { ($0, ()) })

    /// The roles a transcript names its speakers by, which no list of common words holds: in Chinese, Japanese or
    /// Korean customer service, customer, user, buyer, seller, driver, rider, shop assistant, system, counsellor, and
    /// a consultation's patient, doctor, nurse, pharmacist and family; a service desk's agent, adviser, operator and
    /// customer in Spanish, Portuguese, French, Italian, German and Dutch ("Agente: Con gusto, señor Huamán"), and
    /// the roles of a Russian workplace chat.
    private static let roles = KeywordTable((roleWords + cyrillicRoles.flatMap(bothCases)).map { ($0, ()) })

    private static let roleWords: [String] = [
        "客服", "顾客", "顧客", "客户", "客戶", "用户", "用戶", "买家", "賣家", "卖家", "買家", "司机", "司機", "骑手", "店员",
        "店員", "系统", "系統", "お客様", "担当者", "고객", "상담원", "상담사", "기사", "고객센터",
        // The patient, doctor, nurse, pharmacist and family of a Korean, Chinese or Japanese consultation.
        "환자", "의사", "간호사", "약사", "보호자", "患者", "病人", "医生", "醫生", "医師", "护士", "護士", "看護師",
        "药师", "藥師", "薬剤師", "家属", "家屬",
        "agente", "asesor", "asesora", "operador", "operadora", "atendente", "cliente", "usuario", "usuaria",
        "conseiller", "conseillere", "operatore", "operatrice", "kunde", "kundin", "klant", "medewerker",
    ]

    /// Roles of two words, as the line's words hash together: the landlord, customer, staff member, doctor, nurse,
    /// patient, manager and receptionist of a Vietnamese chat ("Chủ nhà: …"), folded as the tokenizer folds them.
    private static let rolePhrases: Set<UInt64> = Set(
        ["chủ nhà", "khách hàng", "nhân viên", "bác sĩ", "điều dưỡng", "bệnh nhân", "quản lý", "lễ tân"].map {
            $0.split(separator: " ").reduce(WordHash.offsetBasis) { WordHash.combine($0, WordHash.of(word: $1.utf8)) }
        })

    /// A Cyrillic word in lower case and capitalized.
    private static func bothCases(_ word: String) -> [String] { [word, word.prefix(1).uppercased() + word.dropFirst()] }

    /// Supervisor, operator, manager, customer, dispatcher, adviser, administrator and foreman in Russian, written
    /// in lower case and capitalized too (the tokenizer folds no Cyrillic capitals).
    private static let cyrillicRoles = [
        "супервайзер", "оператор", "менеджер", "клиент", "диспетчер", "консультант", "администратор", "бригадир",
    ]

    /// "I" and "me" of other languages, with which a transcript marks its writer's own lines ("yo: sí!!"), and the
    /// Vietnamese "Bạn" (you) with which a chat program marks them.
    private static let selfWords = KeywordTable([
        "yo", "moi", "eu", "io", "ich", "ik", "jag", "jeg", "mina", "ako", "saya", "aku", "toi", "mimi", "ja", "bạn",
    ].map { ($0, ()) })

    /// Whether tokens up to `end` open their line with a time: "[08:15]", "[7:02 p. m.]", "[12/03/2025, 09:14]",
    /// or, without brackets, a time and at most "pm" or a dash after it ("21:14", "9:05 am -").
    private static func opensLineWithTime(_ context: ScanContext, endingAt end: Int) -> Bool {
        let tokens = context.tokens
        var k = end
        if context.isSymbol(k, 0x5D) {
            var hasTime = false
            k -= 1
            while k >= 0, end - k < 14 {
                if context.isSymbol(k, 0x5B) { return hasTime && (k == 0 || tokens[k].startsLine) }
                if tokens[k].startsLine { return false }
                hasTime = hasTime || isTime(context, endingAt: k)
                k -= 1
            }
            return false
        }
        while k >= 0, end - k < 5, tokens[k].kind == .symbol || tokens[k].isWord && tokens[k].length <= 2 {
            if tokens[k].startsLine { return false }
            k -= 1
        }
        guard isTime(context, endingAt: k) else { return false }
        // The time opens the line, or a date and a comma do before it, as a WhatsApp export writes a line
        // ("14/03/2024, 19:02 - Chidi: …").
        var j = k - 2
        while j > 0, k - j < 8, !tokens[j].startsLine, tokens[j - 1].isNumber || tokens[j - 1].kind == .symbol {
            j -= 1
        }
        return j == 0 || tokens[j].startsLine
    }

    /// Hours and minutes ending at token `k`: "9:05", "21:14".
    @inline(__always)
    private static func isTime(_ context: ScanContext, endingAt k: Int) -> Bool {
        k >= 2 && context.isNumber(k, digits: 2...2) && context.isSymbol(k - 1, 0x3A)
            && context.isNumber(k - 2, digits: 1...2)
    }
}
