import Vapor

/// Keeps sessions where another driver keeps them (the database), but writes one back only when a request changed
/// it. Vapor writes every session it read at the end of every request; with one write per page view, readers wait
/// on writers and the database's write lock becomes the whole server's limit. A session read is remembered for a
/// second (``AccountCache/sessions``), so a page costs no query for it: a session ended or changed here holds here at
/// once, and on every other server within that second.
struct UnchangedSessionSkipping: SessionDriver {
    let base: any SessionDriver

    private struct ReadKey: StorageKey {
        typealias Value = SessionData
    }

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        base.createSession(data, for: request)
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        guard let remembered = try? request.application.caches.accounts.sessions else {
            return base.readSession(sessionID, for: request)
        }
        if let data = remembered.freshValue(sessionID.string) {
            request.storage[ReadKey.self] = data
            return request.eventLoop.makeSucceededFuture(data)
        }
        // Requests of one session that come together wait for one read; a session that is not there is not
        // remembered, as another server may make it a moment later.
        return request.eventLoop.makeFutureWithTask {
            do {
                let data = try await remembered.value(sessionID.string) {
                    guard let data = try await base.readSession(sessionID, for: request).get() else {
                        throw NoSession()
                    }
                    return data
                }
                request.storage[ReadKey.self] = data
                return data
            } catch is NoSession {
                return nil
            }
        }
    }

    private struct NoSession: Error {}

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        if let read = request.storage[ReadKey.self], read == data {
            return request.eventLoop.makeSucceededFuture(sessionID)
        }
        forget(sessionID, for: request)
        return base.updateSession(sessionID, to: data, for: request)
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        forget(sessionID, for: request)
        return base.deleteSession(sessionID, for: request)
    }

    private func forget(_ sessionID: SessionID, for request: Request) {
        (try? request.application.caches.accounts.sessions)?.remove(sessionID.string)
    }
}
