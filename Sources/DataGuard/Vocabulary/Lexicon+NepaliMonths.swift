extension Lexicon {
    /// The months of the Bikram Sambat calendar, by which Nepal dates ("15 Falgun 2081", "१५ फागुन २०८१"), each with
    /// its number in that calendar (Baisakh, mid-April, is the first): the spellings Nepali writes in Latin letters
    /// and in Devanagari, written from general knowledge. "Push", an English word, is left out; "Poush" and "Paush"
    /// stay.
    static let nepaliMonths = """
        baisakh 1
        baishakh 1
        vaisakh 1
        बैशाख 1
        वैशाख 1
        jestha 2
        jeth 2
        जेठ 2
        जेष्ठ 2
        asar 3
        asadh 3
        ashadh 3
        असार 3
        आषाढ 3
        shrawan 4
        srawan 4
        saun 4
        साउन 4
        श्रावण 4
        bhadra 5
        bhadau 5
        भदौ 5
        भाद्र 5
        ashwin 6
        asoj 6
        असोज 6
        आश्विन 6
        kartik 7
        kartick 7
        कात्तिक 7
        कार्तिक 7
        mangsir 8
        mangshir 8
        मंसिर 8
        मङ्सिर 8
        poush 9
        paush 9
        पुस 9
        पौष 9
        magh 10
        माघ 10
        falgun 11
        fagun 11
        phalgun 11
        फागुन 11
        फाल्गुन 11
        chaitra 12
        chait 12
        चैत 12
        चैत्र 12
        """
}
