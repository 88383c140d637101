import NIOCore
import Vapor

extension StewardRunner {
    /// E-mails today's reminder digests that have not gone out yet (see ``ReminderService``).
    /// - Throws: a ``StewardError`` when no mail is configured; a digest that cannot be sent is reported, not thrown.
    public static func sendReminders(in app: Application) async throws -> ReminderReport {
        let context = try app.steward
        guard let mailer = context.mailer else {
            throw StewardError(
                .conflict, "no mail is configured: set STEWARD_SMTP_URL (or --smtp-url), or STEWARD_MAIL_DIRECTORY")
        }
        return try await ReminderService(database: app.db, context: context, mailer: mailer, logger: app.logger)
            .sendDigests()
    }

    /// How often a running server looks for reminders to send; each person still gets at most one a day.
    static let reminderInterval: TimeAmount = .hours(1)

    /// While serving with mail configured, sends the reminders shortly after the start and then every hour.
    static func scheduleReminders(_ app: Application) {
        guard app.mailer != nil else { return }
        app.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: .minutes(1), delay: reminderInterval) { _ in
            app.eventLoopGroup.next().makeFutureWithTask {
                do {
                    try await app.runLeased("reminders", every: reminderInterval) {
                        let report = try await sendReminders(in: app)
                        if !report.sent.isEmpty {
                            app.logger.notice("sent \(report.sent.count) reminder(s) for \(report.day)")
                        }
                    }
                } catch {
                    app.logger.error("could not send reminders: \(error)")
                }
            }
        }
    }
}
