import Fluent
import Foundation
import Logging
import StewardCore

/// E-mails each person a digest of their open review steps that are overdue or due within ``daysAhead`` days, as
/// "What's due" lists them. At most one a day: a digest is recorded in `reminder_digests` before it is sent, so a
/// second run, a restart or a second server sends no other; one that fails is logged and its record removed, so
/// the next run tries again.
struct ReminderService: Sendable {
    let database: any Database
    let context: StewardContext
    let mailer: Mailer
    let logger: Logger

    /// How many days after today a step may be due and still be in today's digest.
    static let daysAhead = 3
    func sendDigests() async throws -> ReminderReport {
        let now = context.clock()
        // Today is the organization's; a due date is stored as the start of its day in UTC (``DueCalendar``).
        let today = try await DueCalendar.organization(on: database).calendar.day(containing: now)
        let horizon = today.adding(days: Self.daysAhead + 1).start(in: .gmt)
        var report = ReminderReport(day: today.description)
        let people = try await PersonModel.query(on: database).filter(\.$email != nil).sort(\.$username).all()
        for person in people {
            guard let address = person.email.flatMap({ MailAddress($0, name: person.displayName) }) else {
                report.failures.append("\(person.username): `\(person.email ?? "")` is not an e-mail address")
                continue
            }
            let steps = try await dueSteps(of: person, before: horizon)
            guard !steps.isEmpty else { continue }
            guard let record = try await claim(person, day: today.description, steps: steps.count, now: now) else {
                report.alreadySent += 1
                continue
            }
            do {
                let digest = try await digest(
                    for: person, steps: steps, today: today.start(in: .gmt), horizon: horizon)
                try await mailer.send(to: address, subject: digest.subject, body: digest.body, date: now)
                report.sent.append(person.username)
            } catch {
                try await record.delete(on: database)
                logger.error("could not send the reminder to \(person.username) <\(address.address)>: \(error)")
                report.failures.append("\(person.username): \(error)")
            }
        }
        return report
    }

    /// The person's open steps due before `horizon`, exactly as their "What's due" lists them.
    private func dueSteps(of person: PersonModel, before horizon: Date) async throws -> [ReviewStepModel] {
        let authorizer = Authorizer(
            actor: Actor(person: try person.domain()), database: database, context: context, logger: logger)
        var steps: [ReviewStepModel] = []
        var after: String?
        repeat {
            let page = try await authorizer.reviews.openSteps(
                page: PageRequest(limit: PageRequest.maximumLimit, after: after))
            steps += page.items.filter { ($0.due ?? .distantFuture) < horizon }
            after = (page.items.last?.due ?? .distantFuture) < horizon ? page.next : nil
        } while after != nil
        return steps
    }

    /// Records the day's digest before it is sent; nil when it is recorded already, by this server or another.
    private func claim(_ person: PersonModel, day: String, steps: Int, now: Date) async throws -> ReminderDigestModel? {
        let personID = try person.requireID()
        func isRecorded() async throws -> Bool {
            try await ReminderDigestModel.query(on: database).filter(\.$person.$id == personID).filter(\.$day == day)
                .count() > 0
        }
        guard try await !isRecorded() else { return nil }
        let record = ReminderDigestModel(personID: personID, day: day, steps: steps, sentAt: now)
        do {
            try await record.create(on: database)
        } catch {
            // Another server recorded it between the two statements, and the unique key refused this one.
            if try await isRecorded() { return nil }
            throw error
        }
        return record
    }

    private func digest(
        for person: PersonModel, steps: [ReviewStepModel], today: Date, horizon: Date
    ) async throws -> ReminderDigest {
        let uses = try await UseCaseModel.query(on: database).filter(\.$id ~~ steps.map(\.$useCase.id)).with(\.$tool)
            .all()
        let byID = Dictionary(uniqueKeysWithValues: try uses.map { (try $0.requireID(), $0) })
        let items = try steps.map { step in
            ReminderDigest.Item(
                step: step.kind.title, useCase: byID[step.$useCase.id]?.title ?? "",
                tool: byID[step.$useCase.id]?.tool.name ?? "", due: step.due ?? horizon,
                link: mailer.link(Paths.step.href(ReviewStepID(try step.requireID()))))
        }
        return ReminderDigest(
            name: person.displayName, role: person.role, overdue: items.filter { $0.due < today },
            dueSoon: items.filter { $0.due >= today }, horizon: horizon.addingTimeInterval(-86_400),
            dueLink: mailer.link(Paths.due.href()))
    }
}
