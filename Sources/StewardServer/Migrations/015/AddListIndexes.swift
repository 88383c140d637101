import Fluent
import SQLKit

/// Indexes for the lists and lookups that grow with an organization (issue 14): each page of a list is one range
/// read, and each record's children are found without reading the whole table.
struct AddListIndexes: IndexMigration {
    static let indexes: [(name: String, table: String, columns: String)] = [
        ("ai_tools_name_id", "ai_tools", "name, id"),
        ("ai_tools_status_name", "ai_tools", "status, name, id"),
        ("use_cases_tool", "use_cases", "tool_id"),
        ("use_cases_unit", "use_cases", "unit_id"),
        ("review_steps_use_case", "review_steps", "use_case_id"),
        // Open steps in due order with the id that breaks ties, so a page stops reading once it is full.
        ("review_steps_status_due", "review_steps", "status, due, id"),
        // Open steps of one kind in due order: the committee's agenda.
        ("review_steps_kind_status_due", "review_steps", "kind, status, due, id"),
        ("tool_transitions_tool", "tool_transitions", "tool_id"),
        ("people_active_name", "people", "is_active, display_name, id"),
        ("usage_events_at", "usage_events", "at"),
        ("usage_events_person", "usage_events", "person_id, at"),
        ("training_records_person", "training_records", "person_id"),
        ("training_records_course", "training_records", "course_id"),
    ]
}
