import StewardCore
import Vapor

/// A form whose one field, `file`, is an uploaded file, as the import pages send it.
struct UploadForm: Content {
    var file: File?

    /// The uploaded file; refused, naming the field, when none was chosen or it is empty.
    /// - Parameter what: what to choose, as the message says it ("a CSV file").
    func requiredFile(_ what: String) throws -> File {
        guard let file, file.data.readableBytes > 0 else {
            throw StewardError.invalid([
                DomainError(code: .invalidField, field: "file", message: "choose \(what) to import")
            ])
        }
        return file
    }
}
