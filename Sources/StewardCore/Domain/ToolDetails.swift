import Foundation

/// The details a person gives when registering or editing an AI tool, before they are stored.
public struct ToolDetails: Hashable, Sendable, Codable {
    public var name: String
    public var vendor: String
    public var version: String
    public var categories: Set<ToolCategory>
    public var hosting: Hosting
    public var vendorTrainsOnInputs: Bool
    public var hipaaBAA: Bool
    public var contact: String
    public var description: String

    public init(
        name: String, vendor: String, version: String, categories: Set<ToolCategory>, hosting: Hosting,
        vendorTrainsOnInputs: Bool, hipaaBAA: Bool, contact: String, description: String
    ) {
        self.name = name.trimmed
        self.vendor = vendor.trimmed
        self.version = version.trimmed
        self.categories = categories
        self.hosting = hosting
        self.vendorTrainsOnInputs = vendorTrainsOnInputs
        self.hipaaBAA = hipaaBAA
        self.contact = contact.trimmed
        self.description = description.trimmed
    }

    /// Every problem with the details, one per field; empty when they can be stored.
    public func problems() -> [DomainError] {
        var problems: [DomainError] = []
        problems.require(name, "name", "the tool's name", maxLength: 200)
        problems.require(vendor, "vendor", "the vendor", maxLength: 200)
        problems.limit(version, "version", maxLength: 100)
        problems.require(contact, "contact", "who to contact about the tool", maxLength: 200)
        problems.limit(description, "description", maxLength: 5000)
        if categories.isEmpty {
            problems.append(DomainError(
                code: .invalidField, field: "categories", message: "choose at least one kind of AI the tool uses"))
        }
        return problems
    }
}

extension String {
    /// The text without white space at its ends; text that has none there, as stored text has, is returned as it
    /// is without Foundation's slower search.
    var trimmed: String {
        let ends = CharacterSet.whitespacesAndNewlines
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        guard ends.contains(first) || ends.contains(last) else { return self }
        return trimmingCharacters(in: ends)
    }
}

extension [DomainError] {
    mutating func require(_ value: String, _ field: String, _ what: String, maxLength: Int) {
        if value.isEmpty {
            append(DomainError(code: .invalidField, field: field, message: "enter \(what)"))
        } else {
            limit(value, field, maxLength: maxLength)
        }
    }

    mutating func limit(_ value: String, _ field: String, maxLength: Int) {
        if value.count > maxLength {
            append(DomainError(
                code: .invalidField, field: field, message: "\(field) is \(value.count) characters; at most \(maxLength)"))
        }
    }
}
