import Foundation

/// Names a task a classification's rating is for: one of its own tasks, or a task of an O*NET occupation it maps
/// to. Stored as `task:UUID` or `onet:CODE#TASK-ID`, so a rating outlives a re-import of either list as long as
/// the task is still there.
enum ExposureTaskKey: Hashable, Sendable, CustomStringConvertible {
    case own(UUID)
    case published(code: String, taskID: String)

    /// Reads a stored or posted key; nil when it is neither form.
    init?(_ text: String) {
        if text.hasPrefix("task:"), let id = UUID(uuidString: String(text.dropFirst(5))) {
            self = .own(id)
        } else if text.hasPrefix("onet:"), let hash = text.firstIndex(of: "#") {
            let code = String(text[text.index(text.startIndex, offsetBy: 5)..<hash])
            let taskID = String(text[text.index(after: hash)...])
            guard !code.isEmpty, !taskID.isEmpty else { return nil }
            self = .published(code: code, taskID: taskID)
        } else {
            return nil
        }
    }

    var description: String {
        switch self {
        case .own(let id): "task:\(id.uuidString.lowercased())"
        case .published(let code, let taskID): "onet:\(code)#\(taskID)"
        }
    }
}
