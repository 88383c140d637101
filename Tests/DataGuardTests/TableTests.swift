import DataGuard
import Testing

@Suite("Tables pasted as text: what a column's heading says its cells are")
struct TableTests {
    static let cases: [DetectorCase] = [
        DetectorCase(
            "a surname alone in a file's column, and names in quotes written surname first", .person,
            "employee_id,first_name,last_name,phone\n10231,[[Marisol]],[[Quintero]],555-201-8834\n"
                + "10232,[[Dmitri]],[[Volkov]],(555) 201-7719\n\n\"Last, First\",\"DOB\",\"Member #\"\n"
                + "\"[[Okonkwo, Chiamaka]]\",\"1984-09-30\",\"UM-448210\"\n"
                + "\"[[Lindqvist, Per]]\",\"1979-02-14\",\"UM-448211\""),
        DetectorCase(
            "columns copied from a spreadsheet with tabs, a Markdown table, a Spanish file with semicolons", .person,
            "Name\tDept\tStart date\tMobile\n[[Tevita Fifita]]\tParks\t4 Jan 2016\t021 448 9931\n\n"
                + "| Name | Unit | Phone |\n|------|------|-------|\n| [[Tavita Leota]] | Transit | 253-555-0182 |\n\n"
                + "Nombre;Apellidos;Teléfono\n[[Iñaki]];[[Etxeberria Goñi]];688 201 934"),
        DetectorCase(
            "a report printed in columns apart by two spaces or more", .person,
            "Name              Unit        Phone\n[[Tevita Fifita]]     Parks       021 448 9931\n"
                + "EMPLOYEE NAME        EMP NO    DEPT\n[[Rahimi, Hamid]]        40211     Water\n"
                + "Thanks.  See you Monday.\n    def run(self):\n        name = self.name\n"),
        DetectorCase(
            "the numbers a column names: a member's, an employee's, a record's", .memberNumber,
            "Member ID\tName\tStatus\n[[UM-30211]]\tSefo Taumalolo\tActive\n[[UM-30212]]\tIlona Kovács\tLapsed"),
        DetectorCase(
            "a file written in lower case: listed names under names' headings, and no placeholder", .person,
            "first_name,last_name,email\n[[dana]],[[whitfield]],dana.whitfield@example.org\n"
                + "[[marisol]],[[quintero]],mq@example.org\n\n{\"first_name\": \"string\", \"last_name\": \"string\"}"),
        DetectorCase(
            "a German list of staff: a heading that looks like a name is none", .person,
            "Vorname\tNachname\tGeburtsdatum\tPersonalnummer\n[[Jürgen]]\t[[Schäfer]]\t14.02.1971\tP-20411"),
        DetectorCase(
            "national numbers by the headings of Turkey, Poland and Brazil", .nationalID,
            "Ad Soyad,TC Kimlik No,Telefon\nEmre Çelik,[[12345678901]],0532 123 45 67\n\n"
                + "Imię i nazwisko;PESEL;Telefon\nZofia Wiśniewska;[[85071512345]];501 234 567\n\n"
                + "Nome,CPF,Telefone\nJoana Batista,[[123.456.789-09]],(11) 98765-4321"),
        DetectorCase(
            "an employee's number in a file's first column", .employeeNumber,
            "employee_id,first_name,last_name\n[[10231]],Marisol,Quintero\n[[10232]],Dmitri,Volkov"),
        DetectorCase(
            "a date of birth by its column's heading", .dateOfBirth,
            "Patient,DOB,Diagnosis,MRN\n\"Nguyen, Thi Hoa\",[[1956-04-02]],Type 2 diabetes,MRN448102\n"
                + "Nombre;Fecha de nacimiento\nMaría José;[[14/03/1988]]"),
        DetectorCase(
            "a diagnosis column's conditions", .healthCondition,
            "Patient,DOB,Diagnosis,MRN\n\"Nguyen, Thi Hoa\",1956-04-02,[[Type 2 diabetes]],MRN448102\n"
                + "\"Baptiste, Jean-Marc\",1949-12-19,[[COPD]],MRN448177"),
        DetectorCase(
            "a record number by its column's heading, a chart's number", .medicalRecordNumber,
            "Patient\tChart #\tNHS No\nAna Ruiz\t[[448102]]\t943 476 5919\nLeilani Kahale\t[[448177]]\t943 476 5920"),
        DetectorCase(
            "an address column's values, whole", .streetAddress,
            "\"Name\",\"Address\",\"Mobile\"\n"
                + "\"Ana Ruiz\",\"[[1187 Harbor View Rd, Tacoma, WA 98422]]\",\"0412 555 019\""),
        DetectorCase(
            "a local number under a mobile's heading", .phoneNumber,
            "Name\tMobile\nTevita Fifita\t[[021 448 9931]]\nNgozi Eze\t[[022 310 7745]]"),
        DetectorCase(
            "no address over a spreadsheet's cells", .streetAddress,
            "Name\tDept\tStart date\tMobile\nTevita Fifita\tParks\t4 Jan 2016\t021 448 9931"),
        DetectorCase(
            "no person in a table of things, under its name or its license", .person,
            "| Name | Version | License |\n|---|---|---|\n| Chart.js | 4.4.0 | MIT |\n"
                + "| Apache Kafka | 3.6 | Apache-2.0 |"),
        DetectorCase(
            "a column of things' kind beside a phone's: the rows are people's", .person,
            "Name,Type,Phone\n[[Marisol Quintero]],Full-time,555-201-8834\n[[Tevita Fifita]],Part-time,555-201-7719"),
        DetectorCase(
            "a contact in a table of things is a person, a help desk none", .person,
            "| Tool | Vendor | Approved | Contact |\n|---|---|---|---|\n| DraftMate | Acme AI | Yes | Help Desk |\n"
                + "| TranscribeIt | Voxly | Pilot | [[Jordan Reyes]] |"),
        DetectorCase(
            "no table in sentences and lists with commas, nor in a greeting", .person,
            "Name, address and phone number are required.\nPlease send them by Friday.\n"
                + "Apples, pears, plums\nBread, milk, eggs\nShift,Start,End\nEarly,06:00,14:00\nLate,14:00,22:00"),
        DetectorCase(
            "a cell that stands for no value, a user's handle, and a placeholder of redaction, are no names", .person,
            "first_name,last_name,phone\nN/A,Unknown,000\n[PERSON_1],[PERSON_2],[PHONE_1]\njdoe,admin,5552018834"),
    ]

