/// What a table's column holds, as its heading names it ("Last Name", "Mobile", "DOB", "Member #"), and which of
/// its cells are such a value. Headings are matched whole, in any case, without their spaces and punctuation
/// ("first_name", "First Name" and "FIRSTNAME" alike; "#" kept), letters with accents folded ("Prénom").
enum TableHeading {
    /// A person named by the heading's own words ("Last Name", "Nachname"); ``name`` is a role that may be held by
    /// a team or a desk too ("Contact", "Employee"), and ``label`` the bare word for a name ("Name", "Nombre"), which
    /// names things too. An ``email`` column's values are found by the e-mail detector: its heading only tells a header
    /// from a sentence. ``conditionOrState`` is "Condition" alone, which things have too ("Used", "Partly cloudy").
    case person, name, label, email, phone, address, dateOfBirth, ssn, memberNumber, employeeNumber, medicalRecordNumber
    case nationalID, bankAccount, condition, conditionOrState

    var type: FindingType {
        switch self {
        case .person, .name, .label: .person
        case .email: .emailAddress
        case .phone: .phoneNumber
        case .address: .streetAddress
        case .dateOfBirth: .dateOfBirth
        case .ssn: .usSSN
        case .memberNumber: .memberNumber
        case .employeeNumber: .employeeNumber
        case .medicalRecordNumber: .medicalRecordNumber
        case .nationalID: .nationalID
        case .bankAccount: .usBankAccount
        case .condition, .conditionOrState: .healthCondition
        }
    }

    /// A heading says more than the words around a value: a cell's finding beats a partial one of another detector
    /// (a given name alone, a date not known to be a birth's).
    var confidence: Double { self == .dateOfBirth ? 0.95 : 0.9 }

