/// Each reader's own open action items, follow-ups and plans are read on every visit to What's due: each is found
/// by its owner among the ones not done, however many the organization keeps.
struct AddOwnWorkIndexes: IndexMigration {
    static let indexes: [Index] = [
        ("committee_actions_owner_done", "committee_actions", "owner_id, done_on"),
        ("audit_findings_owner_done", "audit_findings", "owner_id, done_on"),
        ("classification_plans_owner_done", "classification_plans", "owner_id, done_on"),
    ]
}
