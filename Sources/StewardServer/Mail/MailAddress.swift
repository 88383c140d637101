import Foundation

/// An e-mail address with an optional display name, checked so that it cannot break out of a header or an SMTP
/// command: `local@domain`, no spaces, angle brackets or line breaks.
struct MailAddress: Hashable, Sendable, CustomStringConvertible {
    /// `local@domain`, as SMTP's `MAIL FROM:<…>` and `RCPT TO:<…>` carry it.
    let address: String
    /// The person's name, shown before the address in headers.
    let name: String?

    /// The address, or nil when `address` is not one a server would accept.
    init?(_ address: String, name: String? = nil) {
        let address = address.trimmingCharacters(in: .whitespaces)
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), address.utf8.count <= 254,
            address.unicodeScalars.allSatisfy({
                $0.value > 32 && $0.value != 127 && !"<>()[],;:\\\"".unicodeScalars.contains($0)
            })
        else { return nil }
        self.address = address
        let name = name.map(HeaderText.singleLine)?.trimmingCharacters(in: .whitespaces)
        self.name = name?.isEmpty == false ? name : nil
    }

    /// The domain after the `@`.
    var domain: Substring { address[address.index(after: address.firstIndex(of: "@") ?? address.startIndex)...] }

    /// The address as a header writes it: `"Ada Officer" <ada@example.org>`, the name encoded when not ASCII.
    var header: String {
        guard let name else { return address }
        return "\(HeaderText.phrase(name)) <\(address)>"
    }

    var description: String { header }
}