    @Test("cells by their column's heading", arguments: cases)
    func cells(_ example: DetectorCase) {
        example.expectMarkedFound()
    }

    @Test("a redacted table has nothing left to find")
    func redactedTable() {
        // Given
        var redactor = Redactor()
        let table = "Last Name,First Name,Member #,DOB\nQuintero,Marisol,UM-448210,1984-09-30\n"
            + "Volkov,Dmitri,UM-448211,1979-02-14"
        // When
        let redaction = redactor.redact(table)
        // Then
        #expect(
            redaction.text == "Last Name,First Name,Member #,DOB\n"
                + "[PERSON_1],[PERSON_2],[MEMBER_NUMBER_1],[DATE_OF_BIRTH_1]\n"
                + "[PERSON_3],[PERSON_4],[MEMBER_NUMBER_2],[DATE_OF_BIRTH_2]")
        #expect(GuardScanner().scan(redaction.text).isEmpty)
    }
}

@Suite("Structured data pasted as text: what a key says its value is")
struct KeyedValueTests {
    static let cases: [DetectorCase] = [
        DetectorCase(
            "a JSON record's and a YAML file's names by their keys", .person,
            "{\"first_name\": \"[[Marisol]]\", \"last_name\": \"[[Quintero]]\", \"member_id\": \"UM-448210\"}\n"
                + "surname: [[Volkov]]\ngiven_name: [[Dmitri]]\n"),
        DetectorCase(
            "a member's number by its key, quoted or not", .memberNumber,
            "{\"member_id\": \"[[UM-448210]]\", \"memberNumber\": [[448211]]}\nmembership_no: [[UM-448212]]"),
        DetectorCase(
            "an employee's number written as a JSON number", .employeeNumber,
            "[{\"employee_id\": [[10231]], \"active\": true}, {\"employee_id\": [[10232]], \"active\": null}]"),
        DetectorCase(
            "no person in a service's name, a list, or a label of prose", .person,
            "{\"name\": \"redis\", \"names\": [\"a\"], \"service_name\": \"Payroll Export\"}\nlast_name: n/a\n"
                + "contact_name: {\"id\": 4}\n"),
        DetectorCase(
            "names by their keys before \"=\": a URL's query, a log's fields, a form's body", .person,
            "GET /api/members?last_name=[[Quintero]]&first_name=[[Marisol]]&ssn=512-44-8890 HTTP/1.1\n"
                + "2026-11-30T10:14:02Z level=info msg=\"lookup\" employee_id=10231 last_name=[[Whitfield]]\n"
                + "name=[[Dana+Whitfield]]&email=dana@example.org\n/lookup?last_name=[[Quintero%20Lopez]]\n"
                + "curl -X POST https://hr.example.org/api -d 'first_name=[[Tevita]]&last_name=[[Fifita]]'"),
        DetectorCase(
            "names by their keys inside a program's line: an object, arguments, a dictionary", .person,
            "const user = { firstName: '[[Dana]]', lastName: '[[Whitfield]]', memberId: 'UM-448210' };\n"
                + "User.create!(first_name: \"[[Marisol]]\", last_name: \"[[Quintero]]\", employee_id: 10231)\n"
                + "{'last_name': '[[Volkov]]', 'mrn': '00482914'}\nlast_name: '[[Okafor]]'"),
        DetectorCase(
            "no person in a program's settings, its headings' mapping, or an example's placeholder", .person,
            "export default defineConfig({ baseURL: 'http://localhost:3000', workerCount: 4 });\n"
                + "mapping = {'first_name': 'FirstName', 'last_name': 'LastName', 'dob': 'DateOfBirth'}\n"
                + "expect(parseName('x')).toEqual({ firstName: 'Test', lastName: 'Demo' });\n"
                + "let options = { timeZone: 'UTC', firstDay: 'Monday' };\nfoo(bar, firstName: x)"),
        DetectorCase(
            "an e-mail address and a phone a URL's query encodes", .emailAddress,
            "GET /signup?email=[[dana%40example.org]]&phone=%2B15552018834&next=%2Fhome\n"
                + "email=%40example.org&mail=x%40y"),
        DetectorCase(
            "a phone a URL's query encodes, its \"+\" written \"%2B\"", .phoneNumber,
            "GET /signup?phone=[[%2B15552018834]]&next=%2Fhome\nphone=%2B12&tel=%2Bab"),
        DetectorCase(
            "members' numbers in a setting, a query and SQL", .memberNumber,
            "export MEMBER_ID=[[448210]]\nhttps://portal.example.org/lookup?member_id=[[448211]]&dob=1984-09-30\n"
                + "SELECT * FROM members WHERE member_no = '[[UM-448212]]';"),
        DetectorCase(
            "names in XML's elements and attributes", .person,
            "<Patient><FamilyName>[[Lindqvist]]</FamilyName><GivenName>[[Astrid]]</GivenName></Patient>\n"
                + "<employee id=\"E-10231\" surname=\"[[Volkov]]\" given_name=\"[[Dmitri]]\"/>\n"
                + "<hl7:surname>[[Okafor]]</hl7:surname>"),
        DetectorCase(
            "record numbers in XML's elements, a namespace's among them", .medicalRecordNumber,
            "<MRN>[[00482913]]</MRN>\n<ns:mrn> [[00482914]] </ns:mrn>"),
        DetectorCase(
            "no person in things' names in a program's files, nor in its code", .person,
            "<project><name>Steward Client</name><developer><name>Build Bot</name></developer></project>\n"
                + "name = \"Main Street\"\ndef greet(name=\"World\", first=True, last=None):\n"
                + "user = User(name=name, phone=phone)\nList<Patient> patients = new ArrayList<Patient>();"),
        DetectorCase(
            "a patient's condition, and no illness in a thing's condition", .healthCondition,
            "Patient,Condition\n\"Ruiz, Ana\",[[Type 2 diabetes]]\n\nItem,Condition,Price\nBike,Used,120\n"
                + "Lamp,Like new,15\n{\"item\": \"bike\", \"condition\": \"used\"}\n"
                + "<condition>Partly cloudy</condition>\nlevel=info condition=ready"),
    ]

    @Test("values by their keys", arguments: cases)
    func values(_ example: DetectorCase) {
        example.expectMarkedFound()
    }
}
