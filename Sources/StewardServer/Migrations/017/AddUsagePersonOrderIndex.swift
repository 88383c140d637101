/// Each person's own calls, newest first, a page at a time: the id that breaks ties joins the index on person and
/// time, so a page is one range read in the list's order. The index it extends goes, since every read it served
/// reads the new one as well and each gateway call writes every index of the table.
struct AddUsagePersonOrderIndex: IndexMigration {
    static let indexes: [Index] = [("usage_events_person_at_id", "usage_events", "person_id, at, id")]
    static let replaced: [Index] = [("usage_events_person", "usage_events", "person_id, at")]
}
