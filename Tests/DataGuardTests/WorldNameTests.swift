import DataGuard
import Testing

@Suite("Names of other countries, and the places and firms that are not names")
struct WorldNameTests {
    static let cases: [DetectorCase] = [
        DetectorCase("finnish name", .person, "New rota: [[Aino Virtanen]] starts Monday."),
        DetectorCase("name after a german title", .person, "Sehr geehrter Herr [[Jürgen Brandtner]],"),
        DetectorCase("name after a danish greeting", .person, "Kære [[Mette Kjærgaard]]\nVi har registreret"),
        DetectorCase("turkish name with dotless i", .person, "GP letter re [[Fatma Aydın]]: she reports pain."),
        DetectorCase("lower-case name in a chat", .person, "can u ask [[mehmet öztürk]] to ring me back?"),
        DetectorCase("lower-case name after fyi", .person, "fyi [[dorota]] moved to Warsaw"),
        DetectorCase("country", .person, "the new manager from Germany shouted at them"),
        DetectorCase("town of two words", .person, "Cheers from São Paulo, everyone."),
        DetectorCase("firm with a foreign word", .person, "Deutsche Bahn and Hellenic Rail send reps."),
        DetectorCase("foreign pronoun at a sentence start", .person, "Bitte rufen Sie an. Sie haben Zeit."),
        DetectorCase("polish capitals of latin extended-a", .person, "Kontakt: [[Łukasz Żak]], tel. 601 234 567"),
        DetectorCase("vietnamese letters inside a name", .person, "Kính gửi Mr [[Nguyễn Văn Phúc]],"),
        DetectorCase("a lower-case letter of latin extended-a is no capital", .person, "zapisane przez żonę"),
        DetectorCase("a doctor's title in lower case", .person, "kan ik een afspraak bij dokter [[Bakker]] krijgen"),
        DetectorCase("a vietnamese form of address", .person, "Kính gửi anh [[Trần Minh Tuấn]],"),
        DetectorCase("a lower-case title before a product", .person, "open the ms Word file from Microsoft"),
        DetectorCase("a form's surname label", .person, "Nazwisko: [[Kowalska]]"),
        DetectorCase("a town with its state, and a state", .person, "Endocrine Associates · Katy, Texas"),
        DetectorCase("a town with its province in brackets", .person, "app. 2, Alma (Québec) G8B 4K6"),
        DetectorCase("a town with its state's code", .person, "Riverside Methodist Hospital, Columbus OH: Discharge"),
        DetectorCase("a firm named after its kind", .person, "Laboratório Joaquim Chaves, Relatório de análises"),
        DetectorCase("a state that is a given name", .person, "Yesterday [[Georgia]] called about her shift."),
        DetectorCase("a lower-case name after is", .person, "the landlord is [[callum reid]], his number"),
        DetectorCase("a lower-case name after a title", .person, "shift handover, rn [[tasha greene]] to 4W"),
        DetectorCase("an english word after is", .person, "the cost is minimal and it is done"),
        DetectorCase(
            "a function word of another language opening a sentence", .person,
            "Elle présente une toux. Til udlejer [[Henrik Mølgaard]]. Yang bertanda tangan di bawah ini"),
        DetectorCase("the same word as a name set apart", .person, "[[Gia]], can you call me?"),
        DetectorCase("a double-barrelled surname", .person, "Ma fille [[Léa Bouchard-Roy]] sera absente lundi"),
        DetectorCase("a double-barrelled firm alone", .person, "The member works as a line cook at Johnson-Lee now."),
        DetectorCase("a double-barrelled place", .person, "Ferme à Lac-Saint-Jean, près de Sint-Jan Brugge"),
        DetectorCase("a name and an English word joined", .person, "Na-discharge na si lola kahapon"),
        DetectorCase("a town that is a surname, before a postcode", .person, "at 58B Green Lanes, London N16 9BS"),
        DetectorCase("a frequent given name set apart after a greeting", .person, "hi [[carol]], gas engineer booked"),
        DetectorCase("an english word after a greeting", .person, "hi team, the rota is out"),
        DetectorCase("a short lower-case given name with its surname", .person, "hi dr [[patel]], it's [[kim nguyen]]"),
        DetectorCase("a nickname in quotes", .person,
            "Grievant: [[Robert Kowalski]] (\"[[Bobby]]\"), Client: [[Jayden Tuilagi]] (prefers \"[[Jay]]\")"),
        DetectorCase(
            "speakers with the time after the name", .person,
            "[[priya]] 09:41: vpn keeps dropping\n[[kev]] 09:43: try the backup"),
        DetectorCase(
            "a speaker after a WhatsApp date and time", .person,
            "14/03/2024, 19:02 - [[Chidi]]: guys mama's fine\n14/03/2024, 19:09 - [[Emeka]]: ok"),
        DetectorCase("a union brother's title", .person, "Present: Bro. [[Curtis Thibodeaux]] (presiding)"),
        DetectorCase("institutions and estates that open their names", .person,
            "Hospital del Salvador, Klinik Pratama, Col. Jardines del Moral, Comunidad de Madrid"),
        DetectorCase("a firm's site after its name", .person, "grievance – [[Rick Halvorsen]], Powell Garage yard"),
        DetectorCase("a job title after a comma", .person, "In solidarity, [[Deborah Fairclough]], Branch Secretary"),
        DetectorCase("a surname that is a site word", .person, "Questions can go to [[Aimee Branch]] at the office"),
        DetectorCase("initials after the name", .person, "Deklaratsiia z likarem [[Kovalchuk]] I.V., karta No. 12"),
        DetectorCase("a contraction and a firm's word", .person, "I've written to Midwest Credit about it."),
        DetectorCase("a name after a greeting", .person, "Hey [[Bec]], can you update my details?"),
        DetectorCase("an english word after a greeting", .person, "Hello World, this is a test."),
        DetectorCase("a lower-case name after a greeting", .person, "mambo [[amani]], nimefika salama"),
        DetectorCase("a relative named after the kin word", .person, "please phone his brother [[Sipho]] tonight"),
        DetectorCase("a lower-case relative", .person, "husband [[imran]] will come at six"),
        DetectorCase("a lower-case name after a title and its period", .person, "ask dr. [[hina]] about bed 6"),
        DetectorCase(
            "speakers of a timed chat", .person,
            "[08:15] [[marco]]: ok, arrivo\n[08:16] dott.ssa [[Ferri]]: grazie\n[08:17] [[marco]]: passo alle 9"),
        DetectorCase("a speaker after a bare time and a title", .person, "21:14 dr. [[hina]]: bed 6 wali patient"),
        DetectorCase(
            "speakers taking turns, and a later mention", .person,
            "[[juma]]: mambo [[zawadi]]\n[[zawadi]]: poa sana!\n[[juma]]: sawa, kesho"),
        DetectorCase(
            "the labels of a form are no speakers", .person,
            "Paciente: estable\nPlan: alta mañana\nMedicación: igual\nPlan: revisar"),
        DetectorCase(
            "a writer's own lines", .person, "[[flor]]: che me pasás?\nyo: sí!!\n[[nico]]: dale\n[[flor]]: genial"),
        DetectorCase("czech names in the accusative", .person, "Zavolejte prosím [[Markétu Novotnou]] z účtárny."),
        DetectorCase("croatian names in the instrumental", .person, "Razgovarao sam s [[Markom Babićem]] jučer."),
        DetectorCase("polish names in the genitive", .person, "W sprawie [[Piotra Kowalskiego]] i [[Jana Nowaka]]."),
        DetectorCase("a finnish surname in the genitive", .person, "Tämä on [[Liisa Virtasen]] puhelin."),
        DetectorCase("russian names spelt in latin letters", .person,
            "Referred by [[Yekaterina Smirnova]] and [[Dmitriy Kuznetsov]]; seen with [[Evgenii Volkov]]."),
        DetectorCase("georgian, armenian and greek names", .person,
            "Members: [[Giorgi Beridze]], [[Hovhannes Sargsyan]], [[Georgios Papadopoulos]]."),
        DetectorCase("a kazakh patronymic", .person, "Shift lead [[Aigerim Nurlanovna]] approved the swap."),
        DetectorCase("a town with a surname's shape", .person, "Pracoval ve Strojírny Prostějov dva roky."),
        DetectorCase("words of a form that end like a case", .person, "Periyodik Muayene Formu, Ufficio Risorse Umane"),
        DetectorCase("a month of another language before a year", .person, "Masraf Beyan Formu, Ekim 2024"),
    ]

    @Test("names of many traditions, and what is no name", arguments: cases)
    func person(_ testCase: DetectorCase) { testCase.expectMarkedFound() }
}
