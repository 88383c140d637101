import DataGuard

/// Per-class precision, recall and F1 of a scanner over texts marked `[[TYPE:text]]`: a finding is right
/// when it overlaps a marked span of its class, and a span is found when a finding of its class overlaps it.
struct TextScore {
    struct Tally: CustomStringConvertible {
        var gold = 0
        var found = 0
        var goldFound = 0
        var foundRight = 0
        var precision: Double { found == 0 ? 1 : Double(foundRight) / Double(found) }
        var recall: Double { gold == 0 ? 1 : Double(goldFound) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String { "gold \(gold), found \(found), P \(precision), R \(recall)" }

        static func + (a: Tally, b: Tally) -> Tally {
            Tally(gold: a.gold + b.gold, found: a.found + b.found, goldFound: a.goldFound + b.goldFound,
                  foundRight: a.foundRight + b.foundRight)
        }
    }

    private(set) var tallies: [String: Tally] = [:]
    /// What was missed or wrongly found, one line each.
    private(set) var errors: [String] = []

    init(texts: [String], scanner: GuardScanner) {
        for marked in texts {
            let (text, gold) = HeldOutTextTests.parse(marked)
            let scalars = Array(text.unicodeScalars)
            let found = scanner.scan(text).map { finding in
                HeldOutTextTests.Span(
                    type: HeldOutTextTests.scoredClass(finding.type.rawValue), start: finding.start, end: finding.end,
                    text: String(String.UnicodeScalarView(scalars[finding.start..<finding.end])))
            }
            let spans = gold.map { HeldOutTextTests.Span(
                type: HeldOutTextTests.scoredClass($0.type), start: $0.start, end: $0.end, text: $0.text) }
            func overlaps(_ a: HeldOutTextTests.Span, _ b: HeldOutTextTests.Span) -> Bool {
                a.type == b.type && a.start < b.end && b.start < a.end
            }
            for span in spans {
                let hit = found.contains { overlaps($0, span) }
                tallies[span.type, default: Tally()].gold += 1
                if hit { tallies[span.type, default: Tally()].goldFound += 1 } else { errors.append("missed \(span)") }
            }
            for finding in found {
                let right = spans.contains { overlaps($0, finding) }
                tallies[finding.type, default: Tally()].found += 1
                if right { tallies[finding.type, default: Tally()].foundRight += 1 } else { errors.append("wrong \(finding)") }
            }
        }
    }

    var micro: Tally { tallies.values.reduce(Tally(), +) }

    /// The classes the shared corpus marks and its scorer pools (DATE_OF_BIRTH counted as DATE): member, employee
    /// and bank numbers are DataGuard's own and left out.
    static let corpusClasses: Set<String> = [
        "PERSON", "DATE", "HEALTH_CONDITION", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "US_SSN",
        "IP_ADDRESS", "CREDIT_CARD", "MEDICAL_RECORD_NUMBER",
    ]

    /// The micro tally over ``corpusClasses`` only, as the corpus's scorer would pool it.
    var corpusMicro: Tally { tallies.filter { Self.corpusClasses.contains($0.key) }.values.reduce(Tally(), +) }

    /// The table for docs/performance.md, then the errors.
    var markdown: String {
        func row(_ name: String, _ t: Tally) -> String {
            "| \(name) | \(t.gold) | \(t.found) | " + [t.precision, t.recall, t.f1].map { fixed($0) }.joined(separator: " | ")
                + " |"
        }
        var lines = ["| class | gold | found | P | R | F1 |", "|---|---:|---:|---:|---:|---:|"]
        lines += tallies.keys.sorted().map { row($0, tallies[$0]!) }
        lines.append(row("micro", micro))
        lines.append(row("micro, the corpus's ten classes", corpusMicro))
        return (lines + [""] + errors).joined(separator: "\n")
    }

    private func fixed(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
