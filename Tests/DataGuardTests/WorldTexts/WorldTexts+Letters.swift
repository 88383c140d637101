extension WorldTexts {
    /// Letters and forms from European offices, with addresses written the way each country writes them.
    static let letters: [String] = [
        #"""
        [[PERSON:Katarzyna Wiśniewska]]
        [[STREET_ADDRESS:ul. Długa 14/3
        80-827 Gdańsk
        Poland]]

        Dear Ms [[PERSON:Wiśniewska]], your claim for the overtime of [[DATE:12 March 2025]] was received by the
        shop committee. Please call us on [[PHONE_NUMBER:+48 58 301 22 40]] if anything is missing.
        """#,
        #"""
        Betreff: Arbeitszeitnachweis
        Sehr geehrter Herr [[PERSON:Jürgen Brandtner]],
        bitte senden Sie die Unterlagen an [[STREET_ADDRESS:Hauptstraße 27, 10827 Berlin]].
        Rückfragen unter [[PHONE_NUMBER:030 12345678]] oder per Mail an [[EMAIL_ADDRESS:j.brandtner@example.de]].
        Mit freundlichen Grüßen
        [[PERSON:Sabine Vogelsang]]
        """#,
        #"""
        Madame [[PERSON:Élodie Marchand]]
        [[STREET_ADDRESS:18 rue des Lilas
        69003 Lyon
        France]]
        Objet : votre demande de congé du [[DATE:4 juin 2025]]. Vous pouvez joindre le délégué au
        [[PHONE_NUMBER:04 72 33 18 90]] ou au [[PHONE_NUMBER:06.12.44.87.21]].
        """#,
        #"""
        Gentile sig. [[PERSON:Giuseppe Lombardi]],
        la informiamo che la sua pratica è stata trasferita all'ufficio di [[STREET_ADDRESS:Via Garibaldi 112, 40124 Bologna]].
        Per informazioni: tel. [[PHONE_NUMBER:051 644 1289]].
        """#,
        #"""
        Estimada [[PERSON:Lucía Fernández Ortega]]:
        Le escribimos desde la sección sindical. Su nueva dirección consta como
        [[STREET_ADDRESS:Calle Mayor 45, 3º B, 28013 Madrid]]. Si no es correcta, llame al [[PHONE_NUMBER:612 345 678]].
        """#,
        #"""
        Exma. Sra. [[PERSON:Joana Carvalho]]
        [[STREET_ADDRESS:Rua Augusta 210, 1100-053 Lisboa]]
        Informamos que a reunião foi adiada para [[DATE:15/07/2025]].
        """#,
        #"""
        Hei [[PERSON:Juha Mäkinen]],
        lähetämme jäsenkortin osoitteeseen [[STREET_ADDRESS:Hämeenkatu 12 B 7, 33100 Tampere]].
        Soita tarvittaessa puh. [[PHONE_NUMBER:040 123 4567]].
        """#,
        #"""
        Kære [[PERSON:Mette Kjærgaard]]
        Vi har registreret din nye adresse: [[STREET_ADDRESS:Nørrebrogade 44, 2. th., 2200 København N]].
        Ring til os på tlf. [[PHONE_NUMBER:32 14 56 78]], hvis noget er forkert.
        """#,
        #"""
        Hej [[PERSON:Anders Lindqvist]]!
        Ditt medlemskort skickas till [[STREET_ADDRESS:Storgatan 8, 411 38 Göteborg]].
        Mvh [[PERSON:Ingrid Håkansson]], tel [[PHONE_NUMBER:08-123 456 78]]
        """#,
        #"""
        Dear Mr [[PERSON:Ahmet Yılmaz]],
        Further to our letter of [[DATE:3 February 2025]], please send the signed form to our office at
        [[STREET_ADDRESS:Flat 2, 17 Kingsway, London WC2B 6UN]] or call [[PHONE_NUMBER:020 7946 0321]].
        Yours sincerely,
        [[PERSON:Siobhan O'Connell]]
        """#,
        #"""
        Membership form
        Name: [[PERSON:Dragana Petrović]]
        Address: [[STREET_ADDRESS:Knez Mihailova 6, 11000 Beograd, Serbia]]
        Mobile: [[PHONE_NUMBER:+381 64 123 4567]]
        Date of birth: [[DATE_OF_BIRTH:21.09.1984]]
        """#,
        #"""
        Application for hardship fund
        Applicant: [[PERSON:Tomáš Dvořák]]
        Postal address: [[STREET_ADDRESS:p.o. box 118, 602 00 Brno]]
        Phone: [[PHONE_NUMBER:+420 601 234 567]]
        Employer: Škoda Transportation, Plzeň
        """#,
        #"""
        Geachte heer [[PERSON:Pieter de Vries]],
        Uw nieuwe adres is verwerkt: [[STREET_ADDRESS:Keizersgracht 221, 1016 DV Amsterdam]].
        Heeft u vragen, bel dan [[PHONE_NUMBER:020 555 1234]].
        """#,
        #"""
        Sayın [[PERSON:Elif Demir]],
        Sendika temsilcimiz sizi [[DATE:18 Nisan 2025]] tarihinde arayacak. Cep telefonunuz [[PHONE_NUMBER:0532 123 45 67]]
        olarak kayıtlıdır.
        """#,
        #"""
        Dear [[PERSON:Nikolaos Papadopoulos]],
        We have your address as [[STREET_ADDRESS:Odos Ermou 25, 105 63 Athens, Greece]]. The hearing is in Thessaloniki
        and the company (Hellenic Rail S.A.) will pay travel.
        """#,
    ]
}
