import AsyncHTTPClient
import DataGuard
import FluentKit
import Foundation
import NIOCore
import StewardCore
import Vapor

/// One call through the gateway, from its key to the answer: every check in order, refused at the first that fails,
/// and a usage event for every call made with a valid key (DESIGN.md, "Enforcement at the point of use"). Any
/// failure before the service is called refuses the call: nothing is forwarded unchecked.
struct GatewayCall: Sendable {
    let request: Request
    let gateway: Gateway
    let started = NIODeadline.now()
    /// The database and the application's context, looked up once for the whole call.
    private let database: any Database
    private let context: StewardContext

    init(_ request: Request) throws {
        self.request = request
        gateway = try request.application.gateway
        database = request.db
        context = try request.application.steward
    }

    /// The person's key, from `Authorization: Bearer …`.
    func authenticate() async throws -> GatewayKeyRecord {
        guard let bearer = request.headers.bearerAuthorization?.token else {
            throw GatewayError(
                status: .unauthorized, rule: .invalidKey,
                message: "Send your Steward gateway key as `Authorization: Bearer …`; create one on your account page.")
        }
        guard let key = try await gateway.directory.key(digest: AccountService.digest(ofToken: bearer), on: database),
              authorizer(key).allows(.callGateway, in: .organization)
        else {
            throw GatewayError(
                status: .unauthorized, rule: .invalidKey,
                message: "This gateway key is not valid: it may have been revoked. Create a new one on your account page.")
        }
        return key
    }

    /// The tools this person may use now, in the protocol's model list.
    func models() async throws -> Response {
        let key = try await authenticate()
        var models: [JSONValue] = []
        for route in try await routes().values.sorted(by: { $0.gatewayName < $1.gatewayName }) {
            let uses = try await gateway.directory.uses(of: route.toolID, for: key, authorizer: authorizer(key))
            guard uses.contains(where: { $0.access.admission.verdict == .forward }) else { continue }
            models.append([
                "id": .string(route.gatewayName), "object": .string("model"),
                "created": .integer(Int(route.updatedAt.timeIntervalSince1970)), "owned_by": .string("steward"),
            ])
        }
        return Self.json(["object": .string("list"), "data": .array(models)])
    }

    /// A chat completion or an embedding, checked and forwarded.
    func forward(_ operation: GatewayCallBody.Operation) async throws -> Response {
        let key = try await authenticate()
        var usage = UsageDraft(key: key)
        do {
            if let wait = gateway.limiter.take(key.keyID) {
                throw GatewayError(
                    status: .tooManyRequests, rule: .rateLimited,
                    message: "This key sent more calls than it may; wait \(wait) second\(wait == 1 ? "" : "s") and try again.",
                    headers: ["Retry-After": String(wait)])
            }
            let bytes = try await request.body.collect(max: UploadLimits.gatewayRequest.value).get()
            var body = try GatewayCallBody(bytes.map { Array($0.readableBytesView) } ?? [], operation: operation)
            guard let route = try await routes()[body.model] else { throw Self.unknownModel(body.model) }
            usage.toolID = route.toolID
            let use = try await resolveUse(of: route, for: key)
            usage.use = use
            let texts = body.texts
            let scans = texts.map { gateway.scanner.scan($0) }
            for finding in scans.joined() { usage.findings[finding.type.rawValue, default: 0] += 1 }
            let found = GuardScanner.categories(of: texts, findings: scans)
            let decision = use.access.decide(found: found)
            usage.decision = decision
            guard decision.verdict != .refuse else { throw GatewayError.refusal(decision) }
            var redactor: Redactor?
            if decision.verdict == .redact {
                var active = Redactor(scanner: gateway.scanner)
                var scanned = scans.makeIterator()
                // The texts come in the order they were scanned, so each is redacted from its own findings.
                body.rewriteTexts { text in
                    active.redact(text, found: scanned.next() ?? gateway.scanner.scan(text)).text
                }
                redactor = active
            }
            let call = UpstreamCall(route: route, client: gateway.client, settings: gateway.settings)
            let answer = try await call.send(operation, body: body.text(model: route.model))
            let label = use.requiresLabels && operation == .chat ? GatewayLabel.line(for: route.toolName) : nil
            if body.stream {
                return stream(answer, relay: ChatStreamRelay(restorer: redactor.map(StreamRestorer.init), label: label),
                              verdict: decision.verdict, usage: usage)
            }
            var object = try await call.read(answer, operation: operation)
            if operation == .chat { Self.rewriteChoices(&object, redactor: redactor, label: label) }
            usage.promptTokens = object["usage"]?["prompt_tokens"]?.integer
            usage.completionTokens = object["usage"]?["completion_tokens"]?.integer
            record(usage)
            let response = Self.json(object)
            response.headers.replaceOrAdd(name: "X-Steward-AI-Generated", value: "true")
            response.headers.replaceOrAdd(name: "X-Steward-Verdict", value: decision.verdict.rawValue)
            return response
        } catch {
            let failure = GatewayError.from(error, requestID: request.id)
            if usage.decision.verdict != .refuse { usage.decision = .refuse(failure.rule, failure.message) }
            record(usage)
            throw failure
        }
    }

