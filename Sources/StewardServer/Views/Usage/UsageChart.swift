import StewardCore

/// A stacked bar chart of the gateway's shown calls per week and verdict, laid out for an SVG the page template
/// draws: every bar carries its numbers as text, and the page has the same figures as a table.
struct UsageChart: Encodable {
    struct Bar: Encodable {
        let x: Int
        let y: Int
        let width: Int
        let height: Int
        let fill: String
        let label: String
    }

    struct Tick: Encodable {
        let x: Int
        let y: Int
        let text: String
    }

    struct Key: Encodable {
        let fill: String
        let text: String
        let x: Int
        let textX: Int
    }

    let width = 640
    let height = 260
    let bars: [Bar]
    let weekLabels: [Tick]
    let scale: [Tick]
    let legend: [Key]
    let summary: String

    /// The colours of the verdicts: each at least 3:1 against white, as WCAG asks of graphics.
    static let fills: [GatewayVerdict: String] = [.forward: "#1f5f8b", .redact: "#8a5a00", .refuse: "#a11d2b"]

    init(_ usage: UsageSummary) {
        let plotTop = 20, plotBottom = 210, left = 50, step = (640 - 60) / max(1, usage.weeks.count)
        let totals = usage.weekly.map { $0.values.reduce(0, +) }
        let top = max(1, Self.roundUp(totals.max() ?? 0))
        let perCall = Double(plotBottom - plotTop) / Double(top)
        var bars: [Bar] = []
        for (index, week) in usage.weekly.enumerated() {
            var base = plotBottom
            for verdict in GatewayVerdict.allCases {
                guard let calls = week[verdict], calls > 0 else { continue }
                let height = max(1, Int((Double(calls) * perCall).rounded()))
                base -= height
                bars.append(Bar(
                    x: left + index * step + 6, y: base, width: step - 12, height: height,
                    fill: Self.fills[verdict] ?? "#1d2330",
                    label: "Week of \(usage.weeks[index]): \(calls) \(verdict.rawValue) call\(calls == 1 ? "" : "s")"))
            }
        }
        self.bars = bars
        weekLabels = usage.weeks.enumerated().map { index, day in
            Tick(x: left + index * step + step / 2, y: plotBottom + 18, text: String(day.description.dropFirst(5)))
        }
        scale = [0, top / 2, top].map { value in
            Tick(x: left - 6, y: plotBottom - Int(Double(value) * perCall) + 4, text: String(value))
        }
        legend = GatewayVerdict.allCases.enumerated().map { index, verdict in
            Key(fill: Self.fills[verdict] ?? "#1d2330", text: verdict.rawValue, x: left + index * 120, textX: left + index * 120 + 18)
        }
        summary = "Calls through the gateway per week over \(usage.weeks.count) weeks, by verdict: "
            + zip(usage.weeks, totals).map { "week of \($0): \($1)" }.joined(separator: "; ")
            + ". Cells behind fewer than \(UsageSummary.minimumPeople) people are left out."
    }

    /// A round number at or above `value` for the top of the scale.
    private static func roundUp(_ value: Int) -> Int {
        guard value > 10 else { return max(value, 2) + (max(value, 2) % 2) }
        var unit = 1
        while unit * 10 < value { unit *= 10 }
        return (value + unit - 1) / unit * unit
    }
}
