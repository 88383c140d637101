import ArgumentParser
import NIOCore
import NIOHTTP1
import NIOPosix

/// `steward-bench stub`: an AI service that answers every chat completion at once with the same short answer, for
/// measuring what the gateway adds (`scripts/gateway-bench.sh` calls it directly and through the gateway).
struct GatewayStubCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stub", abstract: "Serve a fixed OpenAI-style chat answer on loopback, for the gateway benchmark.")

    @Option(help: "The port to listen on.")
    var port = 9100

    func run() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap { channel.pipeline.addHandler(StubHandler()) }
            }
            .bind(host: "127.0.0.1", port: port).get()
        print("stub listening on 127.0.0.1:\(port)")
        try await channel.closeFuture.get()
    }
}

/// Answers each request, once its body has arrived, with the fixed chat completion.
private final class StubHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private var keepAlive = true

    static let answer = #"""
        {"id":"chatcmpl-bench","object":"chat.completion","created":1796031000,"model":"bench",\#
        "choices":[{"index":0,"message":{"role":"assistant","content":"Noted: the letter is drafted."},\#
        "finish_reason":"stop"}],"usage":{"prompt_tokens":250,"completion_tokens":8,"total_tokens":258}}
        """#

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            keepAlive = head.isKeepAlive
        case .body:
            break
        case .end:
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "application/json")
            headers.add(name: "Content-Length", value: String(Self.answer.utf8.count))
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: Self.answer)))), promise: nil)
            let keep = keepAlive
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
                if !keep { context.close(promise: nil) }
            }
        }
    }
}
