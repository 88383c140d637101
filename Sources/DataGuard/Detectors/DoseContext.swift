/// What says that a word names a medicine whatever list it is in: its form right before it ("Tab. Telma") or a
/// dose right after it ("Bisocard 2,5 mg", "Puran T4 50mcg", "Telma 40 OD"). Asked by the health detector, which
/// takes such a word for a medicine, and by the person detector, which takes it for no name.
enum DoseContext {
    /// Whether a dosage form ("Tab.", "Cap", "Inj.") comes right before token `k` on its line.
    static func followsDosageForm(_ tokens: TokenList, _ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        guard k >= 1, k < tokens.count, !tokens[k].startsLine else { return false }
        var before = k - 1
        if tokens.isSymbol(before, 0x2E, in: bytes), tokens[before].isAttached, before >= 1 { before -= 1 }
        return isDosageForm(tokens, before)
    }

    /// Whether token `k` is a dosage form ("Tab", "Caps"), which opens no name ("Tab Telma").
    static func isDosageForm(_ tokens: TokenList, _ k: Int) -> Bool {
        // Every form has three to seven letters: most words are ruled out before the table is read.
        tokens[k].isWord && tokens[k].length &- 3 < 5 && dosageForms[hash: tokens[k].hash] != nil
    }

    /// Whether a dose follows token `k` on its line: a number (with its decimals, "2,5", "47.5"), then a unit
    /// ("mg", "mcg", "µg", "ml", "tabs") or how often it is taken ("OD", "bd", "prn"). A concentration ("287
    /// mg/dL", "45 mg/L") is a laboratory result, and hundreds of millilitres are a day's fluids, not a dose.
    static func precedesDose(_ tokens: TokenList, _ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        var n = k + 1
        guard n < tokens.count, tokens[n].isNumber, !tokens[n].startsLine else { return false }
        if n + 2 < tokens.count, tokens.isSymbol(n + 1, 0x2E, in: bytes) || tokens.isSymbol(n + 1, 0x2C, in: bytes),
            tokens[n + 1].isAttached, tokens[n + 2].isNumber, tokens[n + 2].isAttached
        {
            n += 2
        }
        let unit = n + 1
        guard unit < tokens.count, !tokens[unit].startsLine else { return false }
        if tokens[unit].isWord {
            // Every unit and frequency has five letters or fewer.
            guard tokens[unit].length <= 5 else { return false }
            if frequencies[hash: tokens[unit].hash] != nil { return true }
            guard doseUnits[hash: tokens[unit].hash] != nil, !isConcentration(tokens, bytes, unit) else { return false }
            // "Nesteet 1500 ml", "intake 2000 ml": a day's fluids, not a dose.
            return tokens[unit].hash != millilitre || tokens[k + 1].length < 3
        }
        // "125 µg": the micro sign is a symbol of its own, the "g" a word glued to it.
        let start = tokens[unit].start
        return tokens[unit].length == 2 && bytes[start] == 0xC2 && bytes[start + 1] == 0xB5 && unit + 1 < tokens.count
            && tokens[unit + 1].isAttached && tokens[unit + 1].isWord && tokens[unit + 1].length == 1
    }

    /// Whether how often a medicine is taken follows token `k` without a dose ("Panadeine prn", "Panadeine Forte
    /// nocte"), in abbreviations that no other language uses as a word after a name.
    static func precedesFrequency(_ tokens: TokenList, _ k: Int) -> Bool {
        let next = isRelease(tokens, k + 1) ? k + 2 : k + 1
        return next < tokens.count && tokens[next].isWord && !tokens[next].startsLine && tokens[next].length &- 3 < 3
            && bareFrequencies[hash: tokens[next].hash] != nil
    }

    /// The first word of a brand whose name ends at word `k`: the word before it when `k` is a strength or a
    /// release ("Puran T4", "Panadeine Forte") and that word is capitalized, set apart on the same line, and not
    /// before `lowest`; else `k`.
    static func brandStart(_ tokens: TokenList, endingAt k: Int, notBefore lowest: Int = 0) -> Int {
        let strength = tokens[k].flags.contains(.hasDigit) || isRelease(tokens, k)
        guard strength, k - 1 >= lowest, k >= 1, !tokens[k].startsLine, !tokens[k].isAttached,
            tokens[k - 1].isWord, tokens[k - 1].isCapitalized
        else { return k }
        return k - 1
    }

    /// Whether token `k` is a word of strength or release on the line of the word before it ("Forte", "SR").
    static func isRelease(_ tokens: TokenList, _ k: Int) -> Bool {
        k < tokens.count && tokens[k].isWord && !tokens[k].startsLine && tokens[k].length &- 2 < 5
            && releases[hash: tokens[k].hash] != nil
    }

    /// Words of strength or release that follow a brand ("Panadeine Forte", "Beloc Zok Mite").
    private static let releases = KeywordTable(
        ["forte", "retard", "mite", "duo", "comp", "depot", "plus", "zok", "sr", "xr", "mr", "cr", "xl", "la", "er"]
            .map { ($0, ()) })

    /// "mg/dL", "mmol/L", "mg/mmol": a unit over a volume or an amount of substance, a laboratory result's unit.
    static func isConcentration(_ tokens: TokenList, _ bytes: UnsafeBufferPointer<UInt8>, _ unit: Int) -> Bool {
        tokens.isSymbol(unit + 1, 0x2F, in: bytes) && tokens[unit + 1].isAttached && unit + 2 < tokens.count
            && tokens[unit + 2].isAttached && volumes[hash: tokens[unit + 2].hash] != nil
    }

    private static let dosageForms = KeywordTable(
        ["tab", "tabs", "tablet", "tbl", "tabl", "cap", "caps", "capsule", "inj", "syr", "syrup", "susp", "amp"]
            .map { ($0, ()) })

    private static let doseUnits = KeywordTable(
        ["mg", "mcg", "ug", "g", "ml", "iu", "ie", "units", "gtt", "tabs", "tab", "caps", "puffs"].map { ($0, ()) })

    /// How often a dose is taken, as prescriptions abbreviate it in English and Latin.
    private static let frequencies = KeywordTable(
        ["od", "bd", "bid", "tid", "tds", "qid", "qds", "qd", "hs", "prn", "nocte", "mane", "stat"].map { ($0, ()) })

    private static let millilitre = WordHash.of(word: Substring("ml").utf8)

    private static let bareFrequencies = KeywordTable(["prn", "nocte", "mane", "tds", "qds", "qid"].map { ($0, ()) })

    private static let volumes = KeywordTable(["dl", "l", "ml", "100ml", "mmol", "mol"].map { ($0, ()) })
}
