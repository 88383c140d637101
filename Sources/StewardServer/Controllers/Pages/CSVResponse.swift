import Vapor

extension Response {
    /// A CSV file to download: `text/csv; charset=utf-8`, as an attachment named `filename`.
    static func csvFile(_ text: String, named filename: String) -> Response {
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.contentDisposition = .init(.attachment, filename: filename)
        return response
    }
}
