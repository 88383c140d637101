/// Roles whose words are names too, which name no one before "of" and the body they lead.
extension PersonDetector {
    /// Whether `run` is a role's word that is a name too, alone before "of" and a capitalized word ("Head of
    /// Service", "Dean of Students", "Bishop of Leeds"), after no title ("Mr King of Finance" keeps him).
    static func namesRole(_ evidence: NameEvidence, _ context: ScanContext, _ run: NameRun) -> Bool {
        let k = run.last + 1
        guard run.count == 1, k + 1 < context.tokens.count, context.has(k, .of), !context.tokens[k].isCapitalized,
            context.tokens[k + 1].isCapitalized, !context.tokens[k + 1].startsLine, !run.isPossessive,
            roleWords[hash: context.tokens[run.last].hash] != nil
        else { return false }
        return !evidence.followsTitle(run)
    }

    /// Roles that are given names or surnames too.
    private static let roleWords = KeywordTable(
        ["head", "dean", "chief", "bishop", "king", "mayor", "master", "clerk", "duke", "prince", "marshal", "sheriff"]
            .map { ($0, ()) })
}
