import DataGuard
import Testing

@Suite("Street addresses of other countries")
struct InternationalAddressTests {
    static let cases: [DetectorCase] = [
        DetectorCase("german compound street", .streetAddress, "Bitte an [[Hauptstraße 27, 10827 Berlin]] senden."),
        DetectorCase("a time's minutes are no house number", .streetAddress,
            "Arrived 02:40 via St John.\nAdmit 02:37 via ED   Attending: Dr Lind\nAT 6:45 AM. THE UNION DUES\n"
                + "address on file is 4:[[80 Gonzales Avenue, Minneapolis MN 46446]]"),
        DetectorCase(
            "Kyrgyz and Tajik addresses, the town and postcode after a flat in Ukraine and Russia", .streetAddress,
            "Дарек: [[Бишкек ш., Токтогул көч., 125, 12-кв.]]\nСуроға: [[ш. Душанбе, кӯчаи Рӯдакӣ 45, хонаи 12]]\n"
                + "Адреса: [[вул. Хрещатик, 22, кв. 5, Київ, 01001]]\n"
                + "Адрес: [[ул. Ленина, 22, кв. 5, г. Москва, 101000]]"),
        DetectorCase(
            "Armenian addresses, the street's word after its name, the town and its postcode", .streetAddress,
            "Հասցե՝ [[Երևան, Աբովյան փող. 12, բն. 5]]\nՀասցե: [[ք. Երևան, Մաշտոցի պող. 25, բն. 14]]\n"
                + "[[Աբովյան փող. 12, բն. 5, Երևան 0001]]"),
        DetectorCase(
            "an Azerbaijani flat and postcode", .streetAddress,
            "Ünvan: [[Bakı şəhəri, Nizami küçəsi 45, mənzil 12, AZ1000]]\nTel: 012 555 12 34. Order AZ1000 shipped"),
        DetectorCase(
            "lines of a locality and a county before the town and postcode, a Spanish floor's left side",
            .streetAddress,
            "Mr J Smith\n[[42 Acacia Avenue\nHeadingley\nLeeds\nLS6 2AB]]\n\nThe Old Mill\n[[7 Church Lane\nLeeds\n"
                + "West Yorkshire\nLS6 3QR]]\nDear Mr Smith,\nPiso: [[Calle Mayor 5, 2º izda., 28013 Madrid]]"),
        DetectorCase(
            "the house after the number's word of Serbia and North Macedonia, and the postcode before the town; the "
                + "Greek street's word", .streetAddress,
            "Адреса: [[ул. Македонија бр. 12, 1000 Скопје]]\nΔιεύθυνση: [[Οδός Ερμού 25]], Αθήνα"),
        DetectorCase(
            "a street named after a date, flats after the house with no town after them, the town and district "
                + "before a street of Azerbaijan, Uzbekistan and Kazakhstan", .streetAddress,
            "Dirección: [[Calle 25 de Mayo 555, Buenos Aires]]\nVivo en [[Av. 18 de Julio 1234, apto 501, Montevideo]]."
                + "\nMoro na [[Rua 25 de Março 100, apto. 51]] desde 25 de março.\n"
                + "Ünvan: [[Bakı şəhəri, Yasamal rayonu, Nizami küçəsi 45, mənzil 12]]\n"
                + "Manzil: [[Toshkent shahri, Yunusobod tumani, Amir Temur ko‘chasi 108, 45-xonadon]]\n"
                + "Мекенжайы: [[Алматы қаласы, Абай көшесі 150, пәтер 12]]"),
        DetectorCase(
            "a plot and the numbered section of its area before a known town, a section before the plot",
            .streetAddress,
            "[[Stand 4521, Budiriro 2, Harare]]\n[[House No. 45, Area 18, Lilongwe]]\n"
                + "[[Section 42 Lot 11, Gerehu Stage 2, Port Moresby]]"),
        DetectorCase(
            "a post-office box after a form's gap, Hawaii's house numbers in two parts, a thai address field",
            .streetAddress,
            "Address: [[Villa 12, Street 23, Al Barsha 2, Dubai, UAE]]   [[P.O. Box 12345]]\n"
                + "Lives at [[45-123 Kamehameha Hwy, Kaneohe, HI 96744]].\n"
                + "ที่อยู่: [[99/12 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110]]"),
        DetectorCase(
            "a building's name before the street it stands on, a flat before the building's word", .streetAddress,
            "Deliver to [[Unit 1203, The Grand Towers, 1 Ayala Ave, Makati, Metro Manila 1226]]\n"
                + "[[Flat 4, Building 12, Street 5, Jabal Amman, Amman 11181]]"),
        DetectorCase(
            "a Viennese house with its stair and door, whose house number is no day", .streetAddress,
            "Meldeadresse: [[Gumpendorfer Straße 88/3/12, 1060 Wien]]; Lager [[Lindengasse 114/2/17]]"),
        DetectorCase(
            "a house number and a comma before a street whose word comes first, after a colon or a dash", .streetAddress,
            "Cabinet : [[12, Rue Ibn Batouta, 2e étage, Rabat]]. Siège – [[9, Bd Anfa, 4e étage, Casablanca]]\ncédula "
                + "031-0472958-1, [[Calle Restauración #48, Los Pepines, Santiago 51000]]"),
        DetectorCase(
            "an Argentine postcode of letters and digits", .streetAddress,
            "Dirección: [[Av. Corrientes 1234, piso 5, depto B, C1043AAZ CABA]]. Código ABCD1234 de la oferta."),
        DetectorCase(
            "a flat, unit or suite before the house number and a comma", .streetAddress,
            "New tenancy: [[Flat 6, 73 Gloucester Road, Bristol BS7 8AS]]. Office at [[Unit 3B, 14 Mill Lane, Leeds LS1 "
                + "4AB]]. Room 12, 5 chairs missing."),
        DetectorCase(
            "a Colombian house numbered by its cross street and the metres from it", .streetAddress,
            "Dirección: [[Carrera 45 # 26-85, Bogotá]]. Oficina: [[Calle 72 No. 10-34, Medellín]]. Cl 104 mmol/L"),
        DetectorCase(
            "a floor before a town that no postcode comes with", .streetAddress,
            "Consultorio: [[Av. Colón 1200, piso 3, Córdoba]]; oficina [[Calle Mayor 8, piso 2, Madrid]]."),
        DetectorCase(
            "Italian streets named with dei, degli, delle", .streetAddress,
            "Sede: [[Piazza dei Martiri 14, 80121 Napoli]]. Ritrovo in [[Via degli Orti 3, 40137 Bologna]], poi "
                + "[[Viale delle Rimembranze 9, 20099 Sesto San Giovanni]]."),
        DetectorCase(
            "a house, its area and a known town without a road; a plot inside a longer address stays in it",
            .streetAddress,
            "He lives at [[House No. 14, Adabraka, Accra]].\nResidence: [[Kamiti Rd, Plot 118, Kahawa West, Nairobi]]"),
        DetectorCase(
            "turkish avenue and boulevard abbreviated", .streetAddress,
            "Kargo için adresim [[Bağdat Cd. No: 215]] (kapıcıya bırakın).\nOfis: [[Atatürk Blv. No: 48, Çankaya]]."),
        DetectorCase(
            "peru's jirón, and a lab's chloride and creatinine that are no streets", .streetAddress,
            "Vive en [[Jr. Huallaga 742]] desde marzo.\nLabs: Na 140, K 4.1, Cl 104 mmol/L, HCO3 24; Cr 88, BD  3"),
        DetectorCase(
            "japanese after the postal mark, and chinese, japanese and korean address fields", .streetAddress,
            "[[〒541-0053 大阪府大阪市中央区本町2-5-7 本町センタービル8F]]\nTEL：06-6262-4418（代表）\n"
                + "地址：[[上海市徐汇区漕溪北路398号2号楼1502室，200030]]\n주소: [[서울특별시 마포구 월드컵북로 396, 103동 804호]] "
                + "(03925)\nお届け日時：2025年10月18日"),
        DetectorCase(
            "an address in chinese or japanese letters after a label in latin ones", .streetAddress,
            "Name: Zhang Min; Home address: [[广州市天河区体育西路191号]]\nAddress: [[福岡県福岡市博多区博多駅前2-1-1]]"
                + "\nE-mail address: 广州@example.cn"),
        DetectorCase(
            "serbian street words in Cyrillic letters", .streetAddress,
            "Адреса: [[Булевар краља Александра 320, Београд]]\nПошта: [[Улица Кнеза Милоша 12]], Београд"),
        DetectorCase(
            "a town line and its Eircode after an address, joined to it as other postcodes are", .streetAddress,
            "[[14 Knocknaheeny Avenue\nBallyvolane, Cork T23 K8F2]]\nDear Sir,\nPlease pay 2815 kroner."),
        DetectorCase(
            "a number sign before the house number", .streetAddress,
            "Vivo en [[Calle Padre Billini #58]], Zona Colonial. Order Widget #5821 shipped."),
        DetectorCase(
            "a flat's floor and tower before its building", .streetAddress,
            "Premises: [[Flat No. 1204, 12th Floor, Tower C, Gulmohar Residency, Sector 137, Noida 201305]]\n"
                + "[[Flat 12B, Tower 3, Lakeview Enclave, Varthur Main Road, Bengaluru – 560087]] | +91 98860 41273"),
        DetectorCase(
            "read back from a British postcode or an Eircode", .streetAddress,
            "Scoil Bhríde N.S., [[Knock Road, Ballyhaunis, Co. Mayo F35 WK82]]\n[[14 Cluain Ard, Ballincollig, Co. "
                + "Cork P31 X2F8]]\nSwyddfa: [[Unit 4, Maes y Coed Road, Cardiff CF14 4XP]]\nVisit London WC2B 6UN. "
                + "Batch F35 WK82 arrived."),
        DetectorCase(
            "a lease's premises and a Swahili place as fields", .streetAddress,
            "Premises: [[Plot 28417, Block 8, Gaborone]]   Omang: 417211508\n"
                + "Mahali: [[Mtaa wa Mori, Kitalu Na. 47, Sinza, Ubungo, Dar es Salaam]] (karibu na kanisani)."),
        DetectorCase(
            "a plot and its floor before a road with no road word", .streetAddress,
            "Faizan: [[Plot 32-C, 2nd floor, Khayaban-e-Shamsheer, Phase V, DHA, Karachi]] — reception"),
        DetectorCase(
            "a house after R/o", .streetAddress,
            "Ms. Ananya Mukherjee, R/o [[12/3B, Bose Para Lane, Behala, Kolkata 700034]], PAN BQHPM4417K"),
        DetectorCase(
            "post office boxes with spaces, letters and a town", .streetAddress,
            "Mr Kagiso Sebina\n[[P O Box 2715, Mogoditshane]]\nMr Kwabena Owusu\n[[P. O. Box KS 1183, Kumasi]]\n"
                + "Al Hamra Trading LLC, [[P.O. Box 1204]], PC 112, Ruwi, as Store Supervisor"),
        DetectorCase(
            "a lower-case street before a postcode of its own shape", .streetAddress,
            "paczkomat na [[grochowskiej 207, 04-077 warszawa]] kod odbioru 481227; we met in room 207, 04-077 people"),
        DetectorCase(
            "a form's address field, up to the next field", .streetAddress,
            "Address: [[Arada Sub-city, Woreda 08, House No. 1123, Addis Ababa]]   Tel: 0911 234 567"),
        DetectorCase(
            "an address field without a number, and a phone word ending it", .streetAddress,
            "Adresse : [[Rue Drouot, face boulangerie Zepol, Akwa, Douala]] tél. 699 41 22 10"),
        DetectorCase(
            "a residence field after a qualifier, ending at a sentence", .streetAddress,
            "Name: Kofi Mensah\nPostal address: [[AK-547-2210, Plot 14, Asokwa, Kumasi]]. Please write."),
        DetectorCase(
            "a field whose label has words after it", .streetAddress,
            "Adresse pour la visite : [[Cité 1200 Logements, Bât. 14, porte 7, 16311 Bab Ezzouar, Alger]]\n"
                + "Adresa gjatë lejes: [[Rruga Taulantia, Pallati 12, Shk. 3, Durrës]]   Cel: +355 69 204 1180"),
        DetectorCase(
            "lower-case streets with the street word first, as chats write them", .streetAddress,
            "ship it to [[rua voluntários da pátria 190, apto 802, botafogo]]\n"
                + "vive en [[av. rivadavia 4820, caballito]]. y yo en [[calle duarte #45, ensanche la fe]]"),
        DetectorCase(
            "lower-case addresses that open with the flat or the house", .streetAddress,
            "bring to [[apt b7, kilimani heights, argwings kodhek rd]]. ya [[flat 5, 2nd floor, saima arcade, "
                + "university road]] pe drop kar do\n"
                + "[[house r-214, block 13-d, gulshan-e-iqbal, karachi]] pe ammi hain"),
        DetectorCase(
            "a flat or a house in a sentence is no address", .streetAddress,
            "the house 3, which we saw, was nice, and cheap; we need flat 2, and more, and more"),
        DetectorCase(
            "an address field whose street word is abbreviated", .streetAddress,
            "Address: [[Bldg. Abou Jaoudeh, 3rd floor, Rue Mar Elias, Achrafieh, Beirut]]\nAddress: [[12 Main St, "
                + "Cork]]. Please call me tomorrow."),
        DetectorCase(
            "a lower-case terrace after its number, after the flat", .streetAddress,
            "the address is [[apt 6, 19 harcourt terrace, dublin 2]]"),
        DetectorCase(
            "short words and english words before a number are no street", .streetAddress,
            "take bd and benzhexol 2 weeks; al venerdì 8 ore; send via route 66 to area 51"),
        DetectorCase(
            "a contact field is no address", .streetAddress,
            "Home contact: wife Mina Kumari Gurung, +977 980-4417263.\nHome: wife Mina, +977 980-4417263"),
        DetectorCase(
            "fields that hold no street", .streetAddress,
            "Email address: kofi@example.org\nAddress: see above\nIP address: 10.2.3.4, 10.2.3.5, gateway 1\n"
                + "Also free to a good home: 2 hens, ask for Mikaere."),
        DetectorCase("italian street word first", .streetAddress, "Ufficio: [[Via Garibaldi 112, 40124 Bologna]]."),
        DetectorCase("polish abbreviation over lines", .streetAddress, "[[ul. Długa 14/3\n80-827 Gdańsk\nPoland]]"),
        DetectorCase("french number first", .streetAddress, "Au [[18 rue des Lilas\n69003 Lyon]]\n\nMadame,"),
        DetectorCase("swedish postcode in two groups", .streetAddress, "till [[Storgatan 8, 411 38 Göteborg]]."),
        DetectorCase("dutch postcode with letters", .streetAddress, "[[Keizersgracht 221, 1016 DV Amsterdam]]"),
        DetectorCase("turkish street word after the name", .streetAddress, "[[Bağdat Caddesi No: 155]], Kadıköy"),
        DetectorCase(
            "a unit's word before an Australian unit and house, and a neighbourhood in lower case", .streetAddress,
            "Deliver to [[Unit 5/14 Kooringa Ave, Werribee VIC 3030]]. Mi casa queda en la [[Calle 45 # 23-15, barrio "
                + "Teusaquillo, Bogotá]]. Endereço: [[Rua Dr. Barcelos, 1874, ap. 302, bairro Tristeza, CEP 91910-251, "
                + "Porto Alegre/RS]]"),
        DetectorCase("turkish district and city set apart by a slash", .streetAddress,
            "Adres: [[Atatürk Cad. No: 45 D: 7, Kadıköy / İstanbul 34710]]"),
        DetectorCase("lower-case post office box", .streetAddress, "Write to [[p.o. box 118, 602 00 Brno]]."),
        DetectorCase("british flat", .streetAddress, "Flat 2, [[17 Kingsway, London WC2B 6UN]]"),
        DetectorCase(
            "swiss street with a short name", .streetAddress, "neu [[Seestrasse 214, 8820 Wädenswil]] (vorher"),
        DetectorCase(
            "british close with the postcode after the town", .streetAddress,
            "Please write to [[41 Larkspur Close, Wolverhampton WV10 9RT]] by Friday."),
        DetectorCase(
            "a district, a town and a postcode after commas", .streetAddress,
            "Practice: [[14 Jan Smuts Avenue, Rosebank, Johannesburg, 2196]] · Tel"),
        DetectorCase(
            "a comma after the house number, and the number's word before it", .streetAddress,
            "Residence: [[No. 12, 4th Cross Street, Besant Nagar, Chennai 600090]]."),
        DetectorCase("a comma after a year is no house number", .streetAddress, "In 2019, Main Street was closed."),
        DetectorCase("a one-word street before a known town", .streetAddress, "[[Korinthou 112, 262 21 Patra]]"),
        DetectorCase("english words before a town are no street", .streetAddress, "See Section 4, 2024 London."),
        DetectorCase(
            "a date before a town is no street", .streetAddress, "On November 26, 2022 Clayton was called in."),
        DetectorCase(
            "a postcode with its country's letters", .streetAddress,
            "fin du bail – [[27, rue de Hollerich, L-1741 Luxembourg]]"),
        DetectorCase("a comma after a year before a street word", .streetAddress, "In 2019, rue Royale was busy"),
        DetectorCase(
            "a slovenian street word after the name", .streetAddress,
            "Naslov: [[Celovška cesta 112, 1000 Ljubljana]], GSM 041 222 333"),
        DetectorCase(
            "particles between the street word and the name", .streetAddress,
            "logement situé [[rue de la Victoire 58, 1060 Saint-Gilles]] (courrier"),
        DetectorCase(
            "a québec address with its province and postcode", .streetAddress,
            "Adresse : [[4520, rue De Lanaudière, Montréal (Québec) H2J 3P4]]   Cell."),
        DetectorCase(
            "a canadian postcode after the province", .streetAddress, "[[120 Queen St W, Toronto, ON M5H 2N2]]"),
        DetectorCase("a diagnosis code is no street", .streetAddress, "PN od 11. 11. 2024, dg. J06.9: infekce"),
        DetectorCase("street word with no number", .streetAddress, "We walked down Via Roma at night."),
        DetectorCase("spring is no street", .streetAddress, "Spring 2025 shifts start in March."),
        DetectorCase("post office at the end of the text", .streetAddress, "Write to the Po"),
        DetectorCase(
            "no street word, a country after the town", .streetAddress,
            "We have [[Knez Mihailova 6, 11000 Beograd, Serbia]] on file."),
        DetectorCase(
            "no street word, after an address label", .streetAddress,
            "Adresa: [[Kralja Petra 12, 21000 Novi Sad]]\nTel: 021 555 333"),
        DetectorCase("hungarian street word in lower case", .streetAddress, "[[Váci út 141, 1138 Budapest, Hungary]]"),
        DetectorCase("norwegian gate", .streetAddress, "Kontor: [[Thereses gate 44, 0354 Oslo]]"),
        DetectorCase("a lower-case word after a name needs the town", .streetAddress, "The gate 44 was closed."),
        DetectorCase("ukrainian abbreviation", .streetAddress, "[[vul. Hrushevskoho 27, kv. 9, Lviv 79005]]"),
        DetectorCase("mexican boulevard", .streetAddress, "Domicilio: [[Blvd. Campestre 2315, Col. Centro]]"),
        DetectorCase(
            "a street named like a person, its flat after it", .streetAddress, "Mora na [[Rua Augusta 190, apto 802]]."),
        DetectorCase(
            "no street word, no label, no country", .streetAddress, "Running Windows Server 10, 2019 Edition since May."),
        DetectorCase(
            "a street over the postcode's line", .streetAddress,
            "Hans Muster\n[[Bahnhofstrasse 21\n8703 Erlenbach]]"),
        DetectorCase("a three-digit postcode before a known town", .streetAddress,
            "Ég sendi samninginn á [[Laugavegi 88, 101 Reykjavík]] fyrir helgi"),
        DetectorCase("a street word before a name in lower case", .streetAddress,
            "kupatilu našeg stana, [[Bulevar oslobođenja 76, stan 14, 21000 Novi Sad]]."),
        DetectorCase(
            "an abbreviated street word is no street before a dose", .streetAddress,
            "Cap Omeprazole 20mg BD x 14/7"),
        DetectorCase("the Spanish C/", .streetAddress, "una nueva tarjeta a [[C/ Ruzafa 27, 4.º B, 46004 Valencia]]."),
        DetectorCase("the postcode and town before the street", .streetAddress,
            "Lakcím: [[1137 Budapest, Pozsonyi út 27]]. II/5.  Tel.: +36 30 482 1196"),
        DetectorCase("a house, its road and the areas", .streetAddress,
            "Address: [[House 27, Road 11, Block C, Banani, Dhaka 1213]]"),
        DetectorCase(
            "a sector with its letter and numbers", .streetAddress,
            "R/o [[House No. 14, Street 7, Sector G-9/2, Islamabad]]. Cell: 0321-5567890"),
        DetectorCase("a block as the road", .streetAddress, "[[Plot 45-B, Block C, Gulberg III, Lahore 54660]]"),
        DetectorCase(
            "a purok, a barangay and a block's lot in the Philippines", .streetAddress,
            "[[Purok 3, Brgy. Tagbac, Sta. Barbara, Iloilo 5002]] | +63 998 214 7736\n"
                + "[[Purok 5, Blk 3 Lot 9, Ecoland Subd., Brgy. Matina Crossing, Davao City 8000]]"),
        DetectorCase(
            "a residency and a road by its number", .streetAddress,
            "Address: [[Flat 302, Sai Residency, Road No. 12, Banjara Hills, Hyderabad 500034]]."),
        DetectorCase("a house number after No., a named road and the town", .streetAddress,
            "[[House No. 12, Otublohum Road, East Legon, Accra]] (GA-183-8164)"),
        DetectorCase("a lithuanian street with its abbreviated street word", .streetAddress,
            "Adresas: [[Žirmūnų g. 68-15, LT-09124 Vilnius]]   Tel.: +370 612 48 307"),
        DetectorCase(
            "an estonian street word in lower case", .streetAddress,
            "Aadress: [[Pärnu mnt 118-24, 11313 Tallinn]]"),
        DetectorCase(
            "a letter glued to the house number", .streetAddress,
            "new tenancy at [[58B Green Lanes, London N16 9BS]]"),
        DetectorCase("a British street type over two lines", .streetAddress,
            "Harold Finch-Bramley\n[[27 Cotham Vale\nBristol BS6 6HR]]"),
        DetectorCase(
            "a city's district number after a known town, a house's number word opening the text, a tower's name",
            .streetAddress,
            "[[No. 45, Galle Road, Colombo 07]]\nShe moved to [[12 Barbican Road, Kingston 6]]. Meet at [[3 Baggot "
                + "Street, Dublin]] 2 people will come.\nAddress: [[Apartment 1504, Marina Heights Tower, Dubai "
                + "Marina, Dubai]]"),
        DetectorCase("the state a town names after it, as Nigeria's are", .streetAddress,
            "Address: [[12 Allen Avenue, Ikeja, Lagos State]]\nAddress: [[12 Awolowo Road, Ikoyi, Lagos State]]"),
        DetectorCase(
            "a Lithuanian street word abbreviated before a known town, an Albanian street named with its article",
            .streetAddress,
            "gyvenu [[Gedimino pr. 12-5, Vilnius]]. banoj në [[Rruga e Kavajës, Nr. 45, Tiranë]]. Gyvenu su Jonu."),
        DetectorCase("a flat before its building and road, and its eircode", .streetAddress,
            "From: Aoife Ní Bhriain, [[Apt 14, Seafield Court, Clontarf Road, Dublin 3, D03 X2Y4]]"),
        DetectorCase("a date after a name is no house number", .streetAddress,
            "Pharmacy note - Westmead Hospital, 14/06/2024\nNguyen Thi Lan (Medicare"),
        DetectorCase("a postcode with the country's letters after the town", .streetAddress,
            "Iesniedzēja: Ilze Bērziņa, [[Brīvības iela 112-34, Rīga, LV-1001]]"),
        DetectorCase(
            "a Russian address with dom and kvartira, and its town", .streetAddress,
            "Adres: [[ul. Lenina, d. 14, kv. 37, Omsk]]"),
        DetectorCase("an Austrian house, stair and door after a phone", .streetAddress,
            "Gespräch: +43 664 381 22 07, [[Favoritenstraße 112/3/14, 1100 Wien]]."),
        DetectorCase("Italian and French street words in lower case", .streetAddress,
            "a casa sua, [[viale Monza 140, 20127 Milano]]; au [[3, impasse des Lilas, 69003 Lyon]]"),
        DetectorCase("an Irish lawn", .streetAddress, "Updated contact: 087-221 4490, [[6 Ashgrove Lawn]], Castletroy"),
        DetectorCase("a street written in lower case in a chat", .streetAddress,
            "deliver to [[12 mabini st, brgy malanday, marikina]] pls; i live at [[45 queen st]], ok thanks; "
                + "its a 2 way street lol; we walked 3 miles down the road"),
        DetectorCase("a numbered street written in lower case, its direction before it", .streetAddress,
            "can you drop it at [[52 w 83rd st]] apt 4c? or [[210 e 5th ave]]; it came 2nd in the 3 day race"),
        DetectorCase("a post-office box after a plot and its road, with Kenya's post office code", .streetAddress,
            "Address: [[Plot 2234, Kimathi Avenue, P.O. Box 48120-00100, Nairobi]]\nTel: 020 555 0142"),
        DetectorCase("Indian roads named by numbers", .streetAddress,
            "Home visits at [[No. 42, 4th Cross]], 6th Block; [[Plot 45, Sector 21, Noida 201301]]; No. 5, the main thing"),
        DetectorCase("a house number with its letter, then road and block", .streetAddress,
            "Deliver to [[House 22/C, Road 7, Block D, Agrabad Housing Estate, Chattogram 4100]] today"),
        DetectorCase("a house before its township", .streetAddress,
            "Residence: [[House No. 1187, Kwacha Township, Kitwe]]"),
        DetectorCase("a building, street and zone", .streetAddress,
            "Camp: [[Building 17, Street 930, Zone 55, Al Wakra]]"),
        DetectorCase("a Korean road and side road", .streetAddress,
            "Address: [[48, Sinchon-ro 7-gil, Mapo-gu, Seoul 04104]]   Mobile: 010-5555-0142"),
        DetectorCase("a Japanese block number and ward", .streetAddress,
            "Send to [[4-2-9 Nishiki, Naka-ku, Nagoya 460-0003]]; and take 3-4 Tablets, Ku-ku"),
        DetectorCase("a Portuguese number after n.º", .streetAddress,
            "Residência: [[Av. Julius Nyerere, n.º 657]], 2.º andar, Maputo"),
        DetectorCase("a Vietnamese house, lane, street, ward, district and city", .streetAddress,
            "Địa chỉ: [[Số 21, ngõ 88 Láng Hạ, P. Thành Công, Q. Ba Đình, Hà Nội]]   ĐT: 0912 555 014"),
        DetectorCase("a Vietnamese village: its hamlet, commune, district and province", .streetAddress,
            "thường trú [[thôn Đông, xã Yên Thường, Gia Lâm, Hà Nội]]\nĐịa chỉ: [[Xóm 4, xã Hải Thanh, huyện Hải "
                + "Hậu, tỉnh Nam Định]]\n[[Ấp 3, xã Tân Phú, huyện Châu Thành, tỉnh Tiền Giang]]\nThon Bridge, "
                + "Tank Road; bản sao, Hà Nội"),
        DetectorCase("a Vietnamese address in lower case", .streetAddress,
            "giao tới [[số 9 ngõ 12 phố Huế, phường Ngô Thì Nhậm, quận Hai Bà Trưng, Hà Nội]] nhé"),
        DetectorCase("a Vietnamese house number and numbered ward", .streetAddress,
            "[[215 Nguyễn Trãi, Phường 7, Quận 5, TP. Hồ Chí Minh]]; we have 3 New Cases, Phường"),
        DetectorCase("a Czech street without its word, a shaped postcode and a district", .streetAddress,
            "praktický lékař, [[Korunní 1208/74, 120 00 Praha 2]]; bytem [[Lidická 45, 602 00 Brno]]."),
        DetectorCase("a Greek street before its town and postcode", .streetAddress,
            "sto grafeio [[Stadiou 24, Athina 105 64]] stis 11"),
        DetectorCase("a Russian street, house, building and flat", .streetAddress,
            "приходи: [[ул. Садовая, д. 7, корп. 1, кв. 15]] вечером"),
        DetectorCase("a Ukrainian town, street, house and flat", .streetAddress,
            "Адреса: [[м. Львів, вул. Зелена, 21, кв. 3]]"),
        DetectorCase("the addressee's name before the town is no region; a country is", .streetAddress,
            "Пацієнтка Коваленко Олена, [[м. Київ, вул. Хрещатик, 22, кв. 5]].\n"
                + "[[Україна, м. Київ, вул. Хрещатик, 22, кв. 5]]"),
        DetectorCase("a Bulgarian address with its number sign", .streetAddress,
            "Адрес: [[гр. Варна, ул. „Преслав“ № 14, ет. 2, ап. 5]]"),
        DetectorCase("a Kyrgyz address in Latin letters", .streetAddress,
            "Osh, kv. 3 is mine; deliver to [[Bishkek, pr. Manas 41, kv. 12]] and take vitamin D. 12 tablets, k. 2"),
        DetectorCase("post-office boxes of other languages, the French BP only before a town", .streetAddress,
            "[[BP 4127 Douala]]; [[S.L.P. 31478, Dar es Salaam]]; [[Postfach 12 34, 80331 München]]; "
                + "[[Apartado 1234]]; [[P.K. 12, 34000 Istanbul]]; BP 140 today"),
        DetectorCase("a lower-case street word that is no English word, alone", .streetAddress,
            "tere, olen [[Pärnu mnt 139]] ees; [[Brīvības iela 12]]; Thereses gate 44 is open"),
        DetectorCase("known towns after a street, and a unit after a number sign before a US state and ZIP",
            .streetAddress,
            "Vivo en [[Av. Pajaritos 1234, Maipú, Santiago]]. Urb. Villa Carolina, "
                + "[[Calle 12 #8, Carolina, PR 00985]]"),
        DetectorCase("a Vietnamese street of several words with two areas, and a barangay and town after a US street",
            .streetAddress,
            "địa chỉ [[45 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội]]. nakatira sa [[123 Rizal St., Brgy. San Roque, Quezon "
                + "City]]. Room 12 Müller, Köln"),
        DetectorCase("an Australian flat's number and slash before the house number", .streetAddress,
            "Please update my address to [[4/17 Kooyong Rd, Caulfield North VIC 3161]] — cheers"),
        DetectorCase("a flat in lower case before its building, suburb, town and PIN code", .streetAddress,
            "send to [[flat 302, Sunshine Apts, Andheri West, Mumbai 400053]]; [[Flat 7, Shanti Niwas, Ghatkopar East, "
                + "Mumbai 400077]]"),
        DetectorCase("an Irish Eircode after a town and its district, but no name before the street", .streetAddress,
            "Seán Murphy, [[5 Ballymun Road, Dublin 9, D09 F6X2, Ireland]]; [[12 Main St, Galway H91 E2K3]]; "
                + "the code H91 X2YZ has letters Eircodes leave out"),
        DetectorCase("a Brazilian state after a dash or slash before the CEP", .streetAddress,
            "moro na [[Rua das Flores, 45, apto 12, São Paulo - SP, 01234-567]]. "
                + "[[Av. Sete de Setembro 1200, Curitiba/PR 80010-000]]"),
        DetectorCase("a Mexican colonia and borough after the number, but no date after a unit", .streetAddress,
            "vivo en [[Calle Reforma 222, Col. Juárez, Cuauhtémoc, CDMX]]; "
                + "[[Av. Insurgentes Sur 1602, Colonia Crédito Constructor, Benito Juárez]]\n"
                + "closed for [[221 Bathurst St., Apt. 3]]\non July 31, 2025 and\n"
                + "Domicilio: [[Av. Hidalgo 1843, Col. Ladrón de Guevara, 44600 Guadalajara]], Jal."),
        DetectorCase("towns alone make no address of a clinic's number", .streetAddress,
            "Derivada a la UMF No. 48, Guadalajara, el lunes"),
        DetectorCase("an English per before a section is no street", .streetAddress,
            "Hi Yvonne,\n\nPer Section 28(b) of the agreement; Hi Adam, per Article 26, the employer"),
        DetectorCase("the French bis and ter of a house number", .streetAddress,
            "livré au [[27 bis, rue des Lilas, 69003 Lyon]] entre 9h et 12h; "
                + "[[12 ter avenue Victor Hugo, 75019 Paris]]"),
        DetectorCase("a Brazilian district after a dash, the town and state before the CEP", .streetAddress,
            "Endereço: [[Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200]]."),
        DetectorCase("the town after the postcode when a district came before it, with its particles", .streetAddress,
            "Dirección: [[Calle Durango 214, int. 3, Col. Roma Norte, 06700 Ciudad de México]]\n"
                + "Rua: [[Rua Voluntários da Pátria 45, 22270-000 Rio de Janeiro]]\n"
                + "Alamat: [[Gg. Sidomukti No. 14, Depok, Sleman 55283]], HP 0812 3456 7890\n"
                + "Delivery to [[2287 Bayview Ave, North York, ON M2L 1A3]] Thursday\n"
                + "Adres: [[Bağdat Caddesi No: 215 Daire 7, 34728 Kadıköy/İstanbul]]. Alıcı: Elif Yıldız"),
        DetectorCase("a number after a comma that opens a street of its own", .streetAddress,
            "GP: Dr. Leon Fischer, Maple Medical Centre, [[88 Elm Road, Leeds LS6 2AB]]."),
        DetectorCase("a building's word after a name that ends as a road's", .streetAddress,
            "drop them at [[Flat 12B, Sea View CHS, Bandra West, Mumbai 400050]] tomorrow"),
        DetectorCase("a turkish flat and floor after a house numbered after its word, not after an english street",
            .streetAddress,
            "Kargo adresi: [[Halaskargazi Cd. No:31 Kat:2 D:4]]; teslimat [[Şair Eşref Blv. No: 9 Daire 3]] ise "
                + "yarın. We met at [[14 Baker Street]] D. Smith came too."),
        DetectorCase("a street numbered rather than named, with its neighbourhood before it", .streetAddress,
            "Tebligat: [[Yeşilyurt Mah. 2817 Sk. No:6 D:3, 35170 Karabağlar/İzmir]]\nDepo: [[1456 Sokak No: 22]], "
                + "Bornova. Sipariş 2817 adet, no. 6 kutu."),
        DetectorCase("a form's next field or column ends the town after a postcode", .streetAddress,
            "Adres: [[Kıbrıs Şehitleri Cd. No: 12 D: 3, 35220 Alsancak/İzmir]]   Cep: 0532 000 00 00\n"
                + "Address: [[Fasanenstraße 41, 10719 Berlin]] Phone: 030 1234 5678"),
        DetectorCase(
            "a Chinese address in pinyin, with its tones or without, areas after the house or before the road",
            .streetAddress,
            "Kuaidi: [[Dōngfēng Xī Lù 218 Hào, 5 Hào Lóu 1102 Shì, Yuèxiù Qū, Guǎngzhōu 510030]], Dianhua 139 "
                + "0000 0000\nShip to [[Chengdu Shi, Wuhou Qu, Renmin Nanlu 41 Hao]] by Friday. Lu 88 Hao and the Main "
                + "Street 5 hao are no addresses."),
        DetectorCase(
            "Hebrew street words in Latin letters, Israel's seven-digit postcode, a town whose first word is short "
                + "after a flat", .streetAddress,
            "Office: [[Rehov Dizengoff 120, Tel Aviv-Yafo 6433206]], 052-555-1234. Send it to [[Sderot Rothschild 45, "
                + "apt 3, Tel Aviv]]; clinic at [[Derech Hebron 101, Jerusalem 9348001, Israel]]. [[Calle 5]], Tel "
                + "5551234."),
        DetectorCase(
            "a post-office box with the known towns and country after it, Kenya's post office code, Australia's GPO, "
                + "South Africa's private bag, Nigeria's private mail bag", .streetAddress,
            "Post the cheque to [[P.O. Box 70213, Dar es Salaam, Tanzania]], attention Neema. Or [[P.O. Box "
                + "1234-00100, Nairobi]]. Head office: [[GPO Box 1422, Melbourne VIC 3001]]; records: [[Private Bag "
                + "X15, Hatfield 0028]]\nClinic, [[P.M.B. 5090, Garki, Abuja]]\nLab, [[PO Box 2218, Menlo Park, "
                + "0102]], Diagnoser: none"),
        DetectorCase(
            "a district no list holds between the street and a known town; neighbourhood units before the postcode",
            .streetAddress,
            "Office: [[12 Adeola Odeku Street, Victoria Island, Lagos]]. Casa: [[Carrera 13 # 85-32, apto 501, "
                + "Chapinero, Bogotá]]. Alamat: [[Jl. Merdeka No. 45, RT 03/RW 05, Kel. Sukajadi, Bandung 40162]]. "
                + "Oficina: [[Calle Mayor 8]], Juan Pérez, Gerente."),
        DetectorCase(
            "a big town by its own name or with its hyphens, a district named after its town, a french flat",
            .streetAddress,
            "Domiciliu: [[Str. Zorilor nr. 9, ap. 3, București]]; Biuro: [[ul. Hoża 41, lok. 7, Warszawa]]. "
                + "Cabinet : [[7 Rue Ibn Khaldoun, Appt 2, Tanger 90000]]. "
                + "Envoyez à [[14 Rue Thiers, Aix-en-Provence]]. Vive en [[Av. Tacna 533, Dpto. 8, Cercado de Lima]]. "
                + "Adres: [[Kıbrıs Şehitleri Cad. No: 12, İzmir]]"),
        DetectorCase(
            "an irish county before the eircode, a waterfront and an indian road after the name, a sector alone",
            .streetAddress,
            "Send to [[9 Chapel Lane, Kinsale, Co. Cork, P17 WK82]] or [[3 Abbey Row, Ennis, Co. Clare]]. "
                + "Office: [[21 Gulf Corniche, Doha]]. Clinic: [[77 Kamaraj Salai, Madurai]], "
                + "[[5 Aurobindo Marg, New Delhi]]. R/o [[House 19, Street 3, F-7/2, Islamabad]]. Meet at 3 Marg."),
        DetectorCase(
            "a french street named with an elided article, a square; en dashes between a brazilian address's parts",
            .streetAddress,
            "Cabinet : [[9 rue de l'Hôtel de Ville, 69001 Lyon]]; bureau [[14 place d'Armes, 78000 Versailles]], "
                + "[[2 avenue de l’Europe, 67000 Strasbourg]]. Endereço: [[Rua Tabapuã, 640, apto 12 – Itaim Bibi, "
                + "São Paulo – SP, 04533-001]]. Logement : Cité 1200 Logements, bloc B."),
        DetectorCase(
            "a known town with a word in lower case, a flat's number of four digits, a district and its city by a slash",
            .streetAddress,
            "Praxis: [[Zeil 88, 60313 Frankfurt am Main]]; till [[Vasagatan 9, lgh 1204, 411 24 Göteborg]]; "
                + "Adres: [[Bağdat Cad. No: 210, Caddebostan/İstanbul]]; Endereço: [[Rua do Ouvidor, 90, "
                + "20040-030 Rio de Janeiro]]"),
        DetectorCase(
            "a name before a comma is no street when a street word follows the house; a british flat after the street",
            .streetAddress,
            "Patient Paul Martin, [[4580 rue Saint-Denis, Montréal QC H2J 2L3]]. Address: [[88 Hawthorne Rd, Flat 2, "
                + "Leeds LS6 2QF]]."),
        DetectorCase(
            "a postcode after its label or a dash, after a state and known towns; a house's word before its comma",
            .streetAddress,
            "Endereço: [[Rua das Palmeiras, 88, Bairro Jardim América, Belo Horizonte – MG, CEP 30421-110]]; "
                + "[[45 MG Road, Bengaluru, Karnataka - 560001]]; Domicilio: [[Av. Juárez 120, Col. Centro, C.P. "
                + "06000, Ciudad de México]]. Deliver to [[Lot 22, Ilang-Ilang St., Brgy. Pansol, Quezon City 1108]]."),
        DetectorCase(
            "a rua shortened to R. before a town, a brazilian neighbourhood after a dash, south africa's stands and erven",
            .streetAddress,
            "Moro na [[R. Vergueiro, 3185, São Paulo]]. R. Silva, 45, disse que vem. [[Av. Brasil, 1500 - Centro, Rio "
                + "de Janeiro]]. [[Stand 1234, Zone 5, Ga-Rankuwa, 0208]]; [[Erf 4412, Extension 3, Tembisa, 1632]]. "
                + "[[House 12, Road 5, Dhanmondi, Dhaka]], 0171 234 5678"),
        DetectorCase(
            "floors and the landing's side, a dozen tokens of units, a borough of mexico city, a town after a postcode",
            .streetAddress,
            "Wohnhaft: [[Hauptstraße 5a, 3. Stock links, 10117 Berlin]]; [[Via Roma 12, scala B, piano 2, interno 5, "
                + "00184 Roma]]; [[Calle Mayor 3, 2º izquierda, 28013 Madrid]]; [[Av. Insurgentes Sur 1602, Alcaldía "
                + "Benito Juárez, 03940 CDMX]]. I clicked the links 5 times; he plays piano 3 hours a day."),
        DetectorCase("an english preposition goes on no street's name in lower case", .streetAddress,
            "The rally ends at Federal Plaza around 3pm; meet at Plaza around 3 pm. [[Plaza Mayor 3, Madrid]]; "
                + "[[Bulevar oslobođenja 45, 21000 Novi Sad]]."),
        DetectorCase("a lower-case street word that ends many phrases, before a comma and a known town",
            .streetAddress, "my new address is [[27 birchwood close, coventry]] if u need it. we had 2 close calls."),
        DetectorCase(
            "a given name that ends as streets do, a name before a date whose month is a town's too", .streetAddress,
            "Pharmacist: Natalia Rusu, 12 March 2024\nCornelia Weiss, 3 Oxford 2024\nKAREN'S DOB IS 3 MARCH 1980 IF "
                + "YOU NEED IT.\n[[Seestrasse 12, 8002 Zürich]]"),
        DetectorCase("a sentence's period after an English word goes on no street's name", .streetAddress,
            "Care home: Sunnyside Lodge. Waterlow 16. Address: [[Gedimino pr. 12-5, Vilnius]]; "
                + "[[Str. Florilor nr. 7, bl. B3, ap. 12, 400123 Cluj-Napoca]]"),
        DetectorCase("a clock time after a street's name is no house", .streetAddress,
            "Bus leaves Main Gate 7am. THE INCIDENT HAPPENED AT THE TAMPA DISTRIBUTION CENTER LOCATION AROUND 4PM. "
                + "[[Storgata 7a, 0155 Oslo]]"),
        DetectorCase(
            "the town after a flat whose words pass for a unit's, and after the last of two street words",
            .streetAddress,
            "Vivo en la [[Av. Arce 2631, piso 4, La Paz, Bolivia]]. Address: [[23 Constant Spring Road, Kingston, "
                + "Jamaica]]"),
    ]

    @Test("addresses with their postcode, town and country", arguments: cases)
    func address(_ testCase: DetectorCase) { testCase.expectMarkedFound() }
}
