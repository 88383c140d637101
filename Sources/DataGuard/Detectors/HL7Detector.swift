/// Messages of HL7 version 2, as hospital systems exchange them and as they get pasted: one segment a line
/// ("PID|1||448102^^^HOSP^MR||Quintero^Marisol^A||19840930|F|||1187 Harbor View Rd^^Tacoma^WA^98422"), its fields
/// apart by "|" and their components by "^". Read only in a text with a message header ("MSH|" opening a line). The
/// fields of a patient's, a relative's, a guarantor's, an insured's or a clinician's name, of identifiers, dates of
/// birth, addresses, phones and SSNs, and a diagnosis's text are findings, whole; a segment's name ("PID", also an
/// illness's abbreviation) and a finding of another rule across two fields are none.
enum HL7Detector {
    static func detect(_ context: ScanContext, _ candidates: inout CandidateList) {
        let bytes = context.bytes
        guard context.anchors.delimiters.contains(where: { opensHeader(context, $0) }) else { return }
        var cuts = CellEdges()
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            if let name = segmentName(bytes, start..<end) {
                segment(name, bytes, start..<end, context, &candidates, &cuts)
            }
            start = end + 1
        }
        cuts.ruleOut(&candidates)
    }

    /// Whether pipe token `d` follows "MSH" at a line's start.
    private static func opensHeader(_ context: ScanContext, _ d: Int) -> Bool {
        let tokens = context.tokens
        guard d >= 1, tokens[d].isAttached, tokens[d - 1].length == 3, d == 1 || tokens[d - 1].startsLine,
            context.isSymbol(d, 0x7C)
        else { return false }
        let s = tokens[d - 1].start
        return context.bytes[s] == 0x4D && context.bytes[s + 1] == 0x53 && context.bytes[s + 2] == 0x48
    }

    /// The segment's name that opens `line` (three capitals or digits before a pipe), packed in an integer.
    private static func segmentName(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> UInt32? {
        let s = line.lowerBound
        guard line.count >= 4, bytes[s + 3] == 0x7C else { return nil }
        var name: UInt32 = 0
        for k in s..<(s + 3) {
            let b = bytes[k]
            guard b &- 0x41 < 26 || ByteClass.isDigit(b) else { return nil }
            name = name << 8 | UInt32(b)
        }
        return name
    }

    /// Proposes the findings of the segment `line` named `name`, noting its name and its fields' edges in `cuts`.
    private static func segment(
        _ name: UInt32, _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ context: ScanContext,
        _ candidates: inout CandidateList, _ cuts: inout CellEdges
    ) {
        cuts.headings.append(line.lowerBound..<(line.lowerBound + 3))
        let fields = fieldsKinds[name] ?? [:]
        var field = 0
        var start = line.lowerBound + 4
        for k in (line.lowerBound + 3)..<line.upperBound where bytes[k] == 0x7C {
            cuts.edges.append(k)
            if k > line.lowerBound + 3 {
                propose(fields[field], bytes, start..<k, context, &candidates)
                start = k + 1
            }
            field += 1
        }
        propose(fields[field], bytes, start..<line.upperBound, context, &candidates)
    }

    /// Proposes the value of a field of kind `kind` over `field`, if it has one.
    private static func propose(
        _ kind: FieldKind?, _ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>, _ context: ScanContext,
        _ candidates: inout CandidateList
    ) {
        guard let kind, !field.isEmpty else { return }
        var value = field
        switch kind {
        case .identifier(let type):
            // An identifier's first component: "448102^^^HOSP^MR".
            value = field.lowerBound..<(field.first { bytes[$0] == 0x5E } ?? field.upperBound)
            guard value.count(where: { ByteClass.isDigit(bytes[$0]) }) >= 3 else { return }
            candidates.add(type, value.lowerBound, value.upperBound, 0.9)
        case .clinician:
            // An identifier, then the family and given names: "1234^Okafor^Ngozi^^^Dr".
            guard let caret = field.first(where: { bytes[$0] == 0x5E }) else { return }
            value = (caret + 1)..<field.upperBound
            fallthrough
        case .values(.person):
            value = trimmedComponents(bytes, value)
            guard value.count(where: { ByteClass.isASCIILetter(bytes[$0]) || bytes[$0] >= 0x80 }) >= 2 else { return }
            candidates.add(.person, value.lowerBound, value.upperBound, 0.9)
        case .diagnosis:
            // A coded diagnosis's text: "E11.9^Type 2 diabetes mellitus^I10".
            let parts = field.split(omittingEmptySubsequences: false) { bytes[$0] == 0x5E }
            guard parts.count >= 2, !parts[1].isEmpty else { return }
            value = parts[1]
            guard TableHeading.condition.accepts(context, value, among: candidates) else { return }
            candidates.add(.healthCondition, value.lowerBound, value.upperBound, 0.9)
        case .values(let heading):
            // An address field is one whatever its components hold; a phone field's components may hold its use and
            // kind ("^PRN^PH^^1^555^2018834"), so its digits decide.
            value = trimmedComponents(bytes, value)
            guard !value.isEmpty,
                heading.accepts(context, value, among: candidates) || heading == .address
                    || heading == .phone && value.count(where: { ByteClass.isDigit(bytes[$0]) }) >= 7
            else { return }
            candidates.add(heading.type, value.lowerBound, value.upperBound, heading.confidence)
        }
    }

    /// `field` without the empty components that end it ("Quintero^Marisol^^^" as "Quintero^Marisol").
    private static func trimmedComponents(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Range<Int> {
        var end = field.upperBound
        while end > field.lowerBound, bytes[end - 1] == 0x5E || bytes[end - 1] == 0x20 { end -= 1 }
        return field.lowerBound..<end
    }

    /// What a field holds: a value as a table's heading names it, an identifier of a type (its first component), a
    /// clinician (an identifier, then the name), or a coded diagnosis.
    private enum FieldKind {
        case values(TableHeading)
        case identifier(FindingType)
        case clinician
        case diagnosis
    }

    /// The fields read, by segment (its name packed as ``segmentName(_:_:)`` packs it) and field number (HL7's, after
    /// the segment's name: "PID-5" is the patient's name).
    private static let fieldsKinds: [UInt32: [Int: FieldKind]] = {
        func name(_ segment: String) -> UInt32 { segment.utf8.reduce(0) { $0 << 8 | UInt32($1) } }
        return [
            name("PID"): [
                2: .identifier(.medicalRecordNumber), 3: .identifier(.medicalRecordNumber),
                4: .identifier(.medicalRecordNumber), 5: .values(.person), 6: .values(.person),
                7: .values(.dateOfBirth), 11: .values(.address), 13: .values(.phone), 14: .values(.phone),
                18: .identifier(.medicalRecordNumber), 19: .values(.ssn), 20: .identifier(.nationalID),
            ],
            name("NK1"): [2: .values(.person), 4: .values(.address), 5: .values(.phone), 6: .values(.phone)],
            name("GT1"): [3: .values(.person), 5: .values(.address), 6: .values(.phone), 7: .values(.phone),
                12: .values(.ssn)],
            name("IN1"): [16: .values(.person), 19: .values(.address), 36: .identifier(.memberNumber),
                49: .identifier(.memberNumber)],
            name("PV1"): [7: .clinician, 8: .clinician, 9: .clinician, 17: .clinician],
            name("ORC"): [12: .clinician],
            name("OBR"): [16: .clinician],
            name("DG1"): [3: .diagnosis],
        ]
    }()
}
