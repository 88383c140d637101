import StewardCore
import Vapor

/// The inventory's filters as they arrive in a query string; unknown values are a 400 naming the parameter.
struct InventoryFilterQuery: Content {
    var q: String?
    var unit: String?
    var purpose: String?
    var dataCategory: String?

    func filter() throws -> InventoryFilter {
        func parse<Value>(_ text: String?, _ name: String, _ make: (String) -> Value?, allowed: [String]) throws -> Value? {
            guard let text, !text.isEmpty else { return nil }
            guard let value = make(text) else {
                throw StewardError(
                    .badRequest, "query parameter `\(name)`: unknown value `\(text)`"
                        + (allowed.isEmpty ? "; expected a unit id" : "; allowed: " + allowed.joined(separator: ", ")))
            }
            return value
        }
        return InventoryFilter(
            text: q, unitID: try parse(unit, "unit", BargainingUnitID.init, allowed: []),
            purpose: try parse(purpose, "purpose", Purpose.init(rawValue:), allowed: Fact.purposes.allowedValues),
            dataCategory: try parse(
                dataCategory, "dataCategory", DataCategory.init(rawValue:), allowed: Fact.dataCategories.allowedValues))
    }
}
