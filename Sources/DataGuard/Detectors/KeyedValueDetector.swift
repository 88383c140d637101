/// Values in structured data pasted as text, named by their key as a table's heading names a column (``TableHeading``):
/// JSON's `"last_name": "Quintero"`, `"member_id": "UM-448210"`, `"employee_id": 10231`, and the keys of YAML and
/// configuration files written as a program's names are, at a line's start with an underscore or a capital inside
/// (`last_name: Quintero`, `memberNumber: 448210`), and such keys inside a program's objects and arguments before a
/// value in quotes (`{ firstName: 'Dana' }`, `{'mrn': '00482914'}`). A label of prose ("Diagnosis: …", "Name: …") is
/// left to the detectors that read the words around it. Keys before "=" too, which prose does not write: a URL's query
/// and a form's fields (`last_name=Quintero&ssn=…`, `name=Dana+Whitfield`), a log's fields, a program's arguments and
/// its settings (`MEMBER_ID=448210`, `patient_name="Dana Whitfield"`, `WHERE surname = 'Volkov'`), XML's attributes, an
/// e-mail address or a phone a URL encodes (`email=dana%40example.org`); and XML's elements (`<MRN>00482913</MRN>`).
enum KeyedValueDetector {
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        let bytes = context.bytes
        for c in context.anchors.colons where bytes[context.tokens[c].start] == 0x3A {
            guard let (key, quoted) = key(context, before: c),
                let value = value(context, after: c, number: quoted)
            else { continue }
            add(context, key, value, &candidates)
        }
        guard context.anchors.hasKeySigns else { return }
        for s in context.tokens.indices where context.tokens[s].kind == .symbol {
            let b = bytes[context.tokens[s].start]
            guard b == 0x3D || b == 0x3E else { continue }
            let isEquals = b == 0x3D
            guard let key = signedKey(context, before: s, element: !isEquals),
                let value = isEquals ? assigned(context, after: s) : element(context, key, after: s)
            else { continue }
            if isEquals, let type = encodedType(context, key.name, value) {
                candidates.add(type, value.lowerBound, value.upperBound, 0.9)
                continue
            }
            add(context, key.name, value, &candidates)
        }
    }

    /// Proposes `value` as what the heading `key` names, if it names one and the value can be such. A bare "name" or a
    /// role ("contact", "member") names things as often as people, and a key has no other rows to tell which
    /// (`name = "Main Street"`, `<name>Steward Client</name>`): its value is a person's only where another detector
    /// found one in it, which the key then widens to the whole value.
    private static func add(
        _ context: ScanContext, _ key: Range<Int>, _ value: Range<Int>, _ candidates: inout CandidateList
    ) {
        guard let kind = TableHeading.of(context.bytes, key), kind.accepts(context, value, among: candidates),
            kind != .label && kind != .name || candidates.all.contains(where: {
                $0.type == .person && $0.start < value.upperBound && $0.end > value.lowerBound
            })
        else { return }
        candidates.add(kind.type, value.lowerBound, value.upperBound, kind.confidence)
    }

    /// The type of `value` when a URL's encoding hides it from the other rules and the heading `key` names it: an
    /// e-mail address with its "@" written "%40" (`email=dana%40example.org`), a phone with its "+" written "%2B"
    /// (`phone=%2B15552018834`).
    private static func encodedType(_ context: ScanContext, _ key: Range<Int>, _ value: Range<Int>) -> FindingType? {
        let bytes = context.bytes
        guard value.count >= 7, let percent = value.firstIndex(where: { bytes[$0] == 0x25 }),
            percent + 2 < value.upperBound,
            bytes[percent + 1] == 0x34 && bytes[percent + 2] == 0x30
                || bytes[percent + 1] == 0x32 && bytes[percent + 2] | 0x20 == 0x62
        else { return nil }
        let rest = (percent + 3)..<value.upperBound
        switch TableHeading.of(bytes, key) {
        case .email where bytes[percent + 1] == 0x34 && percent > value.lowerBound:
            // A local part, then a domain with a period and no other sign.
            let local = value.lowerBound..<percent
            guard local.allSatisfy({ ByteClass.isASCIIAlphanumeric(bytes[$0]) || isAddressSign(bytes[$0]) }),
                rest.contains(where: { bytes[$0] == 0x2E }), bytes[value.upperBound - 1] != 0x2E,
                rest.allSatisfy({ ByteClass.isASCIIAlphanumeric(bytes[$0]) || bytes[$0] == 0x2E || bytes[$0] == 0x2D })
            else { return nil }
            return .emailAddress
        case .phone where bytes[percent + 1] == 0x32 && percent == value.lowerBound:
            let digits = rest.count(where: { ByteClass.isDigit(bytes[$0]) })
            guard digits >= 6, digits <= 15,
                rest.allSatisfy({ ByteClass.isDigit(bytes[$0]) || bytes[$0] == 0x2D || bytes[$0] == 0x2E })
            else { return nil }
            return .phoneNumber
        default:
            return nil
        }
    }

    /// Whether `b` may join an e-mail address's local part: ".", "_", "-" or "+".
    private static func isAddressSign(_ b: UInt8) -> Bool { b == 0x2E || b == 0x5F || b == 0x2D || b == 0x2B }

    /// The key before the "=" or the element's ">" at `s`: words and numbers joined by "_", "-" and "." (and for an
    /// element, after "<" and a namespace's prefix, which `name` leaves out: `<hl7:surname>`), at most 40 bytes; the
    /// last a word. `tag` is all between "<" and ">", which the element's end repeats.
    private static func signedKey(_ context: ScanContext, before s: Int, element: Bool)
        -> (name: Range<Int>, tag: Range<Int>)?
    {
        let tokens = context.tokens
        guard s >= 1, tokens[s - 1].isWord, !element || tokens[s].isAttached else { return nil }
        var k = s - 1
        while k > 0, s - k < 10, tokens[k].isAttached, !tokens[k].startsLine, isKeyPart(context, k - 1) { k -= 1 }
        let name = tokens[k].start..<tokens[s - 1].end
        guard name.count <= 40 else { return nil }
        guard element else { return (name, name) }
        // "<", or "<" and a namespace's prefix and ":".
        var open = k - 1
        if open >= 2, context.isSymbol(open, 0x3A), tokens[open].isAttached, tokens[open - 1].isWord,
            tokens[open - 1].isAttached
        {
            open -= 2
        }
        guard open >= 0, context.isSymbol(open, 0x3C), tokens[open + 1].isAttached else { return nil }
        return (name, tokens[open].end..<tokens[s].start)
    }

    /// Whether token `k` may be part of a key: a word, a number, or "_", "-" or "." attached to the next token.
    private static func isKeyPart(_ context: ScanContext, _ k: Int) -> Bool {
        let token = context.tokens[k]
        guard token.kind == .symbol else { return true }
        let b = context.bytes[token.start]
        return (b == 0x5F || b == 0x2D || b == 0x2E) && context.tokens[k + 1].isAttached
    }

    /// The value after the "=" at `s`: a string in single or double quotes, without them, on its line; else the bytes
    /// up to a space, "&", ";", ",", a quote or a bracket. Nil when it is empty, runs over 120 bytes, or opens a
    /// template's or a variable's reference ("${", "{{", "$").
    private static func assigned(_ context: ScanContext, after s: Int) -> Range<Int>? {
        let bytes = context.bytes
        var start = context.tokens[s].end
        if start < bytes.count, bytes[start] == 0x3D { start += 1 }  // "=="
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        guard start < bytes.count else { return nil }
        let quote = bytes[start]
        var end = start
        if quote == 0x22 || quote == 0x27 {
            start += 1
            end = start
            while end < bytes.count, bytes[end] != quote, bytes[end] != 0x0A, end - start <= 120 { end += 1 }
            guard end < bytes.count, bytes[end] == quote else { return nil }
        } else {
            while end < bytes.count, end - start <= 120, !endsBareValue(bytes[end]) { end += 1 }
        }
        guard end > start, end - start <= 120, bytes[start] != 0x24, bytes[start] != 0x7B else { return nil }
        return start..<end
    }

    /// Whether `b` ends a value written without quotes after "=".
    private static func endsBareValue(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D, 0x26, 0x3B, 0x2C, 0x22, 0x27, 0x3C, 0x3E, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D: true
        default: false
        }
    }

    /// An element's text after its opening tag's ">" at `s`, up to the "<" of the closing tag that repeats `key.tag`,
    /// on the same line, at most 120 bytes, spaces around it left out.
    private static func element(_ context: ScanContext, _ key: (name: Range<Int>, tag: Range<Int>), after s: Int)
        -> Range<Int>?
    {
        let bytes = context.bytes
        var start = context.tokens[s].end
        var end = start
        while end < bytes.count, bytes[end] != 0x3C, bytes[end] != 0x0A, end - start <= 120 { end += 1 }
        let tag = key.tag
        let close = end + 2 + tag.count
        guard close < bytes.count, bytes[end] == 0x3C, bytes[end + 1] == 0x2F, bytes[close] == 0x3E,
            tag.allSatisfy({ bytes[$0] == bytes[end + 2 + $0 - tag.lowerBound] })
        else { return nil }
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        return end > start ? start..<end : nil
    }

    /// The key before colon `c`, and whether its value is a string in quotes or a number: a key in quotes, as JSON
    /// and a Python dictionary write it (`"last_name":`, `'mrn':`), or a program's name with an underscore or an inner
    /// capital opening its line (`last_name:`, `memberNumber:`; its value the rest of the line) or after "{", "(" or
    /// "," (`{ firstName: 'Dana' }`).
    private static func key(_ context: ScanContext, before c: Int) -> (Range<Int>, Bool)? {
        let tokens = context.tokens
        guard c >= 1, tokens[c].isAttached else { return nil }
        if context.isSymbol(c - 1, 0x22) || context.isSymbol(c - 1, 0x27) {
            let quote = context.bytes[tokens[c - 1].start]
            var k = c - 2
            while k >= 0, c - k <= 10, !context.isSymbol(k, quote), !tokens[k + 1].startsLine { k -= 1 }
            guard k >= 0, context.isSymbol(k, quote), k < c - 2, tokens[c - 1].start - tokens[k].end <= 40 else {
                return nil
            }
            return (tokens[k].end..<tokens[c - 1].start, true)
        }
        // Most colons end a label of prose, one word apart from what comes before it ("Name:"): asked first.
        guard tokens[c - 1].isAttached || tokens[c - 1].startsLine && !tokens[c - 1].isCapitalized
            || opensInlineKey(context, c - 2)
        else { return nil }
        var k = c - 1
        while k > 0, c - k < 8, tokens[k].isAttached, !tokens[k].startsLine, isKeyPart(context, k - 1) { k -= 1 }
        let inline = opensInlineKey(context, k - 1)
        guard k == 0 || tokens[k].startsLine || inline, tokens[k].isWord else { return nil }
        let key = tokens[k].start..<tokens[c - 1].end
        return isProgramName(context.bytes, key) ? (key, inline) : nil
    }

    /// Whether token `k` opens a key inside a line, as a program's object or arguments do (`{ firstName: 'Dana' }`,
    /// `create(first_name: "Marisol", …)`): "{", "(" or ",".
    private static func opensInlineKey(_ context: ScanContext, _ k: Int) -> Bool {
        context.isSymbol(k, 0x7B) || context.isSymbol(k, 0x28) || context.isSymbol(k, 0x2C)
    }

    /// Whether `key` is written as a program's name: ASCII letters, digits and underscores, with an underscore or a
    /// capital after a lower-case letter.
    private static func isProgramName(_ bytes: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) -> Bool {
        var joined = false
        for k in key {
            let b = bytes[k]
            if b == 0x5F || k > key.lowerBound && b &- 0x41 < 26 && bytes[k - 1] &- 0x61 < 26 {
                joined = true
            } else if !ByteClass.isASCIILetter(b), !ByteClass.isDigit(b) {
                return false
            }
        }
        return joined
    }

    /// The value after colon `c` on its line: a string in double or single quotes, without them; where `number`, a
    /// number, else the rest of the line (a YAML value, a trailing comma left out). Nil when it opens an object or a
    /// list, or runs over 120 bytes.
    private static func value(_ context: ScanContext, after c: Int, number: Bool) -> Range<Int>? {
        let bytes = context.bytes
        var start = context.tokens[c].end
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        guard start < bytes.count else { return nil }
        var end = start
        let quote = bytes[start]
        if quote == 0x22 || quote == 0x27 {
            start += 1
            end = start
            while end < bytes.count, bytes[end] != quote, bytes[end] != 0x0A, end - start <= 120 { end += 1 }
            guard end < bytes.count, bytes[end] == quote else { return nil }
        } else if number {
            while end < bytes.count, ByteClass.isDigit(bytes[end]) { end += 1 }
        } else {
            while end < bytes.count, bytes[end] != 0x0A, end - start <= 120 { end += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x2C { end -= 1 }
        }
        guard end > start, end - start <= 120, bytes[start] != 0x7B, bytes[start] != 0x5B else { return nil }
        return start..<end
    }
}
