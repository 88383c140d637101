extension Lexicon {
    /// More names of conditions, diagnoses and symptoms in other languages than English, with the inflected forms
    /// clinical notes use (genitive and accusative of the Slavic and Baltic languages, Finnish and Estonian cases,
    /// Hungarian suffixes), Latin diagnoses of European clinics, and abbreviations written out; one a line,
    /// lower-case, written with their accents.
    static let moreWorldConditionPhrases = """
        1 motako diabetesa
        1 tipo cukrinis diabetas
        1 tüüpi diabeet
        1-es típusú diabétesz
        2 motako diabetes mellitusa
        2 motako diabetesa
        2 tipa cukura diabēts
        2 tipo cukrinio diabeto
        2 tipo cukrinis diabetas
        2 tüüpi diabeet
        2-es típusú diabetes mellitus
        aambeie
        aambeien
        abcès dentaire
        abces dentar
        abcesso dentário
        abgeschlagenheit
        ablacija retine
        ablasi retina
        abort spontan
        aborto
        abortu espontaneoa
        abortus
        abortus imminens
        abortus spontaneus
        absceso dental
        abscesso dentário
        abses gigi
        abusus alcoholi
        aċċessjoni epilettika
        accident vasculaire cérébral ischémique
        accident vascular cerebral ischemic
        accidentului vascular cerebral
        accouchement prématuré
        achillesín-szakadás
        achillespeesontsteking
        achillessehnenriss
        acid clavulanic
        acidente vascular encefálico
        aċidu fl-istonku
        acnee
        acouphènes
        acufeni
        acúfenos
        acúfens
        acute nierschade
        acute verwardheid
        acv
        ādas vēzis
        adenom de prostată
        adenoma prostatae
        adénome prostatique
        åderbråck
        adet sancısı
        adhs
        adik sa alak
        adik sa droga
        áfallastreituröskun
        afchenikos ponos
        áfengisfíkn
        áfengissýki
        afpnia
        aftismos
        aftoktonikos ideasmos
        aftomati apovoli
        äge bronhiit
        äggstockscancer
        agydaganat
        agyhártyagyulladás
        agyi érkatasztrófa
        agyi infarktust
        agyvérzése
        agyvérzést
        aima sta kopriana
        aima sta ouro
        aimorroides
        aisthima palmon
        aivohalvauksen
        aivoinfarktia
        aivoinfarktin
        aivokalvontulehdus
        aivokasvain
        aivoverenkiertohäiriö
        aivoverenvuodon
        aizcietējums
        aizdusa
        aizkuņģa dziedzera iekaisums
        aizkuņģa dziedzera vēzis
        aizlikts deguns
        ajuinfarkt
        ajuinfarkti
        ajuinsult
        ajukasvaja
        ajukelmepõletik
        ájulás
        ajupõrutus
        ajuverejooks
        akciğer embolisi
        akciğer enfeksiyonu
        akciğer fibrozisi
        akciğer iltihabı
        akillesbetennelse
        akillesjänteen repeämä
        akillesjänteen tulehdus
        akillessenebetændelse
        aklās zarnas iekaisums
        aklosios žarnos uždegimas
        akne
        aknea
        aknee
        aknu ciroze
        aknu cirozes
        aknu iekaisums
        aknu steatoze
        akrateia ouron
        akut böbrek yetmezliği
        akut förvirring
        akut hörghurut
        akut konfusion
        akut njursvikt
        akut nyresvigt
        akut veseelégtelenség
        akūta nieru mazspēja
        akute nierversaking
        akutes nierenversagen
        akutna ledvična odpoved
        akútne zlyhanie obličiek
        akutní selhání ledvin
        akutno zatajenje bubrega
        akūts bronhīts
        akutt forvirring
        akutt nyresvikt
        akuutti munuaisvaurio
        alacsony vércukor
        alahan
        alaseljavalu
        alaselkäkipua
        alchajmerova bolest
        alcheimera slimība
        alcoholisme
        alcoholismo
        alcoholismus
        alcoholverslaving
        alcolismo
        alcoolism
        alcoolisme
        alcoolismo
        aldakako haustura
        aldersrelateret makuladegeneration
        alergi debu
        alergi kacang
        alergi makanan
        alergi penisilin
        alergią
        alergia a la penicilina
        alergia à penicilina
        alergia al polen
        alergia alimentar
        alergia alimentaria
        alergia ao pólen
        alergia na orzeszki ziemne
        alergia na penicilín
        alergia na pyłki
        alergia pokarmowa
        alergichen rinit
        alergická nádcha
        alergická rýma
        alergiczne kontaktowe zapalenie skóry
        alergiczny nieżyt nosa
        alergię
        alergie alimentară
        alergie la penicilină
        alergie la polen
        alergie na arašídy
        alergie na penicilin
        alergii
        alergija na cvetni prah
        alergija na hrano
        alergija na hranu
        alergija na pelud
        alergija na penicilin
        alergija na polen
        alergija penicilinui
        alergijo
        alergijski rinitis
        alergiju
        alerginis rinitas
        alerģisks rinīts
        alergiu
        alergiya
        alergiya kam penitsilin
        alergiya kam polen
        alergji
        alergji nga penicilina
        alergji nga poleni
        alergji ushqimore
        alerjik rinit
        alerjisi
        alkohola atkarība
        alkoholabhängigkeit
        alkoholafhængighed
        alkoholarekiko mendekotasuna
        alkoholavhengighet
        alkoholberoende
        alkoholentzugsdelir
        alkoholfüggőség
        alkoholiriippuvuus
        alkoholism
        alkoholisme
        alkoholismi
        alkoholismo
        alkoholismoa
        alkoholisms
        alkoholismus
        alkoholisõltuvus
        alkoholizam
        alkoholizem
        alkoholizm
        alkoholizmas
        alkoholiżmu
        alkoholizmus
        alkoholkrankheit
        alkoholna zavisimost
        alkoholové delirium
        alkoholsucht
        alkoholverslawing
        alkol bağımlılığı
        alkolizm
        alkoolismos
        alkoolizëm
        allergia al polline
        allergia alimentare
        allergia alla penicillina
        allergia stin penikillini
        allergia sto fystiki
        allergiája
        allergie à la pénicilline
        allergie alimentaire
        allergie au pollen
        allergie aux arachides
        allerġija
        allerġija għall-ikel
        allerġija għall-penicillin
        allerġija għall-polline
        allergiki rinitida
        allergisches kontaktekzem
        allergy sa balat
        allergy sa gamot
        allergy sa hipon
        allergy sa mani
        allergy sa pagkain
        allergy sa penicillin
        alluce valgo
        álmatlansága
        almoranas
        almorranas
        alnæmi
        alpimas
        alta presyon
        alta presyon habang buntis
        altapresyon sa dugo
        altersbedingte makuladegeneration
        altersdiabetes
        altersschwerhörigkeit
        alvarlegt þunglyndi
        alvási apnoé
        alvleesklierkanker
        alvleesklierontsteking
        alvorlig depresjon
        alzheimer gaixotasuna
        alzheimer se siekte
        alzheimer-kórban
        alzheimer-sjúkdómur
        alzheimeri tõbi
        alzheimerin taudin
        alzheimerio liga
        alzheimerovy choroby
        alzheimerraren gaixotasuna
        al·lèrgia
        ám ảnh sợ xã hội
        amandel bengkak
        amandelontsteking
        ambeien
        amenaza de parto prematuro
        amfizemi
        amigdalită
        amigdalite
        amigdalitis
        amigdalitisa
        amorțeală
        amygdalite
        amygdalitida
        anaemia sideropenica
        anafilaksi
        anafilaksija
        anafilaksinis šokas
        anafilaksis
        anafilaksja
        anafilaktichen shok
        anafilaktički šok
        anafilaktični šok
        anafilaktiese skok
        anafilaktik şok
        anafilaktiskais šoks
        anafilassi
        anafilaxia
        anafilaxiás sokk
        anafilaxie
        anafülaktiline šokk
        anafylactische shock
        anafylaksia
        anafylaktický šok
        anafylaktiko sok
        anafylaktinen sokki
        anafylaktisk chock
        anafylaktisk shock
        anafylaktisk sjokk
        anafylaxi
        anaimia
        anaphylaktischer schock
        ančių uždegimas
        ändtarmscancer
        andþyngsli
        aneemia
        anemią
        anemia ferropénica
        anemia ferropriva
        anemię
        anémii
        anemijo
        anemiju
        anemiya
        anemovlogia
        aneurisma aorta
        aneurisma aortico
        aneurisma da aorta
        aneurisma de aorta
        aneurisma dell'aorta
        aneurizma aorte
        aneurizma e aortës
        aneurysma
        aneurysma aorty
        aneuryzma aorty
        anevrism de aortă
        anévrisme de l'aorte
        anevrizma aorte
        angeiako engefaliko epeisodio
        angiin
        angiina
        angina de pit
        angina pectoris instabilis
        angina pektorale
        angina pektoris
        angina tonsillaris
        anginas
        angine
        angine blanche
        angínu
        angsversteuring
        ankelbrud
        ankelbrudd
        anoia
        anoreksi
        anoreksia
        anoreksie
        anoreksija
        anoreksiya
        anoreksiya nervoza
        anoreksja
        anoressia
        anoressia nervosa
        anorexi
        anorexia nerbiosoa
        anorèxia nerviosa
        anorexie
        anorexie mentale
        anorexie nervoasă
        anpassungsstörung
        ansia generalizzata
        ansietat
        ansjetà
        antro tipo diabetas
        antsietate-nahastea
        antsietatea
        antsvoris
        antzutasuna
        anxiété généralisée
        anyang-anyangan
        aordi aneurüsm
        aordistenoos
        aort anevrizması
        aort darlığı
        aorta-aneurysma
        aortaaneurisme
        aortaaneurizma
        aortaaneurysm
        aortabillentyű-szűkület
        aortaklepstenose
        aortálna stenóza
        aortální stenóza
        aortan aneurysma
        aortas aneirisma
        aortas stenoze
        aortastenos
        aortastenose
        aortenaneurysma
        aortenstenose
        aortna stenoza
        aortos aneurizma
        aortos stenozė
        aorttaläpän ahtauma
        áp xe răng
        apandisiti
        apatinės nugaros dalies skausmas
        apendicit
        apendicitas
        apendiciti
        apendicīts
        apendicitu
        apenditsit
        apendizitisa
        apetītes zudums
        apetito stoka
        apnea del son
        apnea del sueño
        apnea e gjumit
        apnea fl-irqad
        apnea notturna
        apnea obstructiva del sueño
        apnea tidur
        apnée du sommeil
        apnee în somn
        apnee notturne
        apneia do sono
        apneia obstrutiva do sono
        apneja u snu
        apneja v spanju
        apokollisi amfivlistroeidous
        apoleia aisthiseon
        apoleia varous
        apopeira aftoktonias
        apopeira autoktonias
        apoplexia cerebri
        appendicitis acuta
        appendisitis
        appetitløshed
        appetitlosigkeit
        aptaukošanās
        aptitlöshet
        aptytverlies
        aranyér
        áráttu- og þráhyggjuröskun
        arcüreggyulladás
        ardor al orinar
        ardor ao urinar
        åreknuder
        åreknuter
        ärevushäire
        aritmi
        arítmia
        arítmia cardíaca
        aritmia jantung
        aritmie
        aritmie cardiacă
        aritmija
        armbrott
        arnasa hartzeko zailtasuna
        arnasestuka
        ārpusdzemdes grūtniecība
        arritmia cardiaca
        arritmija
        ärritunud soole sündroom
        arrythmia
        arteriaalne hüpertensioon
        arteriaki ypertasi
        arteriālā hipertensija
        arteriālās hipertensijas
        arterialna hipertoniya
        arteriální hypertenze
        arteriální hypertenzí
        arterielle verschlusskrankheit
        arterijska hipertenzija
        arterijske hipertenzije
        arterinė hipertenzija
        arterinės hipertenzijos
        artériopathie oblitérante des membres inférieurs
        artériová hypertenzia
        artériovej hypertenzie
        artérite des membres inférieurs
        arthritida
        arthritis urica
        arthrose de la hanche
        arthrose du genou
        arthrosi
        arthrosis deformans
        artikulazioetako mina
        artriit
        artrit
        artrită reumatoidă
        artrite rewmatojde
        artriti reumatoid
        artritidu
        artritis erreumatoidea
        artritis sa tuhod
        artritisa
        artrīts
        artritu
        artroos
        artrose da anca
        artrose do joelho
        artrose do quadril
        artrosi de genoll
        artrosi del ginocchio
        artrosi dell'anca
        artrosia
        artrosis de cadera
        artrosis de rodilla
        artróza bedrového kĺbu
        artroză de genunchi
        artroza e gjurit
        artróza kolena
        artróza kolene
        artroza koljena
        artroza kolka
        artroza kuka
        artróza kyčle
        artrozė
        artrózisa
        artrózy
        arythmie cardiaque
        arytmia
        arytmie
        asam urat
        ascesso dentale
        asemnood
        aşil tendon yırtığı
        asinis izkārnījumos
        asinis urīnā
        asins saindēšanās
        asma
        asma akut
        asma bronkial
        asma bronkiala
        asma krisia
        asma-aanval
        asmática
        asmático
        astenia
        asthénie
        asthmatique
        astmą
        astmo
        astım atağı
        astım hastası
        astım krizi
        astma bronchiale
        astma bronkiale
        astma-aanval
        astmaa
        astmahoog
        astmakast
        astmakohtaus
        astman
        astmapatiënt
        astmas lēkme
        astmatic
        astmatičar
        astmatichen pristap
        astmatični napad
        astmatiker
        astmatski napad
        astme
        astmi
        astmos priepuolis
        astımı
        asztmája
        asztmaroham
        asztmás
        atac cerebral
        atac de cor
        atac de pànic
        atacs de pànic
        atake ng takot
        atake sa utak
        ataque de gota
        athyglisbrestur
        atmiņas traucējumi
        atminties sutrikimai
        atoopiline dermatiit
        atooppisen ihottuman
        atópiás dermatitisz
        atópiás ekcéma
        atopichen dermatit
        atopická dermatitída
        atopický ekzém
        atopik dermatit
        atopiki dermatitida
        atopinis dermatitas
        atopisk eksem
        atopiskais dermatīts
        atopiskt eksem
        atriale fibrillasie
        atrijske fibrilacije
        atriyal fibrilasyonu
        átröskun
        ätstörning
        attacco di gotta
        attakk ta' paniku
        attakk ta' puplesija
        attakk tal-ażma
        attakk tal-qalb
        attakki ta' paniku
        attaque cérébrale
        attentat ta' suwiċidju
        áttétek
        augnbotnahrörnun
        augnsýking
        augšstilba kaula kakliņa lūzums
        augsta asinsspiediena
        augsts asinsspiediens
        augsts holesterīns
        aukštas kraujospūdis
        aukšto kraujospūdžio
        ausies skausmas
        ausies uždegimas
        ausu sāpes
        autisme
        autismespectrumstoornis
        autismespekterforstyrrelse
        autismi
        autismikirjon häiriö
        autismo
        autismoa
        autisms
        autismspektrumtillstånd
        autismus
        autismus-spektrum-störung
        autizam
        autizëm
        autizmas
        autizmi
        autizmu
        autizmus
        autizmus spektrumzavar
        autizmusa
        autyzm
        außenbandriss
        avc
        avc isquêmico
        avc isquémico
        avc hemorrágico
        avortament espontani
        avtizem
        avvelenament tad-demm
        awtiżmu
        ayak bileği kırığı
        aypnia
        azazkaletako onddoak
        b hepatitisa
        b hepatīts
        baarmoederhalskanker
        bab berdarah
        babrechna kolika
        babrechna nedostatachnost
        babrechni kamani
        bacak ülseri
        bacaklarda şişlik
        bacakta pıhtı
        bademcik iltihabı
        bahu beku
        baisse de l'audition
        bakflæði
        bakverkir
        bakverkur
        bali sa balakang
        bali sa gulugod
        bali sa kamay
        bali sa paa
        bali sa tadyang
        balisawsaw
        bältros
        bambos išvarža
        bàn chân đái tháo đường
        bänderdehnung
        bandscheibenvorfälle
        bandscheibenvorfalls
        bandymas nusižudyti
        barado ang ugat
        baradong ilong
        bárányhimlő
        bárányhimlője
        baridi yabisi kavu
        barizela
        barnaexem
        barnløshed
        barnløshet
        baş ağrıları
        bası yarası
        bất tỉnh
        bato sa apdo
        bato sa pantog
        batu saluran kemih
        batuk darah
        batuk rejan
        bauchaortenaneurysma
        bauchspeicheldrüsenentzündung
        bauchspeicheldrüsenkrebs
        bawasiri
        beckenbruch
        bedsere
        beenbreuk
        beenseer
        befagyott váll
        beguk
        behazun-harriak
        beherakoa
        beinbrot
        beinbrudd
        beinbrunasótt
        beinödeme
        beinvenenthrombose
        beinþynning
        bel ağrıları
        bel fıtığı ameliyatı
        belarriko burrunba
        belarriko mina
        belauneko artrosia
        belodrobna emboliya
        bena barizeak
        bengek
        bengkak kaki
        bệnh aids
        bệnh bạch cầu cấp
        bệnh basedow
        bệnh cơ tim
        bệnh đái tháo đường
        bệnh ghẻ
        bệnh gout
        bệnh gút
        bệnh hen
        bệnh lao phổi
        bệnh mạch vành
        bệnh phổi mãn tính
        bệnh sởi
        bệnh sốt rét
        bệnh tăng huyết áp
        bệnh thận mạn
        bệnh thận mạn tính
        bệnh thương hàn
        bệnh thủy đậu
        bệnh tim
        bệnh tim mạch
        bệnh trĩ
        bệnh võng mạc đái tháo đường
        benigna hiperplazija prostate
        benígna hyperplázia prostaty
        benigne prostaathyperplasie
        benigne prostatahyperplasie
        benigní hyperplazie prostaty
        benjolan tiroid
        bensår
        bensvullnad
        bénulás
        berak darah
        berat badan turun
        bércové vředy
        bércový vřed
        bėrimas
        berkjubólga
        berklar
        beroertes
        bërryli i tenistit
        besenreiser
        beser
        besin alerjisi
        besvimelse
        bevidstløshed
        bevisstløshet
        bewusstlosigkeit
        bewusteloosheid
        beyin damar tıkanıklığı
        beyin kanaması geçirmiş
        beyin tümörü
        bezdech senny
        bezmiegs
        bezplodie
        bezsanie
        białaczką
        białaczkę
        białaczki szpikowej
        biduran
        biến chứng tiểu đường
        bihåleinflammation
        bihotz-gutxiegitasuna
        bihotzeko arritmia
        bihotzeko gutxiegitasuna
        bihotzeko infartua
        bihotzeko iskemia
        bihotzerrea
        bihurdura
        bijholteontsteking
        bilinç bulanıklığı
        bilinç kaybı
        bindehautentzündung
        bindhinneinflammation
        bindvliesontsteking
        bipolaarne häire
        bipolaire stoornis
        bipolar bozukluk
        bipolar lidelse
        bipolär sjukdom
        bipolare störung
        bipolāri afektīvi traucējumi
        bipoláris zavar
        bipolarna motnja
        bipolárna porucha
        bipolarni poremećaj
        bipolární porucha
        bipolêre versteuring
        bipolinis sutrikimas
        bipolyarno razstroystvo
        biriketako enbolia
        biriketako gaixotasun buxatzaile kronikoa
        biriketako infekzioa
        biriketako minbizia
        bizkarreko mina
        bjúgur
        bjúgur á fótum
        blaaskanker
        blasenentzündungen
        blasenkrebs
        blasenschwäche
        bláæðasár
        blindedermontsteking
        blod i afføringen
        blod i avføringen
        blod i urinen
        blodcancer
        blodfettsrubbning
        blodforgiftning
        blodkreft
        blodkræft
        blodprop
        blodprop i benet
        blodprop i hjernen
        blodprop i lungen
        blodpropp
        blodpropp i beinet
        blodpropp i benet
        blodpropp i lungan
        blodpropp i lungene
        bloed bij de ontlasting
        bloed in de urine
        bloed in die stoelgang
        bloed in die urine
        bloedkanker
        bloedklont
        bloedklont in die long
        bloedvergiftiging
        blóð í hægðum
        blóð í þvagi
        blóðeitrun
        blóðleysi
        blöðrubólga
        blöðruhálskirtilskrabbamein
        blóðsykursfall
        blóðtappi
        blóðtappi í lunga
        blut im stuhl
        blut im urin
        bluterkrankheit
        bluthochdrucks
        bluthusten
        blutvergiftung
        blærekreft
        blærekræft
        boală cardiacă ischemică
        boală celiacă
        boală coronariană
        boală cronică de rinichi
        boala graves-basedow
        boala lyme
        boală renală cronică
        böbrek hastası
        böbrek iltihabı
        böbrek kanseri
        böbrek sancısı
        böbrek taşları
        bocio
        bocio multinodular
        boezemfibrillasie
        boğaz ağrısı
        boğmaca
        bokaficama
        bokarándulás
        bokatörés
        ból gardła
        ból kręgosłupa lędźwiowego
        ból krzyża
        ból szyi
        bol u krstima
        bol u uhu
        bol u vratu
        ból ucha
        ból zęba
        bóle mięśni
        bóle pleców
        bóle stawów
        bóle szyi
        boleče grlo
        bolečina v ušesu
        bolečine v križu
        bolečine v mišicah
        bolečine v sklepih
        bolečine v vratu
        bolesne miesiączki
        bolesť chrbtice
        bolesť hrdla
        bolesť krčnej chrbtice
        bolest krční páteře
        bolest na altsheymer
        bolest na kron
        bolest na parkinson
        bolest ucha
        bolesť v krížoch
        bolest v krku
        bolest v zádech
        bolest zavisnosti
        bolesť zuba
        bolest zubu
        bolesti kloubů
        bolesti krční páteře
        bolesti svalov
        bolesti svalů
        bolesti v kříži
        bolesti v krížoch
        bolesti zavisnosti
        bolestivá menstruace
        bolestivá menštruácia
        bolka v gardite
        bolka v krasta
        bolki v garba
        bolki v gardite
        bolki v korema
        bolki v muskulite
        bolki v stavite
        bolno garlo
        bolovi u krstima
        bolovi u mišićima
        bolovi u zglobovima
        bong gân cổ chân
        bong võng mạc
        bordatörés
        borelióza
        bőrkiütés
        borsite
        bronchitidu
        bronchitu
        bronşiti
        bubrežne kamence
        bulutong
        bulutong-tubig
        bursite
        børneeksem
        bőrrák
        borrelia
        borrelioos
        borrelioosi
        borrelios
        borreliose
        borskanker
        borspyn
        bosyo
        botmetastasen
        botnlangabólga
        botontkalking
        boulimia
        boulimie
        boyun ağrısı
        boyun düzleşmesi
        bpco
        bpoc
        brak apetytu
        brand met urineer
        bráð nýrnabilun
        bráðaofnæmi
        brechdurchfall
        breinbloeding
        breingewas
        brisbólga
        briskrabbamein
        břišní tyfus
        brjósklos
        brjóstakrabbamein
        brjóstsviði
        brjóstverkir
        brjóstverkur
        bronchinė astma
        bronchitas
        bronchitidy
        bronchitis acuta
        bronchitis chronica
        bronchitis obstructiva
        bronconeumonía
        broncopolmonite
        brongitis
        brongkitis
        bronhalna astma
        bronhiaalastma
        bronhiālā astma
        bronhialna astma
        bronhiit
        bronhiolit
        bronhit
        bronhitis
        bronhīts
        bronhopneumonie
        bronkit
        bronkite
        bronkiti
        bronkitisa
        bronkitisi
        bronșită acută
        bronșită cronică
        bruciore urinario
        brukket arm
        brukket bein
        brûlures urinaires
        brušný týfus
        brækket arm
        brækket ben
        brækket hofte
        buasir
        bubrechna nedostatuchnost
        bubrežna insuficijencija
        bubrežna kolika
        bubrežna slabost
        bubrežne kolike
        bugspytkirtelbetændelse
        bugspytkirtelkræft
        buikgriep
        buikpyn
        buiktyfus
        buitenbaarmoederlijke zwangerschap
        bukaortaaneurysm
        bukol sa dibdib
        bukol sa suso
        bukol sa utak
        bukspottkörtelcancer
        bukspottkörtelinflammation
        bukspyttkjertelbetennelse
        bukspyttkjertelkreft
        bulanık görme
        bularreko angina
        bularreko mina
        bularreko minbizia
        buliimia
        bulimi
        bulimie
        bulimija
        bulimiya
        bulimja
        bulok na ngipin
        bulutong tubig
        bướu cổ
        bướu giáp
        bướu giáp nhân
        burn-out
        burnout sindrom
        burnout sindromea
        burnout-syndrom
        buruaz beste egiteko ideiak
        buruaz beste egiteko saiakera
        buruko mina
        burun tıkanıklığı
        burut
        butas sa ngipin
        bws-syndrom
        c hepatitisa
        c hepatīts
        cacar air
        cacar ular
        calcolosi biliare
        calcolosi renale
        càlculs biliars
        càlculs renals
        campak
        campak jerman
        càncer d'estómac
        càncer d'ovari
        càncer de bufeta
        cáncer de cérvix
        cancer de col uterin
        càncer de coll d'úter
        câncer de colo do útero
        cáncer de cuello uterino
        cáncer de estómago
        cancer de l'estomac
        cancer de l'ovaire
        cancer de la peau
        cancer de la thyroïde
        cancer de la vessie
        cáncer de ovario
        cáncer de páncreas
        càncer de pàncrees
        câncer de pele
        càncer de pell
        cáncer de piel
        cancer de piele
        càncer de pulmó
        cáncer de recto
        cáncer de riñón
        càncer de ronyó
        câncer de tireoide
        càncer de tiroide
        cáncer de tiroides
        cáncer de vejiga
        cancer de vezică urinară
        cancer du col de l'utérus
        cancer du pancréas
        cancer du rectum
        cancer du rein
        cancer gastric
        cáncer gástrico
        cancer ovarian
        cancer pancreatic
        cancer rectal
        cancer renal
        cancer tiroidian
        cancro
        cancro al pancreas
        cancro allo stomaco
        cancro da bexiga
        cancro da pele
        cancro da tiroide
        cancro do colo do útero
        cancro do estômago
        cancro do ovário
        cancro do pâncreas
        cancro do reto
        cancro do rim
        cancro gástrico
        căng cơ
        cansaço extremo
        çapraz bağ yırtığı
        capsulite adesiva
        capsulite rétractile
        capsulitis adhesiva
        carcinoma bronchiale
        carcinoma cervicis uteri
        carcinoma coli
        carcinoma hepatis
        carcinoma mammae
        carcinoma ovarii
        carcinoma pancreatis
        carcinoma prostatae
        carcinoma pulmonis
        carcinoma recti
        carcinoma ventriculi
        carcinoma vesicae urinariae
        cardiomiopatia
        cardiomiopatie
        cardiomyopathie
        cardiopathie ischémique
        cardiopatia ischemica
        cardiopatia isquèmica
        cardiopatie ischemică
        carie dentaire
        carie dentale
        carie dentară
        cárie dentária
        càries
        càries dental
        caries dentium
        catapora
        cataracta
        cataracta senilis
        cataracte
        cataractes
        cataratta
        caureja
        caxumba
        cedera ligamen
        cedera meniskus
        cedera otot
        ceļa locītavas artroze
        celiachia
        celiaki
        celiakia
        celiakie
        celiakii
        celiakija
        celiaquia
        celijakija
        celijakiju
        cellulite infectieuse
        cellulite infettiva
        cellulitisz
        celulit
        celulită
        celulite infecciosa
        celulitis
        celulitis infecciosa
        cephalea
        černý kašel
        cervicalgie
        cervicobrachialgia
        cervikalni sindrom
        cévní mozkové příhody
        cévní mozkovou příhodou
        chán ăn
        chán ăn tâm thần
        chernodrobna tsiroza
        chlamydien
        choroba dwubiegunowa
        chorobę dwubiegunową
        choroby dwubiegunowej
        chrípku
        chłoniak
        chłoniak hodgkina
        chłoniak nieziarniczy
        chłoniaka
        chns
        choc anaphylactique
        choc septique
        cholecistitas
        cholécystite
        cholecystitis acuta
        cholesterol cao
        cholestérol élevé
        cholokystitida
        chololithiasi
        choo kigumu
        chopn
        choque anafilático
        choque séptico
        choroba afektywna dwubiegunowa
        choroba alkoholowa
        choroba crohna
        choroba gravesa-basedowa
        choroba hashimoto
        choroba niedokrwienna serca
        choroba zwyrodnieniowa kręgosłupa
        choroby alzheimera
        choroby niedokrwiennej serca
        choroby parkinsona
        choroby wieńcowej
        choroby wrzodowej
        chřipky
        chronia apofraktiki pnevmonopatheia
        chronia nefriki aneparkeia
        chronia nefriki nosos
        chronická choroba obličiek
        chronická obličková choroba
        chronická únava
        chronické obstrukční plicní nemoci
        chronické ochorenie obličiek
        chronické onemocnění ledvin
        chronické selhání ledvin
        chronické zlyhanie obličiek
        chronického onemocnění ledvin
        chronickej choroby obličiek
        chronickej obštrukčnej choroby pľúc
        chronisch entzündliche darmerkrankung
        chronisch nierfalen
        chronische nierenerkrankung
        chronische niereninsuffizienz
        chronische nierschade
        chronische nierziekte
        chronische vermoeidheid
        chronisches nierenversagen
        chứng cuồng ăn
        chứng mất trí
        chunusi
        ciąża pozamaciczna
        čierny kašeľ
        cievnej mozgovej príhody
        ciężka depresja
        cilt kanseri
        cīpslas iekaisums
        čir na dvanaesniku
        čir na dvanaestopalačnom crevu
        čir na nozi
        cirhózu
        cirhózy jater
        cirhózy pečene
        cirit-birit
        cirkšņa trūce
        ciroza e mëlçisë
        ciroza jeter
        ciroze jetre
        cirozo jeter
        cirozu
        cirrhosis hepatis
        cirrosi
        cirrosi hepàtica
        cirrozë
        ċirrożi
        ċirrożi tal-fwied
        cistit
        cistită
        cistitas
        cistitis
        cistīts
        čiurnos lūžis
        čiurnos patempimas
        clamidia
        claquage
        cố gắng tự tử
        co giật
        có ý định tự tử
        coceira
        codo de tenista
        coeliakie
        coïssor en orinar
        colecistită
        colecistite
        colecistitis
        colelitiasis
        colesterol alt
        colesterol alto
        colesterol crescut
        colesterol elevado
        colesterol mare
        colesterolo alto
        cöliákiája
        colite
        csontritkulása
        cukrovku
        cøliaki
        cöliákia
        còlic nefrític
        cólica biliar
        colică biliară
        colica biliare
        cólica renal
        colică renală
        cólicas menstruais
        cólico biliar
        cólico nefrítico
        colique hépatique
        colită ulceroasă
        colite ulcerosa
        colitis ulcerosa chronica
        colpo della strega
        colpo di frusta
        çölyak
        çölyak hastalığı
        colze de tennista
        combnyaktörése
        comezón
        comichão
        commoció cerebral
        commotio cerebri
        cơn đau quặn thận
        cơn hen suyễn
        cơn tăng huyết áp
        confusion mentale
        congestión nasal
        congiuntivite
        conjonctivite
        conjunctivită
        conjuntivite
        conjuntivitis
        constipație
        constipation chronique
        constitutioneel eczeem
        contactallergie
        contacteczeem
        contusio
        contusio capitis
        convulsii
        convulsiones
        convulsioni
        convulsions
        convulsões
        copd-ben
        copd-patiënt
        coqueluche
        corona-infektion
        coronaire hartziekte
        coronairlijden
        cot de tenisman
        cotovelo de tenista
        coup du lapin
        covid long
        covid longa
        covid persistente
        covid-erkrankung
        coxarthrose
        coxarthrosis
        coxartrose
        coxartrosi
        coxartrosis
        coxartroză
        cremat de la feina
        cremor d'estómac
        črevesna viroza
        črevná chrípka
        crijevna viroza
        crise convulsive
        crise d'asthme sévère
        crise de gota
        crise de goutte
        crise hipertensiva
        crisi d'asma
        crisi epilèptica
        crisi epilettica
        crisi ipertensiva
        crisis convulsiva
        crisis hipertensiva
        criză de astm
        criză de epilepsie
        criză de gută
        criză hipertensivă
        crohn se siekte
        crohn-en gaixotasuna
        crohni tõbi
        crohnovy choroby
        crohns sjúkdómur
        çrregullim ankthi
        çrregullim bipolar
        çrregullim obsesiv-kompulsiv
        çrregullime të kujtesës
        çrregullime të ritmit të zemrës
        çrregullime të të ngrënit
        çrregullimi i stresit posttraumatik
        crveni vetar
        crveni vjetar
        csalánkiütés
        csigolyatörés
        csípőízületi kopás
        csípőtörés
        csontáttét
        csonttörése
        csuklótörése
        cubaan bunuh diri
        cūciņas
        cukorbetegek
        cukorbetegségben
        cukorbetegsége
        cukorbetegséget
        cukrinį diabetą
        cukrinio diabeto
        cukrinis diabetas
        cukriniu diabetu
        cukrovkou
        cukrovky
        cukrzyca ciężarnych
        cukrzyca insulinozależna
        cukrzyca typu drugiego
        cukrzycę
        cukrzycy ciążowej
        cukrzycy typu 1
        cukura diabēta
        cukura diabēts
        cukura diabēts 1 tipa
        cukura diabēts 2 tipa
        cukura diabētu
        čūlainais kolīts
        culebrilla
        cườm nước
        čvor na štitnjači
        cystitis acuta
        demansı
        demenci
        demenciju
        demenciu
        demencją
        demencję
        demenco
        depresijo
        depresiju
        depresiu
        depresją
        depresję
        diabēts
        difteria
        diphtérie
        dislexia
        diyabeti
        dnę moczanową
        drépanocytose
        dzeltenā kaite
        elhízása
        embolia
        emofilia
        encefalite
        encéphalite
        epilepsii
        epilepsijo
        epilepsiju
        epilepsisi
        epilepsiu
        epilepsziája
        escoliose
        fasciite plantaire
        fascite plantar
        fascite plantare
        fersensporn
        fibromes
        fibromi
        fibrose cística
        fibrosi cistica
        fruth
        gelta
        giht
        gikt
        gonorrea
        gonorreia
        gonorrhée
        gråstarr
        grauem star
        grauen star
        gribi
        gripo
        gripp
        gripu
        grünen star
        gruźlicą
        gruźlicę
        grypą
        grypę
        guatrı
        gulsott
        gută
        gyomorfekélye
        hanseníase
        hemofilia
        hémophilie
        herpes
        incontinence
        incontinencia
        incontinenza
        infarkts
        infart
        influenzája
        inkstų akmenimis
        insomnies
        ízületi gyulladása
        joanete
        juanetes
        kalp hastası
        kamica nerkowa
        kamicę nerkową
        kamicy nerkowej
        kanser hastası
        kanseri
        kansızlığı
        kanyarója
        kataraktı
        kemurungan
        köszvénye
        kreft
        kropf
        labirintite
        lebbra
        ledvične kamne
        lepra
        lèpre
        leukémiája
        leukémii
        leukemiju
        leukémiu
        levkemijo
        li të dhenve
        lösemisi
        lupénku
        lupusu
        luskavico
        májzsugora
        mal de chagas
        mässlingen
        menopausia precoz
        migreną
        migrenę
        migrénje
        migreno
        migrénu
        mioma
        miomas
        možgansko kap
        mrenu
        mrtvici
        ms-tauti
        mucoviscidose
        mukoviszidose
        multipla skleroza
        multiplo sklerozo
        multiplu sklerozu
        myome
        nerwicą
        nerwicę
        nesanicu
        nutukimu
        obesiti
        obezitesi
        obezitu
        ospę wietrzną
        osteoporozą
        osteoporozo
        osteoporozu
        otizmi
        ovaio policistico
        ovaires polykystiques
        ovário policístico
        ovario poliquístico
        ovarios poliquísticos
        övsömöre
        padaczką
        padaczkę
        penyakit buah pinggang
        pigsa
        pikkelysömöre
        plaučių uždegimu
        pljučnico
        polio
        poliomielitis
        poliomyélite
        półpaśca
        prédiabète
        protin
        przepuklina
        przepuklinę
        przepukliny
        psoriázu
        psorijazu
        rákja
        rakovinu
        razjedo na želodcu
        reflujo
        reflusso
        refluxo
        reumája
        reumatismi
        reumatismo
        reumatyzm
        reumatyzmu
        reumu
        revma
        rhumatismes
        romatizması
        rosacée
        rosazea
        roztroušená skleróza
        roztroušenou sklerózu
        sa sút trí tuệ
        sárgasága
        sarna
        sclerosis multiplexe
        scoliose
        scoliosi
        šećerna bolest
        šećernu bolest
        şeker hastalığı
        şeker hastası
        shizofrenijo
        shizofreniju
        sifilide
        sinüziti
        sivo mreno
        şizofrenisi
        skizofréniája
        sklerose
        skleróza multiplex
        sklerozë të shumëfishtë
        sklerózu multiplex
        skoliose
        skrumplever
        sladkorno bolezen
        slagtilfælde
        sömnsvårigheter
        szédülése
        szürkehályogja
        tansiyonu
        tay chân miệng
        tétano
        tétanos
        toczeń
        toczeń rumieniowaty
        tollwut
        trisomie 21
        tuberkulozo
        tuberkulózu
        tymais
        úlcera
        ulcera
        úlceras
        ulcère
        ulcères
        ülekaal
        ülseri
        upalu slijepog crijeva
        uykusuzluğu
        vähk
        vakbélgyulladása
        varicel·la
        vėjaraupiais
        verdhëz
        veremi
        vérszegénysége
        vertigen
        vertigosu
        vertij
        vesekője
        vēzis
        vėžiu
        vírus zika
        visoki tlak
        vitiligine
        vrtoglavico
        vrtoglavicu
        vvu
        vysoký tlak
        weißfleckenkrankheit
        wrzodów żołądka
        wrzody żołądka
        zaćmę
        zapalenia wyrostka
        zapalenie wyrostka
        zika
        zlatenico
        žloutenku
        žltačku
        żółtaczką
        żółtaczkę
        žuticu
        đa u tủy xương
        daganatos
        daganatos betegség
        đái tháo đường thai kỳ
        đái tháo đường típ 2
        đái tháo đường tuýp 2
        đái tháo đường type 1
        dalboka venozna tromboza
        damu kuganda
        damu kuganda kwenye mapafu
        damu kuganda kwenye mishipa
        damu kwenye kinyesi
        damu kwenye mkojo
        dang ateşi
        dantenų uždegimas
        dantų ėduonis
        dantų skausmas
        darah tinggi semasa hamil
        darmentzündung
        darmverschluss
        demam denggi
        denggi
        đau bao tử
        đau bụng kinh
        đau cổ
        đau dạ dày
        đau họng
        đau khớp
        đau mắt đỏ
        đau răng
        đau tai
        đau vai gáy
        đau vùng thắt lưng
        đầy hơi
        dbd
        déchirure méniscale
        déchirure musculaire
        declínio cognitivo
        declino cognitivo
        décollement de rétine
        decompensatio cordis
        décompensation cardiaque
        decubiti
        decubitus
        decubitus sacralis
        dedzināšana urinējot
        défice cognitivo
        deficit di attenzione
        degedege
        degeneração macular
        degeneració macular
        degeneración macular
        degenerasi makula
        degenerazione maculare
        deġenerazzjoni makulari
        dégénérescence maculaire
        degenerescência macular
        degenerescență maculară
        deginimas šlapinantis
        degjenerim makular
        deguna blakusdobumu iekaisums
        dekompensierte herzinsuffizienz
        dekübit ülseri
        dekubitalni rani
        dekubitus
        dekubity
        delier
        deliirium
        delir
        delirij
        delīrijs
        delirijum
        delirio
        delirioa
        deliriózní stav
        delirium
        delirium acutum
        delirium tremens
        delirju
        deliryum
        delyras
        demam kepialu
        demam malaria
        demam scarlet
        demam tifoid
        démangeaisons
        demences
        demenciája
        demencie
        demencije
        demencijos
        demensia alzheimer
        demensie
        demenssjukdom
        demenssykdom
        dementia senilis
        dementia vascularis
        dementsiya
        dementsus
        dementsuse
        dementzia
        demm fl-awrina
        demm fl-ippurgar
        dëmtim i meniskut
        denga
        denga groznica
        denge sukarra
        denges drudzis
        dengės karštligė
        dengi
        dengue palavik
        dengue-fieber
        dengue-koors
        dengue-láz
        denguefeber
        denguefieber
        denguekuume
        deni għoli
        deni skarlatina
        deni tad-dengue
        dépendance à l'alcool
        dependencia alcohólica
        dependência alcoólica
        dependència de l'alcohol
        dependência química
        dependență de alcool
        dependență de droguri
        depresi berat
        depresi pascapersalinan
        depresie majoră
        depresie postpartum
        depresie severă
        depresif bozukluk
        depresijas
        depresije
        depresijos
        depresijos epizodas
        depresio larria
        depresio-pasartea
        depresioa
        depresion i rëndë
        depresión mayor
        depresion pas lindjes
        depresión posparto
        depresioni
        depresīva epizode
        depresiven epizod
        depresivna epizoda
        depresivna motnja
        depresívna porucha
        depresivní epizoda
        depresivni poremećaj
        depresivní porucha
        depresiya
        depresja poporodowa
        depresjonen
        depressão maior
        depressão major
        depressão pós-parto
        depressieve episode
        depressieve stoornis
        depressiivne episood
        depressió
        depressió major
        depressió postpart
        dépression post-partum
        dépression sévère
        depressione maggiore
        depressione post-partum
        depressioon
        depressiooni
        depressiv episod
        depressiv episode
        depressjoni
        depressjoni severa
        depressjoni wara l-ħlas
        depresszióban
        depressziója
        depressziós
        depressziós epizód
        depresyonu
        derékfájása
        derin ven trombozu
        dermatit kontakti
        dermatită atopică
        dermatită de contact
        dermatite da contatto
        dermatite de contact
        dermatite de contacto
        dermatite de contato
        dermatite ta' kuntatt
        dermatiti atopik
        dermatitida ex epafis
        dermatitis atopik
        dermatitis atopikoa
        dermatitis contacta
        dermatitis de contacte
        dermatitis de contacto
        dermatitis kontak
        dermkanker
        dermohypodermite
        descolamento de retina
        desgarro muscular
        dështimi i veshkave
        dështimi i zemrës
        desmai
        desmaio
        desmayo
        desprendimiento de retina
        despreniment de retina
        deteriorament cognitiu
        deterioramento cognitivo
        deterioro cognitivo
        dezlipire de retină
        dhimbje barku
        dhimbje dhëmbësh
        dhimbje dhëmbi
        dhimbje e kokës
        dhimbje fyti
        dhimbje gjoksi
        dhimbje koke
        dhimbje kyçesh
        dhimbje menstruale
        dhimbje mesi
        dhimbje muskujsh
        dhimbje në gjoks
        dhimbje qafe
        dhimbje shpine
        dhimbje stomaku
        dhimbje veshi
        di căn
        di căn xương
        fibrillation atriale
        flutter atrial
        flutter auriculaire
        đi ngoài ra máu
        dị ứng đậu phộng
        dị ứng penicillin
        dị ứng thực phẩm
        dị ứng thuốc
        diabeedi
        diabeet
        diabeeti
        diabeetik
        diabeetikko
        diabeetikon
        diabeetikon jalka
        diabeetiline jalg
        diabeetiline neuropaatia
        diabeetiline retinopaatia
        diabeettinen neuropatia
        diabeettinen retinopatia
        diabet i tipit 2
        diabet insulinodependent
        diabet mellitus
        diabet zaharat tip 1
        diabet zaharat tip 2
        diabète de grossesse
        diabete di tipo due
        diabète gestationnel insulinotraité
        diabete insulino-dipendente
        diabète insulinodépendant
        diabete mellito
        diabete mellito di tipo 1
        diabete mellito di tipo 2
        diabete mellito tipo 2
        diabète non insulinodépendant
        diabète sucré
        diabetekseen
        diabeteksen
        diabeteksesta
        diabetes 2 typu
        diabetes gestationis
        diabetes gravidarum
        diabetes insulinodependiente
        diabetes jenis 2
        diabetes melitus tipe 1
        diabetes melitus tipe 2
        diabetes mellitus 1 typu
        diabetes mellitus 2 típus
        diabetes mellitus 2 typu
        diabetes mellitus druhého typu
        diabetes mellitus insulinodependens
        diabetes mellitus non insulinodependens
        diabetes mellitus prvního typu
        diabetes mellitus tip 2
        diabetes mellitus tipa 2
        diabetes mellitus tipe 2
        diabetes mellitus tipo 1
        diabetes mellitus typ 1
        diabetes mellitus typ 2
        diabetes mellitus typ ii
        diabetes mellitus type 1
        diabetes mellitus type 2
        diabetes mellitus typus 1
        diabetes mellitus typus 2
        diabetes mellitus typus i
        diabetes mellitus typus ii
        diabetes mellitusa
        diabetes tipa 2
        diabetes tipo dos
        diabetes tipo uno
        diabetesa
        diabetesfot
        diabetesneuropati
        diabetesretinopati
        diabetesta
        diabéteszben
        diabéteszes
        diabéteszes láb
        diabéteszes neuropátia
        diabéteszes retinopátia
        diabeti
        diabeti gestacional
        diabeti i tipit 1
        diabeti i tipit 2
        diabètic
        diabetici
        diabetička
        diabetická neuropatia
        diabetická neuropatie
        diabetická noha
        diabetická retinopatia
        diabetická retinopatie
        diabetična nevropatija
        diabetična retinopatija
        diabetično stopalo
        diabético tipo 2
        diabéticos
        diabetiese voet
        diabetik
        diabetikas
        diabetiker
        diabētiķis
        diabetikoa
        diabetinė neuropatija
        diabetinė pėda
        diabetinė retinopatija
        diabétiques
        diabetis gestacional
        diabetis mellitus tipus 2
        diabetis tipus 1
        diabetis tipus 2
        diabetische nephropathie
        diabetische neuropathie
        diabetische retinopathie
        diabetische voet
        diabetischer fuß
        diabetisches fußsyndrom
        diabetisk fod
        diabetisk fot
        diabetisk neuropati
        diabetisk retinopati
        diabētiskā neiropātija
        diabētiskā pēda
        diabētiskā retinopātija
        diabetno stapalo
        diabeto
        diabetu
        diabetu 2 typu
        diabetul zaharat
        diabetului
        diabetului zaharat
        diariya
        diarrhoea
        diarroia
        diasisi
        diastremma
        diastremma podokneimikis
        diataraxi agchous
        diataraxi panikou
        diaviti kyisis
        diavitiko podi
        diavitikos
        diavitis kyisis
        diavitis typou 1
        diavitis typou 2
        didelis cholesterolis
        diepe veneuze trombose
        diepveneuse trombose
        diffikultà biex tieħu n-nifs
        dificultat per respirar
        dijabete
        dijabete tat-tip 1
        dijabete tat-tip 2
        dijabete tip 2
        dijabete waqt it-tqala
        dijabetes melitus
        dijabetes tip 1
        dijabetes tip 2
        dijabetesa
        dijabetesa tipa 2
        dijabetičar
        dijabetičarka
        dijabetička neuropatija
        dijabetička retinopatija
        dijabetičko stopalo
        dijabetika
        dijabetiku
        dijarea
        dikkat eksikliği
        dikkat eksikliği ve hiperaktivite bozukluğu
        dilgėlinė
        dimeljska kila
        dimensja
        dimsyn
        diopoliki diataraxi
        dipendenza da alcol
        dipendenza fuq id-droga
        dipendenza fuq l-alkoħol
        dipoliki diataraxi
        dirgliosios žarnos sindromas
        diş ağrısı
        diş apsesi
        diş çürüğü
        diş çürükleri
        diş eti iltihabı
        dış gebelik
        diska trūce
        diska żlokata
        dışkıda kan
        diskisong
        disko išvarža
        disko-hernia
        diskopati
        diskova herniya
        dislipemia
        dislipidemia
        dislipidemie
        dislipidemija
        dispne
        dispnee
        distacco di retina
        distale radiusfraktur
        distensão muscular
        distorsio
        distorsio articulationis talocruralis
        distorsio genus
        distorsio pedis
        distorsione del ginocchio
        distorsione della caviglia
        disturb bipolari
        disturb tal-ansjetà
        disturb tal-ikel
        disturbi alimentari
        disturbo alimentare
        disturbo bipolare
        disturbo d'ansia generalizzato
        disturbo dello spettro autistico
        disturbo depressivo
        disturbo depressivo maggiore
        disturbo ossessivo-compulsivo
        disturbo post-traumatico da stress
        diverticolite
        diverticulită
        diverticulite
        divertikuliitti
        divertikulit
        divertikulitas
        divertikulitida
        divertikulitis
        divertikulitisz
        divertikulīts
        divertikulitt
        divpadsmitpirkstu zarnas čūla
        diyabet hastası
        diyabetes mellitus
        diyabetik ayak
        diyabetik nöropati
        diyabetik retinopati
        diyabetli
        diz kireçlenmesi
        djegie gjatë urinimit
        djegie stomaku
        djersitje natën
        djup ventrombos
        dna moczanowa
        dny moczanowej
        insuficiência cardíaca congestiva
        lupus eritematoso sistémico
        lúpus eritematoso sistêmico
        magasvérnyomás
        magasvérnyomás-betegség
        đổ mồ hôi đêm
        doença arterial coronariana
        doença celíaca
        doença coronária
        doença de graves
        doença de lyme
        doença hepática
        doença renal crónica
        doğum sonrası depresyon
        dolor al pit
        dolor articular
        dolor de cuello
        dolor de garganta
        dolor de muelas
        dolor de oído
        dolor menstrual
        dolor toràcic
        dolore lombare
        dolores de cabeza
        dolores musculares
        dolori articolari
        dolori mestruali
        dolori muscolari
        dolors musculars
        domningar
        donuk omuz
        doodswens
        doof gevoel
        doofheid
        doorligwond
        doorligwonden
        dor de dente
        dor de dentes
        dor de garganta
        dor de ouvido
        dor nas articulações
        dor no pescoço
        dores de cabeça
        dores musculares
        dormência
        douleurs articulaires
        douleurs cervicales
        douleurs musculaires
        døvhed
        døvhet
        dowwe sig
        dpoc
        drebna sharka
        dreigende vroeggeboorte
        drętwienie
        drgawki
        driegħ miksur
        droë hoes
        drogadicción
        drogamenpekotasuna
        drogenabhängigkeit
        drogensucht
        drogmissbruk
        drogoaddicció
        drogová závislost
        drohender abort
        druckgeschwür
        druckgeschwüre
        drudzis
        drugsverslaving
        drukseer
        druksere
        drüsenfieber
        dt2
        duboka venska tromboza
        duboke venske tromboze
        pneumonie comunitară
        síndrome antifosfolípide
        síndrome antifosfolipídico
        tip 1 diabetes mellitus
        tip 2 diabetes mellitus
        đục thủy tinh thể
        dugo sa dumi
        dugo sa ihi
        duiseligheid
        đường huyết cao
        dur brzuszny
        durchgangssyndrom
        durere de dinți
        durere de măsea
        durere de urechi
        durere în gât
        durere lombară
        durere toracică
        dureri articulare
        dureri de gât
        dureri în gât
        dureri lombare
        dureri menstruale
        dureri musculare
        dureri toracice
        dušnosti
        düşük şeker
        dusulys
        duszności
        đứt dây chằng
        đứt dây chằng chéo trước
        đứt gân gót
        dvylikapirštės žarnos opa
        dwangstoornis
        dwelmverslawing
        dyb venetrombose
        dyp venetrombose
        dysanexia sti laktozi
        dyskoiliotita
        dyslipidemia
        dyslipidémie
        dysmenorroia
        dyspnoe
        dyspnoea
        dyspnoia
        dzelte
        dzelzs deficīta anēmija
        dzemdes kakla vēzis
        dziļo vēnu tromboze
        dziļo vēnu trombozes
        dzirdes zudums
        ebrietas
        eccema de contacto
        eczema atopicum
        eczéma atopique
        eczema contactum
        eczema da contatto
        eczéma de contact
        eczema de contacto
        edema
        edema degli arti inferiori
        edema dos membros inferiores
        edema en las piernas
        edeme
        edemi
        eesmise ristatiside rebend
        eesnäärme suurenemine
        eesnäärmevähi
        eesnäärmevähk
        eetstoornis
        eetversteuring
        egentlig depression
        eggjastokkakrabbamein
        eggstokkreft
        egkefaliki diasisi
        égő vizelés
        egzaması
        egzema
        eierstockentzündung
        eierstockkrebs
        eierstokkanker
        eileiterschwangerschaft
        einhverfa
        eitlakrabbamein
        eitrige mandelentzündung
        éjszakai izzadás
        ekcémája
        ekfylisi ochras kilidas
        eklem ağrısı
        ekseem
        ekseema
        eksema sa kamay
        ektopi kyisi
        ektopiese swangerskap
        ekzema
        ekzemë
        el bileği kırılması
        elgorria
        elikadura-nahasteak
        elikagaien alergia
        elkodis kolitida
        elkos dodekadaktylou
        elkos katakliseos
        elkos stomachou
        elliglöp
        elonosia
        elpas trūkums
        elülső keresztszalag-szakadás
        elveblest
        emakakaelavähk
        emakaväline rasedus
        embaràs ectòpic
        embarazo ectópico
        emboli paru
        emboli pulmonare
        embolia polmonare
        embòlia pulmonar
        embolia pulmonare
        embolia pulmonum
        embolie pulmonară
        emboliżmu pulmonari
        embolu fil-pulmun
        emetos
        emfizem pulmonar
        emfragma
        emfragma myokardiou
        emfragma tou myokardiou
        emigranja
        emiplegia
        emorragia cerebrale
        emorraġija fil-moħħ
        emorroidi
        emorrojdi
        empatso
        emphysema pulmonum
        emphysème
        emvoes
        endaþarmskrabbamein
        endekapen makularra
        endeldarmkanker
        endetarmskreft
        endetarmskræft
        endometrijożi
        endometrioos
        endometrioosi
        endometrios
        endometriose
        endometriosi
        endometriosia
        endometrioza
        endometriozė
        endometriózis
        enesetapukatse
        enesetapumõtted
        enfermedad celíaca
        enfermedad coronaria
        enfermedad de graves
        enfermedad de lyme
        enfermedad renal crónica
        enfisema
        engefaliko epeisodio
        engourdissement
        ënjtje
        ënjtje e këmbëve
        enkelbreuk
        enkelfraktuur
        enkelverstuiking
        enneaegne sünnitus
        ennenaikainen synnytys
        ennisholubólga
        enterocolită
        entorsă de gleznă
        entorse do joelho
        entorse do tornozelo
        entorse du genou
        entumecimiento
        entzugssyndrom
        entzumen-galera
        epatite b
        epatite c
        epatopatia
        épaule gelée
        epegörcs
        epehólyag-gyulladás
        epekövesség
        epicondilite
        epicondilitis
        épicondylite
        epicondylitis humeri radialis
        epilepsiakohtaus
        epilepsiya
        epilepsziás roham
        epileptički napadaj
        epileptický záchvat
        epileptični napad
        epileptische aanval
        epileptiskt anfall
        epilessija
        epilipsia
        epiliptiki krisi
        epilochia katathlipsi
        episod depresiv
        épisode dépressif majeur
        episodi depressiu
        episodio depresivo
        episodio depressivo
        epizod depresyjny
        epoc
        epuizare profesională
        erc
        ērču encefalīts
        erditze goiztiarra
        erditze ondoko depresioa
        erdnussallergie
        erge depressie
        erhöhte blutfette
        erhöhtes cholesterin
        erisipela
        erisipelas
        erizipel
        erizipelë
        erken doğum
        erkinis encefalitas
        ernia inguinale
        ernia ombelicale
        ernstige depressie
        erpis zostir
        errefluxu gastroesofagikoa
        erretinaren askatzea
        errinitis alergikoa
        errubeola
        erupção cutânea
        erupció cutània
        erupción cutánea
        erupție cutanată
        éruption cutanée
        eruzione cutanea
        erysipel
        erysipelas cruris
        érysipèle
        ēšanas traucējumi
        escara
        escaras
        escare
        escarlatina
        escarre
        escarres
        esclerosi múltiple
        esguince de rodilla
        esimest tüüpi diabeet
        eskarlatina
        esklerosi anizkoitza
        eskumuturreko haustura
        esofagită
        esofagite
        esofagitis
        espektro autistaren nahastea
        esquinç
        esquinç de turmell
        esquizofrènia
        ess-brech-sucht
        essoufflé
        essstörung
        esszenciális hipertónia
        estado confusional agudo
        esteatose hepática
        esteatosis hepática
        estenose aórtica
        estenosi aòrtica
        estenosi aortikoa
        estenosis aórtica
        estreñimiento
        estres post-traumatikoa
        estres post-traumatikoaren nahastea
        estrés postraumático
        estrès posttraumàtic
        eszméletvesztés
        etäpesäkkeet
        état de stress post-traumatique
        eteisvärinää
        eteisvärinän
        ételallergia
        ethet e denges
        ethet tifoide
        eturauhasen liikakasvu
        eturauhasen suurentuma
        eturauhassyövän
        eturistisideen repeämä
        étvágytalanság
        evészavar
        exartisi apo to alkool
        exomitria kyisi
        eyrnabólga
        eyrnasuð
        eyrnaverkur
        eztarriko mina
        eztul lehorra
        eztula
        fadiga crónica
        falliment tal-kliewi
        falliment tal-qalb
        falta d'aire
        fangasi
        fangasi wa kucha
        farenjit
        fåresyge
        faringit
        faringită
        faringite
        faringitis
        faringitisa
        faringoamigdalitis
        fatiga crónica
        fatigue chronique
        febbre tifoide
        febra dengue
        febră mare
        febră tifoidă
        febre tifoide
        febris typhoidea
        fedtlever
        fegato grasso
        fekélyes vastagbélgyulladás
        felç geçirmiş
        felç olma
        feledékenység
        felfekvés
        felfekvések
        féloldali bénulás
        femur boyun kırığı
        femurreko haustura
        feriti tas-sodda
        fetge gras
        fettleber
        fettlever
        fettstoffwechselstörung
        feuchtblattern
        fibersprængning
        fibrilací síní
        fibrilácie predsiení
        fibrilacije atrija
        fibrilacion atrial
        fibrilacioni atrial
        fibrilației atriale
        fibrilazio aurikularra
        fibrillatio atriorum
        fibrillatio ventriculorum
        fibrillazzjoni atrijali
        fibromiàlgia
        fibromialgie
        fibromialgija
        fibromialgiya
        fibromialgji
        fibromijalġja
        fibromiyalji
        fibromüalgia
        fibromyalgi
        fibromyalgie
        fibrose pulmonaire
        fibrose pulmonar
        fibrosi polmonare
        fibrosis paru
        fibrosis pulmonar
        fibroză pulmonară
        fibroza pulmonare
        ficat gras
        fiebre del dengue
        fiebre tifoidea
        fièvre typhoïde
        fígado gordo
        figo kufeli
        figo kushindwa
        figyelemhiányos hiperaktivitás-zavar
        fíkniefnaneysla
        fingerpolyarthrose
        fıstık alerjisi
        fitulifur
        fizi kuvimba
        flauwte
        flauwvallen
        flegmóna
        flegmoon
        flensa
        flogakast
        flogaveiki
        floute
        flunssan
        flutter atriorum
        fobia social
        fobia sociale
        fobia sosial
        fobia społeczna
        fobie socială
        fødevareallergi
        födoämnesallergi
        fødselsdepresjon
        fødselsdepression
        føflekkreft
        fogágybetegség
        fogbélgyulladás
        fogfájás
        fogszuvasodás
        fogszuvasság
        fogtályog
        foie gras
        følelsesløshed
        fongs a les ungles
        för tidig förlossning
        for tidlig fødsel
        forhøjet kolesterol
        forkjølelsen
        förlamning
        förlossningsdepression
        formicolio
        formigueig
        forreste korsbåndsskade
        forstoppelse
        förstoppning
        förstorad prostata
        forstørret prostata
        forstuet ankel
        forstuvet ankel
        förtidsbörd
        förvirringstillstånd
        fósturlát
        fótasár
        fotledsfraktur
        fotledsstukning
        fractura claviculae
        fractura colli femoris
        fractura costae
        fractura cruris
        fractura de canell
        fractură de coastă
        fractură de col femural
        fractura de fèmur
        fractură de gleznă
        fractura de húmero
        fractură de încheietură
        fractura de maluc
        fractura de pelvis
        fractura de radio
        fractura de tobillo
        fractura de turmell
        fractura do punho
        fractura femoris
        fractura humeri
        fractura malleoli
        fractura radii
        fractura radii loco typico
        fractura vertebrae
        fractura vertebral
        fractură vertebrală
        fracture de l'humérus
        fracture de la cheville
        fracture du fémur
        fracture du poignet droit
        fracture du radius
        fracture vertébrale
        fraktura e kofshës
        fraktura e qafës së femurit
        fraktura na bedrenata shiyka
        främre korsbandsskada
        frattura del collo del femore
        frattura del radio
        frattura dell'anca
        frattura dell'omero
        frattura della caviglia
        frattura di femore
        frattura vertebrale
        fratura da anca
        fratura de quadril
        fratura do fémur
        fratura do rádio
        fratura do tornozelo
        fratura vertebral
        fremra krossbandaslit
        fremre korsbåndskade
        frjókornaofnæmi
        frossen skulder
        frühgeburt
        frusen skuldra
        fruthi
        fsme
        ftuq fl-irqiq
        fuites urinaires
        fülfájás
        fülgyulladás
        fülzúgás
        fuoco di sant'antonio
        furnicături
        fußpilz
        fwied xaħmi
        fymatiosi
        fyrirburafæðing
        fæðingarþunglyndi
        fæðuofnæmi
        gadene
        gagal ginjal akut
        gagal ginjal kronis
        gagal jantung kongestif
        galblaasontsteking
        galbulten
        galdeblærebetændelse
        galis
        gallblåseinflammation
        gallblöðrubólga
        galleblærebetennelse
        gallenblasenentzündung
        gallensteinleiden
        gallsteinar
        galstene
        galteres
        galvas reibšana
        galvassāpes
        galvos skausmas
        galvos smegenų insultas
        galvos svaigimas
        gan nhiễm mỡ
        gânduri suicidare
        gangguan bipolar
        gangguan depresi
        gangguan ingatan
        gangguan irama jantung
        gangguan kecemasan menyeluruh
        gangguan kecemasan umum
        gangguan makan
        gangguan obsesif kompulsif
        gangguan pendengaran
        gangguan spektrum autisme
        gangguan stres pascatrauma
        ganzi
        garais klepus
        garje
        garun-hodietako istripua
        garun-konmozioa
        garuneko hodietako istripua
        garuneko odoljarioa
        garuneko tumorea
        gastrenteritida
        gastriit
        gastritas
        gastriti
        gastritis acuta
        gastritis chronica
        gastritisa
        gastrīts
        gastro-entérite
        gastroenterit
        gastroenterită
        gastroenteritas
        gastroentérite
        gastroenteritida
        gastroenteritis acuta
        gastroenteritis aguda
        gastroenteritisa
        gastroenterīts
        gastroisofagiki palindromisi
        gatal-gatal
        gáttatif
        gáttatifs
        gaueko izerdiak
        gãy chân
        gãy tay
        gãy xương cột sống
        gãy xương đùi
        gãy xương hông
        gãy xương sườn
        gebärmutterhalskrebs
        gebärmutterkrebs
        ġebel fil-kliewi
        ġebel fil-marrara
        gebelik hipertansiyonu
        gebelik kaybı
        gebelik şekeri
        gebreekte arm
        gebreekte been
        gebreekte heup
        gebreekte pols
        gebroken arm
        gebroken been
        gebroken enkel
        gebroken heup
        gece terlemesi
        gedächtnisstörungen
        geelsug
        gégegyulladás
        gegeneraliseerde angststoornis
        geheueverlies
        geheugenproblemen
        geheugenverlies
        gehiegizko pisua
        gehoorverlies
        gehörgangsentzündung
        gelenkschmerzen
        geležies stokos anemija
        geltonosios dėmės degeneracija
        generaliseerunud ärevushäire
        generaliserat ångestsyndrom
        generaliseret angst
        generalisert angstlidelse
        generalisierte angststörung
        generalizált szorongásos zavar
        ģeneralizēta trauksme
        generalizirana anksiozna motnja
        generalizirani anksiozni poremećaj
        generalizovaná úzkostná porucha
        generalizuotas nerimo sutrikimas
        gengivite
        genikevmeni diataraxi agchous
        gerklės skausmas
        gerklės uždegimas
        gernu infekzioa
        gernu-infekzioa
        gernu-inkontinentzia
        gescheurde kruisband
        geskeurde kruisligament
        geskeurde ligament
        gestācijas diabēts
        gestacinis diabetas
        gestační diabetes
        gestationsdiabetes
        gestatsionen diabet
        geswelde bene
        gesztációs diabétesz
        gevoelloosheid
        gewichtsverlies
        gewigsverlies
        gewrichtspijn
        gewrigspyn
        geðhvarfasýki
        geðklofi
        geðrof
        giảm thính lực
        giãn tĩnh mạch
        gib infekzioa
        gibel koipetsua
        gibeleko hantura
        gibeleko zirrosia
        ģībonis
        gicht
        gichtanfall
        gıda alerjisi
        ġidri r-riħ
        gigi berlubang
        giharretako mina
        giktanfall
        giliųjų venų trombozė
        giliųjų venų trombozės
        giltzurrun gaixotasun kronikoa
        giltzurrun-gutxiegitasuna
        giltzurrun-harriak
        giltzurrun-kolikoa
        giltzurruneko gutxiegitasuna
        giltzurruneko harriak
        giltzurruneko minbizia
        gimdos kaklelio vėžys
        gingibitisa
        gingivit
        gingivită
        gingivite
        giời leo
        gjak në jashtëqitje
        gjak në urinë
        gláka
        glakoma
        glaucom
        glaucome
        glaucoom
        glaukom
        glaukoma
        glaukomë
        glaukoom
        glaukooma
        glavkom
        glavobolie
        glawkoma
        glivice na nohtih
        gljivice na noktima
        globale herzinsuffizienz
        globoka venska tromboza
        glôcôm
        glokom
        gloukoom
        głuchota
        gluhoća
        gluhost
        glutenallergi
        glutenintolerans
        glutenintoleranse
        glutenintolerantie
        glútenóþol
        göbek fıtığı
        godartad prostataförstoring
        goditja në tru
        goditje në tru
        goita
        goitre
        goitre multinodulaire
        golenja razjeda
        golferarm
        gollurshússbólga
        golša
        golyva
        gomito del tennista
        gonarthrose
        gonarthrosis
        gonartrose
        gonartrosi
        gonartrosis
        gonartroz
        gonartroza
        gondongan
        gonfiore alle gambe
        goragalea
        görcsroham
        gordelroos
        gordura no fígado
        gortasuna
        gosea galtzea
        gota úrica
        göz iltihabı
        göz tansiyonu
        gozzo
        gozzo multinodulare
        grå starr
        grå stær
        grauer star
        grauwe staar
        graves hastalığı
        graves sjukdom
        graves sygdom
        graves-basedow-kór
        gravesova bolest
        gravesova bolezen
        gravesova choroba
        gravidanza ectopica
        gravidanza extrauterina
        gravidez ectópica
        graviditas extrauterina
        graviditet uden for livmoderen
        graviditetsillamående
        gravidný diabetes
        grčevi
        greață și vărsături
        grēmas
        griepje
        gripas
        gripea
        gripi
        grippeerkrankung
        grlobolja
        groene staar
        grön starr
        grøn stær
        grondboontjie-allergie
        grønn stær
        grossesse extra-utérine
        grüner star
        grūtniecības diabēts
        grūtniecības pārtraukšanās
        gruźlica płuc
        grykë e përflakur
        grypa żołądkowa
        grzybica
        grzybica paznokci
        guatr
        gubitak apetita
        gubitak pamćenja
        gubitak sluha
        gubitak svijesti
        gubitak težine
        gubitak tjelesne težine
        gula darah rendah
        gula darah tinggi
        gulçim
        gurchovi
        gurë në tëmth
        gurë në veshka
        guri në veshka
        gürtelrose
        gušenje
        gusha
        gusi bengkak
        gustong magpakamatay
        gut hastalığı
        guz mózgu
        gūžas locītavas artroze
        gūžas lūzums
        guzek tarczycy
        gūžys
        gyllinæð
        gyomor-bélhurut
        gyomorrák
        għadma miksura
        għaraq bil-lejl
        hạ đường huyết
        haavainen paksusuolentulehdus
        haavandiline koliit
        haematuria
        haemorrhagia cerebri
        haemorrhoides
        hafıza kaybı
        haginetako mina
        haimasyöpä
        haimatulehduksen
        haimatulehdus
        halbseitenlähmung
        halfzijdige verlamming
        hall kae
        halláscsökkenés
        hálsbólga
        hälsenebristning
        hälseneinflammation
        halsentzündung
        halsfluss
        halsont
        halsschmerzen
        hálssærindi
        hálsverkir
        halvatus
        halvaus
        halvsidig förlamning
        hambakaaries
        hambavalu
        hamil di luar kandungan
        hammasmätä
        hammasparadontiitti
        hammassärky
        hammasytimen tulehdus
        hämorrhoiden
        hampaiden reikiintyminen
        handekzem
        handledsbrott
        hanken hantura
        hanketako ultzera
        hapdi ng sikmura
        hár blóðsykur
        hár blóðþrýstingur
        hár hiti
        hardlywigheid
        harmaakaihi
        harninkontinenz
        harnsteine
        harnwegsinfekte
        harsingbloeding
        harsingskudding
        harsingvliesontsteking
        hartaanvalle
        hartkloppings
        hartritmestoornis
        hartritmestoornissen
        hartritmeversteuring
        hartsiekte
        hartspierontsteking
        hartversaking
        hartzakjesontsteking
        hashimoto-betegség
        hashimoto-thyreoiditis
        hashimoton tyreoidiitti
        hashimotos sygdom
        hashimotos sykdom
        hashimotos tyreoidit
        hashimotov tireoiditis
        hashimotov tiroiditis
        hashimotova tyreoiditida
        haşimoto hastalığı
        hašimoto tireoidīts
        hašimoto tiroiditas
        haşimoto tiroiditi
        hasmenéses megbetegedés
        hasnyálmirigy-gyulladás
        hasnyálmirigyrák
        hastífusz
        hátfájása
        hati berlemak
        hátt kólesteról
        haurdunaldi ektopikoa
        haurdunaldiko diabetesa
        hausstauballergie
        hautausschlag
        hautkrebs
        havandeskapsförgiftningen
        hazizurriak
        háþrýstings
        háþrýstingur
        hedelmättömyys
        heilabilun
        heilablóðfall
        heilablóðfalls
        heilablæðing
        heiladrep
        heilahimnubólga
        heilahristingur
        heilaslag
        heilaæxli
        heimakoma
        heinapalavik
        hekseskud
        hellp-syndrom
        helmim i gjakut
        helvedesild
        helvetesild
        hemicrania
        hémiplégie
        hemiplejia
        hemoragie cerebrală
        hemoroid
        hemoroider
        hemoroidi
        hemoroidy
        hemoroizi
        hemorojus
        hemorràgia cerebral
        hémorragie cérébrale
        hemorragji cerebrale
        hemorroidas
        hemorroide
        hemorroideak
        hemorroides
        hemorroidid
        hemorrojder
        hengenahdistusta
        henia
        hẹp van động mạch chủ
        hẹp van tim
        hepatiit
        hepatiitti b
        hepatiitti c
        hepatit b
        hepatit c
        hepatită b
        hepatită c
        hepatită virală
        hepatitas
        hepatitas b
        hepatitas c
        hepatite alcoólica
        hépatite b
        hépatite c
        hepatiti
        hepatiti b
        hepatiti c
        hepatitida b
        hepatitida c
        hepatitis acuta
        hepatitis chronica
        hepatitisa
        hepatīts
        hepatitt b
        hepatitt c
        hernia disci
        hernia disci intervertebralis
        hernia disku
        hèrnia inguinal
        hernia inguinala
        hernia inguinalis
        hernia umbilical
        hernia umbilicalis
        hernia umbilikalis
        hernie diskale
        hernie inghinală
        hernie inguinale
        hernie ombilicală
        hernie ombilicale
        herpes zosterra
        hersentumor
        hersenvliesontsteking
        herzbeutelentzündung
        herzinfarktes
        herzinfarkts
        herzklappenfehler
        herzleiden
        herzmuskelentzündung
        herzrhythmusstörung
        heste narritakorraren sindromea
        hettusótt
        heupartrose
        heupbreuk
        heupfraktuur
        heyrnarleysi
        heyrnarskerðing
        hezur-haustura
        hidung berair
        hidung tersumbat
        hiếm muộn
        hiesa
        hígado graso
        hikain
        hilang ingatan
        hilang kesedaran
        hilang selera makan
        hilekoaren mina
        hinchazón de piernas
        hindi magkaanak
        hindi makadumi
        hindi makatulog sa gabi
        hindi mapigil ang ihi
        hingeldus
        hinimatay
        hinkuyskä
        hiperatividade
        hipercholesterolemia
        hipercholesterolemija
        hipercolesterolèmia
        hipercolesterolemie
        hiperglicemia
        hiperglicemie
        hiperglikemi
        hiperglikémia
        hiperglikemija
        hiperglisemi
        hiperglucèmia
        hipergluzemia
        hiperholesterinēmija
        hiperholesterolemija
        hiperkolesterolemi
        hiperkolesterolemia
        hiperkolesterolemija
        hiperkoleszterinémia
        hiperlipidemi
        hiperplasia benigna da próstata
        hiperplàsia benigna de pròstata
        hiperplazia beninje e prostatës
        hipertansif kriz
        hipertansiyonu
        hipertensa
        hipertensão gestacional
        hipertensi kehamilan
        hipertensie
        hipertensija
        hipertensijas
        hipertensió
        hipertensió arterial
        hipertensión gestacional
        hipertensioni
        hipertensioni arterial
        hipertensiune
        hipertensiune gestațională
        hipertensiunii arteriale
        hipertensiv
        hipertenso
        hipertentsio arteriala
        hipertentsioa
        hipertenzije
        hipertenzijos
        hipertenzivna kriza
        hipertireoidizam
        hipertireose
        hipertireoze
        hipertiroidismoa
        hipertiroidizëm
        hipertirozė
        hipertónia
        hipertónia betegség
        hipertóniás
        hipertonichna kriza
        hipertoninė liga
        hipertoniskā slimība
        hipertoniya
        hipertrofie de prostată
        hipoacusia
        hipoacuzie
        hipoglicemia
        hipoglicemie
        hipoglikemi
        hipoglikémia
        hipoglikemija
        hipoglisemi
        hipoglucèmia
        hipogluzemia
        hipotireoidizam
        hipotireose
        hipotireoze
        hipotiroidismoa
        hipotiroidizëm
        hipotirozė
        hirnhautentzündung
        hirnschlag
        hirntumor
        hiv aids
        hiv enfeksiyonu
        hiv infekcija
        hiv infektsiya
        hiv-fertőzés
        hiv-infectie
        hiv-infektio
        hiv-infektsioon
        hiv-infiziert
        hiv-nakkus
        hiv-smit
        hiv-smittet
        hiv-sýking
        hjärnblödningen
        hjärnhinneinflammation
        hjärntumör
        hjartaáfall
        hjartaáfalls
        hjartabilun
        hjartabilunar
        hjartaöng
        hjartavöðvabólga
        hjärtmuskelinflammation
        hjärtrytmrubbning
        hjärtrytmrubbningar
        hjärtsäcksinflammation
        hjartsláttarónot
        hjartsláttartruflanir
        hjärtsvikten
        hjerneinfarkt
        hjernesvulst
        hjerte- og karsykdom
        hjerte-kar-sygdom
        hjerteinfarktet
        hjertekarsygdom
        hjertemuskelbetennelse
        hjertemuskelbetændelse
        hjerteposebetennelse
        hjerterytmeforstyrrelser
        hjertesækbetændelse
        hlaupabóla
        hĺbková žilová trombóza
        hlboká žilová trombóza
        hluboká žilní trombóza
        hluboké žilní trombózy
        hluchota
        hnetuofnæmi
        ho gà
        ho ra máu
        hở van tim
        hobb
        hobp
        hodenkrebs
        hodgkin lenfoma
        hodgkin-kór
        hodgkinin lymfooma
        hodgkinov limfom
        hodgkinov lymfóm
        hodgkins lymfom
        hodgkinův lymfom
        hoë bloeddruk
        hoë bloedsuiker
        hoë cholesterol
        hoë koors
        höftartros
        höftbrott
        hofteartrose
        höfuðverkur
        hög feber
        högt blodsocker
        högt kolesterol
        hội chứng đau cơ xơ hóa
        hội chứng kiệt sức
        høj feber
        højt blodsukker
        højt kolesterol
        holecistīts
        holetsistit
        hólyaghurutja
        hólyagrák
        homa kali sana
        homa ya dengi
        homa ya ini aina ya b
        homa ya ini b
        homa ya mapafu kali
        homa ya matumbo
        homa ya uti wa mgongo
        homályos látás
        hombro congelado
        homloküreg-gyulladás
        hongos en las uñas
        hoofpyn
        hoog cholesterol
        hooikoors
        horečka dengue
        horečky
        høretab
        hörghurutja
        hormigueo
        hörselnedsättning
        hørselstap
        hörsturz
        hortz-txantxarra
        hortzeko mina
        horúčka dengue
        horúčky
        hósti
        hotzeria
        hovne bein
        høy feber
        høyt blodsukker
        høyt kolesterol
        hranitelna alergiya
        hripavac
        hronichna obstruktivna belodrobna bolest
        hronichno babrechno zabolyavane
        hronična bubrežna bolest
        hronična bubrežna insuficijencija
        hronična bubrežna slabost
        hronična opstruktivna plućna bolest
        hronični bronhitis
        hronični umor
        hroniska nieru slimība
        hroniska obstruktīva plaušu slimība
        hroniska sirds mazspēja
        hroniskas nieru slimības
        hroniskas obstruktīvas plaušu slimības
        hta
        hučanie v ušiach
        huda depresija
        hudcancer
        hudutslag
        hüftfraktur
        hüftgelenksarthrose
        húgyhólyag-gyulladás
        húgyúti fertőzése
        huidkanker
        huiduitslag
        huimausta
        huisstofmijtallergie
        hukommelsestab
        hukommelsestap
        hulgiskleroos
        huller i tænderne
        humbje e dëgjimit
        humbje e kujtesës
        humbje e vetëdijes
        humbje oreksi
        humbje peshe
        hundë e zënë
        hüperglükeemia
        hüperkolesteroleemia
        hüpertensioon
        hüpertensiooni
        hüpertüreoos
        hüpoglükeemia
        hüpotüreoos
        hüppeliigese murd
        hüppeliigese nikastus
        huyết khối tĩnh mạch sâu
        húðkrabbamein
        húðsýking
        hvítblæði
        hwi
        hws-syndrom
        hyperaktivita
        hypercholesterinämie
        hypercholesterolémie
        hyperglycémie
        hyperglykämie
        hyperglykémia
        hyperglykémie
        hyperkolesterolemi
        hyperkolesterolemia
        hyperkolesterolæmi
        hyperplasia prostatae
        hypertendue
        hypertendus
        hypertensieve crisis
        hypertensio arterialis
        hypertension gravidique
        hypertensive entgleisung
        hypertensive krise
        hypertensjon
        hypertenzí
        hypertenzie
        hypertenzná kríza
        hypertenzní krize
        hyperthyreosis
        hypertonia arterialis
        hypertonia essentialis
        hypertonin
        hypertrophie bénigne de la prostate
        hypoglycémie
        hypoglykämie
        hypoglykemi
        hypoglykemia
        hypoglykémie
        hypoglykæmi
        hypothyreosis
        hægðatregða
        hæmorider
        hævede ben
        ichs
        icterícia
        icterus
        ictus ischemico
        ictus isquèmic
        ictus isquémico
        ideação suicida
        ideació suïcida
        ideación suicida
        ideas suicidas
        ideație suicidară
        ideazione suicidaria
        idees de suïcidi
        idées noires
        idées suicidaires
        idorreria
        időskori makuladegeneráció
        idrar kaçırma
        idrar tutamama
        idrar yolu iltihabı
        idrarda kan
        idrarda yanma
        ientulehdus
        iesnas
        igemepõletik
        ihosyöpä
        ihottuman
        ii tüüpi diabeet
        iiveldus
        ikterizia
        ikteros
        iktsýki
        iktus cerebral
        iktusa
        ikusmen lausoa
        ilaras
        iliggos
        illkynja æxli
        imikrania
        imiplegia
        imnieħer misdud
        impeksyon sa balat
        impeksyon sa bato
        impeksyon sa daluyan ng ihi
        impeksyon sa dugo
        impeksyon sa mata
        impeksyon sa sinus
        impeksyon sa tainga
        imusolmukesyöpä
        inaapoy ng lagnat
        inaatake ng hika
        inappetenza
        inchaço nas pernas
        incontinence urinaire
        incontinència urinària
        incontinență urinară
        incontinentie
        incontinenza urinaria
        infarctului miocardic
        infarctus cerebri
        infarctus myocardii
        infarctus myocardii acutus
        infark miokard akut
        infarkt miokardi
        infarkt na miokarda
        infarkt në zemër
        infarkt srca
        infarkta miokarda
        infarktem myokardu
        infarkti i miokardit
        infarktu myokardu
        infart de miocardi
        infart mijokardijaku
        infeção por vih
        infecção do trato urinário
        infecção pelo hiv
        infecção por vih
        infecció d'orina
        infecció pel vih
        infecció urinària
        infección de vías urinarias
        infección por vih
        infecciones urinarias
        infecções urinárias
        infecție a tractului urinar
        infecție hiv
        infecții urinare
        infection par le vih
        infection urinaire basse
        infections urinaires
        infekce hiv
        infekcia hiv
        infekcie močových ciest
        infekcija mokraćnog sustava
        infekcije mokraćnih puteva
        infeksi ginjal
        infeksi saluran kencing
        infeksi telinga
        infeksion me hiv
        infeksion urinar
        infeksioni i rrugëve urinare
        infertilidad
        infertilidade
        infertilità
        infertilitas
        infertilitat
        infertilitate
        infertilité
        infertilitet
        infezione da hiv
        infezione del tratto urinario
        infezioni urinarie
        infezzjoni fil-widna
        infezzjoni fl-awrina
        infezzjoni tal-hiv
        infezzjoni tal-passaġġ tal-awrina
        infjammazzjoni tal-ħanek
        inflamacion i bajameve
        inflamacion i veshit
        inflor de cames
        influenza intestinale
        influwenza
        ingvinalna hernija
        ingvinalna herniya
        ini lenye mafuta
        inkontinenca
        inkontinence moči
        inkontinencë urinare
        inkontinencia
        inkontinencia moču
        inkontinencija
        inkontinens
        inkontinensia urin
        inkontinensie
        inkontinenssi
        inkontinentsiya
        inkontinenz
        inkontinenza
        inkstų akmenligė
        inkstų akmenys
        inkstų diegliai
        inkstų nepakankamumas
        inkstų nepakankamumo
        inkstų uždegimas
        inkstų vėžys
        inme geçirmiş
        inomyalgia
        insektengiftallergie
        insomni
        insomnioa
        insomnja
        insufficientia cordis
        insufficientia cordis chronica
        insufficientia cordis congestiva
        insufficientia hepatis
        insufficientia renalis
        insufficientia renalis chronica
        insufficientia renum
        insufficientia venosa chronica
        insufficienza cardiaca congestizia
        insufficienza epatica
        insufficienza renale acuta
        insufficienza renale cronica
        insufficienza venosa
        insuffiċjenza renali
        insuffiċjenza tal-qalb
        insuffisance cardiaque congestive
        insuffisance coronarienne
        insuffisance rénale aiguë
        insuffisance rénale chronique
        insuffisance veineuse
        insuficienca kardiake
        insuficiencë renale
        insuficiencia cardiaca congestiva
        insuficiência hepática
        insuficiencia renal aguda
        insuficiencia venosa
        insuficiență cardiacă congestivă
        insuficiență renală acută
        insuficiență renală cronică
        insuficiență venoasă
        insuficienței cardiace
        insuldi
        insüline bağımlı diyabet
        insulinpflichtiger diabetes
        insulinpflichtiger diabetes mellitus
        insulta
        insultas
        insulto
        intent de suïcidi
        intento autolítico
        intento de suicidio
        intihar düşünceleri
        intihar düşüncesi
        intihar girişimi
        întindere musculară
        intolérance au lactose
        intolerance laktózy
        intolerancë ndaj laktozës
        intolerància a la lactosa
        intolerância à lactose
        intolerancia laktózy
        intolerancija laktoze
        intoleransi laktosa
        intoleranță la lactoză
        intolleranza al lattosio
        intolleranza għal-lattosju
        intorpidimento
        ínygyulladás
        ipatitida
        ipatitida b
        ipatitida c
        iperattività
        ipercolesterolemia
        iperglicemia
        iperplasia prostatica benigna
        ipertasi
        ipertensione gestazionale
        ipertensjoni
        ipertesa
        iperteso
        ipertirojdiżmu
        ipertrofia prostatica benigna
        ipoacusia
        ipoglicemia
        ipotirojdiżmu
        irc
        iregular na tibok ng puso
        ischaemia cerebri
        ischemická choroba srdca
        ischemická choroba srdeční
        ischemické choroby srdeční
        ischemickej choroby srdca
        ischemisk hjärtsjukdom
        ischialgia
        ischialgie
        išeminė širdies liga
        išeminės širdies ligos
        išēmisks insults
        isheemiatõbi
        ishemichna balest na sartseto
        ishemichna bolest na sartseto
        ishemična bolezen srca
        ishemijska bolest srca
        ishias
        ishijas
        išialgija
        išiass
        isiásza
        işitme kaybı
        isjiasplager
        iskiaskipu
        iskæmisk hjertesygdom
        išnirimas
        išsėtinė sklerozė
        iştahsızlık
        istegnuće mišića
        isutus
        iszkémiás szívbetegség
        itsemurha-ajatukset
        itsemurhayritys
        itsetuhoiset ajatukset
        itsetuhoisuus
        ivu
        iyi huylu prostat büyümesi
        izdegšana
        izdegšanas sindroms
        izgaranje na poslu
        izgorelosti
        izguba apetita
        izguba sluha
        izguba spomina
        izguba telesne teže
        izguba teže
        izguba zavesti
        izgulējumi
        izgulējums
        izomfájdalom
        izomhúzódás
        izomszakadás
        izpuščaj
        izsitumi
        iztrapvane
        izu-erasoa
        izu-erasoak
        ízületi fájdalom
        izvanmaternična trudnoća
        izvanmatochna bremennost
        iðraólga
        jäätynyt olkapää
        jadłowstręt psychiczny
        jämesoolevähk
        jamur kuku
        jangkitan paru-paru
        jangkitan telinga
        jaribio la kujiua
        járnskortsblóðleysi
        jaskra
        jaskry
        jerawat
        jicht
        jichtaanval
        jino kuuma
        jóindulatú prosztata-megnagyobbodás
        jordnøddeallergi
        jordnötsallergi
        jostas roze
        juckreiz
        junginės uždegimas
        juosmens skausmas
        juostinė pūslelinė
        kaalulangus
        kaaries
        kabakulak
        kábítószer-függőség
        kabızlık
        kaburga kırığı
        kaelavalu
        kahnbeinfraktur
        kairinātās zarnas sindroms
        kājas čūla
        kāju tūska
        kaki bengkak
        kaki diabetik
        kakla iekaisums
        kakla sāpes
        kaklo skausmas
        kaksisuuntainen mielialahäiriö
        kaksteistsõrmiksoole haavand
        kalça kemiği kırığı
        kalça kireçlenmesi
        kaligata
        kalknagels
        kalkschulter
        kalp kası iltihabı
        kalp krizi geçirmiş
        kalp ritim bozukluğu
        kalp yetmezliği tanısı
        kamani v babretsite
        kamen u žuči
        kamenac u bubregu
        kamenci u žuči
        kamenje u bubregu
        kamica moczowa
        kamicy żółciowej
        kan zehirlenmesi
        kancer i fshikëzës
        kancer i gjirit
        kancer i lëkurës
        kancer i mushkërive
        kancer i pankreasit
        kancer i prostatës
        kancer i qafës së mitrës
        kancer i stomakut
        kancer i tiroides
        kancer i veshkave
        kancer i vezoreve
        kancer i zorrës së trashë
        kanċer taċ-ċerviċi
        kanċer tal-bużżieqa tal-awrina
        kanċer tal-frixa
        kanċer tal-ġilda
        kanċer tal-istonku
        kanċer tal-kliewi
        kanċer tal-kolon
        kanċer tal-musrana
        kanċer tal-ovarji
        kanċer tal-prostata
        kanċer tal-pulmun
        kanċer tas-sider
        kanceri i gjirit
        kanceri i mushkërive
        kanceri i prostatës
        kanker ginjal
        kanker hati
        kanker kandung kemih
        kanker kelenjar getah bening
        kanker kolorektal
        kanker kulit
        kanker lambung
        kanker leher rahim
        kanker otak
        kanker ovarium
        kanker pankreas
        kanker paru
        kanker rahim
        kanker serviks
        kanker tiroid
        kanker usus
        kanser darah
        kanser hati
        kanser kolorektal
        kanser pangkal rahim
        kanser paru-paru
        kanser perut
        kanser prostat
        kanser sa atay
        kanser sa balat
        kanser sa bato
        kanser sa cervix
        kanser sa dibdib
        kanser sa dugo
        kanser sa matris
        kanser sa obaryo
        kanser sa pancreas
        kanser sa pantog
        kanser sa thyroid
        kanser sa tiyan
        kanser sa utak
        kanyaró
        kapsllëk
        karaciğer yağlanması
        karcinom
        karcinom kože
        karcinoma
        kardiaki aneparkeia
        kardiaki aneparkia
        kardiomiopati
        kardiomiopátia
        kardiomiopatija
        kardiomüopaatia
        kardiomyopathie
        kardiomyopati
        kardiomyopatia
        kardiomyopatie
        kardiopatia iskemikoa
        kardiyomiyopati
        karies
        karies gigi
        kariesas
        kariesi
        kariesi dentar
        kariess
        karijes
        kariji
        karıncalanma
        karkinos mastou
        karkinos pnevmona
        karkinos prostati
        karkinos tis ourodochou kystis
        karkinos ton oothikon
        karkinos tou dermatos
        karkinos tou mastou
        karkinos tou pacheos enterou
        karkinos tou pagkreatos
        karkinos tou pnevmona
        karkinos tou prostati
        karkinos tou stomachou
        karkinos tou thyreoeidous
        karkinos tou trachilou tis mitras
        karpaalkanali sündroom
        karščiavimas
        kas ağrısı
        kas yırtılması
        kas zorlanması
        kashlitsa
        kasık fıtığı
        kaşıntı
        kašķis
        kašle
        kasos uždegimas
        kasos vėžys
        kaszel mokry
        katagma
        katagma ischiou
        katagma karpou
        katagma podokneimikis
        katagma tou ischiou
        katagma tou karpou
        katakliseis
        katar sienny
        katarak
        katarakt
        katarakta
        katarata
        kataratak
        katarretti
        katarroa
        katathlipsi
        kaula lūzums
        kaulo lūžis
        kayap
        kecanduan alkohol
        kecanduan narkoba
        keelontsteking
        keelpijn
        kegagalan buah pinggang
        keguguran berulang
        kehamilan ektopik
        kehlkopfentzündung
        kehlkopfkrebs
        kehvveresus
        keinginan bunuh diri
        kejang
        kelahiran prematur
        kelelahan kerja
        kelelahan kronis
        keliakia
        kelio sąnario artrozė
        kelumpuhan
        kemandulan
        këmba diabetike
        kemik metastazı
        kencing batu
        kencing darah
        kencing manis jenis 2
        kényszerbetegség
        kepenų cirozė
        kepenų cirozės
        kepenų suriebėjimas
        kepenų uždegimas
        këputje e ligamentit
        këputje e ligamentit kryq
        keracunan darah
        keresztszalag-szakadás
        keringat malam
        kërpudha në thonj
        keseleo pergelangan kaki
        kesemutan
        keskenmenon
        keskivaikea masennus
        keskkõrvapõletik
        ketagihan alkohol
        ketagihan dadah
        keuchhusten
        keuhkoahtaumataudin
        keuhkoahtaumatautia
        keuhkoembolia
        keuhkofibroosi
        keuhkokuumeen
        keuhkokuumeeseen
        keuhkokuumetta
        keuhkoputkentulehduksen
        keuhkosyövän
        keuhkoveritulppa
        khk
        khó tiêu
        không dung nạp lactose
        kiaušidžių vėžys
        kichomi
        kidonda cha tumbo
        kiégési szindróma
        kierukkavamma
        kiespijn
        kifaduro
        kifafa cha mimba kali
        kifua kikuu cha mapafu
        kifua kubana
        kighoste
        kíghósti
        kiharusi cha ubongo
        kihti
        kihtikohtaus
        kikhosta
        kikhoste
        kili diskou
        kili mesospondyliou diskou
        kili voubonos
        kilo kaybı
        kilpirauhasen kyhmy
        kilpirauhasen liikatoiminnan
        kilpirauhasen vajaatoiminnan
        kilpirauhassyöpä
        kilpirauhastulehdus
        kilpnäärme alatalitlus
        kilpnäärme ületalitlus
        kinkhoes
        kinkhoest
        kinnholubólga
        kirkšnies išvarža
        kirrosi
        kirrosi tou ipatos
        kirsoi
        kirvely virtsatessa
        kısırlık
        kisukari aina ya 1
        kisukari aina ya 2
        kisukari cha mimba
        kisukari wakati wa ujauzito
        kiuno kuuma
        kiwewe
        kızamık
        kızamıkçık
        klåda
        klausos praradimas
        kláðamaur
        kláði
        klepus
        klubo lūžis
        klubo sąnario artrozė
        knäartros
        kneartrose
        knidosi
        knieartrose
        kniegelenksarthrose
        knieschmerzen
        knöchelbruch
        knochenmetastasen
        knöl på sköldkörteln
        knude på skjoldbruskkirtlen
        knute på skjoldbruskkjertelen
        knæartrose
        koah
        kodade virvendus
        kodade virvendusarütmia
        kodade virvenduse
        kohdunkaulan syöpä
        kohdunulkoinen raskaus
        kohonneen verenpaineen
        kohonnut kolesteroli
        kõhukinnisus
        kõhulahtisus
        kõhunäärmepõletik
        kõhunäärmevähk
        kõhutüüfus
        kõhuvalu
        koiliakos ponos
        koiliokaki
        kojų opa
        kojų tinimas
        kokkytis
        kokliušas
        koksartroz
        koksartroza
        köldöksérv
        kolecistit
        kolesterol altua
        kolesterol għoli
        kolesterol i lartë
        kolesterol tinggi
        kolesterol yüksekliği
        kolesteroli i lartë
        kolesteroli nyingi
        kolezistitisa
        kolika renale
        kolite ulċerattiva
        koliti ulceroz
        kolitis ulseratif
        kolitis ultzeratiboa
        kolka nerkowa
        kolla e mirë
        kollatähni degeneratsioon
        kollatõbi
        kollë e thatë
        kolon-ondesteko minbizia
        koloneko minbizia
        kolonkanker
        kolorektales karzinom
        kolpiki marmarygi
        kols
        kombulsiyon
        konbultsioak
        konfuzno stanje
        konġuntivite
        konjestif kalp yetmezliği
        konjonktivit
        konjuktivit
        konjungtivitis
        konjunktiviit
        konjunktivitis
        konjunktivīts
        konjunktyvitas
        konjuntibitisa
        konkussjoni
        konortea galtzea
        kontakdermatitis
        kontakt dermatit
        kontakt dermatitisz
        kontaktallergi
        kontaktdermatiit
        kontaktdermatitis
        kontaktdermatīts
        kontaktekcéma
        kontaktekseem
        kontakteksem
        kontaktekzem
        kontaktekzēma
        kontakten dermatit
        kontaktinė egzema
        kontaktinis dermatitas
        kontaktná dermatitída
        kontaktní dermatitida
        kontaktni dermatitis
        kontaktni ekcem
        kontaktní ekzém
        kontaktný ekzém
        kontaktowe zapalenie skóry
        kontaktuzko dermatitisa
        konvulsione
        konvulżjonijiet
        koo kuuma
        kõõlusepõletik
        koortsstuip
        kopb
        kopriva treska
        kopřivka
        koprivnjača
        kopsuarteri trombemboolia
        kopsuemboolia
        kopsufibroos
        kopsupõletik
        kopsupõletikku
        kopsupõletiku
        kopsuvähi
        kopsuvähk
        koraszülés
        koremen tif
        koremna bolka
        kõrge kolesterool
        kõrge palavik
        kõrge vererõhk
        kõrgenenud vererõhk
        kõrgvererõhktõbi
        kõrgvererõhutõbi
        korkea kolesteroli
        korkea kuume
        korkea verensokeri
        korkean verenpaineen
        körömgomba
        koronārā sirds slimība
        koronare herzerkrankung
        koronarinė širdies liga
        koronarna bolest
        koronarna bolest srca
        koronarna bolezen
        koronarna bolezen srca
        koronárna choroba srdca
        koronarsykdom
        koroner arter hastalığı
        koroner kalp hastalığı
        koronêre hartsiekte
        korsbåndskade
        korsbandsruptur
        korsbandsskada
        korsbåndsskade
        kortasem
        korvakipu
        kõrvakohin
        kõrvapõletik
        korvatulehduksen
        korvatulehdus
        kõrvetised
        korvien soiminen
        kosketusallergia
        kosketusihottuma
        kostobolja
        kosulys
        koszorúér-betegség
        köszvény
        köszvényes roham
        kotfraktur
        kötőhártya-gyulladás
        kouristukset
        kouristuskohtaus
        koxartróza
        középfülgyulladás
        kožni rak
        krabbamein
        krabbameins
        krambid
        krampakast
        krampeanfald
        krampeanfall
        kramper
        krampfadern
        krampfanfälle
        krampji
        krampju lēkme
        kranskärlssjukdom
        kransæðasjúkdóms
        kransæðasjúkdómur
        kransæðastífla
        krätze
        kraujas išmatose
        kraujas šlapime
        kraujo užkrėtimas
        kraujosruva į smegenis
        kravno otravyane
        krčne žile
        kŕčové žily
        křeče
        křečové žíly
        kreuzbandriss
        krev v moči
        krev ve stolici
        krew w moczu
        krew w stolcu
        kri v blatu
        kri v urinu
        kriseis asthmatos
        kriseis panikou
        krisi epileptikoa
        krisi panikou
        krisis hipertensi
        kriza epileptike
        krona slimība
        kronična bubrežna bolest
        kronična bubrežna insuficijencija
        kronična ledvična odpoved
        kronična utrujenost
        kronične ledvične bolezni
        kronične obstruktivne pljučne bolezni
        kronične opstruktivne plućne bolesti
        kronični umor
        kroniese niersiekte
        kroniese obstruktiewe longsiekte
        kronik böbrek hastalığı
        kronik böbrek yetmezliği
        kronik bronşit
        kronik yorgunluk
        krónikus fáradtság
        krónikus obstruktív tüdőbetegsége
        krónikus vesebetegség
        krónikus veseelégtelenség
        kronisk njursjukdom
        kronisk njursvikt
        kronisk nyresvigt
        kronisk nyresvikt
        kronisk nyresygdom
        kronisk nyresykdom
        kronisk trötthet
        krono liga
        krooniline neeruhaigus
        krooniline obstruktiivne kopsuhaigus
        kroonilise obstruktiivse kopsuhaiguse
        krooninen munuaistauti
        krooninen väsymys
        kroonisen munuaistaudin
        kropgeswel
        krossbandaslit
        krstobolja
        kruajtje
        kruisbandletsel
        krustenisko saišu plīsums
        krustu sāpes
        krūties vėžio
        krūties vėžys
        krūtinės angina
        krūtinės skausmas
        krūts vēža
        krūts vēzis
        kruv v izprazhneniyata
        kruv v urinata
        krv u mokraći
        krv u stolici
        krv v moči
        krv v stolici
        krvácanie do mozgu
        krvácení do mozku
        krwotok mózgowy
        kryologima
        kryžminio raiščio plyšimas
        krztusiec
        kræft i bugspytkirtlen
        ksur fil-ġenbejn
        ksur fil-polz
        ksur fl-għadam
        ksur tal-ġenbejn
        kubemesong
        kuchanika kwa ligamenti
        kudis
        kufa ganzi
        kufunga choo
        kuhara damu
        kuhara na kutapika
        kuharisha
        kuharisha damu
        kuiv köha
        kujaribu kujiua
        kujifungua kabla ya wakati
        kukohoa damu
        kukojoa kwa kuungua
        kukojoa kwa maumivu
        kukoroma na kukosa pumzi usingizini
        kukosa choo
        kukosa hamu ya kula
        kukosa usingizi sugu
        kukutxeztula
        kulak ağrısı
        kulak çınlaması
        kulak enfeksiyonu
        kulak iltihabı
        kulang sa thyroid
        külmetus
        kulnun í starfi
        kumalat na ang kanser
        kumbulsyon
        kuņģa čūla
        kuņģa vēzis
        kuona ukungu
        kuongezeka kwa tezi dume
        kuoza kwa meno
        kupooza upande mmoja
        kupoteza fahamu
        kupoteza hamu ya kula
        kupoteza kumbukumbu
        kupoteza usikivu
        kupungua uzito
        kurap
        kurdeşen
        kurgumandlipõletik
        kurguvalu
        kurikong
        kurkkukipu
        kurkunpääntulehdus
        kurlums
        kurtumas
        kusepidamatus
        kuseteede infektsioon
        kuseteede põletik
        kushindwa kuzuia mkojo
        kutapika damu
        kuteguka kwa kifundo cha mguu
        kutina
        kutokwa jasho usiku
        kutosikia vizuri
        kuukautiskivut
        kuulmislangus
        kuulonalenema
        kuumetta
        kuurous
        kuvimba miguu
        kuvuja damu kwenye ubongo
        kuvuja mkojo
        kuvunjika kwa nyonga
        kuvunjika mbavu
        kuvunjika mguu
        kuvunjika mkono
        kuvunjika nyonga
        kuvunjika uti wa mgongo
        kuzirai
        kverkaskítur
        kvíðakast
        kvíðaröskun
        kviðslit
        kviðverkir
        kwaadaardige gewas
        kylkiluun murtuma
        kynsisieni
        kystitida
        kyttaritida
        kæfisvefn
        lábdagadás
        läbipõlemine
        lábszárfekély
        lạc nội mạc tử cung
        lactose-intolerantie
        lae bloedsuiker
        lae rugpyn
        laerugpyn
        lage rugklachten
        lagnat na tipus
        łagodny przerost gruczołu krokowego
        łagodny rozrost prostaty
        lågt blodsocker
        lágur blóðsykur
        lágyéksérv
        lahir prematur
        laihtuminen
        laimas slimība
        laimo liga
        lajmska bolest
        läkaköha
        laktoosi-intoleranssi
        laktoositalumatus
        laktosarekiko intolerantzia
        laktose-onverdraagsaamheid
        laktoseintolerans
        laktoseintoleranse
        laktoseintoleranz
        laktosintolerans
        laktoz intoleransı
        laktózérzékenység
        laktozes nepanesamība
        laktozės netoleravimas
        laktózintolerancia
        laktozna intoleranca
        lamatis
        lamatised
        lammelse
        lan-nekea
        lãng tai
        langdurige covid
        langvinn lungnateppa
        langvinnur nýrnasjúkdómur
        lapsettomuus
        lårbenshalsbrott
        lårbenshalsbrud
        larenjit
        laringit
        laringită
        laringitas
        laringite
        laringitis
        laringīts
        lärmschwerhörigkeit
        larruazaleko minbizia
        laryngite
        laryngitis acuta
        lasenggo
        laskimoperäinen säärihaava
        laskimotukos
        latigazo cervical
        ļaundabīgs audzējs
        lavantauti
        lavt blodsukker
        lebensmüdigkeit
        leberleiden
        lebermetastasen
        leberverfettung
        leddsmerter
        ledsmerter
        ledvärk
        ledvična kolika
        ledvični kamen
        ledvinová kolika
        leetrid
        lefchaimia
        lefxaimia
        legament imqatta'
        legament maqtugħ
        leggsår
        leghálskrabbamein
        legslímuflakk
        légszomja
        legusár
        lehemu nyingi
        leichte depressive episode
        leikēmija
        leistenbruch
        leistenhernie
        lemfoma
        lên cơn co giật
        lên cơn hen
        lenf kanseri
        lenfoma
        lepoko mina
        lesão do menisco
        leșin
        lesió de menisc
        lesión de menisco
        lésion méniscale
        lesione del menisco
        lėtinė inkstų liga
        lėtinė obstrukcinė plaučių liga
        lėtinės inkstų ligos
        lėtinės obstrukcinės plaučių ligos
        lėtinis širdies nepakankamumas
        leucaemia
        leucemi
        leukaemia
        leukeemia
        leukemian
        leukemije
        leuzemia
        leverbetennelsen
        leververvetting
        levkemije
        levkemiya
        lewerontsteking
        lewersirrose
        lewkimja
        leziune de menisc
        liekais svars
        liesbreuk
        lieshernia
        liệt nửa người
        lifrarbólga
        lifrarbólga c
        ligamen lutut robek
        liggesår
        liggsår
        lihaskipu
        lihasrevähdys
        liigesepõletik
        lija e dhenve
        limfom
        limfom hodgkin
        limfoma
        limfomë
        limfoom
        lindje e parakohshme
        linfoma
        linfoma de hodgkin
        linfoma di hodgkin
        linfoma não hodgkin
        linfoma no hodgkin
        linfoma non hodgkin
        linksherzinsuffizienz
        lipodis diithisi ipatos
        lipothymia
        lipsa na apetit
        lisztérzékenység
        lithiase biliaire
        lithiase urinaire
        litíase renal
        litiasis biliar
        litiasis renal
        livmoderhalscancer
        livmoderhalskræft
        livmorhalskreft
        liðagigt
        liðbandaslit
        liðverkir
        liðþófarifa
        liðþófaskaði
        ljumskbråck
        lo âu
        loaldiko apnea
        loạn nhịp tim
        loạn thần
        locītavu sāpes
        lodhje profesionale
        loét chân
        loét do tì đè
        loét tá tràng
        loét tì đè
        loét tĩnh mạch
        loezina
        lohusa depresyonu
        loimoxi ouropoiitikou
        łokieć tenisisty
        lombalgie chronique
        lombociatalgia
        lombosciatalgia
        lombosciatică
        lombosciatique
        lömun
        longembolie
        longfibrose
        longontstekingen
        lonkan nivelrikko
        lonkkamurtuma
        lonkkamurtumaa
        lonkkamurtuman
        loopneus
        lööve
        lopl
        loppuunpalaminen
        lotailu gurutzatuaren haustura
        lotugræðgi
        luka baring
        luka diabetes
        luka kaki
        luka tekan
        lülivaheketta song
        lumaking prostate
        lumalabo ang mata
        lumbago
        lumbago acuta
        lumbalgie
        lumbalgiya
        lumbalni bolni sindrom
        lumbalni sindrom
        lumbociatalgia
        lumbociática
        lumboischialgia
        lumboischialgie
        lumboishialgija
        lümfoom
        lumpuh sebelah
        lunbalgia
        lungebetennelsen
        lungebetændelsen
        lungeemboli
        lungefibrose
        lungemboli
        lungenarterienembolie
        lungenentzündungen
        lungenfibrose
        lungenkrebses
        lungenleiden
        lungfibros
        lunginflammationen
        lungkot na lungkot
        lungnabólga
        lungnabólgu
        lungnakrabbamein
        lungnasegarek
        lungnateppa
        lungnatrefjun
        luslos
        luumurd
        luumurru
        luustoetäpesäkkeet
        luxație
        luxatio
        luxatio humeri
        lws-syndrom
        lyme hastalığı
        lyme-kór
        lymeská borelióza
        lymfeklierkanker
        lymfekreft
        lymfekræft
        lymfkörtelcancer
        lymfom
        lymfoom
        lymfooma
        lymphdrüsenkrebs
        lymphom
        lymphoma malignum
        lymphome
        lymphome non hodgkinien
        lymska borelioza
        lyskebrok
        lyskebrokk
        lystarleysi
        lystarstol
        lærleggshálsbrot
        maag-darminfectie
        maagang panganganak
        maagkanker
        maagkoors
        maagpyn
        maagseer
        maagsere
        maambukizi kwenye damu
        maambukizi ya figo
        maambukizi ya mapafu
        maambukizi ya ngozi
        maambukizi ya njia ya mkojo sugu
        maambukizi ya sikio
        maambukizi ya sinasi
        mababang asukal sa dugo
        maculadegeneratie
        madde bağımlılığı
        mafindofindo
        mafua ya mzio
        mafuta kwenye ini
        magabólga
        magakrabbamein
        magakveisa
        magareshka kashlitsa
        magas koleszterin
        magas koleszterinszint
        magas vércukor
        magas vérnyomása
        magas vérnyomásban
        magas vérnyomást
        magasár
        magaverkir
        magekreft
        magen-darm-grippe
        magen-darm-infekt
        magenblutung
        magenkrebs
        magersucht
        magesjau
        magoti kuuma
        magsäckscancer
        magsjuka
        mahapdi umihi
        mahasyöpä
        mahatauti
        mahina ang pandinig
        mahinang katawan
        maisto alergija
        majaczenie
        majaczenie alkoholowe
        májcirrózisa
        majör depresyon
        májzsírosodás
        makati ang balat
        maksakirroosin
        maksapõletik
        maksatsirroos
        maksatsirroosi
        makula dejenerasyonu
        makuladegeneráció
        makuladegenerasjon
        makuladegeneration
        makulárna degenerácia
        makularna degeneracija
        makulární degenerace
        makulas deģenerācija
        makulêre degenerasie
        makulna degeneratsiya
        makuuhaava
        mal d'esquena
        mal d'orecchio
        mal d'orella
        mal de cap
        mal de coll
        mal de dents
        mal de gola
        mal de gorge
        mal de panxa
        mal de queixal
        mal di collo
        mal di denti
        mal di gola
        malaaria
        malabo ang paningin
        malabong paningin
        maladie coronarienne
        maladie cœliaque
        maladie de basedow
        maladie de hodgkin
        maladie de lyme
        maladie rénale chronique
        malaltia coronària
        malaltia d'alzheimer
        malaltia de crohn
        malaltia de parkinson
        malaltia pulmonar obstructiva crònica
        malaltia renal crònica
        malaria kali
        malaria tropica
        malarija
        malariya
        malarja
        malarya sa lamok
        malattia coronarica
        malattia di lyme
        malattia renale cronica
        male boginje
        maliarija
        maligni tumor
        malignt melanom
        malokravie
        malokrvnost
        mâncărime
        mandelbetennelse
        mandelbetændelse
        mandelentzündung
        mandulagyulladás
        mang thai ngoài tử cung
        mangelontsteking
        mániás depresszió
        manik depresif
        maniodepresivní psychóza
        maniodepressiv
        manisch-depressief
        manisch-depressiv
        manodepressiv
        mantar enfeksiyonu
        maohaavand
        maopõletik
        maovähk
        mapigo ya moyo yasiyo ya kawaida
        mard koronarju tal-qalb
        mard kroniku tal-kliewi
        mard pulmonari ostruttiv kroniku
        mard tal-qalb
        marda ċeljaka
        marda ta' alzheimer
        marda ta' crohn
        marda ta' parkinson
        mareig
        marejos
        marramendje
        marskości wątroby
        masakit ang baywang
        masakit ang likod
        masakit ang ngipin
        masakit ang tainga
        masakit na lalamunan
        masakit na regla
        masakit umihi
        masalas
        masaliņas
        maščobna jetra
        masels
        masennukseen
        masennuksen
        masennusta
        masennustila
        masern
        maskuriko minbizia
        masna jetra
        mässling
        masuk angin
        mất trí nhớ
        mata merah
        mataas ang asukal
        mataas ang kolesterol
        mataas na asukal
        mataas na kolesterol
        mataas na uric acid
        mataba ang atay
        matala verensokeri
        matallergi
        mati rasa
        matinding kalungkutan
        matstrupsinflammation
        matumbwitumbwi
        máu nhiễm mỡ
        maumivu ya goti
        maumivu ya hedhi
        maumivu ya jino
        maumivu ya kiuno
        maumivu ya koo
        maumivu ya meno
        maumivu ya misuli
        maumivu ya mwili
        maumivu ya shingo
        maumivu ya sikio
        maux de ventre
        maveinfektion
        mavekræft
        mawazo ya kujiua
        mawe kwenye nyongo
        mawe ya figo
        may aids
        may altapresyon
        may autism
        may diabetes
        may diyabetis
        may high blood
        may hika
        may hiv
        may kanser
        may lagnat
        may tb
        mažakraujystė
        mazasinība
        mazelen
        mbipesha
        mbipeshë
        mdloba
        mề đay
        mê sảng
        meddőség
        medikamentenabhängigkeit
        medvetslöshet
        megfázása
        mėginimas nusižudyti
        méhen kívüli terhesség
        méhnyakrák
        meinvörp
        melaena
        melanom
        mélanome
        melanoom
        melanooma
        mëlçia yndyrore
        mellanöreinflammation
        mellkasi fájdalma
        mellomørebetennelse
        mellrákja
        mélyvénás trombózis
        mélyvénás trombózisa
        memoria galtzea
        memóriazavar
        menace d'accouchement prématuré
        mendime për vetëvrasje
        mendime vetëvrasëse
        menenjit
        meningiit
        meningit
        meningită
        meningitas
        méningite
        meningitida
        meningitisa
        meningīts
        meningjit
        meningjiti
        meniscusletsel
        meniscusscheur
        meniska bojājums
        meniska plīsums
        meniski rebend
        meniskivigastus
        menisko pažeidimas
        menisko plyšimas
        meniskoko lesioa
        meniskskada
        meniskskade
        menisküs yırtığı
        meniskusriss
        meniskusschaden
        meniskusskeur
        menisskade
        meniszkuszsérülés
        meniszkuszszakadás
        meno kuoza
        menssmerter
        menstruációs fájdalom
        menstruālās sāpes
        menstrualne bolečine
        menstrualni bolovi
        menstruasiepyn
        menstruatiepijn
        menstruationssmerter
        menstruatsioonivalu
        mensvärk
        mentálna anorexia
        mentální anorexie
        mergæxli
        meriang
        mesane iltihabı
        mesane kanseri
        mesi otitida
        meslinger
        mệt mỏi kéo dài
        metastaasid
        metastaseis
        metastasen
        metastaser
        metastases
        metástases ósseas
        métastases osseuses
        metastasi
        metastasi ossee
        metastasiak
        metàstasis
        metástasis óseas
        metastaz
        metastaza
        metastaze
        metastazės
        metastazi
        metastázy
        metatravmatiki diataraxi stres
        metatravmatiko stres
        mežģījums
        meðgöngueitrun
        meðgöngusykursýki
        meðvitundarleysi
        mfadhaiko
        mgonjwa wa kifua kikuu
        mgonjwa wa moyo
        mgonjwa wa presha
        mgonjwa wa pumu
        mgonjwa wa saratani
        mgonjwa wa ukimwi
        micose
        micose das unhas
        micosi
        micoză
        micoză unghială
        middeloorontsteking
        middenoorontsteking
        mide bağırsak enfeksiyonu
        mide kanseri
        miega apnoja
        miega traucējumi
        miego apnėja
        miego sutrikimai
        mielom multiplu
        mielóma
        mieloma anizkoitza
        mieloma múltiple
        mieloma multiplo
        mielomë
        mig-infeksie
        mig-positief
        migotania przedsionków
        migotaniem przedsionków
        migraina
        migranya
        migreen
        mígreni
        miguu kuvimba
        mimba kuharibika mara kwa mara
        mimba nje ya kizazi
        mimoděložní těhotenství
        mimomaternicové tehotenstvo
        minaccia di parto prematuro
        minbizia
        minčių apie savižudybę
        minestus
        minnesförlust
        minnesproblem
        minnisleysi
        minnistap
        miocardiopatia
        miocardită
        miocardite
        miocarditis
        miokarda infarkta
        miokarda infarkts
        miokardioko infartua
        miokardit
        miokarditas
        miokarditis
        miokarditisa
        miokardīts
        miokardnega infarkta
        miokardo infarktas
        miokardo infarkto
        mishipa ya varikosi
        mislingar
        mitralinsuffizienz
        mittelgradige depressive episode
        mittelohrentzündung
        miyokardit
        miðeyrnabólga
        mjaðmarbrot
        mjóbaksverkir
        mjólkursykursóþol
        mkanda wa jeshi
        mlio masikioni
        mnohočetný myelom
        mnohopočetný myelóm
        mờ mắt
        mỡ máu cao
        modermærkekræft
        mogyoróallergia
        morbili
        morbillo
        morbo di basedow
        morbus addison
        morbus basedow
        morbus bechterew
        morbus cushing
        morbus dupuytren
        morbus haemolyticus neonatorum
        morbus hashimoto
        morbus hodgkin
        morbus menière
        morbus paget
        morbus raynaud
        morbus scheuermann
        morbus sudeck
        morbus wilson
        motnja avtističnega spektra
        motnje hranjenja
        motnje srčnega ritma
        moudiasma
        moyo kupanuka
        moyo kushindwa kufanya kazi vizuri
        mozachen insult
        mozachen tumor
        mozachno satresenie
        moždano krvarenje
        moždanog udara
        možganska krvavitev
        možganske kapi
        možganski tumor
        mozgovej príhody
        mozkové mrtvice
        mozuchen insult
        mpirje
        mpoc
        mravljinčenje
        mrowienie
        mshtuko wa hofu
        mshtuko wa moyo wa ghafla
        msongo baada ya kiwewe
        msuli kuvutika
        mtoto njiti
        mtoto wa jicho
        mudah lupa
        müeloom
        muguras lejasdaļas sāpes
        muguras sāpes
        muistihäiriö
        muistiongelmat
        muistisairauden
        multipel myeloom
        multipl miyelom
        multiplā skleroze
        multiplena skleroza
        multipli mielom
        multipli mijelom
        mumpsz
        mụn trứng cá
        munasarjasyöpä
        munasarjavähk
        mundhöhlenkrebs
        mungesë hekuri
        muntaber
        munuaisaltaan tulehdus
        munuaiskivikohtaus
        munuaissyöpä
        munuaisten vajaatoiminnan
        munuaistulehdus
        müokardiinfarkt
        müokardiinfarkti
        müokardiit
        murtuman
        mushkëri e ftohur
        muskelbristning
        muskelfaserriss
        muskelsmerter
        muskelstrekk
        muskelvärk
        muskuļu sāpes
        muwasho
        mycose
        mycose des ongles
        myelom
        myelomatose
        myélome
        myelooma
        myikoi ponoi
        myocardite
        myokarditida
        myśli rezygnacyjne
        myśli samobójcze
        mzio wa chakula
        mzio wa dawa
        mzio wa karanga
        mzio wa penisilini
        mænusigg
        mæslinger
        na-stroke
        naarheid
        nabalian
        nabas trūce
        nabelbruch
        nachtschweiß
        nachtzweten
        nackenschmerzen
        nacksmärta
        nackvärk
        nadciśnienie ciążowe
        nadciśnienie indukowane ciążą
        nadciśnienie tętnicze pierwotne
        nadciśnieniem
        nadciśnieniem tętniczym
        nadczynności tarczycy
        naderwanie mięśnia
        nádor mozgu
        nádor mozku
        naelswam
        nafres per pressió
        nafsu makan menurun
        naftia
        nag-uulyanin
        nagda-dialysis
        nagelpilz
        nagelsvamp
        naglsveppur
        nagluhost
        naglušnost
        nagsusuka
        nagsweet
        nagtangkang magpakamatay
        nagtatae
        nagų grybelis
        nagu sēnīte
        nagyothallás
        nahaste bipolarra
        nahaste obsesibo-konpultsiboa
        nahavähk
        nahihirapang huminga
        nahimatay
        nahrungsmittelallergie
        naipit na ugat
        nakkesleng
        nakkesmerter
        näköhäiriöt
        naktinis prakaitavimas
        nakts svīšana
        nakunan ng bata
        náladofi
        nấm da
        nấm móng
        namamagang gilagid
        namamanas ang paa
        napaaga ang panganganak
        napad padaczkowy
        napad panike
        naparalisa
        napatyrä
        napilay
        napunit na ligament
        nárakviðslit
        narbenbruch
        nariz entupido
        narkomaania
        narkomania
        narkomanija
        narkomaniya
        nas înfundat
        nas tapat
        nasennebenhöhlenentzündung
        naso chiuso
        nässelutslag
        nästäppa
        naștere prematură
        nastinka
        nastroke
        natažený sval
        nateg mišice
        näthinneavlossning
        natiahnutý sval
        nātrene
        natrhnutý sval
        natržený meniskus
        natržený sval
        nattesved
        nattesvette
        nattsvettningar
        navelbråck
        navelbreuk
        navlebrok
        navlebrokk
        navyahvane
        nawalan ng malay
        neauglība
        nebenhöhlenentzündung
        nechutenství
        nechutenstvo
        necitlivosť
        nedoslýchavost
        nedsat hørelse
        nedsatt hørsel
        neerukivid
        neerukivitõbi
        neerupuudulikkus
        neerupuudulikkuse
        neeruvaagnapõletik
        neeruvähk
        nefriki aneparkeia
        nefriki aneparkia
        nefrolithiasi
        nefstífla
        negimdinis nėštumas
        neglesopp
        neglesvamp
        nehodgkinský lymfom
        nejutīgums
        nekpijn
        nekpyn
        nemiga
        nenän tukkoisuus
        neplodnost
        neponosimost kam laktoza
        nerimo sutrikimas
        nerwica natręctw
        neryškus matymas
        nėščiųjų diabetas
        neskaidra redze
        nesselausschlag
        nesselsucht
        nesvestica
        nesvjestica
        netelroos
        nethindeløsning
        netthinneløsning
        netvliesloslating
        netzhautablösung
        neumonías
        neuropathie diabétique
        neuropati diabetik
        neuropatia cukrzycowa
        neuropatía diabética
        neuropatie diabetică
        nevaisingumas
        nevriki anorexia
        nez bouché
        nez qui coule
        ngất xỉu
        nghẹt mũi
        nghiện ma túy
        nghiện rượu
        ngộ độc thực phẩm
        ngưng thở khi ngủ
        nhân tuyến giáp
        nhiễm hiv aids
        nhiễm khuẩn huyết
        nhiễm trùng da
        nhiễm trùng máu
        nhiễm trùng phổi
        nhiễm trùng tiểu
        nhồi máu não
        nhức răng
        nichtalkoholische fettleber
        niedoczynności tarczycy
        niedoczynnością tarczycy
        niedosłuch
        niedowład
        nielurisatulehdus
        nielutulehdus
        niepłodność
        nierakmeņi
        nierbekkenontsteking
        nierenbeckenentzündung
        nierenkolik
        nierenkrebs
        nierenleiden
        nierensteinleiden
        nierinfeksie
        nierkanker
        nierkoliek
        nierstene
        nieru akmeņi
        nieru kolikas
        nieru mazspēja
        nieru mazspējas
        nieru vēzis
        nierversaking
        nietolerancja laktozy
        nietrzymanie moczu
        niewydolność żylna
        niewydolności nerek
        niewydolnością serca
        niewyraźne widzenie
        niežai
        nieze
        niežulys
        nieżyt żołądkowo-jelitowy
        nikamamurtuma
        nikastus
        nilalagnat
        nilkan nivelsidevamma
        nilkan nyrjähdys
        nilkkamurtuma
        nimmevalu
        nimonia kali
        ninakõrvalkoobaste põletik
        niskakipu
        niskakipua
        nivelkipu
        nivelkivut
        nivelreuman
        nivelrikon
        nivelsidevamma
        nivelsiteen repeämä
        nivustyrä
        niðurgangur
        njurbäckeninflammation
        njurcancer
        njurstensanfall
        nočné potenie
        noční pocení
        nočno potenje
        noćno znojenje
        nodul tiroidian
        nodule thyroïdien
        nodüler guatr
        nódulo na tireoide
        nódulo tiroideo
        nodus ščitnice
        nõgestõbi
        nổi mẩn
        nổi mề đay
        noidannuoli
        nokkosihottuma
        non-hodgkin-lymphom
        non-hodgkinlymfoom
        norice
        noshtno izpotyavane
        nosos alzheimer
        nosos crohn
        nosos parkinson
        nøtteallergi
        nowotwór złośliwy
        nowotworu złośliwego
        nugaros skausmas
        nummenhet
        nuqqas ta' aptit
        nuqqas ta' rqad
        nurisünnitus
        nutukimas
        nyakfájás
        nychterines efidroseis
        nyelőcsőgyulladás
        nyeri haid
        nyeri leher
        nyeri otot
        nyeri pinggang
        nyeri saat buang air kecil
        nyeri sendi
        nyirokmirigyrák
        nyje tiroide
        nyombélfekély
        nyrebekkenbetennelse
        nyrebækkenbetændelse
        nyrekreft
        nyrekræft
        nyresteinsanfall
        nyrestensanfald
        nýrnabilun
        nýrnabilunar
        nýrnabólga
        nýrnakrabbamein
        nýrnasteinar
        nýrnasteinn
        nældefeber
        nætursviti
        oberarmbruch
        obesitat
        obesitatea
        obezitet
        obličková kolika
        obličkový kameň
        oboseală cronică
        obrzęki
        obrzęki kończyn dolnych
        obrzęki nóg
        obsedantně kompulzivní porucha
        obsedantno-kompulzívna porucha
        obsesif kompulsif bozukluk
        obsesinis kompulsinis sutrikimas
        obsesīvi kompulsīvi traucējumi
        obsesivno-kompulzivna motnja
        obsessief-kompulsiewe versteuring
        obsessieve-compulsieve stoornis
        obstipação
        obstipatie
        obstipatio
        obstipation
        obstructief slaapapneusyndroom
        obstruktív alvási apnoé
        obstruktiv sömnapné
        obstruktive schlafapnoe
        obturacyjny bezdech senny
        obulutegiko minbizia
        ochrnutí
        ochrnutie
        odchlípení sítnice
        ödéma
        odha
        odleżyn
        odleżyna
        odleżyny
        odlúčenie sietnice
        odmiedniczkowe zapalenie nerek
        odola gernuan
        odola gorotzetan
        odontiki teridona
        odos vėžys
        odstop mrežnice
        oduzetost
        odvajanje mrežnice
        odvisnost od alkohola
        odvisnost od drog
        odwarstwienie siatkówki
        oedeem
        oedema
        oedema pulmonum
        oedemata
        offenes bein
        offita
        ofnæmi
        ofnæmiskvef
        ofnæmislost
        ofrivillig barnlöshet
        ófrjósemi
        ofsakláði
        ofsakvíðakast
        ofsakvíði
        ofstarfsemi skjaldkirtils
        ofvirkni
        ofvirkur skjaldkirtill
        ofþyngd
        ógleði
        ögoninflammation
        ohrenentzündung
        ohrenschmerzen
        ohrgeräusche
        ohromelost
        õhupuudus
        oidima
        oidimata
        oietako hantura
        oin diabetikoa
        öine higistamine
        øjenbetændelse
        ökklabrot
        ökklatognun
        oksendamine
        öksürüğü
        okužba s hiv
        okužbe sečil
        olnīcu vēzis
        omarthrosis
        ombro congelado
        omdlení
        omdlenie
        omedlevica
        omgangssyke
        omur kırığı
        ön çapraz bağ yırtığı
        onderaktiewe skildklier
        ondt i halsen
        ongewild urineverlies
        öngyilkossági gondolatok
        öngyilkossági kísérlet
        öngyilkossági szándék
        onicomicosi
        onikiparmak bağırsağı ülseri
        onreëlmatige hartklop
        onvruchtbaarheid
        onvrugbaarheid
        oogontsteking
        oorgewig
        oorinfeksie
        oorontsteking
        oorpijn
        oorpyn
        oorraktiewe skildklier
        oorsuising
        oorsuizen
        opaligė
        open been
        opinis kolitas
        opit za samoubiystvo
        opsesivno-kompulzivni poremećaj
        opstipacija
        opuchy
        opuchy nôh
        orbánc
        ørebetændelse
        orecchioni
        oreillons
        oreioane
        oreion
        øresmerter
        øresus
        øresusen
        orkatilako bihurdura
        orkatilako haustura
        öroninflammation
        öronsus
        öronvärk
        orrdugulás
        orta kulak iltihabı
        orticaria
        osfyalgia
        osfyikos ponos
        oslovski kašelj
        ösophagusvarizen
        ospa wietrzna
        ospice
        ospy wietrznej
        osteoarthritida
        osteoartrit
        osteoartrite
        osteoartritis lutut
        osteoporoos
        osteoporosia
        osteoporozė
        osteoporożi
        ostorcsapás-sérülés
        ostra niewydolność nerek
        ostrakia
        ostre zapalenie trzustki
        osýpky
        ósæðarþrengsli
        otekanje nog
        otekline
        otępienia
        otępienie naczyniowe
        oticanje nogu
        otită
        otită medie
        otitas
        otite
        otite esterna
        otite externe
        otite media
        otite moyenne aiguë
        otiti
        otitida
        otitis
        otitis media acuta
        otitisa
        otīts
        otizm
        otizm spektrum bozukluğu
        otlepvane na retinata
        otoci nogu
        otok na krakata
        otoky
        otoky dolních končetin
        otoky nohou
        otot tertarik
        otrā tipa cukura diabēts
        otrava krve
        otrava krvi
        otrplost
        ouderdomsdiabetes
        oulitida
        ouriki arthritida
        ouroloimoxi
        outisme
        ovčie kiahne
        ovčije boginje
        ovčje boginje
        overtråkk
        ovisnost o alkoholu
        ovisnost o drogama
        övsömör
        owrzodzenie podudzi
        owrzodzenie żylne
        owrzodzenie żylne podudzi
        øyebetennelse
        ozljeda meniskusa
        paanikahäire
        paanikahood
        päänsärkyä
        paaugstināts asinsspiediens
        paaugstināts holesterīns
        pachysarkia
        padavica
        padidėjęs cholesterolis
        padidėjęs kraujospūdis
        padidėjusi prostata
        pag-iisip ng pagpapakamatay
        pagbaba ng timbang
        pagbubuntis sa labas ng matris
        pagdurugo sa utak
        pagjumësi
        pagjumësia
        pagkaadik
        pagkabalisa at takot
        pagkabaog
        pagkabingi
        pagkaparalisa
        pagkawala ng malay
        pagkreatitida
        paglaki ng prostate
        pagpalya ng bato
        pagpapawis sa gabi
        pagtagas ng ihi
        pagtatae at pagsusuka
        pahaloomuline kasvaja
        pähkinäallergia
        pähkliallergia
        pahoinvointia
        päihderiippuvuus
        painehaava
        painehaavat
        pajzsmirigy-alulműködése
        pajzsmirigy-túlműködése
        pajzsmirigygöb
        pajzsmirigyrák
        pakko-oireinen häiriö
        paksusuolen syövän
        palavik
        pálení při močení
        pálenie pri močení
        palielināta prostata
        palpitacione
        palpitacions
        palpitazzjonijiet
        paludisme grave
        pamamaga ng apdo
        pamamaga ng balat
        pamamaga ng bato
        pamamaga ng bituka
        pamamaga ng gilagid
        pamamaga ng lalamunan
        pamamaga ng paa
        pamamaga ng pancreas
        pamamaga ng pantog
        pamamaga ng tainga
        pamamaga ng tonsil
        pamamanas
        pamamanhid
        pamamanhid ng kamay
        pamjaftueshmëria e zemrës
        pamjaftueshmëria renale
        pampoentjies
        pamumula ng mata
        pamumuo ng dugo
        pamumuo ng dugo sa baga
        pananakit ng balakang
        pananakit ng kalamnan
        pananakit ng leeg
        pananakit ng tuhod
        pancreatită
        pancreatită acută
        pancréatite
        pancreatite acuta
        pancréatite aiguë
        pancreatitis acuta
        pancreatitis aguda
        pancreatitis chronica
        pangangasim ng sikmura
        pangangati
        panghihina
        pangingisay ng bata
        panicheska ataka
        panicheski atak
        paniekaanval
        paniekaanvalle
        panikas lēkmes
        panikas traucējumi
        panikos priepuoliai
        panikos sutrikimas
        pankreas iltihabı
        pankreas kanseri
        pankreaseko minbizia
        pankreaskanker
        pankreaskarzinom
        pankreatiit
        pankreatit
        pankreatitas
        pankreatite
        pankreatiti
        pankreatitida
        pankreatitis
        pankreatitisa
        pankreatīts
        pantal
        pantal-pantal
        papeira
        paperas
        paradentose
        paradentoza
        paradontóza
        parakrousi
        paralisado
        paràlisi
        paralisia
        parálisis
        paraliż
        paraliza
        paralīze
        paraliżi
        paralizie
        paralysi
        paralysie
        paralyžius
        pararrinokolpitida
        pärasoolevähk
        parene pri urinirane
        parkinson gaixotasuna
        parkinson se siekte
        parkinson-kórban
        pārkinsona slimība
        parkinsonaren gaixotasuna
        parkinsoni tõbi
        parkinsonin taudin
        parkinsono liga
        parkinsonovy choroby
        parkinsonsveiki
        parodontiit
        parodontiitti
        parodontit
        parodontită
        parodontite
        parodontitida
        parodontitis
        parodontose
        parodontoza
        parodontózis
        parotite
        parotitida
        parotitis epidemica
        part prematur
        pārtikas alerģija
        parto prematuro
        pašnāvības domas
        pašnāvības mēģinājums
        pásový opar
        påssjuka
        patah kaki
        patah tangan
        patah tulang belakang
        patah tulang paha
        patah tulang pinggul
        patah tulang rusuk
        patempimas
        pavk
        paxysarkia
        pchn
        pé diabético
        peanøttallergi
        peapööritus
        pearinglus
        peavalu
        peavalud
        pēcdzemdību depresija
        pečenje pri mokrenju
        pedres al ronyó
        pegal linu
        pekak
        pekoč občutek pri uriniranju
        peľová alergia
        peludna groznica
        pembesaran prostat
        pendarahan otak
        penderita diabetes
        pengapuran lutut
        pengapuran sendi
        penggumpalan darah
        penglihatan kabur
        penicilīna alerģija
        penicillinallergi
        penicillinallergia
        penicillinallergie
        penicillineallergie
        penisilin alerjisi
        penisillien-allergie
        penisilliiniallergia
        penitsilliiniallergia
        penizilinarekiko alergia
        pensamentos suicidas
        pensaments suïcides
        pensamientos suicidas
        pensieri suicidi
        pensilínofnæmi
        penurunan berat badan
        penyakit asam urat
        penyakit buah pinggang kronik
        penyakit celiac
        penyakit darah tinggi
        penyakit ginjal kronis
        penyakit gondok
        penyakit graves
        penyakit gula
        penyakit jantung
        penyakit jantung iskemik
        penyakit jantung koroner
        penyakit kencing manis
        penyakit paru obstruktif kronik
        penyakit paru-paru obstruktif kronik
        peräpukamat
        peräsuolen syöpä
        percobaan bunuh diri
        perda auditiva
        perda de apetite
        perda de consciência
        perda de memória
        perda de peso
        perdarahan otak
        perdegimo sindromas
        përdhes
        pérdida de apetito
        pérdida de audición
        pérdida de conocimiento
        pérdida de memoria
        pérdida de peso
        perdita dell'udito
        perdita di appetito
        perdita di coscienza
        perdita di memoria
        perdita di peso
        përdredhje
        përdredhje e kyçit të këmbës
        pèrdua d'audició
        pèrdua de consciència
        pèrdua de la gana
        pèrdua de memòria
        pèrdua de pes
        periarthritis humeroscapularis
        pericardită
        péricardite
        perikardiit
        perikardit
        perikarditas
        perikarditida
        perikarditis
        perikarditisa
        perikardīts
        periodontit
        periodontitas
        periodontite
        periodontitida
        periodontitisa
        periodontīts
        periodontitt
        periphere arterielle verschlusskrankheit
        perlemakan hati
        peršalimas
        persileidimas
        perte d'appétit
        perte de connaissance
        perte de mémoire
        perte de poids
        pertosse
        perturbação bipolar
        perturbação de ansiedade generalizada
        perturbação de stress pós-traumático
        perturbação depressiva
        perturbação do comportamento alimentar
        perturbação do espetro do autismo
        perturbação obsessivo-compulsiva
        pertusis
        pesakit diabetes
        petefészekrák
        petra sta nefra
        petres sta nefra
        petres sti choli
        peu diabètic
        pfeiffersches drüsenfieber
        phản vệ
        pharyngite
        pharyngitis acuta
        phát ban
        phì đại tuyến tiền liệt
        phình động mạch chủ
        phlébite profonde
        phlegmone
        phobie sociale
        phổi tắc nghẽn mạn tính
        phù chân
        phù nề
        piaga da decubito
        piaghe da decubito
        picazón
        picior diabetic
        pie diabético
        pieczenie przy oddawaniu moczu
        pied diabétique
        piede diabetico
        pielonefrit
        pielonefrită
        pielonefritas
        pielonefrite
        pielonefritis
        pielonefritis aguda
        pielonefritisa
        pielonefrīts
        pierderea auzului
        pierderea cunoștinței
        pierderea memoriei
        pierderea poftei de mâncare
        piiskaniuskahdus
        pijelonefritis
        pijn bij het plassen
        pikiran bunuh diri
        piktybinis navikas
        pilay sa bukung-bukong
        pilvo skausmas
        pimesoolepõletik
        pinda-allergie
        pingsan
        pinnes
        pinsala sa ligament
        pinsala sa meniscus
        piorrea
        piskesmæld
        pistely
        pisu-galera
        pitvarfibrillációban
        pitvarfibrillációja
        pitvarfibrillációt
        pixa egitean erresumina
        piyelonefrit
        piż żejjed
        plagë decubitale
        plagë nga shtrati
        plané neštovice
        plaučių arterijos tromboembolija
        plaučių embolija
        plaučių fibrozė
        plaučių uždegimas
        plaučių uždegimo
        plaučių vėžio
        plaučių vėžys
        plaukstas locītavas lūzums
        plaušu artērijas trombembolija
        plaušu embolija
        plaušu fibroze
        plaušu karsonis
        plaušu vēža
        plaušu vēzis
        pleseň nechtov
        plicní embolie
        plicní fibróza
        plíseň nehtů
        pljučna embolija
        pljučna fibroza
        pljučnice
        płonica
        pľúcna embólia
        plućna embolija
        plućna fibroza
        pneimonija
        pneimonijas
        pneumoni
        pneumonia ab ingestis
        pneumonia berat
        pneumonia grave
        pneumonia lobaris
        pneumonia sa baga
        pneumonias
        pneumoniei
        pneumonii
        pneumonija
        pneumonije
        pneumonijos
        pnevmonia
        pnevmoniki emvoli
        pnevmoniya
        pnewmonja
        pobačaja
        pochp
        podvrtnutý kotník
        podwyższony cholesterol
        pogimdyminė depresija
        pohjukaissuolihaava
        põiepõletik
        põievähk
        pojačana funkcija štitnjače
        pojar
        pokidan ligament
        pokidani ligamenti
        pokrzywka
        pokus o samovraždu
        pokus o sebevraždu
        pokušaj samoubistva
        pokušaj samoubojstva
        polen alerjisi
        polenarekiko alergia
        polenska kijavica
        polfitida
        pollapli sklirynsi
        pollenallergi
        pollenallergia
        pollenallergie
        polmoniti
        półpasiec
        polsfractuur
        polsfraktuur
        põlveliigese artroos
        polven nivelrikko
        polyarthritis chronica
        polyarthritis rheumatica
        polyarthrose
        polyneuropathie
        ponodontos
        ponokefalos
        ponos sti mesi
        ponos stin koilia
        ponos sto stithos
        popkovna kila
        popôrodná depresia
        poporodna depresija
        poporodní deprese
        porażenie
        porckorongsérve
        poremećaj iz spektra autizma
        poremećaj prehrane
        poremećaj srčanog ritma
        poród przedwczesny
        poronienia
        poronienie samoistne
        porucha autistického spektra
        porucha pamäti
        porucha paměti
        poruchy příjmu potravy
        poruchy srdcového rytmu
        poruchy srdečního rytmu
        poskiontelotulehduksen
        poskiontelotulehdus
        poškodba meniskusa
        poškodba vratu
        poškodenie menisku
        poškození menisku
        poskus samomora
        posocznica
        postnatale depressie
        postpartale depression
        postporođajna depresija
        posttraumaatiline stressihäire
        posttraumatická stresová porucha
        posttraumatiese stresversteuring
        posttraumatische belastungsstörung
        posttraumatische stressstoornis
        posttraumatisk belastningsreaktion
        posttraumatisk stresslidelse
        posttraumatiskā stresa traucējumi
        posttraumatiskt stressyndrom
        posttraumatski stresni poremećaj
        posttravmatichno stresovo razstroystvo
        posttravmatska stresna motnja
        poszttraumás stressz-zavar
        poszttraumás stresszzavar
        potītes lūzums
        potītes sastiepums
        potratu
        potrauminio streso sutrikimas
        potravinová alergia
        potravinová alergie
        poty nocne
        poussée hypertensive
        povećana prostata
        povečano delovanje ščitnice
        povišen kolesterol
        povišen krvni pritisak
        povišen pritisak
        povišenog krvnog pritiska
        povišenog krvnog tlaka
        povisheno kravno nalyagane
        povrashtane
        povreda meniskusa
        pozabljivost
        ppok
        praeeclampsia
        pragula
        praguliai
        prastas girdėjimas
        pre-eklampsia
        pre-eklampsie
        pre-eklampsja
        předčasný porod
        predsardno mazhdene
        preeklampsia
        preeklampsiya
        preeklampszia
        preeklanpsia
        pregaryane
        preležanina
        preležanine
        preležaniny
        prelom kuka
        prelom noge
        prelom ruke
        prelom vrata butne kosti
        preponska kila
        presha ya kupanda
        presha ya kushuka
        presha ya macho
        presha ya mimba
        presio altua
        presio-ultzerak
        presioni i lartë i gjakut
        presiozko ultzera
        pressió alta
        pressjoni għolja
        pressjoni għolja tad-demm
        pretrganje križne vezi
        přetržená achillova šlacha
        přetržený křížový vaz
        prevremeni porođaj
        prezgodnji porod
        prezhdevremenno razhdane
        priekinio kryžminio raiščio plyšimas
        priekšējās krusteniskās saites plīsums
        priekškambaru fibrilācija
        priekškambaru mirdzaritmija
        priekšlaicīgas dzemdības
        prieširdžių virpėjimas
        prieširdžių virpėjimo
        priešlaikinis gimdymas
        prijelom gležnja
        prijelom kralješka
        prijelom noge
        prijelom rebra
        prijelom ruke
        prijelom vrata bedrene kosti
        prijelom zapešća
        prijevremeni porod
        prikkelbare derm
        prikkelbare dermsindroom
        priklausomybė nuo alkoholio
        pripadak
        pripadatsi
        prisão de ventre
        příušnice
        próba samobójcza
        próby samobójczej
        próchnica zębów
        proeklampsia
        prolapsus disci intervertebralis
        proleženina
        proleženiny
        proliv
        prooros toketos
        proširene vene
        prostaatvergroting
        prostat büyümesi
        prostat membesar
        próstata aumentada
        prostata minfuħa
        prostataentzündung
        prostataförstoring
        prostataforstørrelse
        prostatako hiperplasia onbera
        prostatako minbizia
        prostatas hiperplāzija
        prostatas vēža
        prostatas vēzis
        prostatavergrößerung
        prostatos hiperplazija
        prostatos vėžio
        prostatos vėžys
        prosztata-megnagyobbodás
        prosztatarákja
        průduškové astma
        prurit
        prurito
        przebyty zawał serca
        przełom nadciśnieniowy
        przepuklina pachwinowa
        przepuklina pępkowa
        przerost prostaty
        przerzuty do kości
        przewlekła choroba nerek
        przewlekłe zmęczenie
        przewlekłej choroby nerek
        przewlekłej obturacyjnej choroby płuc
        psichozė
        psicosi
        psicosis
        psigose
        psihoza
        psihoze
        psikosia
        psikosis
        psikoz
        psikozë
        psikożi
        psoriaas
        psoriasia
        psoriāze
        psorjasi
        psühhoos
        psychose
        psychosi
        psychóza
        psykoosi
        psykoosin
        psykos
        psykose
        pszichózis
        ptbs
        ptsp
        ptss
        pua kuziba
        puçrra
        püelonefriit
        puisies
        puknuće križnog ligamenta
        puknuće ligamenta
        puknuće meniskusa
        pulikat
        pulmoner emboli
        pulmonya sa baga
        pulpiit
        pulpită
        pulpitas
        pulpite
        pulpitida
        pulpitisa
        pulpitisz
        punetised
        punit na ligament
        pupčana kila
        pupeční kýla
        puplesija
        pupočná prietrž
        puukborrelioos
        puukentsefaliit
        puusaliigese artroos
        puusaluumurd
        puusamurd
        puutuminen
        pyelonefriitti
        pyelonefritida
        pyélonéphrite
        pyélonéphrite aiguë
        pyelonephritis acuta
        pykinimas
        pylová alergie
        pyn op die bors
        pyörtyminen
        pyretos
        qtugħ ta' nifs
        quai bị
        rách cơ
        rách sụn chêm
        rachenentzündung
        radang amandel
        radang ginjal
        radang gusi
        radang kandung kemih
        radang kantung empedu
        radang kerongkongan
        radang mata
        radang otot jantung
        radang pankreas
        radang paru
        radang saluran napas
        radang selaput otak
        radang sinus
        radang telinga tengah
        radang tenggorok
        radang tenggorokan
        radiusfraktur
        rage de dents
        rahim ağzı kanseri
        rak bubrega
        rak debelega črevesja
        rak debelog creva
        rak grlića materice
        rak grlića maternice
        rak gušterače
        rak jajčnikov
        rak jajnika
        rak jetre
        rak kože
        rak ledvic
        rak materničnega vratu
        rak mokraćnog mjehura
        rak na babretsite
        rak na belia drob
        rak na beliya drob
        rak na debeloto chervo
        rak na gardata
        rak na gurdata
        rak na kozhata
        rak na matkata
        rak na pankreasa
        rak na pikochniya mehur
        rak na prostatata
        rak na shiykata na matkata
        rak na stomaha
        rak na yaychnitsite
        rak nerki
        rak odbytnicy
        rak pęcherza moczowego
        rak płuc
        rak ščitnice
        rak sečnega mehurja
        rak skóry
        rak štitnjače
        rak szyjki macicy
        rak tarczycy
        rak trebušne slinavke
        rak trzustki
        rak želodca
        rak želuca
        rak żołądka
        raka dojke
        raka jelita grubego
        raka piersi
        raka pljuč
        raka pluća
        raka prostate
        raka prostaty
        rakkotulehduksen
        rakovina děložního čípku
        rakovina konečníka
        rakovina konečníku
        rakovina kože
        rakovina krčka maternice
        rakovina kůže
        rakovina ledvin
        rakovina močového mechúra
        rakovina močového měchýře
        rakovina obličiek
        rakovina pankreasu
        rakovina slinivky
        rakovina štítné žlázy
        rakovina štítnej žľazy
        rakovina vaječníkov
        rakovina vaječníků
        rakovina žalúdka
        rakovina žaludku
        rakoviny
        rana od ležanja
        randmemurd
        rane od ležanja
        rannemurtuman
        rasedusdiabeet
        raseduse diabeet
        raseduse katkemine
        raskausdiabeteksen
        raskausmyrkytyksen
        raske depressioon
        rasvamaksa
        rasvmaks
        rasvumine
        rauavaegusaneemia
        raudonukė
        raumenų skausmas
        rauðir hundar
        rayuma sa tuhod
        razjeda na dvanajstniku
        razjeda zaradi pritiska
        razshireni veni
        rdečke
        rechtsherzinsuffizienz
        rectocolită ulcero-hemoragică
        rectocolite hémorragique
        refliukso liga
        refluks gastroezofageal
        refluksa slimība
        reflukshaigus
        refluksna bolest
        reflux gastroesofàgic
        refredat
        regelschmerzen
        règles douloureuses
        reibonis
        reieluukaela murd
        reieluukaela murru
        reimatoīdais artrīts
        reisiluun kaulan murtuman
        rektum kanseri
        rektumkarzinom
        rematik
        resnās zarnas vēzis
        restrenyiment
        retak tulang pinggul
        retina dekolmanı
        retina yırtığı
        retina-loslating
        retinaleválás
        rétinopathie diabétique
        retinopati diabetik
        retinopatia cukrzycowa
        retinopatia diabètica
        retinopatia diabetike
        retinopatie diabetică
        rétrécissement aortique
        rettocolite ulcerosa
        reumatik
        reumatism
        reumatoid artritisze
        reumatoidalnego zapalenia stawów
        reumatoidartriit
        reumatoidinis artritas
        reumatoidnog artritisa
        revbensfraktur
        revmatoeidis arthritida
        revmatoiden artrit
        revmatoidnega artritisa
        revmatoidní artritidy
        rezidivierende depressive störung
        rhinite allergique
        ribas lūzums
        ribbeinsbrudd
        ribbensbrud
        riebalinė kepenų liga
        riekstu alerģija
        riešo lūžis
        riešutų alergija
        rifbeinsbrot
        riġlejn minfuħa
        rimettar
        rinit alergjik
        rinită alergică
        rinite alérgica
        rinite allergica
        rinitis alergi
        rinitis alérgica
        rinnavähi
        rinnavähk
        rinnavalu
        rintakipua
        rintasyövän
        ripulitauti
        risque suicidaire
        ristatiside rebend
        ristilkrabbamein
        ristilpokabólga
        ristisiderepeämä
        ritim bozukluğu
        ritmuszavar
        rixi chiasti
        rixi minikou
        rixi prosthiou chiasti syndesmou
        robek ligamen
        robekan meniskus
        röda hund
        røde hunde
        røde hunder
        rodehond
        roheline kae
        rối loạn ám ảnh cưỡng chế
        rối loạn ăn uống
        rối loạn lipid máu
        rối loạn lo âu lan tỏa
        rối loạn lưỡng cực
        rối loạn mỡ máu
        rối loạn nhịp tim
        rối loạn phổ tự kỷ
        rối loạn stress sau sang chấn
        rối loạn tâm thần
        rối loạn tiêu hóa
        rối loạn trầm cảm
        ronzio nelle orecchie
        roodvonk
        rooi oë
        rooihond
        ropień zęba
        rosfeber
        roskildesyge
        rosolia
        rosszindulatú daganat
        rotatorenmanschettenruptur
        röteln
        rottura del crociato anteriore
        rottura del legamento crociato
        rottura del menisco
        rottura del tendine d'achille
        rotura de ligamento cruzado
        rotura de menisco
        rotura del ligamento cruzado anterior
        rotura del tendón de aquiles
        rotura do ligamento cruzado
        rotura do menisco
        rotura muscular
        rougeole
        rozedma
        rozmazané vidění
        rozmazané videnie
        roztrhnutý skrížený väz
        różyczka
        ruam kulit
        rubela
        rubeola
        rubéole
        rückenleiden
        rugklachten
        ruglástand
        rugpyn
        rühesség
        rujeolă
        rumatoïede artritis
        ruoka-aineallergia
        ruokahaluttomuus
        ruokatorventulehdus
        ruptură de ligament încrucișat
        ruptură de menisc
        ruptura do ligamento cruzado anterior
        ruptura ligamenti cruciati anterioris
        ruptura menisci
        ruptură musculară
        ruptúra predného skríženého väzu
        ruptura předního zkříženého vazu
        ruptura prednjeg križnog ligamenta
        ruptura tendinis achillis
        rupture du ligament croisé
        rupture du ligament croisé antérieur
        rupture du tendon d'achille
        rusmisbruk
        rütmihäire
        ružienka
        rwy kulszowej
        ryggskott
        rytmihäiriö
        rytmihäiriöt
        rzucawka
        säärehaavand
        säärien turvotus
        säärihaava
        saaukstēšanās
        sabeleko mina
        safra kesesi iltihabı
        safra taşları
        sağırlık
        sagorevanje na poslu
        saikosisi
        sakcharodis diavitis
        sakcharodis diavitis typou 2
        sakharodis diavitis
        sakit asma
        sakit belakang
        sakit buah pinggang
        sakit gigi
        sakit gula
        sakit haid
        sakit jantung
        sakit leher
        sakit mata
        sakit na diyabetis
        sakit ng katawan
        sakit ng ngipin
        sakit ng puson
        sakit otot
        sakit pinggang kronis
        sakit sa baga na copd
        sakit sa balakang
        sakit sa bato na pangmatagalan
        sakit sa isip
        sakit sa lalamunan
        sakit sa leeg
        sakit sa pag-iisip
        sakit sa puso sa ugat
        sakit sa sikmura
        sakit sa tainga
        sakit sa thyroid
        sakit sendi
        sakit tekak
        sakit telinga
        sakit tenggorokan
        saman nezlesi
        samaņas zudums
        samomorilne misli
        sąmonės netekimas
        sąmonės sutrikimas
        samoubilačke misli
        samoubiystveni misli
        samovražedné myšlienky
        samovražedný pokus
        sản giật
        sąnarių skausmas
        sang a l'orina
        sang a la femta
        sang dans les selles
        sang dans les urines
        sânge în scaun
        sânge în urină
        sangre en la orina
        sangre en las heces
        sangue na urina
        sangue nas fezes
        sangue nelle feci
        sangue nelle urine
        sanna apneya
        sāpes krūtīs
        sapikivid
        sapikivitõbi
        sapipõiepõletik
        sappikivikohtaus
        sappirakkotulehdus
        sår hals
        sara nöbeti
        saraf kejepit
        sarampión
        sarampo
        sáraristilbólga
        saratani imesambaa
        saratani ya figo
        saratani ya kibofu
        saratani ya kizazi
        saratani ya kongosho
        saratani ya mlango wa kizazi
        saratani ya ngozi
        saratani ya ovari
        saratani ya tezi
        saratani ya tezi za limfu
        saratani ya tumbo
        saratani ya ubongo
        sarcină extrauterină
        sardechen infarkt
        sardechna nedostatachnost
        sarı nokta hastalığı
        šarlach
        šarlah
        sarlakid
        sartsebiene
        sastiepums
        sâu răng
        sausas kosulys
        sausgyslės uždegimas
        sauss klepus
        savaiminis persileidimas
        savižudiškos mintys
        sawan
        sảy thai
        scabbia
        scabie
        scădere în greutate
        scarlatine
        scarlattina
        schädelbruch
        schafblattern
        scharlach
        scharlakansfeber
        schaufensterkrankheit
        scheidenentzündung
        scheidenpilz
        schenkelhalsbruch
        schilddrüsenentzündung
        schilddrüsenknoten
        schilddrüsenkrebs
        schildklierkanker
        schildklierknobbel
        schimmelnagels
        schizofreneia
        schizofreni
        schizofrenia
        schizofrenie
        schizofrenii
        schizophrenia paranoides
        schizophrenie
        schlafapnoe
        schlafapnoesyndrom
        schlaganfälle
        schlaganfalls
        schleudertrauma
        schlüsselbeinbruch
        schulterschmerzen
        schultersteife
        schupen krak
        schupena raka
        schurft
        schwangerschaftshypertonie
        schwarzer hautkrebs
        schwere depressive episode
        schwerhörigkeit
        sclerosi laterale amiotrofica
        scompenso cardiaco congestizio
        sebevražedné myšlenky
        sebevražedný pokus
        šećerna bolest tip 1
        šećerna bolest tip 2
        šećerna bolest tipa 1
        šećerna bolest tipa 2
        šećerne bolesti
        šećernom bolešću
        šedý zákal
        seer keel
        segamyndun í djúpbláæðum
        segasusseisund
        sehstörungen
        sekavuustila
        şeker hastalığı tip 2
        selbstmordgedanken
        selbstmordversuch
        selbstverletzung
        selfmoordgedagtes
        selfmoordpoging
        seliakie
        seljavalu
        selkäkipua
        selkäkivun
        selluliitti
        sellulitis
        selülit
        selulitis
        selvmordsforsøg
        selvmordsforsøk
        selvmordstanker
        selvmordstruet
        sembelit
        sëmundja celiake
        sëmundja e alzheimerit
        sëmundja e crohn-it
        sëmundja e parkinsonit
        sëmundja e sheqerit
        sëmundja ishemike e zemrës
        sëmundja koronare e zemrës
        sëmundja kronike e veshkave
        sëmundja pulmonare obstruktive kronike
        sëmundje koronare
        sëmundje kronike e veshkave
        senggugut
        senna hrema
        senná nádcha
        senná rýma
        sepelvaltimotaudin
        sepelvaltimotautia
        sepsa
        sepse
        sepsi
        sèpsia
        sepsiksen
        sepsisi
        septicémie
        septički šok
        septický šok
        septični šok
        septik şok
        septiko sok
        septinis šokas
        septisks šoks
        septizemia
        serangan asma
        serangan jantung ringan
        serebrovasküler hastalık
        servikale kanker
        sesak napas berat
        settaugarbólga
        setticemia
        sevrage alcoolique
        shambulio la moyo
        shambulio la pumu
        sharka
        sheqer i lartë
        sheqer në gjak
        sheqeri i lartë
        shikim i turbullt
        shingo kuuma
        shinikizo la damu la juu
        shizofrenija
        shizofreniya
        shkëputje e retinës
        shock anafiláctico
        shock anafilaktikoa
        shock anafilattico
        shock séptico
        shock septikoa
        shock settico
        shok anafilaktik
        shok septik
        shtatzëni jashtëmitrore
        shum v ushite
        shurdhim
        shytat
        sidekalvontulehdus
        sidekestapõletik
        sideropeniki anaimia
        siena drudzis
        šienligė
        sieq miksura
        siitepölyallergian
        sikio kuuma
        sikotauti
        siku tenis
        silmänpainetauti
        silmänpohjan ikärappeuma
        silmätulehdus
        sinabólga
        sincopă
        síncope
        sindrom de burnout
        sindrom na pregaryaneto
        sindrom na razdraznenoto chervo
        sindrom sagorevanja
        sindroma e djegies
        sindroma e zorrës së irrituar
        síndrome confusional
        síndrome confusional agudo
        síndrome d'esgotament professional
        sindrome da burnout
        síndrome de burnout
        síndrome de l'intestí irritable
        síndrome del trabajador quemado
        sindrome delle apnee ostruttive del sonno
        sindromo karpiaiou solina
        sindromu tal-musrana irritabbli
        sinh non
        sinusiit
        sinusit
        sinusitas
        sinusite
        sinusite aiguë
        sinusiti
        sinusitida
        sinusitis acuta
        sinusitis maxillaris
        sinusitisa
        sinusīts
        sinusontsteking
        sinuzit
        sinuzită
        sipsi
        sirang ngipin
        širdies infarktas
        širdies nepakankamumas
        širdies nepakankamumo
        širdies plakimas
        širdies ritmo sutrikimai
        širdies smūgis
        sirds infarkts
        sirds išēmiskā slimība
        sirds mazspēja
        sirds mazspējas
        sirds ritma traucējumi
        sirdsklauves
        sirdslēkme
        sistit
        sistitis
        sıtma hastalığı
        siva mrena
        sivilce
        sivuontelotulehdus
        sivý zákal
        şizofreni
        šizofrenija
        sjálfsvígshugsanir
        sjálfsvígstilraun
        självmordsförsök
        självmordstankar
        sjónhimnulos
        skabb
        skabies
        skarlagensfeber
        skarlakenkoors
        skarlatina
        skarlatssótt
        skasan ligament
        skasana krastosana vrazka
        skausmingos mėnesinės
        skeifugarnarsár
        skelettmetastaser
        skildklierknop
        skisofreenia
        skisofrenie
        skisoprenya
        skitsofrenia
        skitsofrenian
        skizofreni
        skizofrenia
        skizofrenija
        skjaldkirtilsbólga
        skleroza multiple
        sklerożi multipla
        skliryntiki katapliksi
        skoldkopper
        sköldkörtelcancer
        skolikoeiditida
        skorpulifur
        skrandžio opa
        skrandžio vėžys
        skręcenie stawu kolanowego
        škrlatinka
        skuqje e lëkurës
        skurfte
        skútabólga
        ský á auga
        skydliaukės hiperfunkcija
        skydliaukės hipofunkcija
        skydliaukės mazgas
        skydliaukės vėžys
        skyfhernia
        slaapapnee
        slaapapneu
        slaaploosheid
        slabinová prietrž
        sladkorna bolnica
        sladkorne bolezni
        sladkorne bolezni tipa 2
        sladkorno boleznijo
        slaganfall
        slankstelio lūžis
        šlapimo nelaikymas
        šlapimo pūslės uždegimas
        šlapimo pūslės vėžys
        šlapimo takų infekcija
        šlapimo takų infekcijos
        šlaunikaulio kaklo lūžis
        slechthorendheid
        sledrodilna depresiya
        sleutelbeenbreuk
        slidgigt i knæet
        slikta dūša
        slitasjegikt
        slitgigt
        sloga
        šlogiran
        slokdarmontsteking
        sløret syn
        smadzeņu apvalku iekaisums
        smadzeņu asiņošana
        smadzeņu audzējs
        smadzeņu insults
        smadzeņu satricinājums
        smaga depresija
        smaganu iekaisums
        smanjena funkcija štitnjače
        smegenų auglys
        smegenų dangalų uždegimas
        smegenų infarktas
        smegenų sukrėtimas
        smrznuto rame
        snertiexem
        snížené funkce štítné žlázy
        snuva
        sổ mũi
        sobrang thyroid
        sobrepès
        șoc anafilactic
        sốc nhiễm khuẩn
        sốc phản vệ
        șoc septic
        social ångest
        social fobi
        sociale fobie
        socialfobi
        sociálna fóbia
        socialna fobija
        sociální fobie
        socijalna fobija
        sogħla
        sogħla konvulsiva
        sogħla xotta
        sỏi tiết niệu
        sỏi túi mật
        sokeritaudin
        sokeritautia
        sömnapné
        són tiểu
        šonkaulio lūžis
        sonona baada ya kujifungua
        sonona kali
        sooibrand
        soolevähk
        söömishäire
        sordera
        sordesa
        sordità
        sorgortasuna
        sóríasis
        sortuæxli
        sosiaalisten tilanteiden pelko
        sosial angst
        sosyal fobi
        sốt phát ban
        sốt thương hàn
        sốt xuất huyết dengue
        søvnapné
        søvnapnø
        soziale phobie
        spadek masy ciała
        spalla congelata
        spalničky
        spánková apnoe
        spánkové apnoe
        spasmoi
        spataderen
        spatare
        speiseröhrenentzündung
        speiseröhrenkrebs
        spektrum autyzmu
        spengimas ausyse
        spierpijn
        spierpyn
        spierscheuring
        spinalkanalstenose
        spiseforstyrrelse
        spiserørsbetennelse
        spiserørsbetændelse
        spondiloză
        spondylarthrosis
        spontán vetélés
        spontānais aborts
        spontanen abort
        sprachstörung
        sprunggelenksbruch
        sprunggelenksdistorsion
        sprunggelenksfraktur
        spuogai
        srbenje
        srčana aritmija
        srčana slabost
        srčani infarkt
        srčanog udara
        srčanog zatajenja
        srčnega infarkta
        srčnega popuščanja
        srdcového zlyhania
        srdečního selhání
        srdečním selháním
        sredno ushno vazpalenie
        stanchezza cronica
        stare confuzională
        starpskriemeļu diska trūce
        stato confusionale
        stato confusionale acuto
        stéatose hépatique
        steatosi epatica
        steatosis hepatis
        steatoză hepatică
        steatóza jater
        stefaniaia noso
        stefaniaia nosos
        steirotita
        stenokardia
        stenokardija
        stenokardiya
        stenosi aortica
        stenosis aorta
        stenoza aortale
        stenoza aortalna
        stenoză aortică
        sterilità
        sterilitas
        sterilitate
        sterilitet
        stipsi
        stiramento muscolare
        stirnhöhlenentzündung
        stithagchi
        stitichezza
        stitikezza
        stłuszczenie wątroby
        stłuszczeniowa choroba wątroby
        stofmisbrug
        stomashna yazva
        stopa cukrzycowa
        storosios žarnos vėžys
        strappo muscolare
        strata sluchu
        strata vedomia
        stres post-traumatic
        stress pós-traumático
        stress post-traumatico
        střevní chřipka
        strgan meniskus
        strgana križna vez
        strgana mišica
        strok ringan
        stroke iskemik
        stroke ringan
        stroke-ot
        strubebetændelse
        struma
        struma diffusa
        struma multinodosa
        struma nodosa
        struma nodosa euthyreotica
        strupebetennelse
        struphuvudinflammation
        struuma
        stuipe
        stuipen
        stukad fot
        stukovatená pečeň
        stukovatenie pečene
        sturdament
        stækkaður blöðruhálskirtill
        su çiçeği
        suchý kašeľ
        suçiçeği
        südame isheemiatõbi
        südame rütmihäired
        südameinfarkt
        südameinfarkti
        südamekloppimine
        südamepuudulikkus
        südamepuudulikkuse
        sudorazione notturna
        sudores nocturnos
        sudori notturni
        sudur buxatua
        sueurs nocturnes
        suffejra
        sugat na hindi gumagaling
        sugat sa binti
        sugat sa likod dahil sa pagkakahiga
        sügelised
        sügelus
        suha kashlitsa
        suhkruhaigus
        suhkrutõbi
        suhkurtõbi
        suicidālas domas
        suïcidale gedachten
        suicidalne misli
        suicidální myšlenky
        suïcidegedachten
        suïcidepoging
        suicidförsök
        suicidtankar
        suikerpatiënten
        suikersiekte
        suikersiekte tipe 1
        suikersiekte tipe 2
        suitsidni misli
        suitsiidikatse
        suitsiidimõtted
        suizidalität
        suizidgedanken
        suizidio-ideiak
        suizidio-saiakera
        suizidversuch
        sukar altua
        sukar buang air besar
        sukar tifoidea
        sukari kupanda
        sukari kushuka
        sukari nyingi kwenye damu
        sukari ya chini
        sukarra
        süketség
        sukkersygen
        šuljevi
        sulm astme
        sulm në zemër
        sulm paniku
        sulme paniku
        súlyos depresszió
        sumasakit ang dibdib
        sumasakit ang ulo
        šumenje v ušesih
        sunki depresija
        sünnitusjärgne depressioon
        suonikohjut
        suores noturnos
        suors nocturnes
        surdechna nedostatuchnost
        surdez
        surditate
        surdité
        surua kali
        susah buang air besar
        sụt cân
        suurrefluks
        süvaveenide tromboos
        süvaveenitromboos
        suy giảm trí nhớ
        suy giãn tĩnh mạch
        suy nhược thần kinh
        suy thận cấp
        suy thận mạn
        suy tim sung huyết
        svaigulys
        svangerskabsdiabetes
        svangerskabsforgiftningen
        svangerskap utenfor livmoren
        svår depression
        svara zudums
        sveda vid urinering
        svědění
        svefnleysi
        svefnvandamál
        svenimento
        svetovartezh
        svie ved vandladning
        svie ved vannlating
        svimi
        svimning
        svimningsanfall
        sviði við þvaglát
        svorio kritimas
        svrab
        svrbenie
        svrbež
        svullna ben
        svær depression
        swangerskapsdiabetes
        swangerskapsuikersiekte
        świąd
        świerzb
        sxizofreneia
        sydämen rytmihäiriö
        sydämen vajaatoiminnan
        sydämen vajaatoimintaa
        sydäninfarktia
        sydäninfarktin
        sydänkohtauksen
        sydänlihastulehdus
        sydänpussitulehdus
        sýklasótt
        sykursjúklingur
        sykursjúkur
        sykursýki
        sykursýki 2
        sykursýki af tegund 1
        sykursýki af tegund 2
        syndrom diabetické nohy
        syndróm diabetickej nohy
        syndrom spánkové apnoe
        syndrome confusionnel
        syndrome d'apnées du sommeil
        syndromo epangelmatikis exouthenosis
        syndromo everethistou enterou
        synnytyksen jälkeinen masennus
        synrubbningar
        syok anafilaksis
        syok septik
        syömishäiriö
        syövän
        syvä laskimotukos
        syvän laskimotukoksen
        syyhy
        szamárköhögés
        székrekedés
        szélütés
        szélütést
        szénanátha
        szepszis
        szívburokgyulladás
        szívelégtelenségben
        szívelégtelensége
        szívinfarktusa
        szívinfarktuson
        szívinfarktust
        szívizomgyulladás
        szívritmuszavar
        szkarlatyna
        szkizofrénia
        szociális fóbia
        szpiczak mnogi
        szülés utáni depresszió
        szumy uszne
        szürkehályog
        szuvas fog
        taba sa atay
        tắc mạch phổi
        tachykardia
        tagihawat
        taifodi
        taisnās zarnas vēzis
        tajunnan menetys
        tajuttomuus
        tåkesyn
        takıntı bozukluğu
        tâm thần phân liệt
        tandabces
        tandbederf
        tandböld
        tandbyld
        tandkødsbetændelse
        tandköttsinflammation
        tandlossning
        tandpijn
        tandpine
        tandpyn
        tandvärk
        tandvleesontsteking
        tandvleisontsteking
        tăng động giảm chú ý
        tăng đường huyết
        tăng huyết áp thai kỳ
        tăng huyết áp vô căn
        tangkang pagpapakamatay
        tannbyll
        tannholdsbólga
        tannholdssjúkdómur
        tannkjøttbetennelse
        tannpína
        tannskemmdir
        tannverk
        tansiyon yüksekliği
        táo bón
        tarmslyng
        tarpslankstelinio disko išvarža
        tárubólga
        tassement vertébral
        taubheitsgefühl
        taugaveiki
        taukainās aknas
        ťažká depresia
        tb sa baga
        tdah
        tê bì
        të fikët
        të përziera
        tê tay chân
        të vjella
        teadvusekaotus
        těhotenská hypertenze
        těhotenské cukrovky
        teist tüüpi diabeet
        tekanan darah tinggi kronik
        telf ta' piż
        telf ta' sensi
        telf tal-memorja
        telf tas-smigħ
        telinga berdenging
        temas egzaması
        tendinită ahiliană
        tendinite achillea
        tendinite d'achille
        tendinitis aquílea
        tendinitisa
        tenisçi dirseği
        tenisista elkonis
        teniški komolec
        teniski lakat
        tenislariaren ukondoa
        teniso alkūnė
        tenisový lakeť
        tenisový loket
        teniszkönyök
        tennis-elmboog
        tennisalbue
        tennisarm
        tennisarmbåge
        tenniseküünarnukk
        tenniselleboog
        tenniskyynärpää
        tennisolnbogi
        tenontitida
        tensió alta
        tension i lartë
        tensioni i lartë
        tentativă de sinucidere
        tentativă de suicid
        tentativa de suicídio
        tentative de suicide
        tentativë për vetëvrasje
        tentativë vetëvrasjeje
        tentativo di suicidio
        tentato suicidio
        tentattiv ta' suwiċidju
        tentsio altua
        térdízületi kopás
        terhességi diabétesz
        terhességi magas vérnyomás
        teridona
        teška depresija
        tetekuwanga kali
        tętniak aorty
        tett nese
        tezi dume kuvimba
        tezi za koo
        těžká deprese
        thai ngoài tử cung
        thampi orasi
        thiếu máu cơ tim
        thiếu máu cục bộ cơ tim
        thoái hóa cột sống
        thoái hóa điểm vàng
        thoái hóa khớp gối
        thoái hóa khớp háng
        thoát vị bẹn
        thoát vị rốn
        thorakikos ponos
        thrombose veineuse profonde
        thrombosis venae profundae
        thương hàn
        thủy đậu
        thuyên tắc phổi
        thyerje e dorës
        thyerje e këmbës
        thyerje e kyçit të dorës
        thyerje kocke
        thyreoiditis
        thyroïdite de hashimoto
        tibii
        tidak sadarkan diri
        tiefe beinvenenthrombose
        tiefe venenthrombose
        tiesiosios žarnos vėžys
        tiểu buốt
        tiểu đường tuýp hai
        tiểu không tự chủ
        tiểu ra máu
        tiểu rắt
        tifodi
        tifoidea
        tifojde
        tifus
        tifuskoors
        tifusna groznica
        tífusz
        tigdas hangin
        tīklenes atslāņošanās
        tilstoppet næse
        tinimas
        tinitus
        tinklainės atšoka
        tinnitusa
        tintelingen
        tip 2 diyabetes mellitus
        tipe 2 diabetes
        tipe 2-diabetes
        tipes
        tipus
        tireoidite de hashimoto
        tırnak mantarı
        tiroid kanseri
        tiroid nodülü
        tiroideko minbizia
        tiroidit hashimoto
        tiroidită hashimoto
        tiroidite di hashimoto
        tiroiditis de hashimoto
        tiroiditis hashimoto
        tirpimas
        tirpšana
        țiuit în urechi
        tíðaverkir
        tnemnim
        toe neus
        tognun
        toiduallergia
        toispuolihalvaus
        tổn thương sụn chêm
        tonsilit
        tonsilitis
        tonsilīts
        tonsilliit
        tonsillit
        tonsillite
        tonsillitis acuta
        tonzilit
        tonzilitas
        tonzilitida
        tonzilitis
        torokfájás
        torokgyulladás
        torticolis
        tos con flema
        tos ferina
        tosse convulsa
        tossicodipendenza
        toux grasse
        toxicodependência
        toxicomanie
        toxikomania
        tqala ektopika
        trądzik
        trầm cảm nặng
        trầm cảm sau sinh
        transitorische ischämische attacke
        transpirații nocturne
        transtorno alimentar
        transtorno bipolar
        transtorno de ansiedade generalizada
        transtorno de estresse pós-traumático
        transtorno depressivo
        transtorno do espectro autista
        transtorno obsessivo-compulsivo
        trastorn bipolar
        trastorn d'ansietat
        trastorn de l'espectre autista
        trastorn de la conducta alimentària
        trastorn obsessivocompulsiu
        trastorn per estrès posttraumàtic
        trastorno bipolar
        trastorno de ansiedad generalizada
        trastorno de estrés postraumático
        trastorno de la conducta alimentaria
        trastorno del espectro autista
        trastorno depresivo mayor
        trastorno obsesivo compulsivo
        trastorno por déficit de atención
        trật khớp
        trauksmes traucējumi
        traukuliai
        traumaperäinen stressihäiriö
        travma sonrası stres bozukluğu
        trbušni tifus
        trebušni tifus
        trencament de lligament
        trencament del lligament encreuat
        trevozhno razstroystvo
        trevozhnost
        tripako mina
        tříselná kýla
        trnci
        trofinė opa
        trofiska čūla
        troksnis ausīs
        tromboembolismo pulmonar
        trombose
        trombose venosa profunda
        trombosebeen
        trombosi
        trombosi venosa profonda
        trombosi venosa profunda
        trombosis
        trombosis vena dalam
        trombosis venosa profunda
        trombóza
        tromboza dubokih vena
        tromboza e venave të thella
        tromboza globokih ven
        tromboză venoasă profundă
        trombozë venoze e thellë
        trombożi tal-vini profondi
        trombózis
        tronbosi benoso sakona
        tronditje truri
        trouble anxieux généralisé
        trouble bipolaire
        trouble de stress post-traumatique
        trouble dépressif
        trouble du comportement alimentaire
        trouble du déficit de l'attention
        trouble du spectre de l'autisme
        trouble obsessionnel compulsif
        troubles cognitifs
        troubles de la mémoire
        troubles de la vision
        troubles du rythme cardiaque
        trovanje krvi
        tŕpnutie
        trudnički dijabetes
        truxija
        trycksår
        trykksår
        tryksår
        trzajna ozljeda vrata
        tseliakiya
        tsiroza na cherniya drob
        tsöliaakia
        tự kỷ
        tubercolosi polmonare
        tuberculose pulmonar
        tuberculosi
        tuberculosis pulmonar
        tuberculosis pulmonum
        tuberculoză pulmonară
        tuberkolożi
        tuberkuliozė
        tuberkuliozės
        tuberkuloos
        tuberkuloosin
        tuberkulosia
        tuberkulosis paru
        tuberkuloza pluća
        tuberkuloze
        tuberkulozes
        tuberkulozi
        tuberkulózy
        tüdőembólia
        tüdőfibrózis
        tüdőgyulladása
        tüdőgyulladásban
        tüdőgyulladást
        tüdőrákja
        tuhkarokko
        tuimus
        tukak duodenum
        tükenmişlik
        tulburare bipolară
        tulburare de alimentație
        tulburare de anxietate generalizată
        tulburare de spectru autist
        tulburare de stres posttraumatic
        tulburare depresivă
        tulburare obsesiv-compulsivă
        tulburări de memorie
        tulburări de ritm
        tulirokko
        tulžies akmenligė
        tulžies akmenys
        tulžies pūslės uždegimas
        tumeur cérébrale
        tumor cerebral
        tumor ganas
        tumor maligne
        tumor malinj
        tumor mozga
        tumor në tru
        tumor otak
        tumor sa utak
        tumoră cerebrală
        tumoră malignă
        tumore al cervello
        tumore al rene
        tumore allo stomaco
        tumore cerebrale
        tumore del collo dell'utero
        tumore del pancreas
        tumore del retto
        tumore dell'ovaio
        tumore della pelle
        tumore della tiroide
        tumore della vescica
        tumore gaiztoa
        tumur fil-moħħ
        tumur malinn
        tumutulong sipon
        tunog sa tainga
        tursed
        turun berok
        turvotus
        tuse convulsivă
        tuse productivă
        tūska
        tussis
        tuulerõuged
        tvangslidelse
        tvångssyndrom
        tvp
        twelid qabel iż-żmien
        txantxarra
        tyfoidfeber
        tyfus
        tymai
        työuupumuksen
        typ 1 diabetes
        typ 1-diabetes
        typ 2 diabetes
        typ 2-diabetes
        typhoeidis pyretos
        typhoïde
        typhus abdominalis
        tyypin 1 diabeteksen
        tyypin 2 diabeteksen
        tyypin 2 diabetesta
        u lympho
        u não
        ù tai
        überzuckerung
        ubong dalahit
        ubong-dalahit
        úbytek hmotnosti
        úbytok hmotnosti
        uchovu wa kazi
        ucpaný nos
        uczulenie na penicylinę
        udarem mózgu
        udarze mózgu
        udbrændthed
        udslæt
        uganuće gležnja
        uganuće zgloba
        uġigħ fid-dahar
        uġigħ fil-ġogi
        uġigħ fil-griżmejn
        uġigħ fil-muskoli
        uġigħ fil-widna
        uġigħ fis-sider
        uġigħ fis-snien
        uġigħ fiż-żaqq
        uġigħ fl-għonq
        uġigħ fl-ispalla
        uġigħ fl-istonku
        uġigħ ta' ras
        uġigħ ta' snien
        uġigħ tal-mestrwazzjoni
        ugonjwa sugu wa figo
        ugonjwa sugu wa mapafu
        ugonjwa wa akili sugu
        ugonjwa wa bipola
        ugonjwa wa moyo wa mishipa
        ugonjwa wa tezi
        ugumba
        uitbranding
        uitzaaiingen
        ukurutu wa mikono
        ulcer de gambă
        ulcer de presiune
        ulcer duodenal
        ulcer varicos
        ulcer venos
        úlcera d'estómac
        ulcera da pressione
        úlcera de perna
        úlcera de pierna
        úlcera de pressão
        ulcera della gamba
        úlcera duodenal
        ulcera duodenale
        ulçera e stomakut
        ulċera fis-sieq
        ulċera fl-istonku
        úlcera per pressió
        úlcera por presión
        ulċera tal-pressjoni
        úlcera venosa
        úlceras de pressão
        úlceras por presión
        ulcere da pressione
        ulcère de jambe
        ulcère duodénal
        ulçerë duodenale
        ulçerë e këmbës
        ulçerë gastrike
        ulcère veineux
        ulcerös kolit
        ulcerøs kolitt
        ulcerózna kolitída
        ulcerózní kolitida
        ulcerozni kolitis
        ulcus corneae
        ulcus cruris
        ulcus cruris arteriosum
        ulcus cruris venosum
        ulcus decubitale
        ulcus duodeni
        ulcus pepticum
        ulcus pepticum ventriculi
        ulcus ventriculi
        ulevi wa pombe
        ulkus kaki
        úlnliðsbrot
        ulser perut
        ulser sa bituka
        ulseratiewe kolitis
        ülseratif kolit
        ultzera benosoa
        ultzera gastrikoa
        ulyanin
        umăr înghețat
        umetoki-lepoko minbizia
        umflarea picioarelor
        ūminis bronchitas
        ūminis inkstų nepakankamumas
        umknicktrauma
        ummetus
        uneapnoe
        unehäired
        unetus
        unfruchtbarkeit
        ung thư bàng quang
        ung thư buồng trứng
        ung thư cổ tử cung
        ung thư da
        ung thư dạ dày
        ung thư gan
        ung thư hạch
        ung thư thận
        ung thư trực tràng
        ung thư tụy
        ung thư tuyến giáp
        unglingabólur
        uniapnea
        uniapnean
        únik moči
        únik moču
        unterarmbruch
        unterschenkelgeschwür
        unterzuckerung
        unutkanlık
        uoni hafifu
        upala ahilove tetive
        upala bešike
        upala bubrega
        upala desni
        upala grkljana
        upala grla
        upala gušterače
        upala jednjaka
        upala krajnika
        upala mjehura
        upala moždanih ovojnica
        upala oka
        upala sinusa
        upala slepog creva
        upala spojnice
        upala srčanog mišića
        upala srednjeg uha
        upala uha
        upala žučnog mjehura
        upale pluća
        upalu pluća
        upchatý nos
        upele
        upotevu wa kumbukumbu
        uppköst
        uraibu wa dawa za kulevya
        uraibu wa pombe
        urat varikos
        uraz kręgosłupa szyjnego
        urdaileko minbizia
        urdaileko ultzera
        urienweginfeksie
        urīna nesaturēšana
        urinarna infekcija
        urinarna inkontinencija
        urinblåsecancer
        urīnceļu infekcija
        urīnceļu infekcijas
        urine-incontinentie
        urineweginfecties
        urininkontinens
        urinlekkasje
        urīnpūšļa vēzis
        urinska inkontinenca
        urinsyregigt
        urinsyregikt
        urinvägsinfektioner
        uroinfektsiya
        urticaire
        urticarie
        urtikarie
        urtikarija
        urtikariya
        urtikarja
        ürtiker
        ušní šelest
        usonji
        ústřel
        usturime la urinare
        uszkodzenie łąkotki
        uszkodzenie więzadeł
        utanlegsfóstur
        utanlegsþungun
        utasa
        útbrot
        utmattelse
        utomkvedshavandeskap
        utrata masy ciała
        utrata przytomności
        utrata słuchu
        utrnulost
        utslett
        uvi
        uvimbe wa fizi
        uvimbe wa kibofu
        uvimbe wa kongosho
        uvimbe wa koo
        uvimbe wa ubongo
        uvrezhdane na meniskus
        uwi
        uyku apnesi
        uyuşma
        uzależnienie od alkoholu
        uzależnienie od narkotyków
        uzel na štítné žláze
        užgulta nosis
        uziwi
        uzlík štítnej žľazy
        vaegkuulmine
        vähki
        vairogdziedzera hiperfunkcija
        vairogdziedzera hipofunkcija
        vairogdziedzera mezgls
        vairogdziedzera vēzis
        vājdzirdība
        vakava masennus
        valgymo sutrikimai
        välikorvantulehdus
        välilevyn pullistuma
        vallende siekte
        valu rinnus
        valvulopathie
        valvulopatía
        vanmaterična trudnoća
        vannkopper
        vanstarfsemi skjaldkirtils
        vanvirkur skjaldkirtill
        varësi nga alkooli
        varësi nga droga
        varice
        varicela
        varicelle
        varices
        varices cruris
        varici
        varicositas
        varikoia
        varikoia akoi
        varikozas vēnas
        varikozinės venos
        varikozne vene
        varises
        varisler
        varitsela
        varizes
        vărsat de vânt
        vastagbélrákja
        vathia flevothromvosi
        vatsakipua
        vatsatauti
        vattkoppor
        vēdera sāpes
        vedere încețoșată
        vēdertīfs
        veelvuldige sklerose
        veenilaiendid
        vefjagigt
        végbélrák
        vėjaraupiai
        vējbakas
        vekttap
        veliki kašalj
        velkanker
        vėmimas
        vemšana
        vénás lábszárfekély
        venat variçoze
        vene varicose
        venenentzündung
        venenthrombose
        venøst bensår
        venøst leggsår
        venöz ülser
        venozna yazva
        venska razjeda
        venski čir
        venski ulkus
        venų varikozė
        vér a vizeletben
        verdhëza
        verem hastalığı
        veremürgitus
        verenmyrkytys
        verenpainetaudin
        verenpainetautia
        verenpainetautiin
        véres széklet
        vergrote prostaat
        verhoogd cholesterol
        verhoogde bloeddruk
        veritulppa
        veriuloste
        verivirtsaisuus
        verkkokalvon irtauma
        verkoue
        verkühlung
        verlamming
        vérmérgezés
        verminderde eetlust
        verrekking
        verstopfung
        verstopte neus
        verstuite enkel
        verstuiting
        verta ulosteessa
        verwardheid
        verwirrtheit
        verwirrtheitszustand
        veseelégtelensége
        vesegörcs
        vesekövesség
        vesemedence-gyulladás
        veserák
        vështirësi në frymëmarrje
        vesirokko
        vetélése
        vetsug
        vette lever
        vetterige lewer
        vichas
        vidonda vya kitanda
        vidonda vya kulalia
        vidonda vya miguu
        vidonda vya tumbo sugu
        vidonda vya utumbo
        viduriavimas
        vidurinės ausies uždegimas
        vidurių šiltinė
        vidurių užkietėjimas
        vidusauss iekaisums
        viêm amidan
        viêm bàng quang
        viêm cơ tim
        viêm dạ dày ruột
        viêm da tiếp xúc
        viêm đài bể thận
        viêm đại tràng
        viêm gan c
        viêm họng
        viêm kết mạc
        viêm loét đại tràng
        viêm lợi
        viêm màng não
        viêm màng ngoài tim
        viêm mô tế bào
        viêm mũi dị ứng
        viêm nha chu
        viêm nướu
        viêm phế quản cấp
        viêm phế quản mạn
        viêm phổi nặng
        viêm tai
        viêm tai giữa
        viêm thận
        viêm thanh quản
        viêm thực quản
        viêm túi mật
        viêm túi thừa
        viêm tụy
        viêm tụy cấp
        viêm tủy răng
        viêm tuyến giáp hashimoto
        viêm xoang
        vihurirokko
        viktnedgång
        viljatus
        vímuefnavandi
        vini varikużi
        vinterkräksjuka
        virtsankarkailu
        virtsarakon syöpä
        virtsatieinfektion
        virtsatieinfektiot
        virusi vya ukimwi vvu
        visão turva
        visió borrosa
        visión borrosa
        vision floue
        visok holesterol
        visok kolesterol
        visok krvni pritisak
        visokega krvnega tlaka
        visoko kravno nalyagane
        visoko krvno nalyagane
        visokog krvnog pritiska
        visokog krvnog tlaka
        visszérbetegség
        visszeresség
        vista mċajpra
        vista offuscata
        viszketés
        vizelet-inkontinencia
        vizeletcsepegés
        vnetje ahilove tetive
        vnetje dlesni
        vnetje grla
        vnetje ledvic
        vnetje mandljev
        vnetje možganskih ovojnic
        vnetje očesne veznice
        vnetje oči
        vnetje pljuč
        vnetje požiralnika
        vnetje sečnega mehurja
        vnetje sinusov
        vnetje srčne mišice
        vnetje srednjega ušesa
        vnetje trebušne slinavke
        vnetje ušesa
        vnetje žolčnika
        vnetje žrela
        vô sinh
        vodene kozice
        voedselallergie
        vòmits
        vomitus
        vondt i halsen
        voorhoofdsholteontsteking
        voorste kruisbandruptuur
        voortydige geboorte
        vöötohatis
        vorderer kreuzbandriss
        võrkkesta irdumine
        voulimia
        voulomeni myti
        vöðvaverkir
        vřed dvanáctníku
        vred dvanástnika
        vred predkolenia
        vrijed na nozi
        vroeggeboorte
        vrogchokili
        vronchiko asthma
        vronchitida
        vronchopnevmonia
        vrućica
        vyhoření
        vyhorenie
        výhřez meziobratlové ploténky
        vyöruusu
        vyrážka
        vysoká horečka
        vysoká horúčka
        vysokého krevního tlaku
        vysokého krvného tlaku
        vysoký cholesterol
        vysunutie platničky
        vægttab
        wagonjwa wa kisukari
        walang gana kumain
        wasir
        wassereinlagerungen
        waterpokken
        waterpokkies
        wazig zien
        weißer hautkrebs
        wervelfractuur
        whiplashskada
        windpocken
        wirbelbruch
        wirbelkörperfraktur
        wirusowe zapalenie wątroby
        wochenbettdepression
        wole guzkowe
        wondroos
        wrzód dwunastnicy
        wrzodziejące zapalenie jelita grubego
        wstrząs anafilaktyczny
        wstrząs septyczny
        wundliegen
        wundrose
        wyprysk kontaktowy
        wysoka gorączka
        wysoki cholesterol
        wysypka
        x-graviditet
        xarampió
        xiros vichas
        xjatika
        xơ phổi
        xoc anafilàctic
        xoc sèptic
        xokk anafilattiku
        xuất huyết não
        ý định tự tử
        ý nghĩ tự sát
        yağlı karaciğer
        yatak yaraları
        yatak yarası
        yaygın anksiyete bozukluğu
        yazva na dvanadesetopraslnika
        yazva na stomaha
        yazven kolit
        yeme bozukluğu
        yemek borusu iltihabı
        yfirlið
        yleistynyt ahdistuneisuushäiriö
        yöhikoilu
        ypercholisterolaimia
        yperglykaimia
        ypertasi
        ypertrofia prostati
        ypertyreoeidismos
        ypoglykaimia
        ypogonimotita
        ypothyreoeidismos
        ypothyroeidismos
        ypsili cholisterini
        ypsili piesi
        ypsilos pyretos
        yskää
        yüksek kolesterol
        yüksek şeker
        yüksek tansiyonu
        yumurtalık kanseri
        zaben karies
        zabobol
        zaboravnost
        zaburzenia depresyjne
        zaburzenia depresyjne nawracające
        zaburzenia obsesyjno-kompulsyjne
        zaburzenia odżywiania
        zaburzenia pamięci
        zaburzenia rytmu serca
        zaburzenia świadomości
        zaburzenia widzenia
        zaburzenie afektywne dwubiegunowe
        zaburzenie lękowe uogólnione
        začepljen nos
        záchvat dny
        zaćma
        zaćmy
        zaduh
        zagluhvane
        zagrażający poród przedwczesny
        zaguba na saznanie
        zaguba na teglo
        zaharen diabet
        zaharen diabet tip 1
        zaharen diabet tip 2
        zahnabszess
        zahnfleischentzündung
        zahnkaries
        zahnschmerzen
        zahnwurzelentzündung
        zakażenia układu moczowego
        zakażenie wirusem hiv
        zakrzepica
        zakrzepica żył głębokich
        zakrzepicy żył głębokich
        zamagleno zrenie
        zamagljen vid
        zamaščena jetra
        zamašen nos
        zamegljen vid
        zamrożony bark
        zamrznjena rama
        zánět achillovy šlachy
        zánět dásní
        zánět dutin
        zánět hrtanu
        zánět jícnu
        zánět ledvinné pánvičky
        zánět mandlí
        zánět močových cest
        zánět mozkových blan
        zánět slinivky břišní
        zánět spojivek
        zánět srdečního svalu
        zánět středního ucha
        zánět žlučníku
        zánět zubní dřeně
        zánětu močového měchýře
        zánětu plic
        żanżin fil-widnejn
        zápal achillovej šľachy
        zápal ďasien
        zápal hrtana
        zápal mandlí
        zápal mozgových blán
        zápal obličkovej panvičky
        zápal podžalúdkovej žľazy
        zápal prinosových dutín
        zápal spojiviek
        zápal srdcového svalu
        zápal stredného ucha
        zápal žlčníka
        zápal zubnej drene
        zapalenia opon mózgowo-rdzeniowych
        zapalenia oskrzeli
        zapalenia ucha środkowego
        zapalenia zatok
        zapalenie dziąseł
        zapalenie gardła
        zapalenie krtani
        zapalenie miazgi
        zapalenie miazgi zęba
        zapalenie mięśnia sercowego
        zapalenie migdałków
        zapalenie opon mózgowych
        zapalenie osierdzia
        zapalenie pęcherza moczowego
        zapalenie pęcherzyka żółciowego
        zapalenie przełyku
        zapalenie przyzębia
        zapalenie ścięgna achillesa
        zapalenie spojówek
        zapalenie tkanki łącznej
        zapalenie trzustki
        zapalenie ucha
        zapalenie ucha środkowego
        zapalenie uchyłków
        zapalenie wątroby typu b
        zapalenie wątroby typu c
        zapalenie zatok
        zapaleniem płuc
        zapaljenja pluća
        zapaljenje bešike
        zapaljenje bronhija
        zapaljenje bubrega
        zapaljenje desni
        zapaljenje grla
        zapaljenje gušterače
        zapaljenje jetre
        zapaljenje kože
        zapaljenje krajnika
        zapaljenje mokraćne bešike
        zapaljenje moždanica
        zapaljenje oka
        zapaljenje pankreasa
        zapaljenje pluća
        zapaljenje sinusa
        zapaljenje slepog creva
        zapaljenje srednjeg uha
        zapaljenje tetive
        zapaljenje uha
        zapaljenje želuca
        zapaljenje zglobova
        zapaljenje zuba
        zápalu plic
        zápalu pľúc
        zápalu priedušiek
        zaparcia
        zapek
        zapushen nos
        zarděnky
        zasevki
        zasłabnięcie
        zastrupitev krvi
        zatajenja srca
        zatkany nos
        zatlastyavane
        zatorowość płucna
        zatorowości płucnej
        zatürresi
        zatürreye
        zatvor stolice
        zaushka
        zauške
        zaušnjaci
        zavart állapot
        závislost na alkoholu
        závislosť od alkoholu
        zavisnost od alkohola
        zavisnost od droga
        zawale serca
        zawałem serca
        zeckenbiss
        zelena mrena
        zelený zákal
        zelfmoordgedachten
        zelfmoordpoging
        zeliakia
        zelulitisa
        zerrung
        zerwanie ścięgna achillesa
        zerwanie więzadła krzyżowego
        zerwanie więzadła krzyżowego przedniego
        zespół majaczeniowy
        zespół stopy cukrzycowej
        zespół stresu pourazowego
        zespół wypalenia zawodowego
        zespół zależności alkoholowej
        zgjebe
        zhalchni kamani
        zhaltenitsa
        zhoubný nádor
        zhubný nádor
        zhurmë në vesh
        ziarnica złośliwa
        ziatika
        žiedadulkių alergija
        ziedputekšņu alerģija
        ziekte van graves
        ziekte van hashimoto
        ziekte van hodgkin
        ziekte van kahler
        ziekte van lyme
        žihľavka
        žilní nedostatečnost
        zirrosia
        zistitisa
        živ infekcija
        złamania
        złamania szyjki kości udowej
        złamanie biodra
        złamanie kości promieniowej
        złamanie kości udowej
        złamanie kostki
        złamanie kręgosłupa
        złamanie nogi
        złamanie ręki
        złamanie żebra
        žlčníkové kamene
        zloćudni tumor
        zlokachestven tumor
        zlom gležnja
        zlom rebra
        zlom stegnenice
        zlom vratu stegnenice
        zlom vretenca
        zlomenina bedra
        zlomenina členka
        zlomenina kotníku
        zlomenina krčka stehnovej kosti
        zlomenina krčku
        zlomenina kyčle
        zlomenina nohy
        zlomenina obratle
        zlomenina předloktí
        zlomenina rebra
        zlomenina ruky
        zlomenina stavca
        zlomenina žebra
        zlomeniny
        žloutenka typu b
        žltačka typu b
        žlučníkové kameny
        zlyhania obličiek
        zlyhania srdca
        zlyhávanie srdca
        zmadhimi i prostatës
        zmanjšano delovanje ščitnice
        zmätenosť
        zmrzlé rameno
        zobna gniloba
        zobni absces
        zobobol
        zobu kariess
        zobu sāpes
        zokkor baxx
        zokkor fid-demm
        zokkor għoli
        žolčni kamen
        zöldhályog
        zöliakie
        zona hastalığı
        zona thần kinh
        zona zoster
        zorabialdia
        zorabioa
        zorabioak
        zsibbadás
        zsíranyagcsere-zavar
        zsírmáj
        ztráta sluchu
        ztráta vědomí
        ztučnělá játra
        zubní absces
        zubni apsces
        zubni karijes
        zubní kaz
        zubní kazy
        zubný kaz
        zubobolja
        zujanje u ušima
        žultsakmeņi
        žultsakmeņu slimība
        žultspūšļa iekaisums
        zumbido en los oídos
        zumbido nos ouvidos
        zunajmaternična nosečnost
        zväčšená prostata
        zvětšená prostata
        zvin kolena
        zvišan holesterol
        zvišanega krvnega tlaka
        žvynelinė
        zvýšená funkce štítné žlázy
        zwangerschapshypertensie
        zwangsstörung
        zweer in de twaalfvingerige darm
        zwerchfellbruch
        zwężenie zastawki aortalnej
        zwłóknienie płuc
        zwyrodnienie plamki żółtej
        zwyrodnienie stawów
        zwyrodnienie stawu biodrowego
        zwyrodnienie stawu kolanowego
        żylaki
        żylaki kończyn dolnych
        żylaki odbytu
        æggestokkræft
        æðahnútar
        þokusýn
        þrýstingssár
        þunglyndi
        þunglyndis
        þursabit
        þvagblöðrukrabbamein
        þvagfærasýking
        þvagfærasýkingu
        þvagleki
        þvagsýrugigt
        þyngdartap
        ħaġar fil-kliewi
        ħass ħażin
        ħosba
        ħosba ġermaniża
        ħruq fl-istonku
        ħruq meta tgħaddi l-awrina
        ħsibijiet ta' suwiċidju
        łuszczyca
        łuszczycą
        łuszczycę
        łuszczycy
        œdème des membres inférieurs
        œdèmes
        œsophagite
        """
}
