import Analytics
import Fluent
import Foundation
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// Job impact: the ranking, the published labels, mapping to O*NET, ratings and plans.
@Suite("Job impact pages")
struct ExposurePagesTests {
    static let labelsFile = SharedDataFile.find("gpts-are-gpts/full_labelset.tsv")

    /// The header and the tasks of `codes`, taken from the shared labels file.
    static func excerpt(codes: Set<String>) throws -> String {
        let text = try String(contentsOf: try #require(labelsFile), encoding: .utf8)
        let lines = text.split(separator: "\n")
        let header = try #require(lines.first)
        let column = try #require(header.split(separator: "\t", omittingEmptySubsequences: false).firstIndex(of: "O*NET-SOC Code"))
        let kept = lines.dropFirst().filter { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count > column && codes.contains(String(fields[column]))
        }
        return ([header] + kept).joined(separator: "\n") + "\n"
    }

    func classification(_ title: String, in steward: StewardHarness) async throws -> JobClassificationModel {
        try #require(try await JobClassificationModel.query(on: steward.app.db).filter(\.$title == title).first())
    }

    @Test("everyone sees classifications, locals and units ranked by the demo's ratings, with the caveat and credits")
    func ranking() async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            let page = try await steward.send(.GET, "/exposure", session: worker).body.string
            let order = ["Office Assistant", "Eligibility Technician", "Social Worker", "Public Health Nurse"]
                .map { page.range(of: ">\($0)</a>")?.lowerBound }
            #expect(order.allSatisfy { $0 != nil } && order == order.sorted { ($0 ?? page.endIndex) < ($1 ?? page.endIndex) })
            #expect(page.contains("57.5 %"), "office assistants: 35 % at E2, 30 % at E1, 20 % at E2, by their shares of time")
            #expect(page.contains("Local 118: 53.7 % of 225 people"), "the local's classifications weighted by headcount")
            #expect(page.contains("Exposure is not displacement"))
            #expect(page.contains("O*NET 27.2") && page.contains("CC BY 4.0") && page.contains("MIT licence"))
            #expect(page.contains(#"<svg role="img" aria-labelledby="by-classification-title by-classification-desc""#))

            let alpha = try await steward.send(.GET, "/exposure?measure=alpha&weighting=equal&labels=gpt4", session: worker)
            #expect(alpha.status == .ok && alpha.body.string.contains("Exposure α by classification"))
            let wrong = try await steward.send(.GET, "/exposure?measure=gamma", session: worker)
            #expect(wrong.status == .badRequest)
            #expect(wrong.body.string.contains("Allowed: alpha, beta, zeta"))
            #expect(try await steward.send(.GET, "/exposure").status == .seeOther, "the public signs in first")
        }
    }

    @Test("the officer imports the labels; a steward maps a classification to O*NET and re-rates a published task")
    func labelsMappingAndRatings() async throws {
        try await withSteward { steward in
            let officer = try await steward.signIn(.aiOfficer)
            let rep = try await steward.signIn(.unionRep)
            let file = try Self.excerpt(codes: ["43-9061.00", "43-4171.00"])
            let labels = ("full_labelset.tsv", "text/tab-separated-values", file)

            #expect(try await steward.submitMultipart("/exposure/labels", [], file: labels, session: rep).status == .forbidden)
            let broken = try await steward.submitMultipart(
                "/exposure/labels", [], file: ("labels.tsv", "text/plain", "code\ttask\n1\tx\n"), session: officer)
            #expect(broken.status == .unprocessableEntity)
            #expect(broken.body.string.contains("line 1, column 1: no column named `O*NET-SOC Code`"))
            #expect(try await steward.submitMultipart("/exposure/labels", [], file: labels, session: officer).status == .seeOther)
            let imported = try await steward.send(.GET, "/exposure/labels", session: rep).body.string
            #expect(imported.contains("O*NET occupations, imported from full_labelset.tsv"))
            #expect(!imported.contains("Import the labels"), "only the officer imports")

            let clerks = try await classification("Office Assistant", in: steward)
            let path = "/exposure/classifications/\(try clerks.requireID())"
            let search = try await steward.send(.GET, path + "?q=clerks%20general", session: rep).body.string
            #expect(search.contains("Map to 43-9061.00") && !search.contains("Map to 43-4171.00"))
            #expect(try await steward.submit(path + "/occupations", [("code", "43-9061.00")], session: rep).status == .seeOther)
            let unknown = try await steward.submit(path + "/occupations", [("code", "99-9999.00")], session: rep)
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("no imported O*NET occupation has the code 99-9999.00"))

            let task = try #require(
                try await ExposureLabelModel.query(on: steward.app.db).filter(\.$occupationCode == "43-9061.00")
                    .filter(\.$humanRating != .e0).sort(\.$position).first())
            let key = "onet:43-9061.00#\(task.taskID)"
            let mapped = try await steward.send(.GET, path, session: rep).body.string
            #expect(mapped.contains(task.statement.replacingOccurrences(of: "'", with: "&#39;")))
            #expect(mapped.contains("43-9061.00 Office Clerks, General"))

            let worker = try await steward.signIn(.worker)
            let refused = try await steward.submit(path + "/ratings", [("task", key), ("rating", "E0"), ("reason", "Not here.")], session: worker)
            #expect(refused.status == .forbidden, "workers read the ratings; stewards and the committee give them")
            let missing = try await steward.submit(path + "/ratings", [("task", key), ("rating", "E0"), ("reason", "")], session: rep)
            #expect(missing.status == .unprocessableEntity && missing.body.string.contains("say why the task has this rating"))
            let fields = [("task", key), ("rating", "E0"), ("reason", "Our counter does this in person.")]
            #expect(try await steward.submit(path + "/ratings", fields, session: rep).status == .seeOther)

            let service = try await steward.authorizer(for: .worker).exposure
            let rated = try #require(
                try await service.classification(try clerks.requireID(), labelledBy: .human).tasks.first { $0.key.description == key })
            #expect(rated.rating == .e0 && rated.published == task.humanRating, "the local rating wins; the published label stays")
            let page = try await steward.send(.GET, path, session: worker).body.string
            #expect(page.contains("E0, by Morgan Lee on"))
            #expect(page.contains("Our counter does this in person."))

            #expect(try await steward.submit(path + "/occupations/removal", [("code", "43-9061.00")], session: rep).status == .seeOther)
            let unmapped = try await steward.send(.GET, path, session: rep).body.string
            #expect(!unmapped.contains("Our counter does this in person."), "the occupation's tasks leave with it")
            #expect(try await ExposureRatingModel.query(on: steward.app.db).filter(\.$taskKey == key).count() == 1,
                    "its ratings stay, for when it is mapped again")
        }
    }

    @Test("a streamed upload without the form's token is refused, as every form is")
    func streamedUploadNeedsToken() async throws {
        try await withSteward { steward in
            let officer = try await steward.signIn(.aiOfficer)
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=b")
            let body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.tsv\"\r\n\r\nx\r\n--b--\r\n"
            let reply = try await steward.send(.POST, "/exposure/labels", headers: headers, body: ByteBuffer(string: body), session: officer)
            #expect(reply.status == .forbidden)
            #expect(try await ExposureLabelImportModel.query(on: steward.app.db).count() == 0)
            let plain = try await steward.submit("/exposure/labels", [], session: officer)
            #expect(plain.status == .unsupportedMediaType, "the labels come as a file")
        }
    }

    @Test("the committee records a plan; its owner sees it on What's due and marks it done")
    func plans() async throws {
        try await withSteward { steward in
            let technicians = try await classification("Eligibility Technician", in: steward)
            let path = "/exposure/classifications/\(try technicians.requireID())"
            let useCase = try await steward.useCase(ofTool: "DraftMate")
            let committee = try await steward.signIn(.committee)
            let bad = try await steward.submit(
                path + "/plans", [("kind", "layoffs"), ("commitment", ""), ("owner", "nobody"), ("dueOn", "2026-11-01")],
                session: committee)
            #expect(bad.status == .unprocessableEntity)
            for problem in ["choose training, reclassification or a no-layoff commitment", "say what is to be done",
                            "choose the person who sees it through", "2026-11-01 has passed"] {
                #expect(bad.body.string.contains(problem), "\(problem)")
            }
            let fields = [
                ("kind", "reclassification"), ("commitment", "Bargain a new series for technicians who review AI-checked files."),
                ("owner", "worker"), ("dueOn", "2026-12-20"), ("useCase", try useCase.requireID().uuidString.lowercased()),
            ]
            #expect(try await steward.submit(path + "/plans", fields, session: committee).status == .seeOther)
            let page = try await steward.send(.GET, path, session: committee).body.string
            #expect(page.contains("Bargain a new series for technicians") && page.contains(">\(useCase.title)</a>"))

            let worker = try await steward.signIn(.worker)
            let due = try await steward.send(.GET, "/due", session: worker).body.string
            #expect(due.contains("Reclassification for Eligibility Technician: Bargain a new series"))
            let plan = try #require(
                try await ClassificationPlanModel.query(on: steward.app.db).filter(\.$kind == .reclassification).first())
            let auditor = try await steward.signIn(.auditor)
            #expect(try await steward.submit("/exposure/plans/\(try plan.requireID())/completion", [], session: auditor).status == .forbidden)
            #expect(try await steward.submit("/exposure/plans/\(try plan.requireID())/completion", [], session: worker).status == .seeOther)
            #expect(try await ClassificationPlanModel.find(plan.id, on: steward.app.db)?.doneOn == "2026-11-30")
            #expect(!(try await steward.send(.GET, "/due", session: worker).body.string.contains("Bargain a new series")))
        }
    }

    @Test("importing the unit's classifications again keeps the ratings of the tasks it still names")
    func reimportKeepsRatings() async throws {
        try await withSteward { steward in
            let officer = try await steward.signIn(.aiOfficer)
            let csv = """
                unit,classification,headcount,task,share
                Clerical and Administrative,Office Assistant,150,Data entry,40
                Clerical and Administrative,Office Assistant,150,Mail,60
                Clerical and Administrative,Eligibility Technician,85,Review applications,100

                """
            let reply = try await steward.submitMultipart(
                "/units/classifications", [], file: ("classifications.csv", "text/csv", csv), session: officer)
            #expect(reply.status == .ok, "the units page shows what the file changed")
            let clerks = try await classification("Office Assistant", in: steward)
            #expect(clerks.headcount == 150)
            let tasks = try await service(steward).classification(try clerks.requireID(), labelledBy: .human).tasks
            #expect(tasks.first { $0.statement == "Data entry" }?.local?.rating == .e1, "its rating stays")
            #expect(tasks.first { $0.statement == "Mail" }?.rating == nil)
            #expect(!tasks.contains { $0.statement == "Filing and records" })
            let ratings = try await ExposureRatingModel.query(on: steward.app.db).filter(\.$classification.$id == clerks.requireID()).count()
            #expect(ratings == 1, "the ratings of tasks the file no longer names go with them")
            #expect(try await ClassificationPlanModel.query(on: steward.app.db).count() == 1, "the demo's plan stays")
        }
    }

    @Test("the command line imports the authors' whole labels file", .enabled(if: labelsFile != nil, "the shared labels file is absent"))
    func commandLineImport() async throws {
        try await withSteward { steward in
            let url = try #require(Self.labelsFile)
            let bytes = [UInt8](try Data(contentsOf: url))
            let report = try await StewardRunner.importExposureLabels(in: steward.app, bytes: bytes, fileName: url.path)
            #expect(report.summary == "Imported 19265 task labels of 923 O*NET occupations from full_labelset.tsv.")
            #expect(report.problems.isEmpty)
            #expect(try await ExposureLabelModel.query(on: steward.app.db).count() == 19_265)
            let broken = try await StewardRunner.importExposureLabels(
                in: steward.app, bytes: Array("O*NET-SOC Code\tTask ID\tTask\tTask Type\tTitle\thuman_exposure_agg\tgpt4_exposure\n11-1011.00\t1\tLead\tCore\tChief\tE9\tE1\n".utf8),
                fileName: "labels.tsv")
            #expect(broken.summary == "Nothing was imported from labels.tsv.")
            #expect(broken.problems.count == 1 && broken.problems[0].hasPrefix("line 2, column "), "\(broken.problems)")
            #expect(broken.problems.first?.contains("E9") == true, "\(broken.problems)")
            #expect(try await ExposureLabelModel.query(on: steward.app.db).count() == 19_265, "a broken file changes nothing")
        }
    }

    private func service(_ steward: StewardHarness) async throws -> ExposureService {
        try await steward.authorizer(for: .aiOfficer).exposure
    }
}
