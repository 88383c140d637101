import StewardCore
import Vapor

/// A refusal or failure of the gateway, answered in the OpenAI protocol's error shape so that existing clients show
/// its message: `{"error": {"message", "type", "code", "param"}}`.
struct GatewayError: Error, Sendable {
    let status: HTTPResponseStatus
    let rule: GatewayRule
    let message: String
    var headers: HTTPHeaders = [:]

    /// The protocol's error type for the status.
    var type: String {
        switch status.code {
        case 401: "authentication_error"
        case 403: "permission_error"
        case 404: "not_found_error"
        case 413, 400, 422: "invalid_request_error"
        case 429: "rate_limit_error"
        default: "api_error"
        }
    }

    /// The error as the protocol's JSON body.
    var body: ByteBuffer {
        let body: JSONValue = [
            "error": ["message": .string(message), "type": .string(type), "code": .string(rule.rawValue), "param": .null]
        ]
        return ByteBuffer(bytes: body.text)
    }

    /// The error as a response.
    var response: Response {
        var headers = headers
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(buffer: body))
    }

    static func refusal(_ decision: GatewayDecision) -> GatewayError {
        let status: HTTPResponseStatus = switch decision.rule {
        case .invalidKey: .unauthorized
        case .unknownModel: .notFound
        case .rateLimited: .tooManyRequests
        case .bodyTooLarge: .payloadTooLarge
        case .malformedRequest, .useCaseUnresolved: .badRequest
        case .upstreamFailure: .badGateway
        default: .forbidden
        }
        return GatewayError(status: status, rule: decision.rule, message: decision.message)
    }

    static func malformed(_ message: String) -> GatewayError {
        GatewayError(status: .badRequest, rule: .malformedRequest, message: message)
    }

    static func upstream(_ status: HTTPResponseStatus, _ message: String) -> GatewayError {
        GatewayError(status: status, rule: .upstreamFailure, message: message)
    }

    /// Any error met on a gateway route, in the protocol's shape: the gateway's own as they are, a 4xx with its
    /// reason, anything else as a failure that shows only a request id.
    static func from(_ error: any Error, requestID: String) -> GatewayError {
        if let gateway = error as? GatewayError { return gateway }
        if let abort = error as? any AbortError, abort.status.code < 500 {
            let rule: GatewayRule = abort.status == .payloadTooLarge ? .bodyTooLarge
                : abort.status == .unauthorized ? .invalidKey : .malformedRequest
            let message = abort.status == .payloadTooLarge
                ? "The request is larger than the gateway takes (\(UploadLimits.gatewayRequest.value / 1_048_576) MB). Send less text."
                : abort.reason
            return GatewayError(status: abort.status, rule: rule, message: message, headers: abort.headers)
        }
        return GatewayError(
            status: .internalServerError, rule: .upstreamFailure,
            message: "Something went wrong on our side, and the call was not sent. Quote request id \(requestID) "
                + "when you report it.")
    }
}
