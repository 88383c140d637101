import DataGuard
import Testing

@Suite("Headings and the names of products, programs and agencies are no one's name")
struct ProductNameTests {
    let scanner = GuardScanner()

    @Test(
        "capitals in a heading written in title case, products spelled as products, acronyms and words after titles",
        arguments: [
            // A line in title case: its capitals say nothing of names, and English words in it name no one.
            DetectorCase("a heading", .person, "Machine Learning Analysis Applied to Cyber Threat Hunt Data"),
            DetectorCase("a heading with hyphens", .person,
                         "Automated Post-Disaster Vessel and Debris Mapping from Remotely Sensed Imagery"),
            DetectorCase("a product in a sentence in title case", .person,
                         "The Digital Records User Assistance Chatbot Pilot Program Overview"),
            // Capitals inside a word, an English word after a hyphen, an acronym in the possessive.
            DetectorCase("a product spelled with capitals inside", .person,
                         "stored within FedRAMP High data centers where ServiceNow is hosted"),
            DetectorCase("an English word after a hyphen", .person,
                         "Strengthen cybersecurity with AI-driven threat detection and response."),
            DetectorCase("an acronym in the possessive", .person,
                         "To advance DEA's business operations and better serve the public."),
            DetectorCase("an English word after a title", .person,
                         "This improves matching NHSC and Nurse Corps Scholars going into clinical service."),
            // A lone word that ends a capitalized phrase inside a sentence.
            DetectorCase("a product's last word", .person,
                         "The DRM User Assistance Chatbot is intended to help staff."),
            DetectorCase("a product after an acronym", .person,
                         "Azure AI Search also creates an internal knowledge base."),
            // Continents, which are given names too.
            DetectorCase("continents", .person,
                         "Cropland maps of the United States of America, North America and West Africa."),
            // Names stay: a name of the lists in a heading, names in a form's line, hyphened given names, names
            // written with a capital inside, a surname after a title.
            DetectorCase("a listed name in a heading", .person,
                         "Grievance Hearing Notes for [[Dana Whitfield]] and Union Representation Summary"),
            DetectorCase("a labelled name in a form's line", .person,
                         "Employee Name: [[Grant Baker]]   Department: Payroll Services Division"),
            DetectorCase("a Korean given name with its hyphen", .person, "[[Park Ji-hoon]] called about the rota."),
            DetectorCase("a Ghanaian double surname", .person, "Please ask [[Kwame Owusu-Ansah]] about it."),
            DetectorCase("a given name with a capital inside", .person, "[[DeShawn Williams]] filed the grievance."),
            DetectorCase("a surname with a capital inside", .person, "Ask [[Siobhan McDonagh]] for the form."),
            DetectorCase("a surname after a title", .person, "Then Nurse [[Okafor]] took the bloods."),
            DetectorCase("a continent's name first", .person, "The award went to [[America Ferrera]] last night."),
            DetectorCase("a given name after ma'am", .person, "Thank you Ma'am [[Joy]], I will send it today."),
        ])
    func productNames(_ testCase: DetectorCase) {
        // Given, when
        let found = testCase.found(by: scanner)
        // Then
        #expect(found == testCase.expected)
    }
}
