/// The labels and fillers the identifier detector reads before a number, and the ABA check.
enum IdentifierContext {
    /// Words between a label and its identifier ("MRN **is**", "member **ID** **number**").
    static let fillers: [String] = [
        "is", "no", "number", "num", "nbr", "id", "identifier", "was", "of", "code", "records", "reads",
        "listed", "as", "nr", "ref", "card", "n", "cislo", "numero", "nummer",
    ]
    /// Whether `byte` is a symbol that may stand between a label and its identifier.
    static func isFillerSymbol(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3A, 0x23, 0x2D, 0x2E, 0x28, 0x29, 0x3D: true  // : # - . ( ) =
        case 0xC2: true  // the first byte of ° and º ("N° 884213-7", "nº 12")
        default: false
        }
    }
    /// Label words and the identifier type they announce.
    static let labels = KeywordTable<FindingType>([
        ("mrn", .medicalRecordNumber), ("mr", .medicalRecordNumber), ("medical", .medicalRecordNumber),
        ("chart", .medicalRecordNumber), ("patient", .medicalRecordNumber), ("health", .medicalRecordNumber),
        ("hospital", .medicalRecordNumber), ("record", .medicalRecordNumber), ("rec", .medicalRecordNumber),
        ("hosp", .medicalRecordNumber), ("nhs", .medicalRecordNumber), ("chi", .medicalRecordNumber),
        ("urn", .medicalRecordNumber), ("pid", .medicalRecordNumber), ("pt", .medicalRecordNumber),
        ("emr", .medicalRecordNumber), ("ehr", .medicalRecordNumber), ("uhid", .medicalRecordNumber),
        ("ihi", .medicalRecordNumber), ("medicare", .medicalRecordNumber),
        // The patient's record or file in other languages: Spanish, Portuguese, Nordic, German and Dutch,
        // French, Italian, Hungarian (the TAJ insurance number), Polish.
        ("expediente", .medicalRecordNumber), ("prontuario", .medicalRecordNumber),
        ("journalnr", .medicalRecordNumber), ("journalnummer", .medicalRecordNumber),
        ("patientnr", .medicalRecordNumber), ("patientennummer", .medicalRecordNumber),
        ("dossier", .medicalRecordNumber), ("cartella", .medicalRecordNumber), ("taj", .medicalRecordNumber),
        ("pacjenta", .medicalRecordNumber), ("nhi", .medicalRecordNumber), ("folder", .medicalRecordNumber),
        ("ficha", .medicalRecordNumber), ("clinica", .medicalRecordNumber),
        ("member", .memberNumber), ("insurance", .memberNumber), ("policy", .memberNumber),
        // National health insurance schemes whose numbers work as member numbers: Kenya, Ghana, Indonesia,
        // the Philippines, German "Versicherungsnummer"; and a union card in Spanish ("carné sindical").
        ("nhif", .memberNumber), ("nhis", .memberNumber), ("bpjs", .memberNumber), ("philhealth", .memberNumber),
        ("vers", .memberNumber), ("versicherungsnummer", .memberNumber), ("sindical", .memberNumber),
        ("afiliado", .memberNumber),
        ("membership", .memberNumber),
        ("employee", .employeeNumber), ("emp", .employeeNumber), ("badge", .employeeNumber),
        ("staff", .employeeNumber), ("payroll", .employeeNumber), ("personnel", .employeeNumber),
        ("worker", .employeeNumber),
        // The employee's number in Spanish, Portuguese, Argentine ("legajo"), German and Czech usage.
        ("empleado", .employeeNumber), ("empregado", .employeeNumber), ("funcionario", .employeeNumber),
        ("legajo", .employeeNumber), ("matricula", .employeeNumber), ("personalnummer", .employeeNumber),
        ("personalnr", .employeeNumber), ("mitarbeiternummer", .employeeNumber), ("osobni", .employeeNumber),
        ("account", .usBankAccount), ("acct", .usBankAccount),
        ("checking", .usBankAccount), ("savings", .usBankAccount), ("routing", .usRoutingNumber),
        ("aba", .usRoutingNumber), ("rtn", .usRoutingNumber),
    ])
}

/// The ABA routing number check: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a multiple of 10.
enum ABA {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.length == 9 else { return false }
        let weights = [3, 7, 1]
        var sum = 0
        for k in 0..<9 {
            let d = Int(bytes[token.start + k]) - 0x30
            guard (0...9).contains(d) else { return false }
            sum += d * weights[k % 3]
        }
        return sum % 10 == 0
    }
}
