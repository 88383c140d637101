import Vapor

/// The AI inventory page: the frame for this reader around the content every reader shares
/// (``InventoryContentContext``, drawn once).
struct InventoryContext: Encodable {
    let layout: LayoutContext
    let contentHTML: String

    init(request: Request, contentHTML: String) {
        layout = LayoutContext(request: request, title: "AI inventory")
        self.contentHTML = contentHTML
    }
}
