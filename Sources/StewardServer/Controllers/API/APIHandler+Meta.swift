import Foundation
import OpenAPIRuntime
import StewardAPI
import Yams

extension APIHandler {
    func getOpenAPIDocument(
        _ input: Operations.GetOpenAPIDocument.Input
    ) async throws -> Operations.GetOpenAPIDocument.Output {
        .ok(.init(body: .json(document)))
    }

    /// The bundled `openapi.yaml` as a JSON object: the very document the server code is generated from.
    static func loadDocument() throws -> OpenAPIObjectContainer {
        guard let object = try Yams.load(yaml: OpenAPIDocument.yaml()) as? [String: Any] else {
            throw StewardError(.internalServerError, "openapi.yaml is not a YAML mapping")
        }
        let json = try JSONSerialization.data(withJSONObject: object)
        return try JSONDecoder().decode(OpenAPIObjectContainer.self, from: json)
    }
}
