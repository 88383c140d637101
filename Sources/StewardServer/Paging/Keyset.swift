import Fluent
import Foundation

extension QueryBuilder where Model.IDValue == UUID {
    /// Rows in the order a list pages them: by `field` (largest or latest first when `descending`), the id breaking
    /// ties, so that every row has one place and a page can start right after any of them.
    func ordered<Field: QueryableProperty>(by field: KeyPath<Model, Field>, descending: Bool = false) -> Self
    where Field.Model == Model {
        sort(field, descending ? .descending : .ascending).sort(\._$id)
    }

    /// The rows that come after `last` in the order ``ordered(by:descending:)`` gives them.
    func after<Field: QueryableProperty>(_ last: Model, by field: KeyPath<Model, Field>, descending: Bool = false)
        -> Self where Field.Model == Model
    {
        guard let id = last.id, let value = last[keyPath: field].value else { return self }
        return group(.or) { later in
            later.filter(field, descending ? .lessThan : .greaterThan, value)
            later.group(.and) { same in
                same.filter(field, .equal, value)
                same.filter(\._$id, .greaterThan, id)
            }
        }
    }
}

extension Page where Item: Model, Item.IDValue == UUID {
    /// Cuts `fetched` to a page whose cursor is the last record's id.
    init(records fetched: [Item], limit: Int) {
        self.init(fetched: fetched, limit: limit) { $0.id?.uuidString.lowercased() ?? "" }
    }
}
