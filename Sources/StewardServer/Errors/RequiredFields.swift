import Foundation
import StewardCore
import Vapor
import Yams

/// The required top-level fields of each operation's JSON body, read from the OpenAPI document, so that a body
/// missing several of them is answered with every missing field, not only the first the decoder met.
struct RequiredFields: Sendable {
    private let byOperation: [String: [String]]

    /// Reads every operation's request schema (following one `$ref`) from the YAML document.
    init(yaml: String) throws {
        guard let document = try Yams.load(yaml: yaml) as? [String: Any] else {
            throw StewardError(.internalServerError, "openapi.yaml is not a YAML mapping")
        }
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
        var byOperation: [String: [String]] = [:]
        for case let item as [String: Any] in (document["paths"] as? [String: Any] ?? [:]).values {
            for case let operation as [String: Any] in item.values {
                guard let id = operation["operationId"] as? String,
                      let body = operation["requestBody"] as? [String: Any],
                      let content = body["content"] as? [String: Any],
                      let json = content["application/json"] as? [String: Any],
                      var schema = json["schema"] as? [String: Any]
                else { continue }
                if let ref = schema["$ref"] as? String, let name = ref.split(separator: "/").last,
                   let target = schemas[String(name)] as? [String: Any] {
                    schema = target
                }
                byOperation[id] = schema["required"] as? [String] ?? []
            }
        }
        self.byOperation = byOperation
    }

    /// One problem per required field that `body` lacks or sets to null; empty when the body is not a JSON object.
    func problems(operation: String, body: ByteBuffer?) -> [DomainError] {
        guard let required = byOperation[operation], let body,
              let object = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
        else { return [] }
        return required.filter { object[$0] == nil || object[$0] is NSNull }.map { field in
            DomainError(code: .invalidField, field: field, message: "`\(field)` is required")
        }
    }
}

extension Application {
    private struct RequiredFieldsKey: StorageKey {
        typealias Value = RequiredFields
    }

    /// The JSON API's required body fields, set when the API is registered.
    var requiredFields: RequiredFields? {
        get { storage[RequiredFieldsKey.self] }
        set { storage[RequiredFieldsKey.self] = newValue }
    }
}
