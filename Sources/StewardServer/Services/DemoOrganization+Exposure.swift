import Analytics

extension DemoOrganization {
    /// The demo's own illustrative ratings of its classifications' tasks, so that a newcomer sees the ranking with
    /// nothing imported: who rated each task (a username) and why. They are examples, not findings.
    static let exposureRatings: [String: [String: (rating: ExposureRating, by: String, reason: String)]] = [
        "Office Assistant": [
            "Answer public inquiries": (.e2, "committee", "The residents' chatbot already answers routine questions; complaints and unusual cases still come to the counter."),
            "Data entry": (.e1, "rep", "Text from paper forms can be read into the record by a language model and checked by the assistant."),
            "Scheduling": (.e2, "committee", "Calendar software with a language model could propose appointments; the assistant confirms them."),
            "Filing and records": (.e0, "rep", "Mostly paper files and the records room; nothing here is written text a model speeds up."),
        ],
        "Eligibility Technician": [
            "Review applications": (.e2, "committee", "Software could check documents against the rules, but the policy keeps every decision with a person."),
            "Interview applicants": (.e0, "rep", "Done in person or by phone; the judgment is the technician's."),
            "Write case notes": (.e1, "rep", "A model could draft notes from the technician's outline, which the technician then corrects."),
        ],
        "Public Health Nurse": [
            "Patient visits": (.e0, "committee", "Hands-on care in homes and clinics."),
            "Charting": (.e1, "committee", "Drafting chart notes is exposed, but health information may go only to a tool approved for it."),
            "Community outreach": (.e0, "rep", "Outreach is relationships in the neighbourhood, not text."),
        ],
        "Social Worker": [
            "Case management": (.e2, "committee", "Case-management software with a model could summarise files and flag deadlines."),
            "Home visits": (.e0, "rep", "In person, and the social worker's judgment."),
            "Court reports": (.e1, "rep", "A model could draft a first version from case notes; the worker signs what goes to court."),
        ],
    ]

    /// The demo's plan for its most exposed classification, tied to the letters tool's use.
    enum ExposurePlan {
        static let classification = "Office Assistant"
        static let useTitle = "Draft routine letters"
        static let commitment = "Train every office assistant on DraftMate in work time, and keep the data-entry work in the unit while the pilot runs."
        static let owner = "committee"
        static let dueInDays = 45
    }

    /// Last year's bias audit of the residents' chatbot: inquiries it answered without handing over to staff, by
    /// the inquiry's language and the resident's age group. Illustrative numbers, made up for the demo.
    enum ChatbotBiasAudit {
        static let daysAgo = 345
        static let dataSource = "The chatbot's log of inquiries for one year, with the language each was asked in and the age group residents gave; illustrative numbers made up for the demo."
        /// Per language: inquiries and how many were answered without a hand-over.
        static let languages: [(language: String, inquiries: Int, answered: Int)] = [
            ("English", 700, 546), ("Spanish", 300, 204), ("Chinese", 90, 52), ("Vietnamese", 15, 11),
        ]
        static let ageGroups = ["under 40", "40 to 64", "65 and over", ""]

        /// The log, one decision a row.
        static var log: DecisionLog {
            var selected: [Bool] = [], languages: [String] = [], ages: [String] = []
            for entry in Self.languages {
                for index in 0..<entry.inquiries {
                    selected.append(index < entry.answered)
                    languages.append(entry.language)
                    ages.append(ageGroups[(index * 7 + entry.inquiries) % ageGroups.count])
                }
            }
            return DecisionLog(
                selected: selected, outcomeColumn: "answered",
                categories: [CategoryColumn(name: "language", rows: languages), CategoryColumn(name: "age group", rows: ages)])
        }
    }
}
