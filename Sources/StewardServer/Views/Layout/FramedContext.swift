import Vapor

/// A page whose part below the frame was drawn before (`framed`): shared by the readers who see it alike and kept
/// for a second (``Vapor/Request/sharedPart(_:seenAs:read:)``), while each request draws only its own frame.
struct FramedContext: Encodable {
    let layout: LayoutContext
    let contentHTML: String

    init(request: Request, title: String, contentHTML: String) {
        layout = LayoutContext(request: request, title: title)
        self.contentHTML = contentHTML
    }
}
