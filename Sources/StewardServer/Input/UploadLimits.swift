import Vapor

/// The routes that take files, and the most each takes; every other body is held to the application's default
/// limit. Middleware runs before routing, so it finds the limit here by method and path, not on the route.
enum UploadLimits {
    struct Upload: Sendable {
        let method: HTTPMethod
        let path: [PathComponent]
        let limit: ByteCount
        /// Whether the route reads its form as it arrives (``StreamedForm``) rather than collected by middleware.
        var isStreamed = false
        /// Whether the route reads and checks its body itself, answering in its own protocol's shape (the gateway).
        var checksItsBody = false
    }

    /// A training system's export of completions: about 300,000 lines.
    static let trainingFile: ByteCount = "8mb"

    /// A human resources system's export of job classifications and their tasks.
    static let classificationFile: ByteCount = "4mb"

    /// A document attached to a review step: a signed notice, minutes, a scanned letter.
    static let stepDocument: ByteCount = "10mb"

    /// A federal AI use-case inventory: the consolidated 2025 file of 3,611 uses is about 3 MB.
    static let federalInventoryFile: ByteCount = "16mb"

    /// A call through the AI gateway: a long conversation with documents pasted in.
    static let gatewayRequest: ByteCount = "2mb"

    /// The task labels published with "GPTs are GPTs": the authors' file of 19,265 tasks is about 4 MB.
    static let exposureLabels: ByteCount = "64mb"

    /// A tool's decision log for a bias audit: a million decisions with a few categories is about 30 MB.
    static let decisionLog: ByteCount = "256mb"

    static let uploads: [Upload] = [
        Upload(method: .POST, path: Paths.exposureLabels.components, limit: exposureLabels, isStreamed: true),
        Upload(method: .POST, path: Paths.stepBiasAudits.components, limit: decisionLog, isStreamed: true),
        Upload(method: .POST, path: GatewayPaths.chatCompletions.components, limit: gatewayRequest,
               checksItsBody: true),
        Upload(method: .POST, path: GatewayPaths.embeddings.components, limit: gatewayRequest,
               checksItsBody: true),
        Upload(method: .POST, path: Paths.trainingImport.components, limit: trainingFile),
        Upload(method: .POST, path: Paths.classificationImport.components, limit: classificationFile),
        Upload(method: .POST, path: Paths.stepDocuments.components, limit: stepDocument),
        Upload(method: .POST, path: Paths.inventoryImports.components, limit: federalInventoryFile),
        Upload(method: .POST, path: (APIPaths.base + "/classifications/import").pathComponents, limit: classificationFile),
        Upload(method: .POST, path: (APIPaths.base + "/training-courses/:courseID/records/import").pathComponents,
               limit: trainingFile),
    ]

    /// The most bytes `request`'s body may hold.
    static func limit(for request: Request) -> Int {
        upload(for: request)?.limit.value ?? request.application.routes.defaultMaxBodySize.value
    }

    /// Whether `request`'s route reads its form as it arrives.
    static func isStreamed(_ request: Request) -> Bool {
        upload(for: request)?.isStreamed ?? false
    }

    /// Whether `request`'s route checks the text of its body itself: a streamed form (``StreamedForm``) or a call
    /// through the gateway (``GatewayCallBody``), so the shared input check leaves the body to it.
    static func checksItsBody(_ request: Request) -> Bool {
        upload(for: request).map { $0.isStreamed || $0.checksItsBody } ?? false
    }

    private static func upload(for request: Request) -> Upload? {
        let segments = request.urlPath.split(separator: "/", omittingEmptySubsequences: true)
        return matchers.first { upload, constants in
            upload.method == request.method && constants.count == segments.count
                && zip(constants, segments).allSatisfy { constant, segment in constant.map { $0 == segment } ?? true }
        }?.upload
    }

    /// Each upload with its path's constant segments, nil for a parameter, made once: every request asks.
    private static let matchers: [(upload: Upload, constants: [String?])] = uploads.map { upload in
        (upload, upload.path.map { component in
            if case .parameter = component { return nil }
            return component.description
        })
    }
}

extension Request {
    /// Collects the body, refusing one over the route's limit with 413.
    func collectBody() async throws {
        _ = try await body.collect(max: UploadLimits.limit(for: self)).get()
    }
}
