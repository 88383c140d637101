import StewardCore

/// Checks what parsing alone cannot: that rule ids are unique, that every rule can fire, and that no prohibition
/// depends on a set fact lacking a value.
enum PackValidator {
    /// Every problem with the rules, in the order the rules were written, then every repeated id.
    ///
    /// - Parameters:
    ///   - rules: The rules that could be read.
    ///   - ids: The id of every rule, including those that could not be read, with where each starts.
    static func problems(in rules: [Rule], ids: [(id: String, location: SourceLocation)]) -> [PolicyPackError] {
        var problems = rules.flatMap(conditionProblems)
        var firstUse: [String: SourceLocation] = [:]
        for (id, location) in ids {
            guard let earlier = firstUse[id] else {
                firstUse[id] = location
                continue
            }
            problems.append(
                PolicyPackError(
                    code: .duplicateID,
                    message: "the id is already used by the rule at line \(earlier.line); "
                        + "give each rule its own id", location: location, ruleID: id))
        }
        return problems
    }

    private static func conditionProblems(_ rule: Rule) -> [PolicyPackError] {
        guard let form = NormalForm(rule.condition) else {
            return [
                problem(
                    .tooComplex,
                    "the condition expands to more than \(NormalForm.clauseLimit) alternatives; "
                        + "split the rule into several simpler rules", rule)
            ]
        }
        if form.clauses.isEmpty {
            return [
                problem(
                    .neverFires,
                    "the condition can never hold (it asks for values a use case cannot have "
                        + "together); correct it or remove the rule", rule)
            ]
        }
        if rule.effect == .prohibit, form.clauses.contains(where: { $0.forbidden.intersects(FactLayout.setFacts) }) {
            return [
                problem(
                    .prohibitionOnAbsentValue,
                    "a prohibition cannot depend on a set fact lacking a value "
                        + "(a set fact under `not`), or declaring fewer purposes, categories or data would forbid more; "
                        + "write the condition over the values that must be present", rule)
            ]
        }
        return []
    }

    private static func problem(_ code: PolicyPackError.Code, _ message: String, _ rule: Rule) -> PolicyPackError {
        PolicyPackError(code: code, message: message, location: rule.location, ruleID: rule.id)
    }
}
