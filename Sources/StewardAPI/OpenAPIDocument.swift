import Foundation

/// The OpenAPI document this target's server code is generated from, shipped as a resource so that the server can
/// publish the very same contract at `/api/v1/openapi.json`.
public enum OpenAPIDocument {
    /// The YAML text of `openapi.yaml`.
    public static func yaml() throws -> String {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "openapi.yaml"])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
