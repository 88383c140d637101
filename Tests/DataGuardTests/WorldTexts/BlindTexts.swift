import DataGuard
import Testing

/// Texts written for this project by someone who had not read DataGuard's rules or vocabularies (clinical notes
/// and everyday texts from many countries), every identifier marked `[[TYPE:text]]`: scored like the texts from
/// other countries, and reported on their own.
@Suite("Texts written blind to the rules")
struct BlindTexts {
    @Test("every text's markup is well formed")
    func markup() {
        for marked in Self.clinical + Self.everyday + Self.secondClinical + Self.secondEveryday + Self.thirdClinical
            + Self.thirdEveryday + Self.fourthClinical + Self.fourthEveryday + Self.fifthClinical + Self.fifthEveryday
            + Self.sixthClinical + Self.sixthEveryday + Self.seventhClinical + Self.seventhEveryday
            + Self.eighthClinical + Self.eighthEveryday + Self.ninthClinical + Self.ninthEveryday
            + Self.tenthClinical + Self.tenthEveryday + Self.eleventhClinical + Self.eleventhEveryday
            + Self.twelfthClinical + Self.twelfthEveryday + Self.thirteenthClinical + Self.thirteenthEveryday
            + Self.fourteenthClinical + Self.fourteenthEveryday + Self.fifteenthClinical + Self.fifteenthEveryday
            + Self.sixteenthClinical + Self.sixteenthEveryday + Self.seventeenthClinical + Self.seventeenthEveryday
            + Self.eighteenthClinical + Self.eighteenthEveryday + Self.nineteenthClinical + Self.nineteenthEveryday
            + Self.twentiethClinical + Self.twentiethEveryday + Self.twentyFirstClinical + Self.twentyFirstEveryday
            + Self.twentySecondClinical + Self.twentySecondEveryday + Self.twentyThirdClinical
            + Self.twentyThirdEveryday + Self.twentyFourthClinical + Self.twentyFourthEveryday
            + Self.twentyFifthClinical + Self.twentyFifthEveryday + Self.twentySixthClinical
            + Self.twentySixthEveryday + Self.twentySeventhClinical + Self.twentySeventhEveryday
            + Self.twentyEighthClinical + Self.twentyEighthEveryday + Self.twentyNinthClinical
            + Self.twentyNinthEveryday + Self.thirtiethClinical + Self.thirtiethEveryday + Self.thirtyFirstClinical
            + Self.thirtyFirstEveryday + Self.thirtySecondClinical + Self.thirtySecondEveryday
            + Self.thirtyThirdClinical + Self.thirtyThirdEveryday + Self.thirtyFourthClinical
            + Self.thirtyFourthEveryday + Self.thirtyFifthClinical + Self.thirtyFifthEveryday
            + Self.thirtySixthClinical + Self.thirtySixthEveryday + Self.thirtySeventhClinical
            + Self.thirtySeventhEveryday + Self.thirtyEighthClinical + Self.thirtyEighthEveryday
            + Self.thirtyNinthClinical + Self.thirtyNinthEveryday + Self.fortiethClinical + Self.fortiethEveryday
            + Self.fortyFirstClinical + Self.fortyFirstEveryday + Self.fortySecondClinical + Self.fortySecondEveryday
            + Self.fortyThirdClinical + Self.fortyThirdEveryday + Self.fortyFourthClinical + Self.fortyFourthEveryday
            + Self.fortyFifthClinical + Self.fortyFifthEveryday + Self.fortySixthClinical + Self.fortySixthEveryday
            + Self.fortySeventhClinical + Self.fortySeventhEveryday
        {
            let (text, gold) = HeldOutTextTests.parse(marked)
            #expect(!text.contains("[["), "unclosed markup in: \(marked.prefix(60))")
            #expect(!gold.isEmpty)
        }
    }

