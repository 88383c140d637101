import Fluent
import Foundation
import StewardCore
import Testing

@testable import StewardServer

/// Daily reminders of review steps, through a real server on the demo organization.
@Suite("Mail: reminders")
struct ReminderTests {
    static let publicURL = "https://steward.example.org"

    static func folderMail(_ reader: MailFolderReader) throws -> MailSettings {
        try MailSettings(delivery: .folder(reader.folder.path), from: "steward@example.org", publicURL: publicURL)
    }

    /// Twelve days after the demo's reviews started: its notices are overdue, its legal reviews due in two days.
    static func twelveDaysLater(_ steward: StewardHarness) -> TestClock {
        let clock = TestClock(TestDatabase.fixedDate.addingTimeInterval(12 * 86_400))
        steward.use(clock)
        return clock
    }

    @Test("each owner gets one digest of the steps What's due lists as overdue or due within three days, with links")
    func digests() async throws {
        let mail = MailFolderReader.make()
        try await withSteward(mail: try Self.folderMail(mail)) { steward in
            _ = Self.twelveDaysLater(steward)

            let report = try await StewardRunner.sendReminders(in: steward.app)

            #expect(report.day == "2026-12-12")
            for role in Role.allCases {
                let steps = try await steward.send(
                    .GET, "/api/v1/steps?limit=500", bearer: try await steward.token(for: role)
                )
                .objects().filter { ($0["due"] as? String ?? "9999") <= "2026-12-15" }
                let username = StewardHarness.username(for: role)
                let digests = try mail.messages(to: DemoOrganization.email(of: username))
                #expect(digests.count == (steps.isEmpty ? 0 : 1), "\(role)")
                #expect(report.sent.contains(username) == !steps.isEmpty)
                for step in steps {
                    #expect(
                        digests.first?.body.contains("\(Self.publicURL)/steps/\(step["id"] as? String ?? "")") == true)
                }
            }
            #expect(!report.sent.isEmpty)
            let officer = try #require(try mail.messages(to: "officer@demo.example.org").first)
            #expect(officer.body.contains("Overdue") && officer.body.contains("\(Self.publicURL)/due"))
        }
    }

    @Test("a second run the same day sends nothing; the next day's run sends again")
    func oncePerDay() async throws {
        let mail = MailFolderReader.make()
        try await withSteward(mail: try Self.folderMail(mail)) { steward in
            let clock = Self.twelveDaysLater(steward)

            let first = try await StewardRunner.sendReminders(in: steward.app)
            clock.advance(by: 3600)
            let again = try await StewardRunner.sendReminders(in: steward.app)
            clock.advance(by: 86_400)
            let nextDay = try await StewardRunner.sendReminders(in: steward.app)

            #expect(again.sent.isEmpty && again.alreadySent == first.sent.count)
            #expect(nextDay.day == "2026-12-13" && nextDay.sent == first.sent)
            #expect(try mail.messages().count == 2 * first.sent.count)
            #expect(try await ReminderDigestModel.query(on: steward.app.db).count() == 2 * first.sent.count)
        }
    }

    @Test("nobody is reminded before anything is due soon, nor a person without an address")
    func nothingToSend() async throws {
        let mail = MailFolderReader.make()
        try await withSteward(mail: try Self.folderMail(mail)) { steward in
            let early = try await StewardRunner.sendReminders(in: steward.app)
            let officer = try #require(
                try await PersonModel.query(on: steward.app.db).filter(\.$username == "officer").first())
            officer.email = nil
            try await officer.save(on: steward.app.db)
            _ = Self.twelveDaysLater(steward)

            let later = try await StewardRunner.sendReminders(in: steward.app)

            #expect(early.sent.isEmpty)
            #expect(!later.sent.isEmpty && !later.sent.contains("officer"))
        }
    }

    @Test("without mail settings, sending reminders is refused with what to set")
    func mailOff() async throws {
        try await withSteward { steward in
            await #expect {
                try await StewardRunner.sendReminders(in: steward.app)
            } throws: { error in
                "\(error)".contains("STEWARD_SMTP_URL")
            }
        }
    }
}

/// Reminders through a real SMTP server on loopback.
@Suite(
    "Mail: reminders over SMTP",
    .enabled(if: SMTPTestServer.python != nil, Comment(rawValue: SMTPTestServer.unavailable)))
struct SMTPReminderTests {
    @Test("a digest the server refuses is reported, not recorded, and sent by the next run")
    func refusedThenSent() async throws {
        var options = SMTPTestServer.Options()
        options.refusedPrefix = "legal@"
        let server = try SMTPTestServer(options)
        let mail = try MailSettings(
            delivery: .smtp(try server.settings()), from: "steward@example.org", publicURL: ReminderTests.publicURL)
        try await withSteward(mail: mail) { steward in
            _ = ReminderTests.twelveDaysLater(steward)

            let first = try await StewardRunner.sendReminders(in: steward.app)
            let legal = try #require(
                try await PersonModel.query(on: steward.app.db).filter(\.$username == "legal").first())
            legal.email = "counsel@demo.example.org"
            try await legal.save(on: steward.app.db)
            let second = try await StewardRunner.sendReminders(in: steward.app)

            #expect(first.failures.count == 1)
            #expect(first.failures.first?.contains("550 5.1.1") == true)
            #expect(try server.received().count == first.sent.count + 1)
            #expect(second.sent == ["legal"] && second.alreadySent == first.sent.count)
            #expect(try server.received().last?.to == ["counsel@demo.example.org"])
        }
    }
}
