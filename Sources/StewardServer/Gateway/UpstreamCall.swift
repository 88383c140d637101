import AsyncHTTPClient
import NIOCore
import StewardCore
import Vapor

/// A call to the AI service behind a tool: sent with the tool's credential, and every way it can fail turned into a
/// gateway error the person can act on (502 for a failure or an answer outside the protocol, 504 for a timeout).
struct UpstreamCall {
    let route: GatewayRoute
    let client: HTTPClient
    let settings: GatewaySettings

    /// The most an answer that is not streamed may hold.
    static let answerLimit = 16 * 1_048_576

    /// Sends the call; returns once the service has begun to answer with success.
    func send(_ operation: GatewayCallBody.Operation, body: [UInt8]) async throws -> HTTPClientResponse {
        var request = HTTPClientRequest(url: route.baseURL + (operation == .chat ? "/chat/completions" : "/embeddings"))
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(route.credential)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: body))
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: .seconds(Int64(settings.upstreamTimeoutSeconds)))
        } catch {
            throw failure(error)
        }
        guard (200..<300).contains(response.status.code) else { throw try await refusal(response) }
        return response
    }

    /// The whole answer as a JSON object, which must be what the protocol answers for `operation`.
    func read(_ response: HTTPClientResponse, operation: GatewayCallBody.Operation) async throws -> JSONValue {
        let bytes: ByteBuffer
        do {
            bytes = try await response.body.collect(upTo: Self.answerLimit)
        } catch {
            throw failure(error)
        }
        let list = operation == .chat ? "choices" : "data"
        guard let object = try? JSONValue(parsing: Array(bytes.readableBytesView)), object[list]?.array != nil else {
            throw GatewayError.upstream(
                .badGateway, "\(route.toolName)'s service answered something that is not an OpenAI-style answer. "
                    + "Tell your AI officer, who can check the tool's upstream.")
        }
        return object
    }

    /// The error for a call that failed on the way: a timeout is a 504, anything else a 502.
    private func failure(_ error: any Error) -> GatewayError {
        if let error = error as? HTTPClientError,
           [.deadlineExceeded, .readTimeout, .connectTimeout].contains(error) {
            return GatewayError.upstream(
                .gatewayTimeout, "\(route.toolName) did not answer within \(settings.upstreamTimeoutSeconds) seconds. "
                    + "Try again later; if it keeps happening, tell your AI officer.")
        }
        return GatewayError.upstream(
            .badGateway, "\(route.toolName)'s service could not be reached or broke off. Try again later; if it keeps "
                + "happening, tell your AI officer.")
    }

    /// The error for an answer other than success: the service's own words for a request it refused, its status
    /// otherwise.
    private func refusal(_ response: HTTPClientResponse) async throws -> GatewayError {
        let bytes = (try? await response.body.collect(upTo: 65_536)) ?? ByteBuffer()
        let object = try? JSONValue(parsing: Array(bytes.readableBytesView))
        let said = object?["error"]?["message"]?.string.map { " It said: \($0.prefix(500))" } ?? ""
        switch response.status.code {
        case 401, 403:
            return GatewayError.upstream(
                .badGateway, "\(route.toolName)'s service refused Steward's credential. Tell your AI officer, who "
                    + "sets it on the tool's page.")
        case 429:
            var error = GatewayError(
                status: .tooManyRequests, rule: .upstreamFailure,
                message: "\(route.toolName)'s service is busy. Wait a little and try again.\(said)")
            if let wait = response.headers.first(name: "Retry-After") { error.headers = ["Retry-After": wait] }
            return error
        case 400..<500:
            return GatewayError(
                status: HTTPResponseStatus(statusCode: Int(response.status.code)), rule: .upstreamFailure,
                message: "\(route.toolName)'s service refused the request.\(said)")
        default:
            return GatewayError.upstream(
                .badGateway, "\(route.toolName)'s service failed (status \(response.status.code)). Try again later.")
        }
    }
}
