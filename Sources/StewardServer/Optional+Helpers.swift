import Foundation

extension Optional {
    /// The value an async transform makes of the wrapped value, or nil.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}

extension Optional {
    /// The wrapped value, or a 404 naming what is missing.
    func orNotFound(_ what: String) throws -> Wrapped {
        guard let self else { throw StewardError.notFound(what) }
        return self
    }
}
