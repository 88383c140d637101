import Foundation

/// A horizontal bar chart drawn as SVG by the server: one labelled bar a row, its value written beside it, and an
/// optional reference line (the four-fifths line of impact ratios). Readable without colour: every bar carries its
/// value and any flag as text, and the page shows the same figures in a table.
struct BarChart: Encodable {
    /// One bar.
    struct Bar {
        let label: String
        let value: Double
        /// The value as the chart writes it ("62.5 %", "0.74").
        let valueText: String
        /// Drawn in the warning colour, and said in words ("under 0.8").
        var flag: String?
    }

    /// The SVG markup, with its title and description.
    let svg: String

    /// The colours: each at least 3:1 against white, as WCAG asks of graphics.
    private static let fill = "#1f5f8b"
    private static let flagFill = "#a11d2b"
    private static let ink = "#1d2330"

    /// Lays out `bars` from 0 to `maximum`, with a reference line at `reference` if given.
    /// - Parameters:
    ///   - id: unique on the page, for the title and description the SVG is labelled by.
    ///   - title: what the chart shows, its accessible name.
    ///   - summary: the chart in words, its accessible description.
    init(
        id: String, title: String, summary: String, bars: [Bar], maximum: Double,
        reference: (value: Double, label: String)? = nil
    ) {
        let width = 640, labelWidth = 230, valueWidth = 110, rowHeight = 26, top = 28
        let plotLeft = labelWidth, plotWidth = width - labelWidth - valueWidth
        let height = top + bars.count * rowHeight + 30
        let scale = maximum > 0 ? Double(plotWidth) / maximum : 0
        func x(_ value: Double) -> Int { plotLeft + Int((min(max(value, 0), maximum) * scale).rounded()) }
        var svg = """
            <svg role="img" aria-labelledby="\(id)-title \(id)-desc" viewBox="0 0 \(width) \(height)" width="100%" \
            style="max-width: 44rem" class="chart-svg"><title id="\(id)-title">\(SVGText.escaped(title))</title>\
            <desc id="\(id)-desc">\(SVGText.escaped(summary))</desc>
            """
        for (index, bar) in bars.enumerated() {
            let y = top + index * rowHeight
            let end = x(bar.value)
            let words = bar.valueText + (bar.flag.map { ", \($0)" } ?? "")
            svg += """
                <text x="\(labelWidth - 8)" y="\(y + 16)" text-anchor="end" font-size="12" fill="\(Self.ink)">\
                \(SVGText.escaped(SVGText.clipped(bar.label, to: 34)))</text>\
                <rect x="\(plotLeft)" y="\(y + 4)" width="\(max(1, end - plotLeft))" height="\(rowHeight - 8)" \
                fill="\(bar.flag == nil ? Self.fill : Self.flagFill)"><title>\(SVGText.escaped("\(bar.label): \(words)"))</title></rect>\
                <text x="\(end + 6)" y="\(y + 16)" font-size="12" fill="\(Self.ink)">\(SVGText.escaped(words))</text>
                """
        }
        let axis = top + bars.count * rowHeight + 4
        svg += "<line x1=\"\(plotLeft)\" y1=\"\(top - 4)\" x2=\"\(plotLeft)\" y2=\"\(axis)\" stroke=\"#5a6272\"/>"
        if let reference {
            let line = x(reference.value)
            svg += """
                <line x1="\(line)" y1="\(top - 8)" x2="\(line)" y2="\(axis)" stroke="\(Self.ink)" stroke-dasharray="4 3"/>\
                <text x="\(line)" y="\(top - 12)" text-anchor="middle" font-size="12" fill="\(Self.ink)">\
                \(SVGText.escaped(reference.label))</text>
                """
        }
        svg += "</svg>"
        self.svg = svg
    }

    /// A share as the charts and tables write it: "62.5 %".
    static func percent(_ share: Double) -> String {
        String(format: "%.1f %%", share * 100)
    }
}
