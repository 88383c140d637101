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
        scan(text, window: Self.window)
    }

    /// The data categories (`personal`, `phi`, …) of the findings in `text`, as ``categories(of:findings:)`` gives
    /// them.
    public func categories(in text: String) -> Set<DataCategory> {
        Self.categories(of: [text], findings: [scan(text)])
    }

    /// The data categories of texts sent together, such as a chat's messages, from their findings (one array a
    /// text): each finding type's category, but a health condition is PHI only where the texts make it someone's,
    /// naming or numbering a person or speaking of one ("my son", "the patient"); a condition no one has, as in a
    /// study's summary, gives no category.
    public static func categories(of texts: [String], findings: [[Finding]]) -> Set<DataCategory> {
        var categories = Set(findings.joined().lazy.filter { $0.type != .healthCondition }.map(\.type.dataCategory))
        if findings.joined().contains(where: { $0.type == .healthCondition }),
            HealthSubject.isSomeones(texts, findings: findings)
        {
            categories.insert(.phi)
        }
        return categories
    }

    /// The most bytes scanned as one piece: a longer text is cut into pieces at line breaks (or, failing
    /// that, spaces) and each piece is scanned on its own, so that its tokens stay in the processor's
    /// cache (and within the 32-bit offsets of ``Token``). A name is linked to its later mentions only
    /// within a piece.
    static let window = 1 << 17

    /// ``scan(_:)`` with pieces of at most `window` bytes.
    func scan(_ text: String, window: Int) -> [Finding] {
        var text = text
        return text.withUTF8 { bytes in ScalarOffsets.findings(candidates(in: bytes, window: window), in: bytes) }
    }

    /// The findings in the UTF-8 text `bytes`, with byte offsets: sorted by start, never overlapping. Digits of
    /// Arabic, Persian, Urdu and South Asian text are read as ASCII digits (``LocalDigits``).
    func candidates(in bytes: UnsafeBufferPointer<UInt8>, window: Int = Self.window) -> [Candidate] {
        if let found = pieces(of: bytes, window: window) { return found }
        // The tokenizer met a digit that the detectors read only as ASCII: the text is scanned again, folded.
        let (folded, folds) = LocalDigits.folded(bytes)
        let found = folded.withUnsafeBufferPointer { pieces(of: $0, window: window) }
        return LocalDigits.unfolded(found ?? [], folds: folds)
    }

    /// The findings in `bytes`, scanned in pieces of at most `window` bytes; nil when a piece has digits to fold.
    private func pieces(of bytes: UnsafeBufferPointer<UInt8>, window: Int) -> [Candidate]? {
        // The header of a table a piece ends in, under which the next piece's first lines are read.
        var table: TableDetector.Header?
        guard bytes.count > window else { return detect(in: bytes, table: &table).map(Candidate.resolve) }
        var candidates: [Candidate] = []
        var start = 0
        while start < bytes.count {
            let end = Self.pieceEnd(bytes, from: start, window: window)
            let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard let found = detect(in: piece, table: &table) else { return nil }
            candidates += Candidate.resolve(found).map { $0.shifted(by: start) }
            start = end
        }
        return candidates
    }

    /// Where the piece that starts at `start` ends: at most `window` bytes on, just after the last line
    /// break of its second half, else after its last sentence end (". "), else after its last space,
    /// else at a scalar boundary.
    private static func pieceEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, window: Int) -> Int {
        guard bytes.count - start > window else { return bytes.count }
        let limit = start + window
        let half = start + window / 2
        let cuts: [(UInt8, UInt8?)] = [(0x0A, nil), (0x20, 0x2E), (0x20, nil)]
        for (separator, before) in cuts {
            var end = limit
            while end > half, bytes[end - 1] != separator || (before.map { bytes[end - 2] != $0 } ?? false) {
                end -= 1
            }
            if end > half { return end }
        }
        var end = limit
        while ByteClass.isContinuation(bytes[end]) { end -= 1 }
        return end
    }

    /// The candidates in `bytes`, or nil when they have Arabic-Indic, Persian or South Asian digits (``LocalDigits``);
    /// `table` is the header of a table the text before ended in, and becomes that of the table `bytes` ends in.
    private func detect(in bytes: UnsafeBufferPointer<UInt8>, table: inout TableDetector.Header?) -> [Candidate]? {
        Tokenizer.withTokens(of: bytes, lexicon: Lexicon.table) { tokens, anchors in
            guard !anchors.hasLocalDigits else { return nil }
            let context = ScanContext(
                bytes: bytes, tokens: tokens, anchors: anchors, vocabulary: .shared, settings: settings)
            var candidates = CandidateList(context)
            StructuredDetector.detect(context, &candidates)
            NumberDetector.detect(context, &candidates)
            NumberDetector.gluedToEastAsianLetters(context, &candidates)
            DateDetector.detect(context, &candidates)
            AddressDetector.detect(context, &candidates)
            UncasedAddressDetector.detect(context, &candidates)
            let clinicalOnly = IdentifierDetector.detect(context, &candidates)
            HealthDetector.detect(context, &candidates)
            IdentifierDetector.addClinical(clinicalOnly, context, &candidates)
            PersonDetector.detect(context, &candidates)
            UncasedNameDetector.detect(context, &candidates)
            EastAsianNameDetector.detect(context, &candidates)
            ChatSpeakerDetector.detect(context, &candidates)
            ContactPhoneDetector.detect(context, &candidates)
            ConfidentialTermDetector.detect(context, &candidates)
            HL7Detector.detect(context, &candidates)
            KeyedValueDetector.detect(context, &candidates)
            VCardDetector.detect(context, &candidates)
            table = TableDetector.detect(context, &candidates, continuing: table)
            return candidates.all
        }
    }
}
