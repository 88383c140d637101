import StewardCore
internal import Yams

/// Reads a composed YAML tree field by field, noting every problem with its location and going on, so that one
/// pass reports them all.
struct YAMLReader {
    /// The name locations are reported against.
    let file: String
    /// The problems found so far, in the order they were met.
    private(set) var problems: [PolicyPackError] = []
    /// The id of the rule being read, attached to problems found inside it.
    var ruleID: String?
    /// The id of every rule met, readable or not, where it starts: duplicates are found among all of them.
    var ruleIDs: [(id: String, location: SourceLocation)] = []

    init(file: String) { self.file = file }

    /// Composes the text into a tree, or notes why it is not well-formed YAML.
    mutating func compose(_ yaml: String) -> Node? {
        do {
            guard let root = try Yams.compose(yaml: yaml) else {
                report(
                    .missingField,
                    "the file is empty; a pack needs `pack`, `title`, `version`, `effective`, "
                        + "`source` and `rules`", at: nil)
                return nil
            }
            return root
        } catch let error as YamlError {
            report(.malformedYAML, YAMLProblem(error).message, at: YAMLProblem(error).mark)
            return nil
        } catch {
            report(.malformedYAML, "not readable as YAML: \(error)", at: nil)
            return nil
        }
    }

    /// The location of a node in the text.
    func location(of node: Node) -> SourceLocation? {
        node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }

    /// Notes a problem at a node.
    mutating func report(_ code: PolicyPackError.Code, _ message: String, at node: Node) {
        report(code, message, at: node.mark)
    }

    /// Notes a problem at a position, or at the top of the file when none is known.
    mutating func report(_ code: PolicyPackError.Code, _ message: String, at mark: Mark?) {
        let location = SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        problems.append(PolicyPackError(code: code, message: message, location: location, ruleID: ruleID))
    }

    /// The fields of a mapping, after checking that each key is a known field.
    ///
    /// - Parameters:
    ///   - node: The node that should be a mapping.
    ///   - what: What the mapping is, for messages ("a rule").
    ///   - known: The field names the mapping may use.
    ///   - unknownCode: The code to report a field that is not known with.
    mutating func fields(
        of node: Node, what: String, known: [String], unknownCode: PolicyPackError.Code = .unknownField
    ) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report(.wrongType, "\(what) must be a mapping of fields (\(known.joined(separator: ", ")))", at: node)
            return nil
        }
        var fields = Fields(node: node)
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                report(.wrongType, "a field name in \(what) must be a plain word", at: key)
                continue
            }
            guard known.contains(scalar.string) else {
                report(
                    unknownCode,
                    "unknown field `\(scalar.string)` in \(what)" + Suggestion.hint(for: scalar.string, among: known)
                        + "Known fields: " + known.joined(separator: ", "), at: key)
                continue
            }
            fields.entries.append((scalar.string, key, value))
        }
        return fields
    }

    /// A required text field, trimmed; notes it when absent, not text, or empty.
    mutating func text(_ name: String, in fields: Fields, what: String) -> String? {
        guard let node = fields[name] else {
            report(.missingField, "\(what) has no `\(name)`", at: fields.node)
            return nil
        }
        return text(node, name: name)
    }

    /// The text of a scalar node, trimmed; notes it when not text or empty.
    mutating func text(_ node: Node, name: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(.wrongType, "`\(name)` must be text, not a list or mapping", at: node)
            return nil
        }
        let trimmed = scalar.string.trimmingWhitespace
        guard !trimmed.isEmpty else {
            report(.emptyField, "`\(name)` must not be empty", at: node)
            return nil
        }
        return trimmed
    }

    /// A whole number of at least 1; notes it otherwise.
    mutating func positiveNumber(_ node: Node, name: String) -> Int? {
        guard case .scalar = node, let number = node.int, number >= 1 else {
            report(.wrongType, "`\(name)` must be a whole number of at least 1", at: node)
            return nil
        }
        return number
    }

    /// The scalar items of a node that is either one scalar or a list of scalars; notes anything else.
    mutating func scalars(_ node: Node, name: String) -> [(text: String, node: Node)]? {
        let items: [Node]
        switch node {
        case .scalar: items = [node]
        case .sequence(let sequence): items = Array(sequence)
        case .mapping, .alias:
            report(.wrongType, "`\(name)` must be a value or a list of values", at: node)
            return nil
        }
        guard !items.isEmpty else {
            report(.emptyField, "`\(name)` must list at least one value", at: node)
            return nil
        }
        var result: [(String, Node)] = []
        for item in items {
            guard case .scalar(let scalar) = item else {
                report(.wrongType, "each value of `\(name)` must be a plain value, not a list or mapping", at: item)
                return nil
            }
            result.append((scalar.string.trimmingWhitespace, item))
        }
        return result
    }
}

/// The fields of one YAML mapping, in the order written.
struct Fields {
    /// The mapping itself, for locating problems about a missing field.
    let node: Node
    var entries: [(name: String, key: Node, value: Node)] = []

    init(node: Node) { self.node = node }

    /// The value of a field, if present.
    subscript(name: String) -> Node? { entries.first { $0.name == name }?.value }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let start = firstIndex { !isSpace($0) } ?? endIndex
        let end = lastIndex { !isSpace($0) }.map(index(after:)) ?? start
        return String(self[start..<max(start, end)])
    }
}
