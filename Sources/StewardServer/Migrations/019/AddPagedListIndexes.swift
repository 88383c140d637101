/// Reports, grievances, meetings, notes, a tool's moves and uses, units and contracts are read a page at a time: each
/// index holds its list's order with the id that breaks ties, so a page is one range read. The indexes they extend
/// go, since every read they served reads the new ones as well.
struct AddPagedListIndexes: IndexMigration {
    static let indexes: [Index] = [
        ("concern_reports_received_id", "concern_reports", "received_on, id"),
        ("concern_reports_reporter_received_id", "concern_reports", "reporter_id, received_on, id"),
        ("committee_meetings_held_id", "committee_meetings", "held_on, id"),
        ("notes_subject_created_id", "notes", "subject_type, subject_id, created_at, id"),
        ("use_cases_tool_title_id", "use_cases", "tool_id, title, id"),
        ("tool_transitions_tool_at_id", "tool_transitions", "tool_id, occurred_at, id"),
        ("bargaining_units_name_id", "bargaining_units", "name, id"),
        ("contracts_title_id", "contracts", "title, id"),
    ]
    static let replaced: [Index] = [
        ("notes_subject", "notes", "subject_type, subject_id"),
        ("use_cases_tool", "use_cases", "tool_id"),
        ("tool_transitions_tool", "tool_transitions", "tool_id"),
    ]
}
