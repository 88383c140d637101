import Analytics
import Testing

@Suite("Reading the published task labels and employment files")
struct TaskLabelSetTests {
    static let header = "\tO*NET-SOC Code\tTask ID\tTask\tTask Type\tTitle\thuman_exposure_agg\tgpt4_exposure\n"

    @Test("tasks are grouped by occupation and keep both raters' labels")
    func readsTasks() throws {
        // Given
        let text =
            Self.header + """
                0\t11-1011.00\t8823.0\tDirect budgets.\tCore\tChief Executives\tE0\tE2
                1\t11-1011.00\t8831.0\t"Count ""yes"" votes, then report."\t\tChief Executives\tE1\tE1
                2\t43-9021.00\t100.0\tEnter data.\tSupplemental\tData Entry Keyers\tE2\tE1

                """
        // When
        let labels = try TaskLabelSet(tsv: text)
        // Then
        #expect(labels.occupations.map(\.code) == ["11-1011.00", "43-9021.00"])
        #expect(labels.tasks[1].statement == #"Count "yes" votes, then report."#)
        #expect(labels.tasks[1].type == .unrated)
        #expect(labels.occupations[0].exposure(ratedBy: .human, weighting: .core)?.alpha == 1.0 / 3)
        #expect(labels.occupations[0].exposure(ratedBy: .gpt4, weighting: .equal)?.beta == 0.75)
    }

    @Test("a classification mapped to O*NET codes takes their tasks as its baseline, and a local rating wins")
    func baseline() throws {
        // Given
        let text =
            Self.header + "0\t11-1011.00\t1\tDirect budgets.\tCore\tChief Executives\tE0\tE2\n"
            + "1\t43-9021.00\t2\tEnter data.\tCore\tData Entry Keyers\tE2\tE1\n"
        var tasks = try TaskLabelSet(tsv: text).baselineTasks(forCodes: ["43-9021.00", "99-9999.00"], ratedBy: .human)
        // When
        tasks[0].localRating = LocalRating(rating: .e1, ratedBy: "Steward", reason: "Forms are read by a model")
        // Then
        #expect(tasks.map(\.statement) == ["Enter data."])
        #expect(tasks[0].publishedRating == .e2 && tasks[0].rating == .e1)
    }

    @Test(
        "a bad labels file is an error naming the line and the column",
        arguments: [
            ("0\t11-1011.00\t1\tA task.\tCore\tChief Executives\tE3\tE0\n", "line 2, column 46 (`human_exposure_agg`)"),
            ("0\t11-1011.00\t1\tA task.\tOptional\tChief Executives\tE0\tE0\n", "line 2, column 24 (`Task Type`)"),
            ("0\t11-1011.00\t1\tA task.\tCore\tChief Executives\tE0\n", "line 2, column 1"),
            ("0\t11-1011.00\t1\t\"A task.\tCore\tChief Executives\tE0\tE0\n", "line 2, column 16"),
            ("0\t11-1011.00\t1\t\"A\" task.\tCore\tChief Executives\tE0\tE0\n", "line 2, column 19"),
        ])
    func rejectsBadRows(row: String, location: String) {
        // When
        let result = Result { () throws(AnalyticsError) in try TaskLabelSet(tsv: Self.header + row) }
        // Then
        guard case .failure(let error) = result else {
            Issue.record("no error for \(row)")
            return
        }
        #expect(error.location?.description == location, "\(error)")
    }

    @Test("a missing column is named, with the columns there are")
    func missingColumn() {
        #expect(throws: AnalyticsError.self) { try TaskLabelSet(tsv: "Task\tTitle\nx\ty\n") }
        let result = Result { () throws(AnalyticsError) in try TaskLabelSet(tsv: "Task\tTitle\nx\ty\n") }
        guard case .failure(let error) = result else { return }
        #expect(error.code == .missingColumn)
        #expect(error.message.contains("`O*NET-SOC Code`") && error.message.contains("`Task`, `Title`"))
    }

    @Test("employment joins O*NET titles to OEWS rows through the crosswalk, each title carrying the full row")
    func joinsEmployment() throws {
        // Given
        let oews = try OEWSEmployment(csv: "\u{FEFF}OCC_CODE,TOT_EMP\r\n11-3051,\"192,270\"\r\n45-0000,**\r\n")
        let crosswalk = try TitleCrosswalk(
            csv: ",occupation,OCC_CODE\n0,Industrial Production Managers,11-3051\n"
                + "1,Geothermal Production Managers,11-3051\n2,Biologists,\n")
        let scores = ExposureScores(alpha: 0, beta: 0.2, zeta: 0.4)
        // When
        let workforce = WorkforceExposure(
            scores: [
                ("Industrial Production Managers", scores), ("Geothermal Production Managers", scores),
                ("Biologists", scores),
            ], crosswalk: crosswalk, employment: oews)
        // Then
        #expect(workforce.occupations.map(\.employment) == [192_270, 192_270])
        #expect(workforce.shareOfWorkers(atLeast: 0.2, on: .beta) == 1)
        #expect(workforce.shareOfWorkers(atLeast: 0.5, on: .zeta) == 0)
    }
}
