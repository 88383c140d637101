import StewardCore

/// The JSON API's rows of the route matrix.
enum APIRouteMatrix {
    static let expected: [String: Set<Role?>] = [:]
}
