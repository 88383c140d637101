import Foundation

/// Where a browser goes after signing in: the `next` path the form carried, when it is a path on this site, else
/// the start page.
///
/// `next` is written into a `Location` header, so it is rebuilt rather than passed on. A value is accepted only
/// when, before and after percent-decoding, it holds no control character, tab or backslash; when it parses as a
/// URL with no scheme, user, host or port; and when its path starts with a single `/` and has no empty segment
/// (`//`). The path and query are then encoded again from their parsed parts and the fragment is dropped.
///
/// ```swift
/// SignInRedirect.path("/tools?status=approved")   // "/tools?status=approved"
/// SignInRedirect.path("//evil.example")           // nil
/// ```
enum SignInRedirect {
    /// The rebuilt site-relative path, or `nil` when `next` could lead anywhere else.
    static func path(_ next: String?) -> String? {
        guard let next, !next.isEmpty, isClean(next),
              let decoded = next.removingPercentEncoding, isClean(decoded),
              let parts = URLComponents(string: next),
              parts.scheme == nil, parts.user == nil, parts.password == nil, parts.host == nil, parts.port == nil,
              parts.path.hasPrefix("/"), !parts.path.contains("//")
        else { return nil }
        var rebuilt = URLComponents()
        rebuilt.path = parts.path
        if let items = parts.queryItems, !items.isEmpty { rebuilt.queryItems = items }
        guard let location = rebuilt.string, location.hasPrefix("/"), !location.hasPrefix("//") else { return nil }
        return location
    }

    /// Where to go: the rebuilt `next`, else the start page.
    static func location(_ next: String?) -> String {
        path(next) ?? Paths.home.href()
    }

    private static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\\" }
    }
}
