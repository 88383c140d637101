import DataGuard
import Testing

@Suite("Contact cards (vCard) pasted as text")
struct VCardTests {
    static let card = "BEGIN:VCARD\nVERSION:3.0\nN:[[Quintero;Marisol]];;;\nFN:[[Marisol Quintero]]\n"
        + "BDAY:[[1984-09-30]]\nTEL;TYPE=CELL:[[+1-555-201-8834]]\nTEL;VALUE=uri;TYPE=home:tel:[[+1-555-201-7719]]\n"
        + "ADR;TYPE=HOME:;;[[1187 Harbor View Rd;Tacoma;WA;98422;USA]]\nNOTE:Shop steward\nEND:VCARD\r\n"

    static let cases: [DetectorCase] = [
        DetectorCase("the structured and the formatted name", .person, DetectorCase.keepingMarks(card, [0, 1])),
        DetectorCase("the birthday as a date of birth", .dateOfBirth, DetectorCase.keepingMarks(card, [2])),
        DetectorCase("the phones, one written as a URI", .phoneNumber, DetectorCase.keepingMarks(card, [3, 4])),
        DetectorCase("the address over its components", .streetAddress, DetectorCase.keepingMarks(card, [5])),
        DetectorCase(
            "no card's fields without its first line", .dateOfBirth, "N:Quintero;Marisol;;;\nBDAY:1984-09-30"),
    ]

    @Test("fields by their property", arguments: cases)
    func fields(_ example: DetectorCase) {
        example.expectMarkedFound()
    }
}
