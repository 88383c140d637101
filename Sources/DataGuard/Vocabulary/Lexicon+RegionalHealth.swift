extension Lexicon {
    /// Common conditions as Azerbaijani, Estonian, Albanian, Maltese, Somali and Sinhala notes name them, Serbian and
    /// Croatian ones in their cases, Czech flu in its other cases, the Nordic "prolaps" and Québec's "haute
    /// pression", beyond ``moreWorldConditionPhrases``: one a line, lower-case, with their letters as written
    /// ("şəkərli diabet", "hüpertooniatõbi", "tension i lartë", "d-dijabete", "dhiig kar", "දියවැඩියාව"), general
    /// knowledge.
    static let regionalConditionPhrases = """
        anemiya
        arterial hipertenziya
        artrit
        bronxial astma
        bronxit
        depressiya
        hipertoniya
        miokard infarktı
        pnevmoniya
        qastrit
        şəkər xəstəliyi
        şəkərli diabet
        ürək çatışmazlığı
        vərəm
        xroniki böyrək çatışmazlığı
        xroniki bronxit
        xroniki qastrit
        xroniki ürək çatışmazlığı
        kəskin miokard infarktı
        aneemia
        bronhiit
        depressioon
        gastriit
        hüpertooniatõbi
        kodade virvendus
        kopsupõletik
        krooniline neerupuudulikkus
        südameinfarkt
        südamepuudulikkus
        astmu
        astme
        astmom
        dijabetesa
        dijabetesom
        hipertenziju
        upalu pluća
        tension i lartë
        tension të lartë
        tensioni i lartë
        presion i lartë
        sëmundje e zemrës
        tuberkuloz
        dijabete
        d-dijabete
        ażma
        l-ażma
        pressjoni għolja
        kanċer
        il-kanċer
        haute pression
        chřipku
        chřipky
        chřipkou
        prolaps
        sonkorow
        dhiig kar
        dhiigkar
        qaaxo
        duumo
        cudurka sonkorta
        xanuunka sonkorta
        දියවැඩියාව
        දියවැඩියා
        අධි රුධිර පීඩනය
        ඇදුම
        පිළිකා
        ක්ෂය රෝගය
        හෘද රෝග
        ඩෙංගු
        """

    /// Common conditions in Armenian and in Mongolian Cyrillic, scripts with capitals that the tokenizer does not
    /// fold, read with their first letter in capitals too: "շաքարային դիաբետ", "чихрийн шижин".
    static let armenianAndMongolianConditionPhrases = """
        անեմիա
        ասթմա
        բրոնխիալ ասթմա
        գաստրիտ
        գրիպ
        դեպրեսիա
        զարկերակային հիպերտենզիա
        թոքաբորբ
        ինսուլտ
        հեպատիտ
        հիպերտոնիա
        շաքարախտ
        շաքարային դիաբետ
        սրտային անբավարարություն
        սրտամկանի ինֆարկտ
        տուբերկուլյոզ
        քաղցկեղ
        артерийн даралт ихсэх
        бөөрний архаг дутагдал
        гуурсан хоолойн багтраа
        даралт ихсэх
        зүрхний дутагдал
        зүрхний шигдээс
        тархины харвалт
        уушгины хатгалгаа
        ходоодны үрэвсэл
        хорт хавдар
        цус багадалт
        чихрийн шижин
        элэгний үрэвсэл
        сүрьеэ
        """

    /// Common conditions and symptoms in Amharic: "የስኳር በሽታ" (diabetes), "የደም ግፊት" (high blood pressure), "ሳንባ ምች"
    /// (pneumonia), "ወባ" (malaria).
    static let amharicConditionPhrases = """
        የስኳር በሽታ
        የደም ግፊት
        ሳንባ ምች
        ወባ
        ቲቢ
        የሳንባ ነቀርሳ
        ኤችአይቪ
        የልብ ድካም
        አስም
        ተቅማጥ
        ታይፎይድ
        የደም ማነስ
        ካንሰር
        የኩላሊት በሽታ
        ኮሌራ
        ራስ ምታት
        ትኩሳት
        """

    /// Common conditions as Sorani Kurdish notes and messages name them, in its Arabic-script letters: one a line, as
    /// written ("شەکرە", sugar, for diabetes; "فشاری خوێن", blood pressure), general knowledge.
    static let soraniConditionPhrases = """
        شەکرە
        نەخۆشی شەکرە
        فشاری خوێن
        بەرزی فشاری خوێن
        فشاری خوێنی بەرز
        ڕەبو
        نەخۆشی دڵ
        جەڵتەی دڵ
        جەڵتەی مێشک
        شێرپەنجە
        خەمۆکی
        کەمخوێنی
        نەخۆشی گورچیلە
        """
}
