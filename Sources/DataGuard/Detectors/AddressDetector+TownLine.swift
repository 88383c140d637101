/// The line after an address that holds only its town and postcode, as letters and forms write an address over
/// several lines: "Bronx, NY 10458", "2815 Gjøvik", "211 52 Malmö", "Mylapore, Chennai 600004", "Ballyvolane,
/// Cork T23 K8F2".
extension AddressDetector {
    /// Proposes the town line after each address found that ends its line, where the address did not take it in.
    static func townLines(_ context: ScanContext, _ candidates: inout CandidateList) {
        let tokens = context.tokens
        var lines: [(first: Int, last: Int)] = []
        for address in candidates.all where address.type == .streetAddress {
            let next = context.firstToken(from: address.end)
            guard next < tokens.count, tokens[next].startsLine,
                let end = townLineEnd(context, from: next), end + 1 == tokens.count || tokens[end + 1].startsLine
            else { continue }
            lines.append((next, end))
        }
        for line in lines { candidates.add(.streetAddress, tokens: line.first, line.last, 0.8) }
    }

    /// The last token of a town line that starts at token `s`: a postcode and its town ("2815 Gjøvik"), a town and
    /// its postcode ("Mylapore, Chennai 600004"), an American city, state and ZIP code ("Bronx, NY 10458"), or a
    /// district and town before an Eircode or a British postcode.
    private static func townLineEnd(_ context: ScanContext, from s: Int) -> Int? {
        if let code = postcodeEnd(context, at: s) {
            let town = townEnd(context, after: code)
            return town > code ? town : nil
        }
        if let (_, code) = postcodeAfterTown(context, at: s) { return code }
        if context.tokens[s].isWord, let end = cityStateZip(context, after: s - 1) { return end }
        var k = s
        while k < context.tokens.count, k - s < 8, !context.tokens[k].startsLine || k == s {
            if k > s, let code = britishOrIrishPostcode(context, at: k) { return code }
            guard context.tokens[k].isWord && context.tokens[k].isCapitalized || context.isSymbol(k, 0x2C)
                || context.isSymbol(k, 0x2E)
            else { return nil }
            k += 1
        }
        return nil
    }
}