    /// The column the heading `value` (bytes of `bytes`) names, if any.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>) -> TableHeading? {
        headings[hash: key(bytes, value)]
    }

    /// Whether the heading `value` names what only things have ("Version", "License", "Price"): a table with such a
    /// column lists things, whose "Name" is no person's.
    static func namesThings(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>) -> Bool {
        thingHeadings[hash: key(bytes, value)] != nil
    }

    private static let thingHeadings = KeywordTable(
        ["version", "versions", "license", "licence", "price", "cost", "sku", "qty", "quantity", "url", "link",
         "repository", "repo", "package", "library", "module", "product", "model", "file", "filename", "path",
         "tool", "vendor", "brand", "size", "weight", "dosage", "dose", "strength", "manufacturer", "stock",
         "unitprice", "amount", "total", "port", "host", "hostname", "endpoint", "method", "field", "column",
         "datatype", "type"].map { ($0, ()) })

    /// Whether the cell `value` can be this column's value: a name (``isName(_:_:strict:)``); a phone's 6 to 15
    /// digits; an address with a number and words; a date with digits; an SSN's nine digits; a number of three digits
    /// or more; a condition's words. Never a placeholder of redaction ("[PERSON_1]"), a word that stands for no
    /// value or an example's ("N/A", "none", "TBD", "yes", "Test"), nor a heading in a name's place ("FirstName").
    /// A ``conditionOrState`` cell is one only where the health detector has
    /// found a condition in it, among `candidates`.
    func accepts(_ context: ScanContext, _ value: Range<Int>, among candidates: CandidateList) -> Bool {
        guard self == .conditionOrState else { return accepts(context, value) }
        return Self.condition.accepts(context, value) && candidates.all.contains {
            $0.type == .healthCondition && $0.start >= value.lowerBound && $0.end <= value.upperBound
        }
    }

    /// Whether the cell `value` can be this column's value, its words and signs alone read.
    private func accepts(_ context: ScanContext, _ value: Range<Int>) -> Bool {
        let bytes = context.bytes
        let first = bytes[value.lowerBound]
        let key = value.count <= 60 ? Self.key(bytes, value) : 0
        guard first != 0x5B, value.count > 13 || Self.blanks[hash: key] == nil else { return false }
        if self == .person || self == .name || self == .label {
            // A heading in a name's place is none: a mapping of one file's headings to another's ("FirstName").
            return value.count <= 60 && Self.headings[hash: key] == nil
                && Self.isName(context, value, strict: self != .person)
        }
        var (digits, letters, spaces, others) = (0, 0, 0, 0)
        for k in value {
            let b = bytes[k]
            if ByteClass.isDigit(b) {
                digits += 1
            } else if b | 0x20 &- 0x61 < 26 || b >= 0x80 {
                letters += 1
            } else if b == 0x20 {
                spaces += 1
            } else if b == 0x40 {
                return false
            } else if !Self.isPhoneSign(b) {
                others += 1
            }
        }
        let length = value.count
        switch self {
        case .person, .name, .label, .email:
            return false
        case .phone:
            return digits >= 6 && digits <= 15 && letters == 0 && others == 0
                && (ByteClass.isDigit(first) || first == 0x2B || first == 0x28)
        case .address:
            return digits >= 1 && letters >= 3 && spaces >= 1 && length <= 120
        case .dateOfBirth:
            return digits >= 1 && length <= 32
        case .ssn:
            return digits == 9 && letters == 0 && others == 0 && length <= 11
        case .memberNumber, .employeeNumber, .medicalRecordNumber, .nationalID, .bankAccount:
            return digits >= 3 && length <= 34 && spaces <= 3
        case .condition, .conditionOrState:
            return letters >= 3 && length <= 80 && spaces <= 8
        }
    }

    /// Whether `value` is written as a name: one to five words of letters (inner hyphens and apostrophes, a period only
    /// ending a short word, "J.", "Jr."), commas between them ("Okonkwo, Chiamaka") or a URL's plus signs and "%20"
    /// ("Dana+Whitfield", "Dana%20Whitfield"), the first and last opening with a capital or a letter beyond ASCII; not
    /// every word a common word that is no name ("Early", "Night"). Under a heading of names that names nothing else,
    /// words all in lower case when every one is a listed name and no common word ("dana whitfield"; not "string").
    /// `strict`, for headings that may name things: one word at least a given name or surname of the lists, or two
    /// words or more none of them a common word alone ("Tevita Fifita"; not "Apache Kafka").
    private static func isName(_ context: ScanContext, _ value: Range<Int>, strict: Bool) -> Bool {
        let bytes = context.bytes
        guard value.count <= 60 else { return false }
        var (words, named, common, lower, onlyNamed) = (0, 0, 0, 0, 0)
        var k = value.lowerBound
        var lastCapitalized = false
        while k < value.upperBound {
            while k < value.upperBound, let length = separatorLength(bytes, k, value.upperBound) { k += length }
            guard k < value.upperBound else { break }
            let start = k
            while k < value.upperBound, separatorLength(bytes, k, value.upperBound) == nil {
                let b = bytes[k]
                let letter = b | 0x20 &- 0x61 < 26 || b >= 0x80
                let inner = (b == 0x2D || b == 0x27) && k > start
                let period = b == 0x2E && k - start >= 1 && k - start <= 2
                    && (k + 1 == value.upperBound || bytes[k + 1] == 0x20 || bytes[k + 1] == 0x2C)
                guard letter || inner || period else { return false }
                k += 1
            }
            words += 1
            let opening = bytes[start]
            lastCapitalized = opening &- 0x41 < 26 || opening >= 0xC3
            if opening &- 0x61 < 26 { lower += 1 }
            if words == 1, !lastCapitalized, lower == 0 { return false }
            let classes = context.vocabulary.words.classes(of: WordHash.of(bytes: UnsafeBufferPointer(
                rebasing: bytes[start..<(bytes[k - 1] == 0x2E ? k - 1 : k)])))
            if !classes.isDisjoint(with: [.given, .surname]) {
                named += 1
                if !classes.contains(.common) { onlyNamed += 1 }
            } else if classes.contains(.common) || classes.contains(.country) {
                common += 1
            }
        }
        // A file written all in lower case ("dana,whitfield") under a heading of names: every word a listed name.
        if lower == words { return !strict && words <= 5 && onlyNamed == words }
        guard words >= 1, words <= 5, lastCapitalized, lower < words, common < words else { return false }
        return !strict || named > 0 || words >= 2 && common == 0
    }

    /// The length of the separator between a name's words at `k`, before `end`: a space, a comma, or a URL's plus
    /// sign or "%20"; nil for none.
    @inline(__always)
    private static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> Int? {
        let b = bytes[k]
        if b == 0x20 || b == 0x2C || b == 0x2B { return 1 }
        return b == 0x25 && k + 2 < end && bytes[k + 1] == 0x32 && bytes[k + 2] == 0x30 ? 3 : nil
    }

    /// Whether `b` is a sign a phone is written with besides its digits ("+", brackets, "-", ".", "/"); space is
    /// counted apart.
    private static func isPhoneSign(_ b: UInt8) -> Bool {
        b == 0x2B || b == 0x28 || b == 0x29 || b == 0x2D || b == 0x2E || b == 0x2F
    }

    /// The hash a heading or a cell is looked up by: its bytes without spaces and ASCII punctuation other than "#",
    /// hashed as one word (``WordHash``).
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>) -> UInt64 {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: value.count) { kept in
            var n = 0
            for k in value {
                let b = bytes[k]
                if b < 0x80, !ByteClass.isDigit(b), b | 0x20 &- 0x61 >= 26, b != 0x23 { continue }
                kept[n] = b
                n += 1
            }
            return WordHash.of(bytes: UnsafeBufferPointer(rebasing: kept[..<n]))
        }
    }

    /// Words a cell holds in place of a value.
    private static let blanks = KeywordTable(
        ["na", "none", "null", "nil", "tbd", "tbc", "unknown", "vacant", "yes", "no", "y", "n", "true", "false", "x",
         "redacted", "withheld", "blank", "notapplicable", "notknown", "pending", "ninguno", "aucun", "keine",
         // An example record's placeholders.
         "test", "demo", "sample", "example", "dummy", "placeholder", "string", "foo", "bar", "baz", "lorem", "ipsum"]
            .map { ($0, ()) })

    /// The headings, as ``key(_:_:)`` reads them. Identifiers' headings are a base and a suffix ("member" and "no",
    /// "#", "id" …); names, phones, addresses, dates of birth and conditions are listed whole, in English and in
    /// the languages whose tables workers paste most (Spanish, French, Portuguese, Italian, German, Dutch, Polish,
    /// the Nordic languages, Turkish).
    private static let headings: KeywordTable<TableHeading> = {
        var entries: [(String, TableHeading)] = []
        func whole(_ kind: TableHeading, _ words: [String]) { entries += words.map { ($0, kind) } }
        func numbered(_ kind: TableHeading, _ bases: [String]) {
            for base in bases {
                for suffix in ["no", "nr", "num", "number", "#", "id", "code", "ref"] {
                    entries.append((base + suffix, kind))
                }
            }
        }
        whole(.label, ["name", "names", "nombre", "nombres", "nome", "nom", "naam", "navn", "namn", "nimi", "isim"])
        whole(.name, [
            "employee", "member", "worker", "patient", "contact", "contactperson", "steward", "staff",
            "person", "nextofkin", "emergencycontact", "supervisor", "manager", "requester", "requestedby",
            "submittedby", "reportedby", "assignedto", "grievant", "claimant", "applicant", "candidate", "student",
            "attendee", "participant", "witness", "caller", "tenant", "spouse", "child", "dependant", "dependent",
            "beneficiary", "empleado", "trabajador", "paciente", "afiliado", "funcionario", "salarie", "dipendente",
            "mitarbeiter", "mitarbeiterin", "medewerker", "pracownik",
        ])
        whole(.person, [
            "fullname", "firstname", "first", "givenname", "givennames", "forename", "forenames", "lastname", "last",
            "surname", "surnames", "familyname", "middlename", "lastfirst", "firstlast", "lastnamefirstname",
            "firstnamelastname", "employeename", "membername", "workername", "patientname", "contactname",
            "stewardname", "staffname", "supervisorname", "managername", "applicantname", "candidatename",
            "studentname",
            // Spanish, Portuguese, French, Italian
            "apellido", "apellidos", "nombrecompleto", "nombreyapellido", "nombreyapellidos", "sobrenome",
            "nomecompleto", "prenom", "nomcomplet", "nometprenom", "nomprenom", "cognome", "nomeecognome",
            // German, Dutch, Polish, Nordic, Turkish
            "vorname", "nachname", "familienname", "vollstandigername", "voornaam", "achternaam", "volledigenaam",
            "imie", "nazwisko", "imieinazwisko", "fornavn", "etternavn", "efternavn", "fornamn", "efternamn",
            "etunimi", "sukunimi", "adsoyad", "adisoyadi", "soyad", "soyadi",
        ])
        whole(.email, ["email", "emails", "emailaddress", "mail", "correo", "correoelectronico", "courriel", "epost"])
        whole(.phone, [
            "phone", "phones", "phonenumber", "phoneno", "phone#", "tel", "telno", "tel#", "telephone",
            "telephonenumber", "mobile", "mobileno", "mobilenumber", "mobilephone", "cell", "cellphone",
            "cellnumber", "homephone", "workphone", "contactnumber", "contactno", "contactphone", "whatsapp",
            "telefono", "telefone", "celular", "movil", "telephonemobile", "portable", "cellulare", "telefon",
            "handy", "mobil", "mobiltelefon", "telefoon", "mobiel", "telefonnummer", "tlf", "puhelin",
            "puhelinnumero", "numertelefonu", "gsm", "cep", "ceptelefonu",
        ])
        whole(.address, [
            "address", "addresses", "homeaddress", "streetaddress", "mailingaddress", "postaladdress",
            "residentialaddress", "address1", "addressline1", "street", "residence", "direccion", "domicilio",
            "adresse", "indirizzo", "endereco", "morada", "anschrift", "strasse", "adres", "adress", "osoite",
            "adresa",
        ])
        whole(.dateOfBirth, [
            "dob", "dateofbirth", "birthdate", "birthday", "born", "datebirth", "fechadenacimiento",
            "fechanacimiento", "fnac", "datedenaissance", "datenaissance", "datadinascita", "datadenascimento",
            "nascimento", "geburtsdatum", "geboren", "geboortedatum", "dataurodzenia", "fodselsdato", "fodelsedatum",
            "syntymaaika", "dogumtarihi",
        ])
        whole(.ssn, [
            "ssn", "ss#", "ssno", "socialsecurity", "socialsecurityno", "socialsecuritynumber", "socialsecurity#",
        ])
        whole(.conditionOrState, ["condition", "conditions"])
        whole(.condition, [
            "diagnosis", "diagnoses", "medicalcondition", "healthcondition", "dx",
            "illness", "disability", "diagnostico", "diagnostic", "diagnosi", "diagnose", "erkrankung", "diagnoza",
        ])
        whole(.medicalRecordNumber, [
            "mrn", "mrn#", "urn", "hospitalnumber", "nhc", "historiaclinica", "numerohistoria", "prontuario",
        ])
        whole(.nationalID, [
            "nino", "nin", "sin", "tin", "nif", "nie", "dni", "curp", "cpf", "pesel", "bsn", "burgerservicenummer",
            "personnummer", "fodselsnummer", "cpr", "cprnummer", "henkilotunnus", "hetu", "aadhaar", "nric",
            "passport", "taxid", "nss", "rut", "cuil", "cuit", "cedula", "codicefiscale", "tckimlikno", "kimlikno",
            "tckimlik", "sozialversicherungsnummer", "steuerid", "steuernummer", "securitesociale", "numerosecu",
        ])
        whole(.employeeNumber, [
            "personalnummer", "personalnr", "legajo", "matricula", "matricule", "matricola", "numeroempleado",
            "numerodeempleado", "nempleado", "sicilno",
        ])
        whole(.memberNumber, ["mitgliedsnummer", "numerodesocio", "numerosocio", "nsocio", "numeroafiliacion"])
        numbered(.memberNumber, ["member", "membership", "union"])
        numbered(.employeeNumber, ["employee", "emp", "staff", "payroll", "badge", "personnel", "worker", "clock"])
        numbered(.medicalRecordNumber, ["medicalrecord", "chart", "patient", "hospital"])
        numbered(.nationalID, ["passport", "nationalid", "nationalinsurance", "ni", "socialinsurance", "tax",
            "identity", "idcard"])
        numbered(.bankAccount, ["account", "bankaccount", "acct", "acc"])
        return KeywordTable(entries)
    }()
}
