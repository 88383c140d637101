extension Lexicon {
    /// Common conditions as Azerbaijani and Estonian notes name them, beyond ``moreWorldConditionPhrases``: one a
    /// line, lower-case, with their letters as written ("şəkərli diabet", "hüpertooniatõbi"), general knowledge.
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
