import Foundation

/// A collective bargaining agreement as Steward counts with it (issue 10, "Units, contracts and classifications"):
/// when it runs, the calendar its time limits are counted on, and its grievance steps with their time limits.
public struct ContractTerms: Hashable, Sendable {
    /// A step of the contract's grievance procedure and the days it allows.
    public struct GrievanceStep: Hashable, Sendable, Codable {
        public let name: String
        public let days: Int

        public init(name: String, days: Int) {
            self.name = name
            self.days = days
        }
    }

    public let title: String
    public let effective: LocalDay
    /// Nil for a contract that runs until replaced.
    public let expires: LocalDay?
    /// The time zone, working weekdays and holidays its days are counted on.
    public let calendar: WorkCalendar
    /// Whether its time limits count every day or working days only.
    public let dayCount: DayCount
    public let grievanceSteps: [GrievanceStep]

    /// Whether the contract is in force on `day`.
    public func isInForce(on day: LocalDay) -> Bool { effective <= day && expires.map { day <= $0 } ?? true }
}

/// A contract as a person types it: every field text, checked into ``ContractTerms`` with each problem named by field
/// (`holidays[2]`, `grievanceSteps[1].days`).
public struct ContractDraft: Hashable, Sendable {
    public var title: String
    public var effectiveOn: String
    public var expiresOn: String
    public var timeZone: String
    public var dayCount: String
    /// ISO weekday numbers or English names, `monday`…`sunday`; Monday to Friday when empty.
    public var workingWeekdays: [String]
    public var holidays: [String]
    public var grievanceSteps: [Step]

    /// A grievance step as typed: its name and its time limit in days.
    public struct Step: Hashable, Sendable {
        public var name: String
        public var days: String

        public init(name: String, days: String) {
            self.name = name
            self.days = days
        }
    }

    public init(
        title: String = "", effectiveOn: String = "", expiresOn: String = "", timeZone: String = "UTC",
        dayCount: String = DayCount.calendar.rawValue, workingWeekdays: [String] = [], holidays: [String] = [],
        grievanceSteps: [Step] = []
    ) {
        self.title = title
        self.effectiveOn = effectiveOn
        self.expiresOn = expiresOn
        self.timeZone = timeZone
        self.dayCount = dayCount
        self.workingWeekdays = workingWeekdays
        self.holidays = holidays
        self.grievanceSteps = grievanceSteps
    }

    /// The terms, or nil with every problem by field added to `problems`.
    public func checked(problems: inout [DomainError]) -> ContractTerms? {
        let before = problems.count
        let title = self.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if !(1...200).contains(title.count) {
            problems.append(DomainError(code: .invalidField, field: "title", message: "give the contract a title of 1 to 200 characters"))
        }
        let effective = LocalDay(effectiveOn.trimmingCharacters(in: .whitespaces))
        if effective == nil, let problem = DayField.problem(in: effectiveOn, field: "effectiveOn") { problems.append(problem) }
        var expires: LocalDay?
        let expiryText = expiresOn.trimmingCharacters(in: .whitespaces)
        if !expiryText.isEmpty {
            expires = LocalDay(expiryText)
            if expires == nil, let problem = DayField.problem(in: expiryText, field: "expiresOn") { problems.append(problem) }
            if let effective, let expires, expires < effective {
                problems.append(DomainError(
                    code: .invalidField, field: "expiresOn", message: "the contract expires (\(expires)) before it takes effect (\(effective))"))
            }
        }
        let count = DayCount(rawValue: dayCount)
        if count == nil {
            problems.append(DomainError(code: .invalidField, field: "dayCount", message: "choose calendar or working days"))
        }
        var weekdays: Set<Weekday> = []
        for (index, text) in workingWeekdays.enumerated() {
            let word = text.trimmingCharacters(in: .whitespaces).lowercased()
            guard let day = Int(word).flatMap(Weekday.init(rawValue:)) ?? Weekday.allCases.first(where: { "\($0)" == word })
            else {
                problems.append(DomainError(
                    code: .invalidField, field: "workingWeekdays[\(index)]",
                    message: "`\(text.prefix(20))` is not a weekday; write monday to sunday, or 1 to 7"))
                continue
            }
            weekdays.insert(day)
        }
        var holidays: Set<LocalDay> = []
        for (index, text) in self.holidays.enumerated() {
            if let day = LocalDay(text.trimmingCharacters(in: .whitespaces)) {
                holidays.insert(day)
            } else if let problem = DayField.problem(in: text, field: "holidays[\(index)]") {
                problems.append(problem)
            }
        }
        var steps: [ContractTerms.GrievanceStep] = []
        for (index, step) in grievanceSteps.enumerated() {
            let name = step.name.trimmingCharacters(in: .whitespacesAndNewlines)
            if !(1...100).contains(name.count) {
                problems.append(DomainError(
                    code: .invalidField, field: "grievanceSteps[\(index)].name", message: "name the step in 1 to 100 characters"))
            }
            guard let days = Int(step.days.trimmingCharacters(in: .whitespaces)), (1...365).contains(days) else {
                problems.append(DomainError(
                    code: .invalidField, field: "grievanceSteps[\(index)].days",
                    message: "`\(step.days.prefix(20))` is not a time limit; give 1 to 365 days"))
                continue
            }
            steps.append(ContractTerms.GrievanceStep(name: name, days: days))
        }
        var calendar: WorkCalendar?
        do {
            calendar = try WorkCalendar(
                timeZone: timeZone.trimmingCharacters(in: .whitespaces),
                workingWeekdays: weekdays.isEmpty && workingWeekdays.isEmpty ? Weekday.mondayToFriday : weekdays,
                holidays: holidays)
        } catch {
            problems.append(error)
        }
        guard problems.count == before, let effective, let count, let calendar else { return nil }
        return ContractTerms(
            title: title, effective: effective, expires: expires, calendar: calendar, dayCount: count,
            grievanceSteps: steps)
    }
}
