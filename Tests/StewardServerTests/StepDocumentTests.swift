import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Documents on review steps: attached by whoever may complete the step, read by whoever may read it, always sent
/// as downloads.
@Suite("Step documents")
struct StepDocumentTests {
    @Test("the officer attaches a disclosure to its step and completes it with a dated note; others download it; a restricted step's document stays hidden")
    func attachAndRead() async throws {
        try await withSteward { steward in
            let officer = try await steward.signIn(.aiOfficer)
            let useCase = try await steward.useCase(ofTool: "ShiftWise")
            let step = try await steward.step(.committeeReview, of: useCase)
            let path = "/steps/\(try step.requireID())"

            let empty = try await steward.submitMultipart(
                path + "/documents", [], file: ("empty.pdf", "application/pdf", ""), session: officer)
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("this one is empty"))
            let attached = try await steward.submitMultipart(
                path + "/documents", [], file: ("Disclosure to workers.pdf", "application/pdf", "%PDF-1.4 the letter"),
                session: officer)
            #expect(attached.status == .seeOther)

            let worker = try await steward.signIn(.worker)
            let page = try await steward.send(.GET, path, session: worker).body.string
            #expect(page.contains("Disclosure to workers.pdf"))
            #expect(!page.contains("Attach a document"), "only those who may complete the step attach")
            let document = try #require(try await StepDocumentModel.query(on: steward.app.db).first())
            let download = try await steward.send(.GET, "/documents/\(try document.requireID())", session: worker)
            #expect(download.status == .ok)
            #expect(download.body.string == "%PDF-1.4 the letter")
            #expect(download.headers.first(name: .contentType) == "application/pdf")
            #expect(download.headers.first(name: .contentDisposition)?.hasPrefix("attachment;") == true)
            #expect(download.headers.first(name: "X-Content-Type-Options") == "nosniff")
            let refused = try await steward.submitMultipart(
                path + "/documents", [], file: ("mine.txt", "text/plain", "hello"), session: worker)
            #expect(refused.status == .forbidden)

            // A page uploaded as a document is never served as one of this site's pages.
            _ = try await steward.submitMultipart(
                path + "/documents", [], file: ("page.html", "text/html", "<script>alert(1)</script>"), session: officer)
            let html = try #require(try await StepDocumentModel.query(on: steward.app.db).filter(\.$filename == "page.html").first())
            let served = try await steward.send(.GET, "/documents/\(try html.requireID())", session: worker)
            #expect(served.headers.first(name: .contentType) == "application/octet-stream")

            let legal = try await steward.step(.legalReview, of: try await steward.useCase(ofTool: "PolicyPal"))
            let counsel = try await steward.signIn(.legal)
            _ = try await steward.submitMultipart(
                "/steps/\(try legal.requireID())/documents", [], file: ("advice.txt", "text/plain", "privileged"),
                session: counsel)
            let advice = try #require(try await StepDocumentModel.query(on: steward.app.db).filter(\.$filename == "advice.txt").first())
            #expect(try await steward.send(.GET, "/documents/\(try advice.requireID())", session: worker).status == .notFound)
            #expect(try await steward.send(.GET, "/documents/\(try advice.requireID())", session: officer).status == .ok)
        }
    }
}
