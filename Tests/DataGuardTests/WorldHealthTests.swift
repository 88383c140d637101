import DataGuard
import Testing

@Suite("Conditions and medicines in other languages")
struct WorldHealthTests {
    static let cases: [DetectorCase] = [
        DetectorCase("german compound", .healthCondition, "Diagnose: [[Lungenentzündung]], stationäre Aufnahme."),
        DetectorCase(
            "conditions in Albanian, Maltese, Somali and Sinhala, Serbian ones in their cases, Czech flu in its "
                + "cases, the Nordic prolapse, Québec's high blood pressure", .healthCondition,
            "Nëna ime ka [[diabet]] dhe [[tension të lartë]]. Il-missier għandu [[d-dijabete]] u [[pressjoni għolja]]."
                + "\nMama ima [[dijabetes]], a tata [[astmu]]. Ma mère fait de la [[haute pression]].\n"
                + "Hooyadey waxay qabtaa [[sonkorow]] iyo [[dhiig kar]]. Mám [[chřipku]]. Sykmeldt, [[prolaps]].\n"
                + "අම්මාට [[දියවැඩියාව]] සහ [[අධි රුධිර පීඩනය]]"),
        DetectorCase(
            "conditions in Sorani Kurdish", .healthCondition,
            "نەخۆشی: [[شەکرە]]، [[فشاری خوێن]]، [[ڕەبو]]، [[نەخۆشی دڵ]]; Dx: [[type 2 diabetes]] ([[شەکرە]])"),
        DetectorCase(
            "conditions in Azerbaijani, Estonian, Armenian with its punctuation, Mongolian and Amharic",
            .healthCondition,
            "Diaqnoz: [[şəkərli diabet]], [[arterial hipertenziya]], [[xroniki ürək çatışmazlığı]].\nDiagnoos: "
                + "[[hüpertooniatõbi]]\nԱխտորոշում՝ [[շաքարային դիաբետ]], [[զարկերակային հիպերտենզիա]]։\nОнош: "
                + "[[Чихрийн шижин]], [[уушгины хатгалгаа]].\nምርመራ: [[የስኳር በሽታ]]፣ [[የደም ግፊት]]፣ [[ሳንባ ምች]]\n"
                + "ስኳር ያለው ሻይ"),
        DetectorCase(
            "morbus before a name, german diagnoses", .healthCondition,
            "Diagnosen: [[Morbus Parkinson]], Z.n. [[Apoplex]] 2019, V.a. [[Lungenkarzinom]], [[Hypothyreose]]."),
        DetectorCase("hypertension as Philippine notes shorten it", .healthCondition, "Dx: [[HPN]] stage 2"),
        DetectorCase(
            "asthma in Spanish, Portuguese, Italian and Indonesian, cancer in Portuguese and Italian", .healthCondition,
            "Mi abuela tiene [[asma]]. A minha filha tem [[asma]]. La bambina ha l'[[asma]]. Pak Budi menderita "
                + "[[asma]] sejak kecil. O meu tio tem [[cancro]]."),
        DetectorCase(
            "Asma as a given name is no condition", .healthCondition,
            "Asma Khan called about her shift. Hi Asma, thanks!"),
        DetectorCase(
            "Polish conditions as what one has or is treated for, Turkish ones as what one's mother has",
            .healthCondition,
            "Moja matka ma [[depresję]] i [[łuszczycę]], leczy się z [[białaczką]]. Brat ma [[kamicę nerkową]].\n"
                + "Annemin [[kanseri]] var, babamın [[astımı]] var; dedem [[şeker hastası]]."),
        DetectorCase(
            "Czech, Slovak and Croatian conditions as what one has, Hungarian ones as one's own", .healthCondition,
            "Matka má [[cukrovku]] a [[rakovinu]]. Mama má [[chrípku]]. Majka ima [[šećernu bolest]] i [[nesanicu]].\n"
                + "Anyámnak [[influenzája]] van, apámnak [[vesekője]]."),
        DetectorCase(
            "infections, skin and joint conditions and women's health in Romance languages and German",
            .healthCondition,
            "Mi tía tiene [[gonorrea]] y [[miomas]]. Ha tenido un [[TIA]]. Minha mãe tem [[escoliose]] e "
                + "[[hanseníase]]. Ma sœur a la [[mucoviscidose]]. Mia zia ha la [[vitiligine]]. Er hat [[Tollwut]]. "
                + "She has [[herpes]] and [[polio]]."),
        DetectorCase(
            "Slovenian conditions as what one has, Lithuanian ones as what one is ill with, Latvian and Estonian ones",
            .healthCondition,
            "Mama ima [[sladkorno bolezen]] in [[luskavico]]. Tėtis serga [[vėžiu]]. Mammai ir [[diabēts]]. Emal on "
                + "[[vähk]]."),
        DetectorCase(
            "everyday Russian, Ukrainian, Greek and Hindi words for conditions", .healthCondition,
            "У мамы [[ветрянка]], у папы [[желтуха]]. У бабусі [[жовтяниця]]. Η γιαγιά έχει [[ίκτερο]].\n"
                + "मेरी माँ को [[एलर्जी]] है।"),
        DetectorCase(
            "conditions of Swedish, Romanian, Tagalog and Vietnamese everyday words", .healthCondition,
            "Pappa har [[gikt]] och [[gråstarr]]. Bunicul are [[gută]] și [[vertij]]. May [[bulutong]] ang anak ko. "
                + "Con tôi bị [[tay chân miệng]]."),
        DetectorCase(
            "sleep apnoea abbreviated in French, Spanish and English", .healthCondition,
            "Antécédents : [[HTA]], [[SAOS]] appareillé. Dx: [[SAHOS]] severo. Hx [[OSAS]] on CPAP."),
        DetectorCase(
            "other languages' abbreviations in capitals, and diabetes with its type in their words", .healthCondition,
            "Diagnos: [[KOL]]; eldar med kol. Özgeçmiş: [[DM tip 2]], [[KAH]], [[KBY]]; sol kol ağrısı yok. AP: "
                + "[[IAM]] 2019, [[DM tipo 2]]; iam fine. ATCD : [[IDM]], [[ACFA]]. Voorgeschiedenis: [[HVZ]]."),
        DetectorCase(
            "a condition or a medicine after an elided article or preposition", .healthCondition,
            "Il souffre d'[[asthme]] et d'[[hypertension artérielle]]; de l'[[insuline]] le soir, de l’[[amoxicilline]]."
                + " Storia dell'[[ipertensione]]. L'équipe d'accueil de l'hôpital d'Ottawa."),
        DetectorCase(
            "the conditions of a diagnosis field, whether or not a list holds them", .healthCondition,
            "Dx: [[neuropatía periférica]] y [[tendinopatía del supraespinoso]].\nDiagnosi: [[cardiopatia "
                + "ipertensiva]].\nDiagnose: [[akute Infektion der oberen Atemwege]]; "
                + "[[manifester Hyperparathyreoidismus]].\nDiagnose: [[irreversibel pulpitt]] 36.\n"
                + "Dx: [[HIV-1 infection]], on follow-up"),
        DetectorCase(
            "conditions by their endings, and words that share them", .healthCondition,
            "Ha avuto una [[gastrite]] e poi una [[bronchite]]; [[pankreatitis]] y [[nefrolitiasis]]; "
                + "[[cardiopatía]]. La simpatía del equipo, la diagnosis y la prognosis; academia; je sollicite; "
                + "biochemie; colecistectomía programada."),
        DetectorCase(
            "a diagnosis field's pieces that name no condition", .healthCondition,
            "Impression: moderate risk, CTG reactive.\nDx: pending, see attached letter.\n"
                + "Dx: admitted to Day Ward for monitoring"),
        DetectorCase("french phrase", .healthCondition, "Antécédents : [[insuffisance cardiaque]] stable."),
        DetectorCase("polish phrase with its accents", .healthCondition, "Rozpoznanie: [[nadciśnienie tętnicze]]."),
        DetectorCase(
            "polish phrase written without accents", .healthCondition, "rozpoznanie: [[nadcisnienie tetnicze]]"),
        DetectorCase("swahili phrase", .healthCondition, "Ana [[kisukari aina ya pili]] tangu 2019."),
        DetectorCase("vietnamese phrase", .healthCondition, "Chẩn đoán: [[viêm phổi]], điều trị 7 ngày."),
        DetectorCase("spanish medicine", .healthCondition, "Toma [[metformina]] 850 mg cada 12 horas."),
        DetectorCase(
            "medicines with baltic and slavic case endings", .healthCondition,
            "Vartoja [[escitalopramas]] ryte; leczony [[warfarinem]], bez [[atorvastatinu]]"),
        DetectorCase("english words with those endings", .healthCondition, "the christmas agenda in the bathroom"),
        DetectorCase(
            "greek conditions, capitalized, in their cases and abbreviated", .healthCondition,
            "Διάγνωση: [[Πνευμονία]]. Ιστορικό [[σακχαρώδους διαβήτη]] και [[ΧΑΠ]], λαμβάνει [[μετφορμίνη]]."),
        DetectorCase(
            "a medicine of several words", .healthCondition, "Tomar [[ácido acetilsalicílico]] 100 mg al día."),
        DetectorCase("an english sentence stays clear", .healthCondition, "The committee meets on Tuesday in Room 4."),
        DetectorCase(
            "a medicine's local brand", .healthCondition,
            "Prendre [[Doliprane]] 1 g, et [[Coartem]] x3 jours"),
        DetectorCase("a laboratory result is no medicine", .healthCondition, "Glucosa 287 mg/dL, ferritin 6 ng/mL"),
        DetectorCase(
            "a Disease Ontology name", .healthCondition,
            "Known [[polycystic ovary syndrome]], on [[metformin]]"),
        DetectorCase("an inflected condition", .healthCondition,
            "zaostrzenie [[przewlekłej obturacyjnej choroby płuc]]; [[lonkkamurtuman]] jälkeen"),
        DetectorCase("a German compound and a Latin diagnosis", .healthCondition,
            "Dg.: [[Lumboischialgie]] links, [[ulcus cruris]] rechts"),
        DetectorCase("a medicine hyphened to a word of another language", .healthCondition,
                     "Aloitettiin [[Enalapril]]-lääke ja [[Metformin]]-hoito, [[Ventolin]]-Spray; Owusu-Ansah."),
        DetectorCase("russian conditions and medicines in their cases", .healthCondition,
            "Диагноз: [[Ишемическая болезнь сердца]], [[гипертонической болезни]]; приём [[бисопролола]] и [[ВИЧ]]"),
        DetectorCase("HIV and AIDS in Romance languages, and not a Swedish page", .healthCondition,
            "tengo [[VIH]]; tiene [[vih]]; paciente con [[SIDA]]; le patient a le [[VIH]]; på nästa sida finns mer"),
        DetectorCase("Russian clinical abbreviations in capitals", .healthCondition,
            "Пациент 66 лет, [[ИБС]], [[ХСН]] II ФК; в анамнезе [[ОНМК]] (2019), [[ТЭЛА]], [[ХБП]] 3 ст., [[ЖКБ]]"),
        DetectorCase("ukrainian and bulgarian conditions", .healthCondition,
            "Діагноз: [[цукровий діабет]]; [[Інсулін]] щодня. Диагноза: [[бронхиална астма]]"),
        DetectorCase(
            "hungarian hypertension and a slovak kidney disease", .healthCondition,
            "Diagnózis: [[cukorbetegség]], [[magasvérnyomás-betegség]]. Dg.: [[chronická obličková choroba]]"),
        DetectorCase(
            "french heart failure and atrial fibrillation, romanian and spanish conditions", .healthCondition,
            "[[décompensation cardiaque]] sur [[fibrillation atriale]]; [[amoxicilină]]/[[acid clavulanic]]; "
                + "[[lupus eritematoso sistémico]], [[síndrome antifosfolipídico]], [[anemia ferropénica]]"),
        DetectorCase(
            "symptoms and medicines of Indonesian, Swahili, Portuguese and Polish notes, and Hindi in Latin letters",
            .healthCondition,
            "Keluhan [[mual]] dan [[nyeri kepala]]. Amekuja na [[homa]] na [[kikohozi]]. Sequela de [[AVC isquêmico]]; "
                + "[[sinvastatina]] 20 mg, [[tikagrelor]]. Patient ko 3 din se [[bukhar]] hai aur [[khansi]] bhi."),
        DetectorCase("georgian conditions and medicines", .healthCondition,
            "დიაგნოზი: [[შაქრიანი დიაბეტი]], [[ჰიპერტენზია]], [[ბრონქული ასთმა]]. მკურნალობა: [[მეტფორმინი]]"),
        DetectorCase(
            "a test before its result is no condition or medicine, the same word before a dose is", .healthCondition,
            "Labs: Vitamin D3 11.5 ng/mL, ACR 38 mg/mmol, proteinuria 1+, HBeAg: negative. Known [[gout]]; start "
                + "[[Vitamin D3]] 2000 IU daily."),
        DetectorCase(
            "allergies as a field's heading or said to be none are no condition, the allergen and allergies had are",
            .healthCondition,
            "Allergies: [[penicillin]] (rash). Nil allergies. No known drug allergies. She has [[allergies]] to nuts."),
        DetectorCase(
            "diabetes mellitus shortened with its type, and a direct message", .healthCondition,
            "K/c/o [[HTN]], [[DM II]] on OHA. PMH: [[DM 2]], [[DM-II]], [[DM type 1]].\n"
                + "DM me the rota; the DM I sent."),
        DetectorCase(
            "a clinical abbreviation with its type's number, and a diagnosis field's whole value", .healthCondition,
            "Known [[HIV-1]] on ART and [[HSV-2]] recurrences.\nDx: [[HIV-1 infection]], stable."),
        DetectorCase(
            "a condition named after a person the Romance way, its noun and particle before the name", .healthCondition,
            "Sigue con [[tendinitis de De Quervain]] en la muñeca y [[enfermedad de Kienböck]] desde 2021; [[malattia "
                + "di Still]]. Ayer habló con el hermano de Juan Pérez."),
        DetectorCase(
            "conditions named after a person, listed or not", .healthCondition,
            "Hand clinic letter: [[De Quervain tenosynovitis]] on the right, old [[Kienböck disease]] of the lunate, "
                + "[[Erb's palsy]] since birth, a [[Hill-Sachs lesion]] on the MRI. Known [[Dupuytren contracture]]. "
                + "Maria's disease has settled. Booked into the Bennett fracture clinic."),
        DetectorCase(
            "C. diff written with its initial, and the lesions of cervical cytology", .healthCondition,
            "Side room 2 – [[C. diff]], barrier nursing. [[C. difficile]] toxin positive. Citologia: [[HSIL]]; "
                + "[[LSIL]]. Dr C. Diffey saw him; vitamin C. Different ward."),
        DetectorCase(
            "an injury named with its side after its first word", .healthCondition,
            "Findings: [[fractured left clavicle]], [[broken right wrist]], [[fractured L femur]]. The left side "
                + "is broken right now; fractured left."),
        DetectorCase(
            "conditions inside Thai words, with 'โรค' before them; the heart and sadness alone are none",
            .healthCondition,
            "ผู้ป่วยเป็น[[โรคเบาหวาน]] และ[[ความดันโลหิตสูง]] มีประวัติ[[โรคหัวใจ]] หัวใจเต้นเร็ว รู้สึกซึมเศร้า "
                + "แม่เป็น[[มะเร็งเต้านม]] [[ปอดอักเสบ]]"),
        DetectorCase(
            "conditions inside Khmer and Lao words, with the disease's word before them; the heart alone is none",
            .healthCondition,
            "ម្ដាយខ្ញុំមាន[[ជំងឺទឹកនោមផ្អែម]] និង[[លើសសម្ពាធឈាម]]។ បេះដូងលោតញាប់\n"
                + "ແມ່ຂ້ອຍເປັນ[[ພະຍາດເບົາຫວານ]] ແລະ [[ພະຍາດຫົວໃຈ]]; ຫົວໃຈເຕັ້ນໄວ"),
        DetectorCase(
            "Russian and Ukrainian conditions in the accusative, a slipped disc in Hungarian, dengue in Malay",
            .healthCondition,
            "Лечится от [[грыжи позвоночника]]; лечат [[депрессию]]. На лікарняному через [[депресію]] та "
                + "[[гіпертонію]]. Betegszabadságon van [[gerincsérv]] miatt. Dia cuti sakit kerana [[denggi]]."),
        DetectorCase("vaccines by their brands, eponyms written short; the anxiety questionnaire is none",
            .healthCondition,
            "Vaccines: [[Comirnaty]], [[Bexsero]], [[Spikevax]]; [[Addison's]], [[Cushing's]]. GAD-7 14, PHQ-9 18."),
        DetectorCase(
            "ulcers of the leg and the foot whole, vaccines with their word; maternity, teeth and hunger in Russian, "
                + "Portuguese, Swahili and Turkish", .healthCondition,
            "District nurse: [[venous leg ulcer]], [[diabetic foot ulcer]]. Given [[hepatitis B vaccine]] and "
                + "[[measles-rubella vaccine]]; pentavalent 2 due.\nДиагноз: [[преэклампсия]], [[гестационный "
                + "диабет]]. [[Кариес зубов]]. Bebé anterior com [[sífilis congênita]]. Mtoto ana [[utapiamlo mkali]]. "
                + "Tanı: [[demir eksikliği anemisi]]."),
    ]

    @Test("finds exactly the marked spans", arguments: cases)
    func findsMarkedSpans(_ testCase: DetectorCase) {
        testCase.expectMarkedFound()
    }
}
