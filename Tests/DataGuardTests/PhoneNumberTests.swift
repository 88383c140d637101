import DataGuard
import Testing

@Suite("Phone numbers of every country's plan")
struct PhoneNumberTests {
    static let cases: [DetectorCase] = [
        DetectorCase("british landline with spaces", .phoneNumber, "Call the office on [[020 7946 0321]] today."),
        DetectorCase("british mobile", .phoneNumber, "Text me: [[07700 900461]]"),
        DetectorCase(
            "phone in Mongolian Cyrillic, call in Haitian Creole and Armenian", .phoneNumber,
            "Утас: [[9911 2345]]. Tanpri rele Manmi Rose nan [[3712-4567]]. զանգիր ինձ [[091 123456]] համարով"),
        DetectorCase(
            "phone words of Portuguese, Czech and Mexican Spanish, mobile wallets, 'al' before hyphened groups",
            .phoneNumber,
            "o fixo [[21 345 6789]]; zavolej mi na [[604 123 456]]; márcame al [[33-1234-5678]]; "
                + "bKash: [[01812345678]]; del 1 al 10000000"),
        DetectorCase(
            "contact in Nepali, phone in Sinhala and Amharic", .phoneNumber,
            "सम्पर्क: [[९८४१२३४५६७]]\nදුරකථන: [[0771234567]]\nስልክ: [[0911234567]]"),
        DetectorCase(
            "a number in groups after a person's name on a contact line", .phoneNumber,
            "Remetente: Edson Cassoma, Benguela, [[934 118 270]]   Data prevista\n"
                + "Livreur : Modou Fall – [[77 645 12 90]]\nWitness: Mereani Tuilau, pool bar, [[992 4810]].\n"
                + "2. Abena Serwaa Boateng – [[0501234567]] – M"),
        DetectorCase(
            "a number right after a name, after a word that leads to it, or after another phone", .phoneNumber,
            "Next of kin: son Sakiusa [[927 3318]]\nContacto: Marta Gómez al [[5419 2207]].\n"
                + "Ezen: Ganbold akh — [[9908-1123]], [[8811 4567]], email\nპაციენტი, ტელ.: [[599 12 34 56]]"),
        DetectorCase(
            "a number after the word of a clinic's or an office's desk or switchboard", .phoneNumber,
            "Rejestracja: [[12 656 30 41]]. Informes: [[33 3617 0060 ext. 31452]]. Växel: [[08-123 456 78]]. "
                + "Informes médicos de 2024; standard deviation 12 34 56 78."),
        DetectorCase(
            "a number after a name, then or or and", .phoneNumber,
            "Llamar o WhatsApp a Don Érick Chay al [[5814-2207]] o a su hija. Call Tomasz Nowak on [[601 234 567]] "
                + "and leave a message. Paid Juan Pérez 1 250 000 and the rest later."),
        DetectorCase(
            "two groups apart by a space after a phone word, whole, though the first alone is a short number",
            .phoneNumber, "mob [[91234 56789]]; call [[12345 67890]]; phone 12 34"),
        DetectorCase(
            "a person's number after a possessive of English, Hindi or Urdu, but not an order's", .phoneNumber,
            "my number [[98765 43210]] thanks. Mera number [[98765 43210]] hai. order number 12345 67890 shipped"),
        DetectorCase(
            "a number in brackets after a name, but not a year or an age", .phoneNumber,
            "Hi team, Olusegun Adeyemi ([[07031234567]]) will cover; Maria ([[555 1234]]), "
                + "John Smith (1985) and Ana (45 years)"),
        DetectorCase(
            "but not a date after a name, nor a number that goes on", .phoneNumber,
            "The meeting with John Smith on 12 03 2025 went well.\nPaid Ana Ruiz 12 500 000 last week.\n"
                + "Call Maria Lopez at 10 30 tomorrow."),
        DetectorCase(
            "but not a postcode, an amount or a transcript's turn after a name", .phoneNumber,
            "Ana Sousa, 1000-001 Lisboa\nAli Valiyev, 125 000 000 so'm\nAli Valiyev, 12 500 000\n"
                + "[14:07] Eka Lomidze: 01024057381, dab. 19/06/1951"),
        DetectorCase(
            "phone words of Chinese, Japanese, Korean and Hindi, a landline and a reception", .phoneNumber,
            "[14:05] 周浩然：手机 [[138 1762 4509]]\n휴대전화: [[010-4827-3391]]\nTel. [[+53 5 284 1137]] / fijo "
                + "[[7 832 4490]]; reception [[2137 6600]]. मोबाइल: [[98765 43210]]"),
        DetectorCase(
            "a number where someone can be reached", .phoneNumber,
            "client reachable at [[862 4417]]; son fils est joignable au [[03 627 410]]; avisar al [[93 418 27 65]]"),
        DetectorCase(
            "a national number in brackets after a name", .phoneNumber,
            "Spørsmål til Kari Nordby ([[922 41 708]]) eller Sr. Joaquim ([[22 208 4471]])"),
        DetectorCase(
            "an age or a short number in brackets after a name is no phone", .phoneNumber,
            "Kari Nordby (45) and Joaquim (ID 2208) signed."),
        DetectorCase(
            "brazilian mobile after a contact label", .phoneNumber, "Contato: [[(11) 98734-2210]]; Rua Augusta"),
        DetectorCase(
            "a swedish mobile, its area code apart", .phoneNumber, "ringer ikväll, nås på [[070-318 44 92]]."),
        DetectorCase(
            "an area code in brackets", .phoneNumber, "acompanhante: marido, Wellington ([[(81) 98834-2719]])."),
        DetectorCase("a year in brackets is no area code", .phoneNumber, "Sales (2024) 1234-5678 units"),
        DetectorCase("north american area code apart", .phoneNumber, "Montréal office: [[514 861-4420]]"),
        DetectorCase("no area code starts with 1", .phoneNumber, "Order 123 456-7890 shipped today."),
        DetectorCase("signature letter opening the line", .phoneNumber, "Marie\nT [[514 861-4420 poste 318]]"),
        DetectorCase("brazilian area code in brackets", .phoneNumber, "cel [[(21) 99612-4083]]"),
        DetectorCase("labelled, outside the plan", .phoneNumber, "Mobile: [[+44 7700 900631]]"),
        DetectorCase("unlabelled, outside the plan", .phoneNumber, "ref +44 7700 900631 applies"),
        DetectorCase(
            "after on or at, outside the plan", .phoneNumber,
            "or brother Adeel on [[+44 7700 900 582]]; reach me at [[+44 7700 900631]]"),
        DetectorCase(
            "a phone in groups after a label in brackets", .phoneNumber,
            "bank details with Hirut Tesfaye in Payroll ([[0911 43 86 20]]). Sincerely,"),
        DetectorCase("after the Polish word for number", .phoneNumber, "ma nowy numer [[601 447 293]], zapisz sobie"),
        DetectorCase(
            "a person's number, a home number, where someone can be reached, a Portuguese call", .phoneNumber,
            "his brother will take me, his number [[9856 047 218]]. Customer: [[+65 9123 4471]], home [[6455 0182]]. "
                + "Mrs Bakare can be reached on [[08126639014]]. Se não puder, ligue-lhe: [[22 208 5519]]. "
                + "Case number 4471 2290; work from home 2 days"),
        DetectorCase("cut short in north america", .phoneNumber, "Phone: +1 515 744 8"),
        DetectorCase("french dotted pairs", .phoneNumber, "Joindre le délégué au [[06.12.44.87.21]]."),
        DetectorCase("german area code", .phoneNumber, "Rückfragen unter [[030 12345678]]."),
        DetectorCase("international with trunk in parentheses", .phoneNumber, "Tel [[+44 (0)20 7946 0321]]"),
        DetectorCase("e164 without spaces", .phoneNumber, "whatsapp [[+353871234567]] after 6"),
        DetectorCase("german mobile in e164 that passes the Luhn check", .phoneNumber, "ring [[+4915112345678]]"),
        DetectorCase("international dialling prefix", .phoneNumber, "Ring [[0049 30 1234 5678]] tomorrow."),
        DetectorCase("national number after a phone word", .phoneNumber, "llame al [[612 345 678]]"),
        DetectorCase("short local number after a phone word", .phoneNumber, "Phone: [[555 0147]]"),
        DetectorCase("signature letter", .phoneNumber, "Marta\nM: [[+48 601 555 432]]"),
        DetectorCase("plus number outside every plan", .phoneNumber, "Code +99 123 456 789 is not a phone."),
        DetectorCase("dotted date", .phoneNumber, "Seen on 02.04.2025 by the nurse."),
        DetectorCase("unlabelled national number", .phoneNumber, "Order 612 345 678 was shipped."),
        DetectorCase("money", .phoneNumber, "A bonus of 1.250.000 was paid."),
        DetectorCase("opening parenthesis at the end", .phoneNumber, "Cal65491 l ("),
        DetectorCase("a German area code set apart by a slash", .phoneNumber,
            "Tel. [[030 / 61 20 48 73]]; Seite 030 / 61 von 99"),
        DetectorCase("a second number after the first one's label", .phoneNumber,
            "tel. [[954 21 38 76]] / [[655 30 18 42]]; Tlf. [[+45 31 42 67 89]], hustru Grethe [[35 81 22 04]]"),
        DetectorCase("a Polish mobile after kom.", .phoneNumber, "tel. [[+48 42 631 18 20]], kom. [[505 118 442]]"),
        DetectorCase("a labelled number in three groups the plans do not hold", .phoneNumber,
            "Mi cel es [[15-4471-2290]]"),
        DetectorCase("a number before a comma and an address", .phoneNumber,
            "Gespräch: [[+43 664 381 22 07]], Favoritenstraße 112/3/14, 1100 Wien."),
        DetectorCase("a blood pressure after a note's O: is no phone", .phoneNumber, "O: TA 152/94, glucosa 190 mg/dl"),
        DetectorCase("a Brazilian postcode is no phone", .phoneNumber, "bairro Centro, CEP 90010-150, Porto Alegre"),
        DetectorCase("a national number in spaced groups right after a name, not a postcode or a code", .phoneNumber,
                     "Son Karthik: [[98450 61732]]; N. Stavridou — [[2310 251 844]]; Recife – PE, 50050-000; "
                         + "Godoy: 117-552309; Total: 612 345 678"),
        DetectorCase("after call and dialled in other languages and letters", .phoneNumber,
                     "liga-lhe para o [[912 407 633]]; zovite na [[063/412-55-90]]; его мобильный [[8-916-204-71-35]]"
                         + "; nabral [[87074123055]]"),
        DetectorCase("a russian mobile after the word for cellular", .phoneNumber,
            "Сотовый [[8-912-345-67-89]], сотовый [[8 912 345 67 89]]."),
        DetectorCase("a long number after the spanish 'al', not a range's end nor an amount", .phoneNumber,
            "llamen a mi flaca al [[987 214 630]]; yapeen la cuota al [[954330718]] porfa; o a Yunior al [[54192207]]. "
                + "Del 1 al 10000000 pesos; ganancia al 12345678 usd; subió al 12345678 %."),
        DetectorCase("a number after its country code in brackets with its plus", .phoneNumber,
            "Maria Lopez [[(+44) 20 7946 0958]]; Call [[(+234) 803 123 4567]]; (+1) 2 3; (+44) 12"),
        DetectorCase("numbers after the trunk prefix 8 of Russia, Belarus and Kazakhstan, the area code in brackets",
            .phoneNumber,
            "Тел.: [[8 (912) 345-67-89]]; Phone: [[8(4952) 12-34-56]]; [[8 (029) 123 45 67]]. Score 8 (12) 3-4; "
                + "8 (912) 345-67"),
        DetectorCase("the handphone of Singapore and Indonesia, Mexico's former mobile 1, Australia's 1300 and 1800",
            .phoneNumber,
            "HP: [[9748 2216]]; no hp [[0812-3456-7890]]; HP 250 G8; mejor a este [[+52 1 55 4182 0937]] jaja; "
                + "Plumbing: Sparrow Plumbing [[1300 772 769]], free call [[1800 555 010]]; 1300 people, 1800 772"),
        DetectorCase("a German area code and its slash before groups of any kind", .phoneNumber,
            "per Fax an Dr. med. Ulrike Brandstätter ([[0221 / 4 78 91-19]]); Sinemet 0600/1000/1400/1800; "
                + "Policy 2811/03417752/00/000; born 09301/1964"),
    ]

    @Test("numbers valid in a plan where the context allows, and others that are not phones", arguments: cases)
    func phone(_ testCase: DetectorCase) { testCase.expectMarkedFound() }
}
