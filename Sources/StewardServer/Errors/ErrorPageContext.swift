/// The error page.
struct ErrorPageContext: Encodable {
    let layout: LayoutContext
    let status: Int
    let message: String
}
