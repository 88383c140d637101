import Analytics
import Testing

/// The figures of "GPTs are GPTs" (Eloundou, Manning, Mishkin, Rock; Science 2024) that the README beside the
/// shared copy of the authors' files lists, reproduced from those files.
@Suite(
    "Reproduction of the paper's figures",
    .enabled(if: SharedData.isAvailable, "../shared/data/gpts-are-gpts is absent"))
struct PaperReproductionTests {
    static let labels = Result { try TaskLabelSet(tsv: SharedData.text("full_labelset.tsv")) }
    static let published = Result { try PublishedOccupationScores(csv: SharedData.text("occ_level.csv")) }
    static let crosswalk = Result { try TitleCrosswalk(csv: SharedData.text("occupations_onet_bls_matched.csv")) }
    static let employment = Result { try OEWSEmployment(csv: SharedData.text("national_May2021_dl.csv")) }

    /// Core-weighted scores of every occupation from the human labels, joined to employment.
    static func workforce(_ scores: [(title: String, scores: ExposureScores)]) throws -> WorkforceExposure {
        WorkforceExposure(scores: scores, crosswalk: try crosswalk.get(), employment: try employment.get())
    }

    @Test("the labels file holds 19,265 tasks of 923 occupations")
    func readsLabels() throws {
        let labels = try Self.labels.get()
        #expect(labels.tasks.count == 19_265)
        #expect(labels.occupations.count == 923)
    }

    @Test("core-weighted scores from the labels equal the published occupation scores")
    func occupationScoresMatch() throws {
        // Given
        let labels = try Self.labels.get()
        let published = Dictionary(uniqueKeysWithValues: try Self.published.get().occupations.map { ($0.code, $0) })
        // When, then
        #expect(published.count == 923)
        for occupation in labels.occupations {
            let expected = try #require(published[occupation.code])
            for (rater, scores) in [(LabelRater.human, expected.human), (.gpt4, expected.gpt4)] {
                let computed = try #require(occupation.exposure(ratedBy: rater, weighting: .core))
                for measure in ExposureMeasure.allCases {
                    #expect(abs(computed[measure] - scores[measure]) < 1e-12, "\(occupation.title) \(measure)")
                }
            }
        }
    }

    @Test("the headline shares of US workers reproduce from the published occupation scores")
    func headlineShares() throws {
        // Given
        let workforce = try Self.workforce(
            try Self.published.get().occupations.map { (title: $0.title, scores: $0.human) })
        // Then
        #expect(workforce.occupations.count == 832)
        #expect(percent(workforce.shareOfWorkers(atLeast: 0.1, on: .beta)) == 80.9)
        #expect(percent(workforce.shareOfWorkers(atLeast: 0.5, on: .beta)) == 19.4)
        #expect(percent(workforce.shareOfWorkers(atLeast: 0.5, on: .alpha)) == 2.7)
        #expect(percent(workforce.shareOfWorkers(atLeast: 0.5, on: .zeta)) == 48.2)
    }

    /// From the labels, scores are exact: Data Entry Keyers (147,170 workers) score β = 7/14 = 0.5, which the
    /// published file rounds to 0.49999999999999994 and so leaves under the 50 % line. Every other figure is the same.
    @Test("the headline shares from the labels themselves differ only where an occupation sits exactly on 50 %")
    func headlineSharesFromLabels() throws {
        // Given
        let labels = try Self.labels.get()
        let scores: [(title: String, scores: ExposureScores)] = labels.occupations.compactMap { occupation in
            occupation.exposure(ratedBy: .human, weighting: .core).map { (occupation.title, $0) }
        }
        // When
        let workforce = try Self.workforce(scores)
        let keyers = try #require(labels.occupations.first { $0.title == "Data Entry Keyers" })
        // Then
        #expect(workforce.occupations.count == 832)
        #expect(keyers.exposure(ratedBy: .human, weighting: .core)?.beta == 0.5)
        #expect(percent(workforce.shareOfWorkers(atLeast: 0.1, on: .beta)) == 80.9)
        #expect(percent(workforce.shareOfWorkers(atLeast: 0.5, on: .beta)) == 19.5)
        #expect(percent(workforce.shareOfWorkers(atLeast: 0.5, on: .alpha)) == 2.7)
        #expect(percent(workforce.shareOfWorkers(atLeast: 0.5, on: .zeta)) == 48.2)
    }

    @Test("task-level means of the human and GPT-4 labels")
    func taskMeans() throws {
        // Given
        let labels = try Self.labels.get()
        // When
        let human = try #require(labels.taskMeans(ratedBy: .human))
        let gpt4 = try #require(labels.taskMeans(ratedBy: .gpt4))
        // Then
        #expect([human.alpha, human.beta, human.zeta].map { rounded($0, 3) } == [0.149, 0.308, 0.468])
        #expect([gpt4.alpha, gpt4.beta, gpt4.zeta].map { rounded($0, 3) } == [0.140, 0.348, 0.556])
    }

    @Test("with equal task weights, the five occupations most exposed by human β")
    func topOccupations() throws {
        // Given
        let labels = try Self.labels.get()
        let classifications = labels.occupations.map {
            JobClassification(title: $0.title, headcount: 1, tasks: $0.tasks.map { $0.jobTask(ratedBy: .human) })
        }
        // When
        let top = ExposureRanking(classifications, weighting: .equal).ranked(by: .beta).prefix(5)
        // Then
        #expect(
            top.map(\.name) == [
                "Survey Researchers", "Writers and Authors", "Interpreters and Translators",
                "Public Relations Specialists", "Animal Scientists",
            ])
        #expect(top.map { percent($0.scores.beta) } == [84.4, 82.5, 82.4, 80.6, 77.8])
    }

    @Test("15 occupations are fully exposed by human ζ, 86 by GPT-4 ζ")
    func fullyExposed() throws {
        let labels = try Self.labels.get()
        func fullyExposed(_ rater: LabelRater) -> Int {
            labels.occupations.count(where: { $0.exposure(ratedBy: rater, weighting: .core)?.zeta == 1 })
        }
        #expect(fullyExposed(.human) == 15)
        #expect(fullyExposed(.gpt4) == 86)
    }

    private func percent(_ share: Double) -> Double { rounded(share * 100, 1) }

    private func rounded(_ value: Double, _ digits: Int) -> Double {
        let scale = [1.0, 10, 100, 1000][digits]
        return (value * scale).rounded() / scale
    }
}
