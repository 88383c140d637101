/// People named by a chat's mention: "@priyanka pls send the roster".
extension PersonDetector {
    /// A listed given name in lower case right after an "@" set apart, as chats mention a colleague ("@priyanka",
    /// "cc @tomás"): no English word, country or word of the lexicon, and no handle or address going on after it
    /// ("@priyanka_m", "@priyanka.s", "@acme.com"). Names in capitals after one are found as any capitalized name.
    static func mentions(_ evidence: NameEvidence, _ context: ScanContext, _ candidates: inout CandidateList) {
        for i in context.anchors.all where context.tokens[i].kind == .symbol {
            let name = i + 1
            guard context.bytes[context.tokens[i].start] == 0x40, name < context.tokens.count,
                i == 0 || !context.tokens[i].isAttached, context.tokens[name].isAttached, context.tokens[name].isWord,
                !context.tokens[name].isCapitalized, !context.tokens[name].flags.contains(.hasDigit),
                context.tokens[name].lexicon.isEmpty, evidence.length(name) >= 3,
                name + 1 >= context.tokens.count || !context.tokens[name + 1].isAttached
                    || context.isSymbol(name + 1, 0x2C) || context.isSymbol(name + 1, 0x3A)
            else { continue }
            let classes = evidence.classes(name)
            guard classes.contains(.given), !classes.contains(.common), !classes.contains(.country) else { continue }
            candidates.add(.person, context.tokens[name].start, context.tokens[name].stemEnd, 0.7)
        }
    }
}