    /// Sends a streamed answer on as it arrives; a cut stream ends with an error event, and a client that leaves
    /// stops the relay, which drops the service's call.
    private func stream(
        _ answer: HTTPClientResponse, relay: ChatStreamRelay, verdict: GatewayVerdict, usage: UsageDraft
    ) -> Response {
        let toolName = usage.use?.access.toolName ?? "The tool"
        let recordUsage = { @Sendable (usage: UsageDraft) in self.record(usage) }
        let response = Response(status: .ok, body: .init(asyncStream: { writer in
            var relay = relay
            var usage = usage
            do {
                for try await piece in answer.body {
                    for event in relay.feed(piece) { try await writer.write(.buffer(ByteBuffer(string: event))) }
                }
                if !relay.isComplete {
                    let cut = GatewayError.upstream(.badGateway, "\(toolName)'s service ended its answer early. Try again.")
                    try await writer.write(.buffer(ByteBuffer(string: ChatStreamRelay.errorEvent(cut))))
                }
            } catch let error as HTTPClientError {
                let cut = GatewayError.upstream(
                    error == .readTimeout ? .gatewayTimeout : .badGateway,
                    "\(toolName)'s service stopped answering part way. Try again.")
                try? await writer.write(.buffer(ByteBuffer(string: ChatStreamRelay.errorEvent(cut))))
            } catch {
                // The person's client left: stop reading, which ends the service's call.
            }
            usage.promptTokens = relay.promptTokens
            usage.completionTokens = relay.completionTokens
            recordUsage(usage)
            try? await writer.write(.end)
        }))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "event-stream")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        response.headers.replaceOrAdd(name: "X-Steward-AI-Generated", value: "true")
        response.headers.replaceOrAdd(name: "X-Steward-Verdict", value: verdict.rawValue)
        return response
    }

    /// The use the call runs as: named by the `X-Steward-Use-Case` header or the key, else the person's one use of
    /// the tool that may run now.
    private func resolveUse(of route: GatewayRoute, for key: GatewayKeyRecord) async throws -> GatewayUse {
        let uses = try await gateway.directory.uses(of: route.toolID, for: key, authorizer: authorizer(key))
        var named = key.defaultUseCaseID.flatMap { id in uses.contains { $0.useCaseID == id } ? id : nil }
        if let header = request.headers.first(name: "X-Steward-Use-Case") {
            guard let id = UseCaseID(header) else {
                throw GatewayError.malformed("`X-Steward-Use-Case` must be a use case's id, not `\(header.prefix(60))`.")
            }
            named = id
        }
        if let named {
            guard let use = uses.first(where: { $0.useCaseID == named }) else {
                throw GatewayError.refusal(.refuse(
                    .useCaseUnresolved,
                    "Use case \(named) is not a use of \(route.toolName) open to you. GET /v1/models lists your tools; "
                        + "each tool's page in Steward lists its uses."))
            }
            return use
        }
        let runnable = uses.filter { $0.access.admission.verdict == .forward }
        if runnable.count == 1 { return runnable[0] }
        if runnable.count > 1 {
            let choices = runnable.map { "\u{201C}\($0.title)\u{201D} (\($0.useCaseID))" }.joined(separator: ", ")
            throw GatewayError.refusal(.refuse(
                .useCaseUnresolved,
                "You have several approved uses of \(route.toolName): \(choices). Name one in the X-Steward-Use-Case "
                    + "header, or set it on your key."))
        }
        if uses.count == 1 { return uses[0] }
        throw GatewayError(
            status: .forbidden, rule: .useNotApproved,
            message: uses.isEmpty
                ? "You have no approved use of \(route.toolName). Describe your use on the tool's page in Steward, "
                    + "or ask your AI officer."
                : "None of your uses of \(route.toolName) may run now: "
                    + uses.map { "\u{201C}\($0.title)\u{201D} (\($0.access.status.title.lowercased()))" }
                        .joined(separator: ", ") + ". Ask your AI officer where their reviews stand.")
    }

    private static func unknownModel(_ name: String) -> GatewayError {
        GatewayError(
            status: .notFound, rule: .unknownModel,
            message: "No tool is called \u{201C}\(name.prefix(80))\u{201D} in Steward's gateway. GET /v1/models lists "
                + "the tools you may use.")
    }

    private func routes() async throws -> [String: GatewayRoute] {
        try await gateway.directory.routes(on: database, sealer: context.sealer)
    }

    private func authorizer(_ key: GatewayKeyRecord) -> Authorizer {
        Authorizer(
            actor: Actor(person: key.person), database: database, context: context, logger: request.logger)
    }

    private func record(_ usage: UsageDraft) {
        let elapsed = Double((NIODeadline.now() - started).nanoseconds) / 1e6
        gateway.recorder.record(usage.record(at: request.application.clock(), latencyMilliseconds: elapsed))
    }

    /// Puts the originals back into each choice's text and adds the disclosure line.
    private static func rewriteChoices(_ object: inout JSONValue, redactor: Redactor?, label: String?) {
        guard redactor != nil || label != nil, case .array(var choices)? = object["choices"] else { return }
        for index in choices.indices {
            guard var text = choices[index]["message"]?["content"]?.string else { continue }
            if let redactor { text = redactor.restore(text) }
            if let label { text += label }
            choices[index]["message"]?["content"] = .string(text)
        }
        object["choices"] = .array(choices)
    }

    static func json(_ value: JSONValue) -> Response {
        let response = Response(status: .ok, body: .init(buffer: ByteBuffer(bytes: value.text)))
        response.headers.contentType = .json
        return response
    }
}

/// A usage event as the call goes along.
struct UsageDraft: Sendable {
    let key: GatewayKeyRecord
    var toolID: AIToolID?
    var use: GatewayUse?
    var decision = GatewayDecision(.forward, .allowed)
    var findings: [String: Int] = [:]
    var promptTokens: Int?
    var completionTokens: Int?

    init(key: GatewayKeyRecord) { self.key = key }

    func record(at date: Date, latencyMilliseconds: Double) -> UsageRecord {
        UsageRecord(
            at: date, personID: key.person.id.uuid, toolID: toolID, useCaseID: use?.useCaseID,
            unitID: use?.unitID ?? key.unitID, verdict: decision.verdict, rule: decision.rule, findings: findings,
            promptTokens: promptTokens, completionTokens: completionTokens, latencyMilliseconds: latencyMilliseconds)
    }
}

/// The line added to AI output where a use requires labels (Seed 003: AI output clearly labelled).
enum GatewayLabel {
    static func line(for toolName: String) -> String {
        "\n\n\u{2014} AI-generated with \(toolName)."
    }
}
