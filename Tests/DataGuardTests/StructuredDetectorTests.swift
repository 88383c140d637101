import DataGuard
import Testing

@Suite("E-mail, IP, SSN, card and phone detectors")
struct StructuredDetectorTests {
    static let cases: [DetectorCase] = [
        DetectorCase("email plain", .emailAddress, "write to [[tconner@yahoo.com]]."),
        DetectorCase("email with plus and dots", .emailAddress, "cc [[ana.m+hr@mail.union-local.org]], thanks"),
        DetectorCase("email without a top-level domain", .emailAddress, "user@localhost is not one"),
        DetectorCase("handle is no email", .emailAddress, "ping @dana on chat"),
        DetectorCase("ipv4", .ipAddress, "login came from [[215.152.47.162]], his home."),
        DetectorCase("ipv4 octet over 255", .ipAddress, "from 215.152.47.262 today"),
        DetectorCase("version number is no ip", .ipAddress, "upgrade to 1.2.3.4.5 tonight"),
        DetectorCase("ipv6 full", .ipAddress, "from [[2001:0db8:85a3:0000:0000:8a2e:0370:7334]] at noon"),
        DetectorCase("ipv6 elided", .ipAddress, "address [[fe80::1ff:fe23:4567:890a]] and [[::1]]"),
        DetectorCase("clock time is no ipv6", .ipAddress, "at 10:30:45 we met"),
        DetectorCase("mac address is no ip", .ipAddress, "device 00:1A:2B:3C:4D:5E"),
        DetectorCase("ssn dashed", .usSSN, "SSN: [[736-97-6043]]"),
        DetectorCase("ssn spaced", .usSSN, "social security [[736 97 6043]]"),
        DetectorCase("ssn bare after label", .usSSN, "the SSN on it is [[637802213]], please"),
        DetectorCase("ssn area 666 is invalid", .usSSN, "SSN 666-12-3456"),
        DetectorCase("ssn area 9xx is invalid", .usSSN, "SSN 912-12-3456"),
        DetectorCase("ssn group 00 is invalid", .usSSN, "SSN 123-00-3456"),
        DetectorCase("bare nine digits without label", .usSSN, "order 637802213 shipped"),
        DetectorCase("card dashed", .creditCard, "card ([[2720-1052-4185-7558]]) and"),
        DetectorCase("card spaced", .creditCard, "Visa [[4111 1111 1111 1111]] exp"),
        DetectorCase("card whole", .creditCard, "number [[4111111111111111]]."),
        DetectorCase("card amex", .creditCard, "amex [[3782 822463 10005]]"),
        DetectorCase("card failing luhn", .creditCard, "ref 4111 1111 1111 1112"),
        DetectorCase("card failing luhn after the card's name", .creditCard, "Visa [[4716 2290 5518 3342]], exp 08/27"),
        DetectorCase("card failing luhn after a card word", .creditCard, "la tarjeta Visa [[4940 1923 5567 8841]]."),
        DetectorCase("phone dashed", .phoneNumber, "Phone: [[478-303-3325]]"),
        DetectorCase("phone parenthesized", .phoneNumber, "call [[(478) 303-3325]] now"),
        DetectorCase("phone dotted with extension", .phoneNumber, "call [[478.303.3325 x1234]] now"),
        DetectorCase("phone with country code", .phoneNumber, "call [[+1-478-303-3325]] now"),
        DetectorCase("phone 001 prefix", .phoneNumber, "call [[001-478-303-3325x55]] now"),
        DetectorCase("phone international", .phoneNumber, "London office [[+44 20 7946 0958]]."),
        DetectorCase("money is no phone", .phoneNumber, "back pay of $8,515.55 owed"),
        DetectorCase("clock time is no phone", .phoneNumber, "from 7:30 to 3:30"),
        DetectorCase("a record number of dotted pairs is no address", .ipAddress, "No. RM 00.14.52.81, BPJS"),
    ]

    @Test("finds exactly the marked spans", arguments: cases)
    func findsMarkedSpans(_ testCase: DetectorCase) {
        // Given
        let scanner = GuardScanner()
        // When
        let found = testCase.found(by: scanner)
        // Then
        #expect(found == testCase.expected)
    }
}
