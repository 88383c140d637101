import Analytics
import PropertyBased
import Testing

@Suite("Properties of bias audits")
struct BiasAuditPropertyTests {
    /// Up to 300 decisions over two columns of a few values each, some of sex unknown.
    struct Rows: Sendable {
        var sex: [String]
        var race: [String]
        var selected: [Bool]

        func log(repeated times: Int = 1) -> DecisionLog {
            func repeated<T>(_ values: [T]) -> [T] { Array(repeating: values, count: times).flatMap { $0 } }
            return DecisionLog(
                selected: repeated(selected),
                categories: [
                    CategoryColumn(name: "sex", rows: repeated(sex)),
                    CategoryColumn(name: "race", rows: repeated(race)),
                ])
        }
    }

    static let rows = zip(Gen.int(in: 0...3), Gen.int(in: 0...2), Gen.bool).array(of: 1...300).map { rows in
        Rows(
            sex: rows.map { ["", "F", "M", "X"][$0.0] }, race: rows.map { ["A", "B", "C"][$0.1] },
            selected: rows.map(\.2))
    }

    @Test("impact ratios stay within 0 and 1, and in each breakdown the most selected kept group has 1")
    func ratiosAreShares() async {
        await propertyCheck(count: 300, input: Self.rows) { rows in
            // When
            let groups = rows.log().audit().groups
            // Then
            for columns in [["sex"], ["race"], ["sex", "race"]] {
                let ratios = groups.filter { $0.group.map(\.column) == columns }.compactMap(\.impactRatio)
                #expect(ratios.allSatisfy { 0...1 ~= $0 })
                #expect(ratios.isEmpty || ratios.max() == 1)
            }
        }
    }

    @Test("scaling every count by the same factor changes no rate, ratio or flag")
    func scaleInvariance() async {
        await propertyCheck(count: 200, input: Self.rows, Gen.int(in: 2...5)) { rows, factor in
            // When
            let original = rows.log().audit().groups
            let scaled = rows.log(repeated: factor).audit().groups
            // Then
            #expect(original.map(\.group) == scaled.map(\.group))
            #expect(original.map(\.selectionRate) == scaled.map(\.selectionRate))
            #expect(
                zip(original, scaled).allSatisfy { a, b in
                    switch (a.impactRatio, b.impactRatio) {
                    case (nil, nil): true
                    case (let x?, let y?): abs(x - y) < 1e-12
                    default: false
                    }
                })
            #expect(original.map(\.isFlagged) == scaled.map(\.isFlagged))
            #expect(original.map(\.isExcluded) == scaled.map(\.isExcluded))
        }
    }
}

@Suite("Properties of scores")
struct ScorePropertyTests {
    static let scores = Gen.int(in: -50_000...50_000).array(of: 1...200).map { $0.map { Double($0) / 100 } }

    @Test("scores written as decimals read back as the same numbers, and the median is the sorted middle")
    func medianOfWrittenScores() async throws {
        await propertyCheck(count: 300, input: Self.scores) { scores in
            // Given
            let csv = "score\n" + scores.map { "\($0)" }.joined(separator: "\n")
            let sorted = scores.sorted()
            let middle = sorted.count / 2
            let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
            // When
            let audit = try? DecisionLog(csv: Array(csv.utf8), outcome: .score(column: "score"), categories: [])
                .audit()
            // Then
            #expect(audit?.median == median)
            #expect(audit?.rows == scores.count)
        }
    }
}
