import Foundation
import StewardCore
import Testing

@testable import StewardServer

/// Federal inventory files for the server's tests: small ones written here, and the published 2025 file read from
/// the shared test data (never from the repository).
enum FederalFixture {
    /// A federal record of an agency's use.
    static func record(
        _ name: String, id: String, stage: OMB2025.DevelopmentStage = .deployed,
        highImpact: OMB2025.HighImpact = .notHighImpact, vendor: String = "Quillworks"
    ) -> OMB2025Record {
        var record = OMB2025Record()
        record[.agency] = "DOE"
        record[.agencyName] = "Department of Examples"
        record[.id] = id
        record[.useCaseName] = name
        record[.agencyBureau] = "Office of Samples"
        record[.contactEmail] = "ai@examples.gov"
        record[.developmentStage] = stage.rawValue
        record[.isHighImpact] = highImpact.rawValue
        record[.classification] = OMB2025.Classification.generative.rawValue
        record[.problemSolved] = "Letters take too long; =SUM(A1) is not a formula here."
        record[.contractingUsage] = OMB2025.ContractingUsage.vendorPurchased.rawValue
        record[.vendorName] = vendor
        record[.demographicFeatures] = "['b) Sex', 'c) Age']"
        return record
    }

    /// The text of a file holding `records`.
    static func file(_ records: [OMB2025Record]) -> String { OMB2025File.write(records: records) }

    static let realFileName = "2025_individually_reported_AI_use_cases.csv"

    /// The published 2025 file: in `$STEWARD_SHARED_DATA/omb-2025-inventory/` when that is set, else in the first
    /// folder above this source file that holds `shared/data/omb-2025-inventory/`.
    static let realFile: URL? = SharedDataFile.find("omb-2025-inventory/" + realFileName)

    static let realFileMissing: Comment = """
        the federal inventory \(realFileName) was not found: set STEWARD_SHARED_DATA to the folder holding \
        omb-2025-inventory/, or put it in shared/data/ above the checkout
        """

    /// Whether `written` is `original` with an apostrophe before some formula starters and nothing else changed.
    static func isDefused(_ written: String, from original: String) -> Bool {
        let starters: Set<Unicode.Scalar> = [
            "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
        ]
        var rest = Substring(written).unicodeScalars[...]
        var expected = Substring(original).unicodeScalars[...]
        while let scalar = rest.first {
            if scalar == expected.first {
                expected = expected.dropFirst()
            } else if scalar != "'" || !(expected.first.map(starters.contains) ?? false)
                || rest.dropFirst().first != expected.first
            {
                return false
            }
            rest = rest.dropFirst()
        }
        return expected.isEmpty && written != original
    }
}

extension StewardHarness {
    /// Uploads a federal inventory file on the officer's import page.
    func importFederal(_ text: String, named name: String = "agency.csv", session: BrowserSession) async throws
        -> HTTPReply
    {
        try await submitMultipart(Paths.inventoryImports.href(), [], file: (name, "text/csv", text), session: session)
    }
}
