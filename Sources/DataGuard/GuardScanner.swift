import StewardCore

/// Finds personal data, PHI and confidential terms in text, in one pass over its UTF-8 bytes.
///
/// ```swift
/// let scanner = GuardScanner()
/// for finding in scanner.scan("Grievant: Thomas Conner, DOB 9/25/1971") {
///     print(finding.type, finding.start, finding.end)
/// }
/// // PERSON 10 23
/// // DATE_OF_BIRTH 29 38
/// ```
///
/// A scanner is immutable and can be shared between tasks. Scanning takes time linear in the length of
/// the text, whatever it holds.
public struct GuardScanner: Sendable {
    /// The organization's settings this scanner was made with.
    public let configuration: ScannerConfiguration
    private let settings: CompiledSettings

    /// Creates a scanner with the built-in detectors and the organization's additions.
    public init(configuration: ScannerConfiguration = ScannerConfiguration()) {
        self.configuration = configuration
        self.settings = CompiledSettings(configuration)
    }

    /// The findings in `text`, sorted by start, never overlapping.
    public func scan(_ text: String) -> [Finding] {
        var text = text
        return text.withUTF8 { bytes in scan(utf8: bytes) }
    }

    /// The data categories (`personal`, `phi`, …) of the findings in `text`.
    public func categories(in text: String) -> Set<DataCategory> {
        Set(scan(text).map(\.type.dataCategory))
    }

    private func scan(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        var context = ScanContext(bytes: bytes, vocabulary: .shared, settings: settings)
        StructuredDetector.detect(&context)
        NumberDetector.detect(&context)
        DateDetector.detect(&context)
        AddressDetector.detect(&context)
        IdentifierDetector.detect(&context)
        HealthDetector.detect(&context)
        PersonDetector.detect(&context)
        ConfidentialTermDetector.detect(&context)
        let resolved = Candidate.resolve(context.candidates)
        return ScalarOffsets.findings(resolved, in: bytes)
    }
}
