import Fluent
import Foundation

/// A document attached to a review step, with its digest. `@unchecked Sendable`: see ``OrganizationModel``.
final class StepDocumentModel: Model, @unchecked Sendable {
    static let schema = "step_documents"

    @ID(key: .id) var id: UUID?
    @Parent(key: "step_id") var step: ReviewStepModel
    @Field(key: "filename") var filename: String
    /// The type it is served with: one of ``StepDocumentService/servedTypes``, else `application/octet-stream`.
    @Field(key: "content_type") var contentType: String
    @Field(key: "size") var size: Int
    @Field(key: "sha256") var sha256: String
    @Field(key: "content") var content: Data
    @Field(key: "uploaded_by") var uploadedBy: String
    @Field(key: "uploaded_at") var uploadedAt: Date

    init() {}
}

extension StepDocumentModel: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [
            $id, $step, $filename, $contentType, $size, $sha256, $content, $uploadedBy, $uploadedAt
        ]
    }
}