    @Test("the scores on the clinical and the everyday texts, for docs/performance.md")
    func scores() {
        let sets = [
            ("clinical", Self.clinical), ("everyday", Self.everyday), ("second clinical", Self.secondClinical),
            ("second everyday", Self.secondEveryday), ("third clinical", Self.thirdClinical),
            ("third everyday", Self.thirdEveryday), ("fourth clinical", Self.fourthClinical),
            ("fourth everyday", Self.fourthEveryday), ("fifth clinical", Self.fifthClinical),
            ("fifth everyday", Self.fifthEveryday), ("sixth clinical", Self.sixthClinical),
            ("sixth everyday", Self.sixthEveryday), ("seventh clinical", Self.seventhClinical),
            ("seventh everyday", Self.seventhEveryday), ("eighth clinical", Self.eighthClinical),
            ("eighth everyday", Self.eighthEveryday), ("ninth clinical", Self.ninthClinical),
            ("ninth everyday", Self.ninthEveryday), ("tenth clinical", Self.tenthClinical),
            ("tenth everyday", Self.tenthEveryday), ("eleventh clinical", Self.eleventhClinical),
            ("eleventh everyday", Self.eleventhEveryday), ("twelfth clinical", Self.twelfthClinical),
            ("twelfth everyday", Self.twelfthEveryday), ("thirteenth clinical", Self.thirteenthClinical),
            ("thirteenth everyday", Self.thirteenthEveryday), ("fourteenth clinical", Self.fourteenthClinical),
            ("fourteenth everyday", Self.fourteenthEveryday), ("fifteenth clinical", Self.fifteenthClinical),
            ("fifteenth everyday", Self.fifteenthEveryday), ("sixteenth clinical", Self.sixteenthClinical),
            ("sixteenth everyday", Self.sixteenthEveryday), ("seventeenth clinical", Self.seventeenthClinical),
            ("seventeenth everyday", Self.seventeenthEveryday), ("eighteenth clinical", Self.eighteenthClinical),
            ("eighteenth everyday", Self.eighteenthEveryday), ("nineteenth clinical", Self.nineteenthClinical),
            ("nineteenth everyday", Self.nineteenthEveryday), ("twentieth clinical", Self.twentiethClinical),
            ("twentieth everyday", Self.twentiethEveryday), ("twenty-first clinical", Self.twentyFirstClinical),
            ("twenty-first everyday", Self.twentyFirstEveryday), ("twenty-second clinical", Self.twentySecondClinical),
            ("twenty-second everyday", Self.twentySecondEveryday),
            ("twenty-third clinical", Self.twentyThirdClinical), ("twenty-third everyday", Self.twentyThirdEveryday),
            ("twenty-fourth clinical", Self.twentyFourthClinical),
            ("twenty-fourth everyday", Self.twentyFourthEveryday),
            ("twenty-fifth clinical", Self.twentyFifthClinical), ("twenty-fifth everyday", Self.twentyFifthEveryday),
            ("twenty-sixth clinical", Self.twentySixthClinical), ("twenty-sixth everyday", Self.twentySixthEveryday),
            ("twenty-seventh clinical", Self.twentySeventhClinical),
            ("twenty-seventh everyday", Self.twentySeventhEveryday),
            ("twenty-eighth clinical", Self.twentyEighthClinical),
            ("twenty-eighth everyday", Self.twentyEighthEveryday),
            ("twenty-ninth clinical", Self.twentyNinthClinical), ("twenty-ninth everyday", Self.twentyNinthEveryday),
            ("thirtieth clinical", Self.thirtiethClinical), ("thirtieth everyday", Self.thirtiethEveryday),
            ("thirty-first clinical", Self.thirtyFirstClinical), ("thirty-first everyday", Self.thirtyFirstEveryday),
            ("thirty-second clinical", Self.thirtySecondClinical),
            ("thirty-second everyday", Self.thirtySecondEveryday),
            ("thirty-third clinical", Self.thirtyThirdClinical),
            ("thirty-third everyday", Self.thirtyThirdEveryday),
            ("thirty-fourth clinical", Self.thirtyFourthClinical),
            ("thirty-fourth everyday", Self.thirtyFourthEveryday),
            ("thirty-fifth clinical", Self.thirtyFifthClinical),
            ("thirty-fifth everyday", Self.thirtyFifthEveryday),
            ("thirty-sixth clinical", Self.thirtySixthClinical),
            ("thirty-sixth everyday", Self.thirtySixthEveryday),
            ("thirty-seventh clinical", Self.thirtySeventhClinical),
            ("thirty-seventh everyday", Self.thirtySeventhEveryday),
            ("thirty-eighth clinical", Self.thirtyEighthClinical),
            ("thirty-eighth everyday", Self.thirtyEighthEveryday),
            ("thirty-ninth clinical", Self.thirtyNinthClinical),
            ("thirty-ninth everyday", Self.thirtyNinthEveryday),
            ("fortieth clinical", Self.fortiethClinical),
            ("fortieth everyday", Self.fortiethEveryday),
            ("forty-first clinical", Self.fortyFirstClinical),
            ("forty-first everyday", Self.fortyFirstEveryday),
            ("forty-second clinical", Self.fortySecondClinical),
            ("forty-second everyday", Self.fortySecondEveryday),
            ("forty-third clinical", Self.fortyThirdClinical),
            ("forty-third everyday", Self.fortyThirdEveryday),
            ("forty-fourth clinical", Self.fortyFourthClinical),
            ("forty-fourth everyday", Self.fortyFourthEveryday),
            ("forty-fifth clinical", Self.fortyFifthClinical),
            ("forty-fifth everyday", Self.fortyFifthEveryday),
            ("forty-sixth clinical", Self.fortySixthClinical),
            ("forty-sixth everyday", Self.fortySixthEveryday),
            ("forty-seventh clinical", Self.fortySeventhClinical),
            ("forty-seventh everyday", Self.fortySeventhEveryday),
        ]
        for (name, texts) in sets {
            let score = TextScore(texts: texts, scanner: GuardScanner())
            // Line by line: one print of a long block in right-to-left scripts was seen to vanish from the output.
            let block = "Blind texts, \(name):\n" + score.markdown
            for line in block.split(separator: "\n", omittingEmptySubsequences: false) { print(line) }
        }
    }
}
