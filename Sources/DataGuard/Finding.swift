/// One piece of personal data, PHI or a confidential term found in a text.
///
/// Offsets count Unicode scalars from the start of the scanned text, as Python indexes a string, and
/// `end` is exclusive.
///
/// ```swift
/// let finding = GuardScanner().scan("Call 415-555-0100.")[0]
/// // finding.type == .phoneNumber, finding.start == 5, finding.end == 17
/// ```
public struct Finding: Hashable, Sendable, Codable {
    /// What was found.
    public let type: FindingType
    /// The offset of the first Unicode scalar of the finding.
    public let start: Int
    /// The offset just past the last Unicode scalar of the finding.
    public let end: Int
    /// How sure the scanner is, from 0 to 1.
    public let confidence: Double

    /// Creates a finding of `type` over the scalars `start..<end`.
    public init(type: FindingType, start: Int, end: Int, confidence: Double) {
        self.type = type
        self.start = start
        self.end = end
        self.confidence = confidence
    }
}
