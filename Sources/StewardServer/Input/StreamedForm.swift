import StewardCore
import Vapor

/// A `multipart/form-data` form read from the body as it arrives, for routes that take files far larger than a form
/// (a labels file, a decision log): no copy of the whole body is collected first, only the file's bytes are kept,
/// and the size is checked as the bytes come. It is the only way such a route reads its body, and it checks what
/// the middleware leaves to it for these routes: the form's `_csrf` token and the text of every other field.
struct StreamedForm {
    /// The text fields, by name.
    private(set) var fields: [String: String] = [:]
    /// The file's name as the browser sent it, and its bytes; empty when none was chosen.
    private(set) var fileName = ""
    private(set) var file: [UInt8] = []

    /// The most bytes a text field of such a form may hold.
    private static let fieldLimit = 64 * 1024

    /// Reads the form of `request`, whose route streams its body, refusing a body over `limit` bytes with 413.
    static func read(_ request: Request, limit: ByteCount) async throws -> StreamedForm {
        guard let type = request.headers.contentType, type.type == "multipart", type.subType == "form-data",
              let boundary = type.parameters["boundary"], !boundary.isEmpty
        else {
            throw StewardError(.unsupportedMediaType, "Send the form as multipart/form-data, as the page's form does.")
        }
        let collector = Collector(limit: limit.value, fieldLimit: fieldLimit)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.header(name, value) }
        parser.onBody = { buffer in collector.body(&buffer) }
        parser.onPartComplete = { collector.complete() }
        do {
            if let collected = request.body.data {
                try collector.count(collected.readableBytes)
                try parser.execute(collected)
            } else {
                for try await chunk in request.body {
                    try collector.count(chunk.readableBytes)
                    try parser.execute(chunk)
                }
            }
        } catch let error as StewardError {
            throw error
        } catch {
            throw StewardError(.badRequest, "The form could not be read as multipart/form-data.")
        }
        if let problem = collector.problem { throw problem }
        var form = StreamedForm()
        form.fields = collector.fields
        form.fileName = collector.fileName
        form.file = collector.file
        try CSRFMiddleware.verify(sent: form.fields[CSRFMiddleware.field], for: request)
        for (name, value) in form.fields {
            if let problem = InputText.problem(in: value, field: name) { throw StewardError.invalid([problem]) }
        }
        return form
    }

    /// A text field, or "" when it was not sent.
    subscript(field: String) -> String { fields[field] ?? "" }

    /// Gathers the parts as the parser finds them; one part at a time, on one task.
    private final class Collector {
        let limit: Int
        let fieldLimit: Int
        var received = 0
        var fields: [String: String] = [:]
        var fileName = ""
        var file: [UInt8] = []
        var problem: StewardError?
        private var name: String?
        private var partFileName: String?
        private var part: [UInt8] = []
        private var sawFile = false

        init(limit: Int, fieldLimit: Int) {
            self.limit = limit
            self.fieldLimit = fieldLimit
        }

        func count(_ bytes: Int) throws {
            received += bytes
            guard received <= limit else {
                throw StewardError(.payloadTooLarge, "The file is larger than this form takes (\(limit / 1_048_576) MB).")
            }
        }

        func header(_ field: String, _ value: String) {
            guard field.lowercased() == "content-disposition" else { return }
            name = Self.parameter("name", in: value)
            partFileName = Self.parameter("filename", in: value)
        }

        func body(_ buffer: inout ByteBuffer) {
            if partFileName == nil, part.count + buffer.readableBytes > fieldLimit {
                problem = problem ?? StewardError.invalid([
                    DomainError(code: .invalidField, field: name ?? "form", message: "the field is longer than a form takes")
                ])
                buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
                return
            }
            part.append(contentsOf: buffer.readableBytesView)
            buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
        }

        func complete() {
            defer {
                part = []
                name = nil
                partFileName = nil
            }
            guard let name else { return }
            if let partFileName {
                guard !sawFile else { return }
                sawFile = true
                fileName = partFileName
                file = part
            } else if let text = String(validating: part, as: UTF8.self) {
                fields[name] = text
            } else {
                problem = problem ?? StewardError.invalid([
                    DomainError(code: .invalidField, field: name, message: "the field is not valid UTF-8")
                ])
            }
        }

        /// A parameter of a `Content-Disposition` header, such as `name="file"`.
        private static func parameter(_ key: String, in header: String) -> String? {
            for piece in header.split(separator: ";") {
                let pair = piece.trimmingCharacters(in: .whitespaces)
                guard pair.lowercased().hasPrefix(key + "=") else { continue }
                var value = pair.dropFirst(key.count + 1)
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
                return String(value)
            }
            return nil
        }
    }
}
