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

    /// One page of these rows in the order ``ordered(by:descending:)`` gives them, from just after the row the page's
    /// cursor names, keyed by the last row's id. A row that `isListed` says is not among these (another person's,
    /// another tool's, in a zone the reader cannot read) is refused as no cursor of this list, like an id that names
    /// nothing, so that a cursor tells nothing about rows the reader may not see.
    func page<Field: QueryableProperty>(
        _ page: PageRequest, by field: KeyPath<Model, Field>, descending: Bool = false,
        isListed: (Model) -> Bool = { _ in true }
    ) async throws -> Page<Model> where Field.Model == Model {
        if let last = try await page.afterRecord(Model.self, on: database) {
            guard isListed(last) else { throw PageRequest.notACursor(page.after ?? "") }
            _ = after(last, by: field, descending: descending)
        }
        let fetched = try await ordered(by: field, descending: descending).limit(page.limit + 1).all()
        return Page(records: fetched, limit: page.limit)
    }
}

extension Page where Item: Model, Item.IDValue == UUID {
    /// Cuts `fetched` to a page whose cursor is the last record's id.
    init(records fetched: [Item], limit: Int) {
        self.init(fetched: fetched, limit: limit) { $0.id?.uuidString.lowercased() ?? "" }
    }
}
