internal import Yams

/// A YAML syntax error from the parser, as a sentence and a position.
struct YAMLProblem {
    let message: String
    let mark: Mark?

    init(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let lead = context.map { "\($0.text), " } ?? ""
            message = "not well-formed YAML: \(lead)\(problem)"
            self.mark = mark
        case .duplicatedKeysInMapping(let duplicates, let context):
            message =
                "a field is written twice in one mapping: "
                + duplicates.map { "`\($0)`" }.joined(separator: ", ") + "; keep one"
            mark = context.mark
        case .reader(let problem, _, _, _):
            message = "not readable as text: \(problem)"
            mark = nil
        default:
            message = "not well-formed YAML: \(error)"
            mark = nil
        }
    }
}
