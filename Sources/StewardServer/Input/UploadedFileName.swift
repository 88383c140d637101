import StewardCore

/// An uploaded file's name as people will read it in records and messages.
enum UploadedFileName {
    /// The name's last path component, with characters that cannot be stored left out, at most 200 characters;
    /// `fallback` when nothing is left.
    static func display(_ fileName: String, otherwise fallback: String) -> String {
        let last = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = String(
            String.UnicodeScalarView(
                last.unicodeScalars.filter {
                    InputText.isAllowed($0) && !"\t\r\n".unicodeScalars.contains($0)
                }))
        return kept.isEmpty ? fallback : kept.clipped(to: 200)
    }
}
