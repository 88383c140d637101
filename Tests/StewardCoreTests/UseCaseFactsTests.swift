import Foundation
import StewardCore
import Testing

@Suite("Use-case facts in JSON")
struct UseCaseFactsTests {
    private func decode(_ json: String) throws -> UseCaseFacts {
        try JSONDecoder().decode(UseCaseFacts.self, from: Data(json.utf8))
    }

    @Test("a complete use case decodes with absent booleans false")
    func decodesComplete() throws {
        let facts = try decode(
            #"{"categories": ["generative"], "purposes": ["drafting"], "dataCategories": ["phi"], "tier": 3,"#
                + #" "scope": "enterprise", "hosting": "public-cloud", "decisionRole": "advisory", "humanReview": true}"#)

        #expect(facts.categories == [.generative])
        #expect(facts.dataCategories == [.phi])
        #expect(facts.tier == .decisions)
        #expect(facts[.humanReview])
        #expect(!facts[.vendorTrainsOnInputs])
    }

    @Test("an unknown fact is named with a suggestion")
    func unknownFact() {
        #expect {
            try decode(#"{"purpses": [], "tier": 1, "scope": "individual", "hosting": "on-premises"}"#)
        } throws: { error in
            let error = error as? DomainError
            return error?.code == .unknownFact && error?.message.contains("did you mean `purposes`") == true
        }
    }

    @Test("an unknown value names the field and the allowed values")
    func unknownValue() {
        #expect {
            try decode(#"{"dataCategories": ["phii"], "tier": 1, "scope": "individual", "hosting": "on-premises"}"#)
        } throws: { error in
            let error = error as? DomainError
            return error?.field == "dataCategories" && error?.message.contains("did you mean `phi`") == true
                && error?.message.contains("member-records") == true
        }
    }

    @Test("a missing tier is refused", arguments: ["tier", "scope", "hosting"])
    func missingRequired(field: String) {
        var object: [String: Any] = ["tier": 1, "scope": "individual", "hosting": "on-premises"]
        object[field] = nil
        let data = try! JSONSerialization.data(withJSONObject: object)
        #expect {
            try JSONDecoder().decode(UseCaseFacts.self, from: data)
        } throws: { error in (error as? DomainError)?.field == field }
    }

    @Test("encoding and decoding give back the same facts")
    func roundTrip() throws {
        let facts = UseCaseFacts(
            categories: [.nlp, .agentic], purposes: [.hiring], dataCategories: [.employeeRecords], tier: .decisions,
            scope: .department, hosting: .privateCloud, decisionRole: .determinative, flags: [.monitorsWorkers])

        let again = try JSONDecoder().decode(UseCaseFacts.self, from: JSONEncoder().encode(facts))

        #expect(again == facts)
    }

    @Test("every fact name parses back to itself")
    func factNamesRoundTrip() {
        for fact in Fact.allCases {
            #expect(Fact(rawValue: fact.rawValue) == fact)
        }
        #expect(Fact.allCases.count == 19)
    }
}
