/// Each person's open steps in due order, whether the step names them or waits for anyone of their role: "What's
/// due" reads a range of each instead of walking every open step of the organization to find a worker's few.
struct AddStepOwnerIndexes: IndexMigration {
    static let indexes: [(name: String, table: String, columns: String)] = [
        ("review_steps_owner_status_due", "review_steps", "owner_id, status, due, id"),
        ("review_steps_role_status_due", "review_steps", "owner_role, owner_id, status, due, id"),
    ]
}
