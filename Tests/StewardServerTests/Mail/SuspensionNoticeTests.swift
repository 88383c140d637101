import Foundation
import Testing

@testable import StewardServer

/// A use that becomes prohibited is suspended, and its owners are told by e-mail.
@Suite("Mail: suspension notices")
struct SuspensionNoticeTests {
    @Test("the requester and the AI officer are told that an approved use was suspended, why, and where to look")
    func ownersAreTold() async throws {
        let mail = MailFolderReader.make()
        try await withSteward(mail: try ReminderTests.folderMail(mail)) { steward in
            let (useCase, id, officer) = try await APIRedecideTests.approvedChatbot(steward)

            let changed = try await steward.sendJSON(
                .PUT, "/api/v1/use-cases/\(id)",
                APIRedecideTests.draft(useCase, purposes: ["meeting-transcription"], data: ["internal"]),
                bearer: officer)

            #expect(changed.status == .ok)
            let notices = try mail.messages()
            #expect(notices.count == 2)
            for address in ["worker@demo.example.org", "officer@demo.example.org"] {
                let notice = try #require(try mail.messages(to: address).first, "no notice to \(address)")
                #expect(notice.headers["Subject"] == "Steward: \"Answer members' questions\" is suspended")
                #expect(notice.body.contains("\(ReminderTests.publicURL)/use-cases/\(id)"))
                #expect(notice.body.contains("Why:\n  * "))
            }
        }
    }

    @Test("a use that stays suspended after another change is not announced again")
    func onlyOnce() async throws {
        let mail = MailFolderReader.make()
        try await withSteward(mail: try ReminderTests.folderMail(mail)) { steward in
            let (useCase, id, officer) = try await APIRedecideTests.approvedChatbot(steward)
            let prohibited = APIRedecideTests.draft(useCase, purposes: ["meeting-transcription"], data: ["internal"])

            _ = try await steward.sendJSON(.PUT, "/api/v1/use-cases/\(id)", prohibited, bearer: officer)
            _ = try await steward.sendJSON(.PUT, "/api/v1/use-cases/\(id)", prohibited, bearer: officer)

            #expect(try mail.messages().count == 2)
        }
    }
}
