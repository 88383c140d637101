import DataGuard
import Testing

@Suite("HL7 version 2 messages pasted as text")
struct HL7Tests {
    static let message = "MSH|^~\\&|LAB|HOSP|EHR|HOSP|202503140912||ORU^R01|00012|P|2.5\n"
        + "PID|1||[[448102]]^^^HOSP^MR||[[Quintero^Marisol^A]]||[[19840930]]|F|||"
        + "[[1187 Harbor View Rd^^Tacoma^WA^98422]]||"
        + "[[(555)201-8834]]||||||[[512-44-8890]]\n"
        + "NK1|1|[[Quintero^Rosa]]|MTH\nPV1|1|I|4W^412^B||||1234^[[Okafor^Ngozi]]|||MED\n"
        + "DG1|1|I10|E11.9^[[Type 2 diabetes mellitus]]^I10\r\nOBX|1|TX|GLU^Glucose||7.2|mmol/L|||||F"

    static let cases: [DetectorCase] = [
        DetectorCase("a patient's, a relative's and a clinician's names", .person, names(message)),
        DetectorCase("a record number, the identifier's first component", .medicalRecordNumber, only(message, 0)),
        DetectorCase("a date of birth", .dateOfBirth, only(message, 2)),
        DetectorCase("an address, whole", .streetAddress, only(message, 3)),
        DetectorCase("a phone", .phoneNumber, only(message, 4)),
        DetectorCase("an SSN", .usSSN, only(message, 5)),
        DetectorCase("a coded diagnosis's text; a segment's name is no illness", .healthCondition, only(message, 8)),
        DetectorCase(
            "a coded diagnosis with no text, at the text's end", .healthCondition,
            "MSH|^~\\&|LAB\nDG1|1|I10|E11.9^"),
        DetectorCase(
            "no segment read without a message's header", .medicalRecordNumber,
            "PID|1||448102^^^HOSP^MR||Quintero^Marisol^A"),
    ]

    @Test("fields by their segment and number", arguments: cases)
    func fields(_ example: DetectorCase) {
        example.expectMarkedFound()
    }

    /// `marked` with the marks of its names kept (the second, seventh and eighth marked values) and no others.
    private static func names(_ marked: String) -> String { DetectorCase.keepingMarks(marked, [1, 6, 7]) }

    /// `marked` with only its `n`-th marked value (from zero) kept marked.
    private static func only(_ marked: String, _ n: Int) -> String { DetectorCase.keepingMarks(marked, [n]) }
}
