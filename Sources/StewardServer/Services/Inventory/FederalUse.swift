import StewardCore

/// How one row of a federal inventory enters Steward: the bargaining unit it is placed in, the tool it is a use of,
/// and the use's facts, as far as the row settles them (``OMB2025UseFacts``).
///
/// - Unit: the first of the row's `affected_units` (a file Steward wrote), else the agency, named `agency_name`
///   with `agency` as its local; the federal file names agencies and bureaus, not bargaining units.
/// - Tool: named after the use case (the federal inventory reports systems use by use, not product by product),
///   from `vendor_name`, or from the agency itself when the row names no vendor; the classification gives its
///   category and `contact_email` its contact.
/// - Facts the row does not settle are stored at the value that asks for the most review without deciding the use
///   by itself: tier 3 (analysis or decisions), enterprise-wide, hosted in a public cloud, and advisory (a person
///   decides; "the system decides" would prohibit many uses outright on no evidence). The use's page lists them as
///   unknown until someone answers them by editing the use.
struct FederalUse: Sendable {
    /// The unit's name and local.
    let unitName: String
    let unitLocal: String
    let tool: ToolDetails
    let title: String
    let facts: OMB2025UseFacts

    /// The values stored for facts a federal row does not settle (see the type's documentation).
    static let unknownTier = Tier.decisions
    static let unknownScope = Scope.enterprise
    static let unknownHosting = Hosting.publicCloud
    static let unknownDecisionRole = DecisionRole.advisory

    init(_ row: OMB2025File.Row, affectedUnits: [String]) {
        let record = row.record
        facts = OMB2025UseFacts(record)
        let agency = record[.agencyName].trimmed.isEmpty ? record[.agency].trimmed : record[.agencyName].trimmed
        let unit = affectedUnits.first?.trimmed ?? ""
        unitName = (unit.isEmpty ? (agency.isEmpty ? "Federal agency" : agency) : unit).clipped(to: 120)
        unitLocal = (record[.agency].trimmed.isEmpty ? unitName : record[.agency].trimmed).clipped(to: 120)
        title = (facts.title.isEmpty ? "Unnamed use on line \(row.line ?? 0)" : facts.title).clipped(to: 200)
        tool = ToolDetails(
            name: title, vendor: (facts.vendor.isEmpty ? unitName : facts.vendor).clipped(to: 200), version: "",
            categories: facts.categories, hosting: Self.unknownHosting, vendorTrainsOnInputs: false, hipaaBAA: false,
            contact: facts.contact.clipped(to: 200), description: facts.description.clipped(to: 5000))
    }

    /// The use's facts as a draft in `unitID`.
    func draft(in unitID: BargainingUnitID) -> UseCaseDraft {
        UseCaseDraft(
            unitID: unitID, title: title, description: facts.description.clipped(to: 5000), purposes: facts.purposes,
            dataCategories: facts.dataCategories, tier: facts.tier ?? Self.unknownTier, scope: Self.unknownScope,
            decisionRole: Self.unknownDecisionRole, flags: [])
    }

    /// The use's own facts that the row does not settle, for a person to answer by editing the use; the tool's
    /// facts (its kinds of AI, hosting, the vendor's training and a HIPAA agreement) belong to the tool's page.
    var unknownFacts: [Fact] {
        facts.unknown.filter { fact in
            switch fact {
            case .categories, .hosting: false
            case .flag(let flag): !UseCase.toolFlags.contains(flag)
            case .purposes, .dataCategories, .tier, .scope, .decisionRole: true
            }
        }
    }

    /// The key a tool is found by: its name and vendor, without regard to case.
    static func toolKey(name: String, vendor: String) -> String {
        name.lowercased() + "\u{1F}" + vendor.lowercased()
    }
}

extension String {
    /// The text cut to at most `limit` characters, ending in an ellipsis when it was cut.
    func clipped(to limit: Int) -> String {
        count <= limit ? self : String(prefix(limit - 1)).trimmed + "…"
    }

    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
