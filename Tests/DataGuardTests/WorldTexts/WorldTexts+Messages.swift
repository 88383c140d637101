extension WorldTexts {
    /// Chat messages and e-mail signatures, informal and often in lower case.
    static let messages: [String] = [
        "hi it's [[PERSON:zsófia]] from the depot, my new number is [[PHONE_NUMBER:+36 30 123 4567]] pls update the list",
        "can u ask [[PERSON:mehmet öztürk]] to ring me back? [[PHONE_NUMBER:07700 900461]] after 6",
        "[[PERSON:Björn]] says the meeting with [[PERSON:Ragnhild Solberg]] moved to Oslo, her cell is [[PHONE_NUMBER:+47 912 34 567]]",
        "fyi [[PERSON:dorota]] moved to [[STREET_ADDRESS:ul. Piękna 20, 00-549 Warszawa]], send the ballot there",
        "just landed in Dublin, reach me on [[PHONE_NUMBER:087 123 4567]] or whatsapp [[PHONE_NUMBER:+353871234567]]",
        "New numbers for the rota: [[PERSON:Aino Virtanen]] [[PHONE_NUMBER:+358 50 765 4321]], [[PERSON:Sami Korhonen]] "
            + "[[PHONE_NUMBER:+358 40 987 6543]]. Both start Monday in Helsinki.",
        "does anyone have [[PERSON:Vasile Popescu]]'s email? i only have [[PHONE_NUMBER:0722 123 456]]",
        #"""
        Best regards,
        [[PERSON:Marta Nowak]]
        Shop Steward, Amazon Poznań
        M: [[PHONE_NUMBER:+48 601 555 432]]
        E: [[EMAIL_ADDRESS:marta.nowak@example.pl]]
        """#,
        #"""
        --
        [[PERSON:Henrik Sørensen]]
        Organiser | Nordic Transport Union
        [[STREET_ADDRESS:Vesterbrogade 12, 1620 København V, Denmark]]
        T: [[PHONE_NUMBER:+45 33 12 34 56]]
        """#,
        #"""
        Kind regards
        [[PERSON:Gráinne Ní Bhriain]]
        Caseworker, Siptu Cork
        Tel: [[PHONE_NUMBER:021 490 1234]] | Fax: [[PHONE_NUMBER:021 490 1299]]
        """#,
        #"""
        Cheers,
        [[PERSON:Rafael Moreira]]
        [[STREET_ADDRESS:Av. Paulista 1578, São Paulo - SP, 01310-200, Brasil]]
        Cel: [[PHONE_NUMBER:+55 11 91234-5678]]
        """#,
        "ok so [[PERSON:jan kowalski]] and [[PERSON:agnieszka]] both said the new manager from Germany shouted at them on "
            + "[[DATE:Tuesday 14 January]]",
        "Message from [[PERSON:Oğuz Kaya]]: my address changed to [[STREET_ADDRESS:Bağdat Caddesi No: 155, Kadıköy, İstanbul]]",
        "the office is at [[STREET_ADDRESS:Mannerheimintie 5 A, 00100 Helsinki]] but post goes to [[STREET_ADDRESS:PL 42, 00101 Helsinki]]",
        "swiss members call the hotline [[PHONE_NUMBER:044 668 18 00]], austrian ones [[PHONE_NUMBER:+43 1 534 44 39]]",
        "Reminder: Deutsche Bahn, Siemens and Nokia reps join the call. Italy and Spain send written notes.",
    ]
}
