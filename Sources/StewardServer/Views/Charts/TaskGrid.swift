import Analytics

/// A classification's tasks as a grid by exposure, drawn as SVG by the server: one column per rating (E0, E1, E2,
/// not rated), headed by its name and count, one square a task, named in its own title. Position says the rating,
/// so colour is never the only cue.
struct TaskGrid: Encodable {
    /// The SVG markup, with its title and description.
    let svg: String

    /// Lays out tasks, each with the rating that counts (nil when not rated).
    init(id: String, classification: String, tasks: [(statement: String, rating: ExposureRating?, isLocal: Bool)]) {
        let columns: [(heading: String, rating: ExposureRating?, fill: String)] = [
            ("E0 none", .e0, "#5a6272"), ("E1 direct", .e1, "#a11d2b"), ("E2 with software", .e2, "#8a5a00"),
            ("Not rated", nil, "#ffffff"),
        ]
        let perRow = 9, size = 14, gap = 3, columnWidth = 155, top = 36
        let grouped = columns.map { column in tasks.filter { $0.rating == column.rating } }
        let rows = max(1, grouped.map { ($0.count + perRow - 1) / perRow }.max() ?? 1)
        let width = columnWidth * columns.count, height = top + rows * (size + gap) + 12
        let counts = zip(columns, grouped).map { "\($0.heading): \($1.count)" }.joined(separator: "; ")
        var svg = """
            <svg role="img" aria-labelledby="\(id)-title \(id)-desc" viewBox="0 0 \(width) \(height)" width="100%" \
            style="max-width: 44rem" class="chart-svg"><title id="\(id)-title">\
            \(SVGText.escaped("Tasks of \(classification) by exposure"))</title>\
            <desc id="\(id)-desc">\(SVGText.escaped("Each square is a task, in the column of the rating that counts; "
                + "a square with a dot was rated locally. \(counts)."))</desc>
            """
        for (index, column) in columns.enumerated() {
            let left = index * columnWidth + 4
            svg += "<text x=\"\(left)\" y=\"16\" font-size=\"12\" font-weight=\"bold\" fill=\"#1d2330\">"
                + "\(SVGText.escaped(column.heading)) (\(grouped[index].count))</text>"
            for (position, task) in grouped[index].enumerated() {
                let x = left + (position % perRow) * (size + gap), y = top - 12 + (position / perRow) * (size + gap)
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(size)\" height=\"\(size)\" fill=\"\(column.fill)\" "
                    + "stroke=\"#1d2330\"><title>\(SVGText.escaped(task.statement))</title></rect>"
                if task.isLocal {
                    svg += "<circle cx=\"\(x + size / 2)\" cy=\"\(y + size / 2)\" r=\"3\" fill=\"#ffffff\" stroke=\"#1d2330\"/>"
                }
            }
        }
        svg += "</svg>"
        self.svg = svg
    }
}
