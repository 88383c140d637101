import Vapor

/// Finds the methods registered for a path, to answer a wrong method with 405 and an `Allow` header.
enum MethodMatcher {
    /// The methods of the routes whose path template matches `path`, in a stable order.
    static func methods(for path: String, in routes: [Route]) -> [HTTPMethod] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let methods = routes.filter { matches($0.path, segments) }.map(\.method)
        return Array(Set(methods.map(\.rawValue))).sorted().map { HTTPMethod(rawValue: $0) }
    }

    private static func matches(_ template: [PathComponent], _ segments: [String]) -> Bool {
        var index = 0
        for component in template {
            switch component {
            case .catchall: return index < segments.count
            case .anything, .parameter:
                guard index < segments.count else { return false }
            case .constant(let value):
                guard index < segments.count, segments[index] == value else { return false }
            }
            index += 1
        }
        return index == segments.count
    }
}
