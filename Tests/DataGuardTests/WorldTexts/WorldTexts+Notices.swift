extension WorldTexts {
    /// Notices and e-mails about leave, pay and meetings, with their dates written the way each country writes them.
    static let notices: [String] = [
        #"""
        Asunto: vacaciones
        Hola [[PERSON:Lucía Fernández]], te confirmamos las vacaciones desde el [[DATE:14 de julio de 2025]]
        hasta el [[DATE:1 de agosto de 2025]]. Si cambia algo, llama a [[PERSON:Javier Ortega]] al
        [[PHONE_NUMBER:+34 91 555 12 34]].
        """#,
        #"""
        Krankmeldung
        [[PERSON:Thomas Bauer]] ist vom [[DATE:3. November 2025]] bis zum [[DATE:7. November 2025]] krankgeschrieben.
        Bitte Rückmeldung an [[EMAIL_ADDRESS:personal@stadtwerke-beispiel.de]].
        """#,
        #"""
        hej! mötet med facket flyttas till [[DATE:18 september 2025]], ring mig på [[PHONE_NUMBER:070-123 45 67]]
        om du inte kan. /[[PERSON:Anna Lindqvist]]
        """#,
        #"""
        Caro [[PERSON:João Pereira]],
        o seu pedido de licença de [[DATE:2 de fevereiro de 2026]] foi aprovado pela chefia. Qualquer dúvida,
        escreva para [[EMAIL_ADDRESS:rh@camara-exemplo.pt]].
        """#,
        #"""
        Pani [[PERSON:Agnieszka Nowak]], zebranie komisji odbędzie się [[DATE:4 grudnia 2025]] o godz. 10:00.
        Prosimy o potwierdzenie do [[DATE:28 listopada 2025]] pod numerem [[PHONE_NUMBER:+48 22 123 45 67]].
        """#,
        #"""
        Beste [[PERSON:Sanne de Vries]], uw verlof van [[DATE:12 mei 2025]] is goedgekeurd. Met vragen kunt u bellen
        naar [[PHONE_NUMBER:020 555 1234]]. Met vriendelijke groet, [[PERSON:Pieter Jansen]]
        """#,
    ]
}
