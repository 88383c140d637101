import Foundation

/// A signed statement that a chain had `sequence` events, the last with `hash`, at `signedAt`: the anchor that
/// shows when events were removed from the end of a chain or the chain was rewritten. Steward records heads
/// regularly and on demand (`steward audit anchor`), in the database and in the key directory; an auditor keeps
/// copies outside Steward and hands one to `steward audit verify --head FILE`.
public struct AuditHead: Codable, Sendable, Hashable {
    public let chain: String
    public let sequence: Int
    public let hash: String
    public let signedAt: Date
    public let keyID: String
    public let signature: String

    /// What the signature signs.
    static func message(chain: String, sequence: Int, hash: String, signedAt: Date) -> String {
        "steward-audit-head|\(chain)|\(sequence)|\(hash)|\(AuditChain.milliseconds(signedAt))"
    }

    /// A head signed now by `signer`.
    static func signed(chain: String, sequence: Int, hash: String, at date: Date, by signer: AuditSigner) throws -> AuditHead {
        let signedAt = AuditChain.truncate(date)
        let signature = try signer.sign(message(chain: chain, sequence: sequence, hash: hash, signedAt: signedAt))
        return AuditHead(
            chain: chain, sequence: sequence, hash: hash, signedAt: signedAt, keyID: signer.keyID, signature: signature)
    }

    /// Whether the head was signed by `signer`'s key and not altered since.
    func isSigned(by signer: AuditSigner) -> Bool {
        keyID == signer.keyID
            && signer.isValid(signature, of: Self.message(chain: chain, sequence: sequence, hash: hash, signedAt: signedAt))
    }

    /// JSON with ISO 8601 times to the millisecond, one head per line in files.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Self.timestamp(date))
        }
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = Self.date(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a time: \(text)"))
            }
            return date
        }
        return decoder
    }()

    /// `2026-11-30T15:05:12.345Z`, written from whole milliseconds so that no rounding changes the signed time.
    static func timestamp(_ date: Date) -> String {
        let milliseconds = AuditChain.milliseconds(date)
        let seconds = Date(timeIntervalSince1970: Double(milliseconds.quotientAndRemainder(dividingBy: 1000).quotient))
        let text = seconds.formatted(Date.ISO8601FormatStyle())
        let fraction = String(1000 + Int(milliseconds % 1000)).dropFirst()
        return text.dropLast() + "." + fraction + "Z"
    }

    /// The time of a ``timestamp(_:)``.
    static func date(_ text: String) -> Date? {
        let parts = text.dropLast().split(separator: ".")
        guard text.hasSuffix("Z"), parts.count == 2, parts[1].count == 3, let fraction = Int(parts[1]),
              let seconds = try? Date(String(parts[0]) + "Z", strategy: Date.ISO8601FormatStyle())
        else { return nil }
        return Date(timeIntervalSince1970: seconds.timeIntervalSince1970 + Double(fraction) / 1000)
    }

    /// Heads from a file of JSON lines, as `steward audit anchor --out` writes it.
    public static func parse(lines text: String, source: String) throws -> [AuditHead] {
        try text.split(whereSeparator: \.isNewline).enumerated().compactMap { index, line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return nil }
            do {
                return try decoder.decode(AuditHead.self, from: Data(trimmed.utf8))
            } catch {
                throw StewardError(.badRequest, "\(source):\(index + 1): not a signed head of the audit trail")
            }
        }
    }

    /// One JSON line.
    public var line: String { String(decoding: (try? Self.encoder.encode(self)) ?? Data(), as: UTF8.self) }
}
