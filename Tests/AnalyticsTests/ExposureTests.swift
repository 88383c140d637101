import Analytics
import Testing

@Suite("Exposure of classifications, locals and units")
struct ExposureTests {
    static let clerk = JobClassification(
        title: "Office Clerk", headcount: 30, local: "Local 1", unit: "Administration",
        tasks: [
            JobTask(statement: "Answer the phone", type: .core, timeShare: 0.5, publishedRating: .e0),
            JobTask(statement: "Draft letters", type: .core, timeShare: 0.3, publishedRating: .e1),
            JobTask(statement: "File records", type: .supplemental, timeShare: 0.2, publishedRating: .e2),
        ])
    static let mechanic = JobClassification(
        title: "Mechanic", headcount: 10, local: "Local 2", unit: "Fleet",
        tasks: [
            JobTask(statement: "Repair engines", type: .core, timeShare: 0.9, publishedRating: .e0),
            JobTask(statement: "Order parts", type: .supplemental, timeShare: 0.1, publishedRating: .e1),
        ])
    static let analyst = JobClassification(
        title: "Analyst", headcount: 10, local: "Local 1", unit: "Administration",
        tasks: [JobTask(statement: "Write reports", type: .core, timeShare: 1, publishedRating: .e1)])

    @Test("α, β and ζ by equal, core and time-share weights")
    func weightings() throws {
        // When
        let equal = try #require(Self.clerk.exposure(weighting: .equal))
        let core = try #require(Self.clerk.exposure(weighting: .core))
        let time = try #require(Self.clerk.exposure(weighting: .timeShare))
        // Then
        #expect(equal == ExposureScores(alpha: 1.0 / 3, beta: 1.5 / 3, zeta: 2.0 / 3))
        #expect(core == ExposureScores(alpha: 2.0 / 5, beta: 2.5 / 5, zeta: 3.0 / 5))
        #expect(abs(time.alpha - 0.3) < 1e-12 && abs(time.beta - 0.4) < 1e-12 && abs(time.zeta - 0.5) < 1e-12)
    }

    @Test("a local rating wins over the published label, and keeps who rated it and why")
    func localRatingWins() throws {
        // Given
        var clerk = Self.clerk
        let rating = LocalRating(rating: .e1, ratedBy: "Joint committee", reason: "Calls are now answered by a bot")
        clerk.tasks[0].localRating = rating
        // When
        let scores = try #require(clerk.exposure(weighting: .equal))
        // Then
        #expect(clerk.tasks[0].rating == .e1)
        #expect(clerk.tasks[0].publishedRating == .e0)
        #expect(scores.alpha == 2.0 / 3)
    }

    @Test("a classification without rated tasks, or without time shares, has no score")
    func unscored() {
        let unrated = JobClassification(title: "New", headcount: 3, tasks: [JobTask(statement: "Something")])
        let noShares = JobClassification(
            title: "Old", headcount: 3, tasks: [JobTask(statement: "Something", publishedRating: .e1)])
        #expect(unrated.exposure(weighting: .equal) == nil)
        #expect(noShares.exposure(weighting: .timeShare) == nil)
        #expect(noShares.exposure(weighting: .core)?.alpha == 1)
    }

    @Test("locals, units and the organization are weighted by headcount and ranked")
    func groupsByHeadcount() throws {
        // Given
        let ranking = ExposureRanking([Self.clerk, Self.mechanic, Self.analyst], weighting: .equal)
        // When
        let locals = ranking.locals(by: .alpha)
        let organization = try #require(ranking.organization(named: "City"))
        // Then
        #expect(ranking.ranked(by: .alpha).map(\.name) == ["Analyst", "Mechanic", "Office Clerk"])
        #expect(locals.map(\.name) == ["Local 1", "Local 2"])
        #expect(locals[0].headcount == 40)
        #expect(abs(locals[0].scores.alpha - (30.0 / 3 + 10) / 40) < 1e-12)
        #expect(ranking.units(by: .alpha).map(\.name) == ["Administration", "Fleet"])
        #expect(organization.headcount == 50)
        #expect(abs(organization.scores.alpha - (30.0 / 3 + 10 * 0.5 + 10) / 50) < 1e-12)
    }

    @Test("ties in the ranking go to the larger headcount, then by name")
    func tiesAreStable() {
        let a = JobClassification(title: "B", headcount: 5, tasks: [JobTask(statement: "x", publishedRating: .e1)])
        let b = JobClassification(title: "A", headcount: 5, tasks: [JobTask(statement: "y", publishedRating: .e1)])
        let c = JobClassification(title: "C", headcount: 9, tasks: [JobTask(statement: "z", publishedRating: .e1)])
        #expect(ExposureRanking([a, b, c], weighting: .equal).ranked(by: .zeta).map(\.name) == ["C", "A", "B"])
    }
}
