import DataGuard
import Testing

/// Texts written apart from the benchmark corpus, in other voices (a chat message, a ticket, a clinic note), with
/// every identifier marked `[[TYPE:text]]`. Each marked span must be found with its type, and nothing else.
@Suite("Held-out texts")
struct HeldOutTextTests {
    static let texts = [
        "hey can u help me write a reply to [[PERSON:Keisha Washington]]? she emailed from "
            + "[[EMAIL_ADDRESS:k.washington88@gmail.com]] asking about her back pay. her number is "
            + "[[PHONE_NUMBER:(312) 555-0147]].",
        "Member [[PERSON:Oleksandr Petrenko]] (DOB [[DATE_OF_BIRTH:03/14/1979]]) was written up on "
            + "[[DATE:Jan 9, 2025]] for lateness. He says his [[HEALTH_CONDITION:sleep apnea]] is why. Local 57 is filing.",
        "Summarize: On [[DATE:the 2nd of February]], supervisor [[PERSON:Greg Hollis]] told [[PERSON:Priya Raman]] to "
            + "skip her break. [[PERSON:Priya]] takes [[HEALTH_CONDITION:insulin]] for [[HEALTH_CONDITION:type 1 diabetes]].",
        "Please draft a letter to [[STREET_ADDRESS:1420 Maple Ridge Rd, Apt 3B, Spokane, WA 99201]] for "
            + "[[PERSON:Tom O'Brien]] about his FMLA leave starting [[DATE:2025-04-01]].",
        "IT ticket 55213: user [[PERSON:Chen Wei]] cannot reach the VPN from [[IP_ADDRESS:10.44.2.17]]; last seen at "
            + "[[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]]. Badge [[EMPLOYEE_NUMBER:4471]].",
        "Payroll question - [[PERSON:Dolores Jimenez]], SSN [[US_SSN:512-44-9081]], card on file "
            + "[[CREDIT_CARD:4111 1111 1111 1111]]. She was shorted $212.50 for 14 hours.",
        "Patient [[PERSON:Samuel Okonkwo]], MRN [[MEDICAL_RECORD_NUMBER:00482913]], was seen for "
            + "[[HEALTH_CONDITION:major depressive disorder]] and started on [[HEALTH_CONDITION:sertraline]].",
        "Can you make this sound nicer: 'Dear Ms. [[PERSON:Albright]]' no wait, her first name is [[PERSON:Jennifer]]. "
            + "The meeting is at 3 p.m. in Room 204 at Lincoln High School.",
        "Grievance #2025-118 under Article 12. Grievant: [[PERSON:Luis Fernandez]]. Steward: [[PERSON:Angela Brooks]]. "
            + "Witness [[PERSON:Marcus Lee]] saw the incident on [[DATE:March 3rd]].",
        "The county transit authority in Orange County laid off 12 drivers. Call the hall at "
            + "[[PHONE_NUMBER:+1 714 555 0199]] or write to [[EMAIL_ADDRESS:hall@local1277.org]].",
        "[[PERSON:Nguyen Thi Lan]] has [[HEALTH_CONDITION:asthma]] and uses an [[HEALTH_CONDITION:albuterol]] inhaler; "
            + "she asked for an accommodation on [[DATE:5/6/24]].",
        "Note from Dr. [[PERSON:Abernathy]]: [[PERSON:Rachel Stein]] may return to light duty after her "
            + "[[HEALTH_CONDITION:rotator cuff tear]] surgery. Contact [[PHONE_NUMBER:617.555.0102]].",
        "Send the contract summary to [[PERSON:Bob]] and [[PERSON:Sandra Kowalski]] by Friday. Bargaining session is "
            + "in Springfield; we meet for 2 hours.",
        "Routing [[US_ROUTING_NUMBER:011000015]] account [[US_BANK_ACCOUNT:123456789012]] for the direct deposit of "
            + "[[PERSON:Hassan Ali]].",
        "[[PERSON:Emily Zhang]] lives at [[STREET_ADDRESS:88 Harbor View Drive, Portland, ME 04101]] and was born "
            + "[[DATE_OF_BIRTH:July 4, 1990]].",
    ]

    struct Span: Equatable, CustomStringConvertible {
        let type: String
        let start: Int
        let end: Int
        let text: String
        var description: String { "\(type) \(text.debugDescription)" }
    }

    /// The text without its markers, and the marked spans in Unicode scalars.
    static func parse(_ marked: String) -> (text: String, spans: [Span]) {
        var text = "", spans: [Span] = []
        var rest = Substring(marked)
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            text += rest[..<open.lowerBound]
            let inner = rest[open.upperBound..<close.lowerBound]
            let colon = inner.firstIndex(of: ":") ?? inner.startIndex
            let value = String(inner[inner.index(after: colon)...])
            let start = text.unicodeScalars.count
            text += value
            spans.append(Span(type: String(inner[..<colon]), start: start, end: text.unicodeScalars.count, text: value))
            rest = rest[close.upperBound...]
        }
        return (text + rest, spans)
    }

    /// Dates of birth are scored as dates, as the benchmark scores them.
    static func scoredClass(_ type: String) -> String { type == "DATE_OF_BIRTH" ? "DATE" : type }

    @Test("every class scores 1.0, as docs/performance.md reports")
    func score() {
        // Given, when
        let score = TextScore(texts: Self.texts, scanner: GuardScanner())
        // Then
        print(score.markdown)
        #expect(score.micro.f1 == 1)
    }

    @Test("every marked identifier is found with its type, and nothing unmarked", arguments: texts.indices)
    func heldOut(index: Int) {
        let (text, gold) = Self.parse(Self.texts[index])
        let found = GuardScanner().scan(text).map { finding in
            let scalars = Array(text.unicodeScalars)[finding.start..<finding.end]
            return Span(type: finding.type.rawValue, start: finding.start, end: finding.end,
                        text: String(String.UnicodeScalarView(scalars)))
        }

        func overlaps(_ a: Span, _ b: Span) -> Bool {
            a.start < b.end && b.start < a.end && Self.scoredClass(a.type) == Self.scoredClass(b.type)
        }
        for span in gold {
            #expect(found.contains { overlaps($0, span) }, "missed \(span)")
        }
        for finding in found {
            #expect(gold.contains { overlaps($0, finding) }, "flagged \(finding), which is not marked")
        }
    }
}
