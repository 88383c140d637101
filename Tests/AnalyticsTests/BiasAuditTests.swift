import Analytics
import Foundation
import Testing

@Suite("Bias audits by New York City's rules")
struct BiasAuditTests {
    /// 100 rows: 50 F (20 selected), 48 M (30 selected), 2 X (2 selected, 2 % of the data, kept), then 1 more row
    /// with an unknown sex added where a test needs it.
    static func rows(unknown: Int = 0) -> String {
        var lines = ["id,sex,outcome"]
        for index in 0..<50 { lines.append("\(index),F,\(index < 20 ? "Selected" : "no")") }
        for index in 0..<48 { lines.append("\(index),M,\(index < 30 ? "TRUE" : "0")") }
        lines += ["x1,X,yes", "x2,X,1"]
        for index in 0..<unknown { lines.append("u\(index),,1") }
        return lines.joined(separator: "\n")
    }

    static func audit(_ csv: String, by columns: [String] = ["sex"]) throws -> BiasAudit {
        try DecisionLog(csv: Array(csv.utf8), outcome: .selection(column: "outcome"), categories: columns).audit()
    }

    @Test("rates per group, ratios against the most selected group kept, flags under 0.8")
    func ratesAndRatios() throws {
        // When
        let groups = try Self.audit(Self.rows()).groups
        // Then
        #expect(groups.map { $0.group.map(\.value) } == [["F"], ["M"], ["X"]])
        #expect(groups.map(\.count) == [50, 48, 2])
        #expect(groups.map(\.selectionRate) == [0.4, 30.0 / 48, 1])
        #expect(groups.map(\.impactRatio) == [0.4, 30.0 / 48, 1])
        #expect(groups.map(\.isFlagged) == [true, true, false])
        #expect(groups.allSatisfy { !$0.isExcluded })
    }

    @Test("a group under 2 % of the data has a rate but no ratio, and is not the reference")
    func smallGroupsAreExcluded() throws {
        // Given: 104 rows, so X's 2 rows are under 2 %
        let csv = Self.rows(unknown: 4)
        // When
        let audit = try Self.audit(csv)
        // Then
        let x = try #require(audit.groups.first { $0.group.first?.value == "X" })
        #expect(x.isExcluded && x.impactRatio == nil && !x.isFlagged)
        #expect(audit.groups.first { $0.group.first?.value == "M" }?.impactRatio == 1)
        #expect(audit.unknown.map(\.columns) == [["sex"]] && audit.unknown.map(\.count) == [4])
    }

    @Test("intersections of several columns are audited after each column alone")
    func intersections() throws {
        // Given
        let csv = """
            sex,race,outcome
            F,A,1
            F,B,0
            M,A,1
            M,B,1
            M,B,0
            F,A,1
            """
        // When
        let audit = try Self.audit(csv, by: ["sex", "race"])
        // Then
        #expect(audit.groups.map { $0.group.map(\.column) }.suffix(4).allSatisfy { $0 == ["sex", "race"] })
        #expect(
            audit.groups.map { $0.group.map(\.value) } == [
                ["F"], ["M"], ["A"], ["B"], ["F", "A"], ["F", "B"], ["M", "A"], ["M", "B"],
            ])
        #expect(audit.groups.suffix(4).map(\.impactRatio) == [1, 0, 1, 0.5])
    }

    @Test("scores count as selected when above the median of all scores")
    func scoringRates() throws {
        // Given: median 3
        let csv = "sex,score\nF,1\nF,3\nF,5\nM,4\nM,2\n"
        // When
        let audit = try DecisionLog(csv: Array(csv.utf8), outcome: .score(column: "score"), categories: ["sex"])
            .audit()
        // Then
        #expect(audit.rate == .scoring)
        #expect(audit.median == 3)
        #expect(audit.groups.map(\.selectionRate) == [1.0 / 3, 0.5])
        #expect(audit.groups.map(\.impactRatio) == [2.0 / 3, 1])
    }

    @Test("the JSON shape: groups with their columns' values, the ratio left out for an excluded group")
    func jsonShape() throws {
        // Given
        let audit = try Self.audit(Self.rows(unknown: 4))
        // When
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try #require(String(data: try encoder.encode(audit), encoding: .utf8))
        // Then
        #expect(json.contains(#"{"count":50,"excluded":false,"flagged":true,"group":{"sex":"F"},"impactRatio":"#))
        #expect(json.contains(#"{"count":2,"excluded":true,"flagged":false,"group":{"sex":"X"},"selectionRate":1}"#))
        #expect(json.contains(#""rate":"selection""#) && json.contains(#""rows":104"#))
    }

    @Test(
        "a malformed log is an error naming the line and the column",
        arguments: [
            ("sex,outcome\nF,1\nM\n", "line 3, column 1", AnalyticsError.Code.wrongFieldCount),
            ("sex,outcome\r\nF,1\r\n\"M,1\r\n", "line 3, column 1", .malformedText),
            ("sex,outcome\nF,1\n\"M\"x,1\n", "line 3, column 4", .malformedText),
            ("sex,score\nF,1\nM,high\n", "line 3, column 3 (`score`)", .invalidValue),
            ("sex,outcome\n\"F\nmme\",1\n\"Mé\"\"\",\"x\"y\n", "line 4, column 11", .malformedText),
            ("sexe,outcome\nF,1\n", "line 1, column 1", .missingColumn),
        ])
    func rejectsMalformedLogs(csv: String, location: String, code: AnalyticsError.Code) {
        // When
        let outcome: DecisionLog.Outcome =
            csv.hasPrefix("sex,score") ? .score(column: "score") : .selection(column: "outcome")
        let result = Result { () throws(AnalyticsError) in
            try DecisionLog(csv: Array(csv.utf8), outcome: outcome, categories: ["sex"])
        }
        // Then
        guard case .failure(let error) = result else {
            Issue.record("no error for \(csv)")
            return
        }
        #expect(error.code == code)
        #expect(error.location?.description == location, "\(error)")
    }

    @Test("a byte-order mark, CRLF line ends, quoted fields and blank lines are read")
    func readsRFC4180() throws {
        // Given
        let csv = "\u{FEFF}\"sex\",outcome\r\n\"F, or \"\"other\"\"\", yes \r\n\r\nM,\"no\"\r\n"
        // When
        let log = try DecisionLog(csv: Array(csv.utf8), outcome: .selection(column: "outcome"), categories: ["sex"])
        // Then
        #expect(log.rowCount == 2)
        #expect(log.categories[0].values == [#"F, or "other""#, "M"])
        #expect(log.audit().groups.map(\.selectionRate) == [1, 0])
    }
}
