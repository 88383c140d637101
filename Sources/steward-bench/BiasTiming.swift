import Analytics

/// Timed reading and auditing of decision logs, on the calling thread.
enum BiasTiming {
    /// The best times of reading a log and of auditing it, and the audit's size.
    struct Run {
        var readSeconds = Double.infinity
        var auditSeconds = Double.infinity
        var groups = 0
        var flagged = 0

        var totalSeconds: Double { readSeconds + auditSeconds }
    }

    /// A CSV log of made-up decisions: an id, three category columns, a selected flag in several spellings and a
    /// score, with selection depending on the categories so that some groups are flagged.
    static func generateLog(rows: Int, using generator: inout SplitMix64) -> [UInt8] {
        let sexes = ["F", "M", "X"]
        let races = ["Asian", "Black", "Hispanic or Latino", "White", "Two or more races", "\"Other, unlisted\""]
        let ages = ["under 40", "40 or over"]
        let yes = ["1", "Yes", "TRUE", "selected"]
        let no = ["0", "no", "False", "not selected"]
        var text = "applicant,sex,race,age_band,selected,score\r\n"
        text.reserveCapacity(rows * 48)
        for index in 0..<rows {
            let (sex, race, age) = (
                Int(generator.next() % 100), Int(generator.next() % UInt64(races.count)), Int(generator.next() % 2)
            )
            let sexIndex = sex < 48 ? 0 : sex < 97 ? 1 : 2
            let chance = 30 + 5 * race + 10 * sexIndex + 8 * age
            let isSelected = Int(generator.next() % 100) < chance
            let score = Double(chance) + Double(generator.next() % 4000) / 100
            let outcome = isSelected ? yes[index % 4] : no[index % 4]
            text += "A\(index),\(sexes[sexIndex]),\(races[race]),\(ages[age]),\(outcome),\(score)\r\n"
        }
        return Array(text.utf8)
    }

    /// Reads and audits the log `passes` times, keeping the best time of each step.
    static func measure(csv: [UInt8], outcome: DecisionLog.Outcome, by columns: [String], _ passes: Int) throws -> Run {
        var run = Run()
        let clock = ContinuousClock()
        for _ in 0..<max(passes, 1) {
            let start = clock.now
            let log = try DecisionLog(csv: csv, outcome: outcome, categories: columns)
            let read = clock.now
            let audit = log.audit()
            let end = clock.now
            run.readSeconds = min(run.readSeconds, seconds(read - start))
            run.auditSeconds = min(run.auditSeconds, seconds(end - read))
            run.groups = audit.groups.count
            run.flagged = audit.groups.count(where: \.isFlagged)
        }
        return run
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
