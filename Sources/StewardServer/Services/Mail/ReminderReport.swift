/// What one run of the reminders did.
public struct ReminderReport: Sendable, Equatable {
    /// The day the run counted as today, `2026-11-30`.
    public let day: String
    /// Who was sent a digest, by username.
    public var sent: [String] = []
    /// How many people had been sent today's digest already.
    public var alreadySent = 0
    /// Each digest that could not be sent: the username and why. These are tried again on the next run.
    public var failures: [String] = []
}
