extension Lexicon {
    /// Names of conditions, diagnoses and symptoms in other languages than English, one a line, lower-case,
    /// written with their accents (folded when they are read).
    static let worldConditionPhrases = """
        drehschwindel
        diabetes typ 1
        diabetes typ 2
        typ-1-diabetes
        typ-2-diabetes
        zuckerkrankheit
        zuckerkrank
        diabetikerin
        schwangerschaftsdiabetes
        bluthochdruck
        hypertonie
        arterielle hypertonie
        asthma bronchiale
        chronisch obstruktive lungenerkrankung
        raucherlunge
        lungenemphysem
        herzinsuffizienz
        herzschwäche
        herzinfarkt
        myokardinfarkt
        schlaganfall
        apoplex
        apoplexie
        hirninfarkt
        hirnblutung
        vorhofflimmern
        herzrhythmusstörungen
        koronare herzkrankheit
        lungenentzündung
        pneumonie
        akute bronchitis
        chronische bronchitis
        grippe
        grippaler infekt
        erkältung
        schnupfen
        husten
        reizhusten
        fieber
        hohes fieber
        kopfschmerzen
        kopfweh
        spannungskopfschmerzen
        migräne
        rückenschmerzen
        kreuzschmerzen
        hexenschuss
        ischias
        ischiasschmerzen
        bandscheibenvorfall
        bandscheibenprolaps
        arthrose
        kniearthrose
        hüftarthrose
        rheumatoide arthritis
        rheuma
        osteoporose
        knochenbruch
        oberschenkelhalsbruch
        schenkelhalsfraktur
        handgelenksbruch
        armbruch
        beinbruch
        rippenbruch
        verstauchung
        bänderriss
        depressionen
        depressive verstimmung
        angststörung
        angstzustände
        panikattacken
        panikstörung
        schlafstörungen
        schlaflosigkeit
        erschöpfungssyndrom
        demenz
        alzheimer-krankheit
        morbus alzheimer
        alzheimer-demenz
        parkinson-krankheit
        morbus parkinson
        epilepsie
        epileptischer anfall
        krampfanfall
        multiple sklerose
        krebserkrankung
        brustkrebs
        mammakarzinom
        lungenkrebs
        bronchialkarzinom
        lungenkarzinom
        prostatakrebs
        prostatakarzinom
        darmkrebs
        dickdarmkrebs
        kolonkarzinom
        leukämie
        blutkrebs
        niereninsuffizienz
        nierenversagen
        nierensteine
        leberzirrhose
        leberentzündung
        gelbsucht
        magenschleimhautentzündung
        magengeschwür
        zwölffingerdarmgeschwür
        sodbrennen
        refluxkrankheit
        reizdarm
        reizdarmsyndrom
        morbus crohn
        colitis ulcerosa
        blinddarmentzündung
        gallensteine
        gallenkolik
        harnwegsinfekt
        harnwegsinfektion
        blasenentzündung
        blutarmut
        anämie
        eisenmangelanämie
        schilddrüsenunterfunktion
        schilddrüsenüberfunktion
        hypothyreose
        hyperthyreose
        übergewicht
        adipositas
        fettleibigkeit
        allergie
        heuschnupfen
        neurodermitis
        ekzem
        schuppenflechte
        tuberkulose
        hiv-positiv
        hiv-infektion
        präeklampsie
        schwangerschaftsvergiftung
        fehlgeburt
        atemnot
        kurzatmigkeit
        luftnot
        brustschmerzen
        thoraxschmerzen
        schwindelgefühl
        übelkeit
        erbrechen
        durchfall
        herzrasen
        herzstolpern
        sehnenentzündung
        sehnenscheidenentzündung
        karpaltunnelsyndrom
        gehirnerschütterung
        bauchschmerzen
        thrombose
        lungenembolie
        diabète
        diabète de type 1
        diabète de type 2
        diabète type 2
        diabétique
        diabète gestationnel
        hypertension artérielle
        tension artérielle élevée
        hypertendu
        asthme
        crise d'asthme
        bronchopneumopathie chronique obstructive
        emphysème pulmonaire
        insuffisance cardiaque
        infarctus du myocarde
        infarctus
        crise cardiaque
        accident vasculaire cérébral
        accident ischémique transitoire
        fibrillation auriculaire
        angine de poitrine
        pneumopathie
        bronchite
        bronchiolite
        grippe saisonnière
        rhume
        toux
        toux sèche
        fièvre
        maux de tête
        mal de tête
        céphalées
        lombalgie
        mal de dos
        douleurs lombaires
        sciatique
        hernie discale
        arthrite
        polyarthrite rhumatoïde
        fracture du poignet
        fracture du col du fémur
        fracture de la hanche
        entorse
        entorse de la cheville
        état dépressif
        syndrome dépressif
        anxiété
        trouble anxieux
        crise d'angoisse
        crises d'angoisse
        attaques de panique
        trouble panique
        insomnie
        épuisement professionnel
        démence
        maladie d'alzheimer
        maladie de parkinson
        crise d'épilepsie
        sclérose en plaques
        cancer du sein
        cancer du poumon
        cancer de la prostate
        cancer du côlon
        cancer colorectal
        leucémie
        insuffisance rénale
        calculs rénaux
        colique néphrétique
        cirrhose
        cirrhose du foie
        hépatite
        hépatite virale
        gastrite
        ulcère gastrique
        ulcère de l'estomac
        reflux gastro-œsophagien
        brûlures d'estomac
        syndrome de l'intestin irritable
        côlon irritable
        maladie de crohn
        appendicite
        calculs biliaires
        infection urinaire
        cystite
        anémie
        hypothyroïdie
        hyperthyroïdie
        obésité
        surpoids
        dermatite atopique
        tuberculose
        paludisme
        séropositif
        prééclampsie
        pré-éclampsie
        fausse couche
        essoufflement
        dyspnée
        douleur thoracique
        douleurs thoraciques
        vertiges
        étourdissements
        nausées
        vomissements
        diarrhée
        tendinite
        syndrome du canal carpien
        commotion cérébrale
        traumatisme crânien
        mal de ventre
        douleurs abdominales
        embolie pulmonaire
        phlébite
        diabetes tipo 1
        diabetes tipo 2
        diabetes mellitus tipo 2
        diabético
        diabética
        diabetes gestacional
        hipertensión
        hipertensión arterial
        presión alta
        tensión alta
        asma bronquial
        crisis de asma
        ataque de asma
        enfermedad pulmonar obstructiva crónica
        enfisema pulmonar
        insuficiencia cardiaca
        infarto
        infarto agudo de miocardio
        infarto de miocardio
        ataque al corazón
        ataque cardiaco
        accidente cerebrovascular
        derrame cerebral
        ictus
        fibrilación auricular
        angina de pecho
        neumonía
        pulmonía
        bronquitis
        resfriado
        resfriado común
        catarro
        tos seca
        tos persistente
        fiebre
        fiebre alta
        dolor de cabeza
        cefalea
        migraña
        dolor de espalda
        lumbalgia
        dolor lumbar
        ciática
        hernia discal
        artritis
        artrosis
        artritis reumatoide
        fractura
        fractura de cadera
        fractura de muñeca
        esguince
        esguince de tobillo
        depresión
        ansiedad
        trastorno de ansiedad
        ataques de pánico
        crisis de pánico
        insomnio
        síndrome de desgaste profesional
        demencia
        enfermedad de alzheimer
        enfermedad de parkinson
        epilepsia
        esclerosis múltiple
        cáncer de mama
        cáncer de pulmón
        cáncer de próstata
        cáncer de colon
        cáncer colorrectal
        leucemia
        insuficiencia renal
        insuficiencia renal crónica
        cálculos renales
        piedras en el riñón
        cólico renal
        cirrosis
        cirrosis hepática
        úlcera gástrica
        úlcera péptica
        reflujo gastroesofágico
        acidez estomacal
        síndrome del intestino irritable
        enfermedad de crohn
        apendicitis
        cálculos biliares
        piedras en la vesícula
        infección urinaria
        infección de orina
        infección del tracto urinario
        hipotiroidismo
        hipertiroidismo
        obesidad
        sobrepeso
        alergia
        eccema
        dermatitis atópica
        paludismo
        seropositivo
        preeclampsia grave
        aborto espontáneo
        falta de aire
        dificultad para respirar
        disnea
        dolor torácico
        dolor en el pecho
        mareo
        mareos
        náuseas
        vómitos
        diarrea
        palpitaciones
        síndrome del túnel carpiano
        conmoción cerebral
        traumatismo craneoencefálico
        dolor abdominal
        dolor de estómago
        hipertensão
        hipertensão arterial
        pressão alta
        tensão alta
        tensão arterial alta
        asma brônquica
        crise de asma
        doença pulmonar obstrutiva crónica
        infarto agudo do miocárdio
        enfarte do miocárdio
        enfarte
        acidente vascular cerebral
        fibrilação atrial
        fibrilhação auricular
        angina de peito
        broncopneumonia
        bronquite
        constipação
        tosse
        tosse seca
        febre
        febre alta
        dor de cabeça
        cefaleia
        enxaqueca
        dor nas costas
        dor lombar
        lombalgia
        hérnia de disco
        artrite
        artrose
        artrite reumatoide
        fratura
        fratura do colo do fêmur
        fractura do colo do fémur
        fratura do punho
        depressão
        ansiedade
        transtorno de ansiedade
        perturbação de ansiedade
        crise de pânico
        síndrome do pânico
        insônia
        esgotamento profissional
        doença de alzheimer
        mal de alzheimer
        doença de parkinson
        esclerose múltipla
        cancro da mama
        câncer de pulmão
        cancro do pulmão
        cancro da próstata
        cancro do cólon
        câncer colorretal
        cancro colorretal
        cálculo renal
        pedra nos rins
        cirrose
        cirrose hepática
        úlcera no estômago
        refluxo gastroesofágico
        azia
        síndrome do intestino irritável
        doença de crohn
        apendicite
        pedra na vesícula
        infecção urinária
        infeção urinária
        hipotireoidismo
        hipertireoidismo
        obesidade
        excesso de peso
        dermatite atópica
        psoríase
        febre da dengue
        soropositivo
        falta de ar
        dificuldade para respirar
        dispneia
        dor no peito
        dor torácica
        tontura
        tonturas
        vertigem
        enjoo
        diarreia
        palpitações
        síndrome do túnel do carpo
        síndrome do túnel cárpico
        concussão cerebral
        traumatismo craniano
        dor abdominal
        dor de barriga
        diabete di tipo 1
        diabete di tipo 2
        diabete tipo 2
        diabete gestazionale
        ipertensione
        ipertensione arteriosa
        pressione alta
        asma bronchiale
        attacco d'asma
        broncopneumopatia cronica ostruttiva
        enfisema polmonare
        insufficienza cardiaca
        scompenso cardiaco
        infarto del miocardio
        infarto miocardico acuto
        attacco cardiaco
        ictus cerebrale
        fibrillazione atriale
        polmonite
        raffreddore
        febbre
        mal di testa
        emicrania
        mal di schiena
        sciatalgia
        ernia del disco
        ernia discale
        artrosi
        osteoporosi
        frattura
        frattura del femore
        frattura del polso
        distorsione alla caviglia
        depressione
        ansia
        disturbo d'ansia
        attacchi di panico
        insonnia
        esaurimento nervoso
        demenza
        morbo di alzheimer
        malattia di alzheimer
        morbo di parkinson
        malattia di parkinson
        epilessia
        sclerosi multipla
        tumore al seno
        cancro al seno
        carcinoma mammario
        tumore al polmone
        cancro ai polmoni
        tumore alla prostata
        tumore del colon
        cancro al colon
        insufficienza renale
        calcoli renali
        colica renale
        cirrosi epatica
        epatite
        reflusso gastroesofageo
        bruciore di stomaco
        sindrome dell'intestino irritabile
        colon irritabile
        morbo di crohn
        calcoli biliari
        infezione urinaria
        infezione delle vie urinarie
        cistite
        ipotiroidismo
        ipertiroidismo
        obesità
        sovrappeso
        allergia
        psoriasi
        tubercolosi
        sieropositivo
        gestosi
        aborto spontaneo
        mancanza di respiro
        affanno
        dispnea
        dolore toracico
        dolore al petto
        vertigini
        capogiro
        vomito
        palpitazioni
        sindrome del tunnel carpale
        commozione cerebrale
        trauma cranico
        mal di pancia
        suikerziekte
        suikerpatiënt
        zwangerschapsdiabetes
        hoge bloeddruk
        hypertensie
        astma
        longemfyseem
        hartfalen
        hartinfarct
        hartaanval
        beroerte
        herseninfarct
        hersenbloeding
        boezemfibrilleren
        atriumfibrilleren
        longontsteking
        griep
        verkoudheid
        hoest
        koorts
        hoofdpijn
        rugpijn
        lage rugpijn
        rughernia
        reumatoïde artritis
        reuma
        botbreuk
        heupfractuur
        polsbreuk
        gebroken pols
        verstuiking
        verzwikte enkel
        depressie
        angststoornis
        paniekaanvallen
        paniekstoornis
        slapeloosheid
        slaapproblemen
        overspannenheid
        dementie
        ziekte van alzheimer
        ziekte van parkinson
        multiple sclerose
        borstkanker
        longkanker
        prostaatkanker
        darmkanker
        kanker
        leukemie
        nierfalen
        nierinsufficiëntie
        nierstenen
        levercirrose
        leverontsteking
        maagontsteking
        maagzweer
        brandend maagzuur
        prikkelbare darm
        prikkelbaredarmsyndroom
        ziekte van crohn
        blindedarmontsteking
        galstenen
        urineweginfectie
        blaasontsteking
        bloedarmoede
        trage schildklier
        snelle schildklier
        hypothyreoïdie
        hyperthyreoïdie
        overgewicht
        obesitas
        hooikoorts
        eczeem
        knokkelkoorts
        hiv-positief
        zwangerschapsvergiftiging
        miskraam
        kortademigheid
        benauwdheid
        pijn op de borst
        duizeligheid
        misselijkheid
        braken
        diarree
        hartkloppingen
        peesontsteking
        carpaletunnelsyndroom
        hersenschudding
        buikpijn
        cukrzyca
        cukrzycy
        cukrzyca typu 1
        cukrzyca typu 2
        cukrzycy typu 2
        cukrzyca ciążowa
        nadciśnienie
        nadciśnienia
        nadciśnienie tętnicze
        nadciśnienia tętniczego
        astma oskrzelowa
        astmy
        przewlekła obturacyjna choroba płuc
        rozedma płuc
        niewydolność serca
        niewydolności serca
        zawał serca
        zawału serca
        zawał mięśnia sercowego
        udar mózgu
        udaru mózgu
        udar niedokrwienny
        migotanie przedsionków
        dławica piersiowa
        choroba wieńcowa
        zapalenie płuc
        zapalenia płuc
        zapalenie oskrzeli
        grypa
        grypy
        przeziębienie
        kaszel
        kaszlu
        gorączka
        gorączki
        ból głowy
        bóle głowy
        migrena
        migreny
        ból pleców
        ból kręgosłupa
        bóle kręgosłupa
        rwa kulszowa
        dyskopatia
        przepuklina dysku
        przepuklina krążka międzykręgowego
        zapalenie stawów
        choroba zwyrodnieniowa stawów
        reumatoidalne zapalenie stawów
        osteoporoza
        osteoporozy
        złamanie
        złamanie nadgarstka
        złamanie szyjki kości udowej
        skręcenie stawu skokowego
        skręcenie kostki
        depresja
        depresji
        stany lękowe
        zaburzenia lękowe
        nerwica
        ataki paniki
        napady paniki
        bezsenność
        wypalenie zawodowe
        demencja
        otępienie
        choroba alzheimera
        choroba parkinsona
        padaczka
        padaczki
        epilepsja
        stwardnienie rozsiane
        nowotwór
        nowotworu
        rak piersi
        rak płuca
        rak prostaty
        rak jelita grubego
        białaczka
        białaczki
        niewydolność nerek
        kamica nerkowa
        kamienie nerkowe
        marskość wątroby
        zapalenie wątroby
        żółtaczka
        nieżyt żołądka
        zapalenie błony śluzowej żołądka
        wrzód żołądka
        choroba wrzodowa
        refluks
        refluks żołądkowo-przełykowy
        zgaga
        zespół jelita drażliwego
        choroba leśniowskiego-crohna
        zapalenie wyrostka robaczkowego
        kamica żółciowa
        zakażenie układu moczowego
        infekcja dróg moczowych
        zapalenie pęcherza
        niedokrwistość
        niedoczynność tarczycy
        nadczynność tarczycy
        otyłość
        otyłości
        nadwaga
        uczulenie
        wyprysk
        atopowe zapalenie skóry
        łuszczyca
        gruźlica
        gruźlicy
        zakażenie hiv
        stan przedrzucawkowy
        poronienie
        duszność
        ból w klatce piersiowej
        zawroty głowy
        nudności
        wymioty
        biegunka
        kołatanie serca
        zapalenie ścięgna
        zespół cieśni nadgarstka
        wstrząśnienie mózgu
        ból brzucha
        cukrovka
        cukrovka druhého typu
        diabetes druhého typu
        těhotenská cukrovka
        vysoký krevní tlak
        hypertenze
        chronická obstrukční plicní nemoc
        plicní emfyzém
        srdeční selhání
        infarkt myokardu
        srdeční infarkt
        cévní mozková příhoda
        mozková mrtvice
        mrtvice
        fibrilace síní
        zápal plic
        zánět plic
        zánět průdušek
        bronchitida
        chřipka
        nachlazení
        rýma
        kašel
        horečka
        bolest hlavy
        bolest zad
        bolesti zad
        výhřez ploténky
        vyhřezlá ploténka
        artritida
        artróza
        revmatoidní artritida
        zlomenina
        zlomenina zápěstí
        zlomenina krčku stehenní kosti
        podvrtnutí kotníku
        deprese
        úzkost
        úzkostná porucha
        panické ataky
        nespavost
        syndrom vyhoření
        alzheimerova choroba
        parkinsonova choroba
        roztroušená skleróza
        rakovina
        rakovina prsu
        rakovina plic
        rakovina prostaty
        rakovina tlustého střeva
        selhání ledvin
        ledvinové kameny
        cirhóza jater
        žloutenka
        zánět jater
        gastritida
        žaludeční vřed
        pálení žáhy
        syndrom dráždivého tračníku
        crohnova choroba
        zánět slepého střeva
        žlučové kameny
        infekce močových cest
        zánět močového měchýře
        chudokrevnost
        snížená funkce štítné žlázy
        hypotyreóza
        hypertyreóza
        obezita
        alergie
        lupénka
        tuberkulóza
        preeklampsie
        samovolný potrat
        potrat
        dušnost
        bolest na hrudi
        závratě
        nevolnost
        zvracení
        průjem
        bušení srdce
        zánět šlachy
        syndrom karpálního tunelu
        otřes mozku
        bolest břicha
        infarkt
        pľúcny emfyzém
        srdcový infarkt
        mozgová mŕtvica
        chronická bronchitída
        osteoartróza
        zlomenina krčka stehennej kosti
        vyvrtnutý členok
        panická porucha
        obličkové zlyhanie
        chronické ochorenie obličiek
        refluxná choroba
        zápal močového mechúra
        zvýšená funkcia štítnej žľazy
        nadváha
        bolesti hlavy
        bolesti kĺbov
        točenie hlavy
        vysoký krvný tlak
        hypertenzia
        chronická obštrukčná choroba pľúc
        zlyhanie srdca
        srdcové zlyhanie
        mozgová príhoda
        cievna mozgová príhoda
        fibrilácia predsiení
        zápal pľúc
        zápal priedušiek
        prechladnutie
        nádcha
        horúčka
        bolesť chrbta
        bolesti chrbta
        vysunutá platnička
        reumatoidná artritída
        zlomenina zápästia
        podvrtnutý členok
        depresia
        syndróm vyhorenia
        skleróza multiplex
        rakovina prsníka
        rakovina pľúc
        rakovina hrubého čreva
        zlyhanie obličiek
        obličkové kamene
        cirhóza pečene
        žltačka
        zápal pečene
        žalúdočný vred
        pálenie záhy
        syndróm dráždivého čreva
        zápal slepého čreva
        žlčové kamene
        zápal močových ciest
        infekcia močových ciest
        chudokrvnosť
        znížená funkcia štítnej žľazy
        psoriáza
        dýchavičnosť
        závraty
        zvracanie
        hnačka
        búšenie srdca
        zápal šľachy
        syndróm karpálneho tunela
        otras mozgu
        bolesť brucha
        sockersjuka
        graviditetsdiabetes
        högt blodtryck
        hypertoni
        kroniskt obstruktiv lungsjukdom
        hjärtsvikt
        hjärtinfarkt
        hjärninfarkt
        hjärnblödning
        förmaksflimmer
        kärlkramp
        lunginflammation
        luftrörskatarr
        influensa
        förkylning
        rethosta
        torrhosta
        feber
        huvudvärk
        migrän
        ryggont
        ryggvärk
        ländryggssmärta
        diskbråck
        ledgångsreumatism
        reumatoid artrit
        artros
        benskörhet
        osteoporos
        benbrott
        höftfraktur
        handledsfraktur
        lårbenshalsfraktur
        stukning
        ångest
        ångestsyndrom
        panikångest
        panikattacker
        sömnlöshet
        sömnproblem
        utmattningssyndrom
        utbrändhet
        demens
        alzheimers sjukdom
        parkinsons sjukdom
        epilepsi
        multipel skleros
        bröstcancer
        lungcancer
        prostatacancer
        tjocktarmscancer
        koloncancer
        leukemi
        njursvikt
        njursten
        levercirros
        leverinflammation
        gulsot
        magkatarr
        magsår
        sura uppstötningar
        halsbränna
        irritabel tarm
        crohns sjukdom
        blindtarmsinflammation
        gallsten
        urinvägsinfektion
        blåskatarr
        blodbrist
        anemi
        underfunktion i sköldkörteln
        hypotyreos
        hypertyreos
        giftstruma
        fetma
        övervikt
        allergi
        hösnuva
        eksem
        tuberkulos
        havandeskapsförgiftning
        preeklampsi
        missfall
        andnöd
        andfåddhet
        bröstsmärta
        bröstsmärtor
        yrsel
        illamående
        kräkningar
        diarré
        hjärtklappning
        seninflammation
        hjärnskakning
        magont
        astmaanfald
        hjertesygdom
        tarmkræft
        hudkræft
        bihulebetændelse
        halsbetændelse
        mellemørebetændelse
        hjernehindebetændelse
        gigt
        tør hoste
        kronisk hoste
        sukkersyge
        type 2-diabetes
        type 1-diabetes
        forhøjet blodtryk
        højt blodtryk
        kronisk obstruktiv lungesygdom
        hjertesvigt
        blodprop i hjertet
        blodprop i hjernen
        hjerneblødning
        apopleksi
        atrieflimren
        hjertekrampe
        lungebetændelse
        bronkitis
        forkølelse
        hovedpine
        migræne
        rygsmerter
        ondt i ryggen
        lændesmerter
        iskias
        diskusprolaps
        slidgigt
        leddegigt
        knogleskørhed
        knoglebrud
        hoftebrud
        håndledsbrud
        forstuvning
        angstlidelse
        panikangst
        panikanfald
        søvnløshed
        alzheimers sygdom
        parkinsons sygdom
        dissemineret sklerose
        kræft
        brystkræft
        lungekræft
        prostatakræft
        tyktarmskræft
        leukæmi
        nyresvigt
        nyresten
        skrumpelever
        leverbetændelse
        mavekatar
        mavesår
        halsbrand
        irritabel tyktarm
        crohns sygdom
        blindtarmsbetændelse
        galdesten
        urinvejsinfektion
        blærebetændelse
        blodmangel
        lavt stofskifte
        forhøjet stofskifte
        svær overvægt
        overvægt
        høfeber
        svangerskabsforgiftning
        spontan abort
        åndenød
        brystsmerter
        svimmelhed
        kvalme
        opkastning
        hjertebanken
        senebetændelse
        hjernerystelse
        mavesmerter
        ondt i maven
        kronisk obstruktiv lungesykdom
        benbrudd
        armbrudd
        tarmkreft
        hudkreft
        revmatisme
        ryggprolaps
        hjernehinnebetennelse
        ørebetennelse
        halsbetennelse
        bihulebetennelse
        astmaanfall
        hjerteflimmer
        tørrhoste
        kreftsykdom
        sukkersyke
        svangerskapsdiabetes
        høyt blodtrykk
        hjertesvikt
        hjerteinfarkt
        hjerneslag
        blodpropp i hjernen
        atrieflimmer
        lungebetennelse
        bronkitt
        forkjølelse
        hodepine
        migrene
        ryggsmerter
        vondt i ryggen
        korsryggsmerter
        isjias
        skiveprolaps
        leddgikt
        beinskjørhet
        benskjørhet
        lårhalsbrudd
        håndleddsbrudd
        hoftebrudd
        forstuing
        depresjon
        panikkanfall
        panikklidelse
        søvnløshet
        søvnvansker
        utbrenthet
        alzheimers sykdom
        parkinsons sykdom
        multippel sklerose
        brystkreft
        lungekreft
        prostatakreft
        tykktarmskreft
        nyresvikt
        nyrestein
        leverbetennelse
        magekatarr
        magesår
        halsbrann
        sure oppstøt
        crohns sykdom
        blindtarmbetennelse
        gallestein
        urinveisinfeksjon
        blærebetennelse
        lavt stoffskifte
        høyt stoffskifte
        fedme
        overvekt
        høysnue
        svangerskapsforgiftning
        spontanabort
        tungpust
        pustevansker
        svimmelhet
        oppkast
        diaré
        hjertebank
        seneskjedebetennelse
        magesmerter
        vondt i magen
        sokeritauti
        tyypin 1 diabetes
        tyypin 2 diabetes
        aikuistyypin diabetes
        raskausdiabetes
        verenpainetauti
        korkea verenpaine
        kohonnut verenpaine
        keuhkoahtaumatauti
        sydämen vajaatoiminta
        sydäninfarkti
        sydänkohtaus
        aivoinfarkti
        aivohalvaus
        aivoverenvuoto
        eteisvärinä
        rasitusrintakipu
        sepelvaltimotauti
        keuhkokuume
        keuhkoputkentulehdus
        influenssa
        flunssa
        nuhakuume
        vilustuminen
        yskä
        kuume
        päänsärky
        migreeni
        selkäkipu
        alaselkäkipu
        välilevytyrä
        niveltulehdus
        nivelrikko
        nivelreuma
        osteoporoosi
        luukato
        luunmurtuma
        murtuma
        reisiluun kaulan murtuma
        rannemurtuma
        nyrjähdys
        masennus
        ahdistus
        ahdistuneisuushäiriö
        paniikkihäiriö
        paniikkikohtaus
        unettomuus
        työuupumus
        uupumus
        muistisairaus
        alzheimerin tauti
        parkinsonin tauti
        multippeliskleroosi
        syöpä
        rintasyöpä
        keuhkosyöpä
        eturauhassyöpä
        paksusuolen syöpä
        munuaisten vajaatoiminta
        munuaiskivi
        munuaiskivet
        maksakirroosi
        maksatulehdus
        keltatauti
        mahakatarri
        mahahaava
        refluksitauti
        närästys
        ärtyvän suolen oireyhtymä
        crohnin tauti
        umpilisäkkeen tulehdus
        umpisuolentulehdus
        sappikivet
        virtsatieinfektio
        virtsatietulehdus
        rakkotulehdus
        raudanpuuteanemia
        kilpirauhasen vajaatoiminta
        kilpirauhasen liikatoiminta
        lihavuus
        ylipaino
        siitepölyallergia
        ihottuma
        atooppinen ihottuma
        psoriaasi
        tuberkuloosi
        raskausmyrkytys
        keskenmeno
        hengenahdistus
        rintakipu
        huimaus
        pahoinvointi
        oksentelu
        oksennus
        ripuli
        sydämentykytys
        jännetulehdus
        rannekanavaoireyhtymä
        aivotärähdys
        vatsakipu
        şeker hastalığı
        şeker hastası
        diyabet
        tip 1 diyabet
        tip 2 diyabet
        gebelik diyabeti
        gestasyonel diyabet
        yüksek tansiyon
        hipertansiyon
        tansiyon hastası
        astım
        kronik obstrüktif akciğer hastalığı
        amfizem
        kalp yetmezliği
        kalp krizi
        miyokard enfarktüsü
        inme
        felç
        beyin kanaması
        atriyal fibrilasyon
        anjina pektoris
        zatürre
        zatürree
        pnömoni
        bronşit
        grip enfeksiyonu
        soğuk algınlığı
        nezle
        öksürük
        kuru öksürük
        yüksek ateş
        baş ağrısı
        migren
        bel ağrısı
        sırt ağrısı
        siyatik
        bel fıtığı
        disk hernisi
        boyun fıtığı
        romatoid artrit
        kireçlenme
        eklem iltihabı
        kemik erimesi
        osteoporoz
        kemik kırığı
        kalça kırığı
        el bileği kırığı
        burkulma
        ayak bileği burkulması
        depresyon
        anksiyete
        kaygı bozukluğu
        panik atak
        panik bozukluk
        uykusuzluk
        tükenmişlik sendromu
        demans
        bunama
        alzheimer hastalığı
        parkinson hastalığı
        multipl skleroz
        kanser
        meme kanseri
        akciğer kanseri
        prostat kanseri
        kolon kanseri
        kalın bağırsak kanseri
        lösemi
        kan kanseri
        böbrek yetmezliği
        böbrek taşı
        karaciğer sirozu
        siroz
        hepatit
        sarılık
        gastrit
        mide ülseri
        reflü
        mide yanması
        huzursuz bağırsak sendromu
        crohn hastalığı
        apandisit
        safra taşı
        idrar yolu enfeksiyonu
        kansızlık
        hipotiroidi
        hipertiroidi
        obezite
        şişmanlık
        alerji
        egzama
        sedef hastalığı
        verem
        tüberküloz
        sıtma
        dang humması
        gebelik zehirlenmesi
        düşük yapma
        nefes darlığı
        göğüs ağrısı
        baş dönmesi
        mide bulantısı
        bulantı
        kusma
        ishal
        çarpıntı
        tendinit
        karpal tünel sendromu
        beyin sarsıntısı
        karın ağrısı
        diabet
        diabet zaharat
        diabet de tip 1
        diabet de tip 2
        diabet tip 2
        diabet gestațional
        hipertensiune arterială
        tensiune arterială mare
        tensiune mare
        astm
        astm bronșic
        bronhopneumopatie obstructivă cronică
        insuficiență cardiacă
        infarct miocardic
        atac de cord
        accident vascular cerebral
        fibrilație atrială
        angină pectorală
        bronșită
        gripă
        răceală
        tuse
        tuse seacă
        febră
        durere de cap
        dureri de cap
        cefalee
        durere de spate
        dureri de spate
        hernie de disc
        artrită
        poliartrită reumatoidă
        fractură de șold
        entorsă
        depresie
        anxietate
        tulburare de anxietate
        atacuri de panică
        demență
        boala alzheimer
        boala parkinson
        scleroză multiplă
        cancer de sân
        cancer pulmonar
        insuficiență renală
        pietre la rinichi
        litiază renală
        ciroză
        ciroză hepatică
        hepatită
        gastrită
        ulcer gastric
        reflux gastroesofagian
        arsuri la stomac
        sindromul colonului iritabil
        boala crohn
        apendicită
        pietre la fiere
        litiază biliară
        infecție urinară
        hipotiroidism
        hipertiroidism
        obezitate
        psoriazis
        tuberculoză
        malarie
        avort spontan
        dificultăți de respirație
        durere în piept
        amețeală
        amețeli
        greață
        vărsături
        diaree
        palpitații
        tendinită
        sindromul de tunel carpian
        comoție cerebrală
        dureri abdominale
        cukorbetegség
        cukorbeteg
        gerincsérv
        porckorongsérv
        2-es típusú cukorbetegség
        1-es típusú cukorbetegség
        2-es típusú diabétesz
        terhességi cukorbetegség
        magas vérnyomás
        asztma
        krónikus obstruktív tüdőbetegség
        szívelégtelenség
        szívinfarktus
        szívroham
        agyvérzés
        agyi infarktus
        pitvarfibrilláció
        tüdőgyulladás
        hörghurut
        megfázás
        nátha
        köhögés
        magas láz
        lázas
        fejfájás
        hátfájás
        derékfájás
        isiász
        porckorongsérv
        ízületi gyulladás
        artrózis
        ízületi kopás
        reumatoid artritisz
        csontritkulás
        csonttörés
        combnyaktörés
        csuklótörés
        bokaficam
        depresszió
        szorongás
        szorongásos zavar
        pánikroham
        álmatlanság
        kiégés
        alzheimer-kór
        parkinson-kór
        epilepszia
        sclerosis multiplex
        mellrák
        tüdőrák
        prosztatarák
        vastagbélrák
        veseelégtelenség
        vesekő
        májzsugor
        májcirrózis
        májgyulladás
        sárgaság
        gyomorhurut
        gyomorfekély
        refluxbetegség
        gyomorégés
        irritábilis bél szindróma
        crohn-betegség
        vakbélgyulladás
        epekő
        húgyúti fertőzés
        hólyaghurut
        vérszegénység
        pajzsmirigy-alulműködés
        pajzsmirigy-túlműködés
        elhízás
        túlsúly
        ekcéma
        pikkelysömör
        tuberkulózis
        terhességi toxémia
        vetélés
        légszomj
        nehézlégzés
        mellkasi fájdalom
        szédülés
        hányinger
        hányás
        hasmenés
        szívdobogás
        ínhüvelygyulladás
        kéztőalagút-szindróma
        agyrázkódás
        hasfájás
        prijelom kosti
        prelom kosti
        šećerna bolest
        dijabetes
        dijabetes tipa 1
        dijabetes tipa 2
        gestacijski dijabetes
        visoki krvni tlak
        povišen krvni tlak
        visok pritisak
        hipertenzija
        kronična opstruktivna plućna bolest
        hronična opstruktivna bolest pluća
        zatajenje srca
        srčana insuficijencija
        srčani udar
        infarkt miokarda
        moždani udar
        fibrilacija atrija
        upala pluća
        upala bronha
        prehlada
        kašalj
        povišena temperatura
        groznica
        glavobolja
        bol u leđima
        bolovi u leđima
        križobolja
        išijas
        diskus hernija
        hernija diska
        reumatoidni artritis
        prijelom kuka
        prelom ručnog zgloba
        uganuće
        iščašenje
        depresija
        anksioznost
        anksiozni poremećaj
        napadi panike
        panični napadi
        nesanica
        sindrom sagorijevanja
        demencija
        alzheimerova bolest
        parkinsonova bolest
        epilepsija
        multipla skleroza
        rak dojke
        rak prostate
        rak debelog crijeva
        leukemija
        zatajenje bubrega
        bubrežni kamenci
        kamen u bubregu
        ciroza jetre
        žutica
        čir na želucu
        žgaravica
        sindrom iritabilnog crijeva
        crohnova bolest
        upala slijepog crijeva
        žučni kamenci
        infekcija mokraćnih puteva
        upala mokraćnog mjehura
        anemija
        slabokrvnost
        hipotireoza
        hipertireoza
        gojaznost
        pretilost
        prekomjerna težina
        alergija
        ekcem
        psorijaza
        preeklampsija
        spontani pobačaj
        pobačaj
        kratkoća daha
        otežano disanje
        bol u prsima
        bol u grudima
        vrtoglavica
        mučnina
        povraćanje
        proljev
        dijareja
        lupanje srca
        upala tetive
        sindrom karpalnog tunela
        potres mozga
        bol u trbuhu
        sladkorna bolezen tipa 1
        sladkorni bolnik
        nosečniška sladkorna bolezen
        nizek krvni tlak
        možganski infarkt
        akutni bronhitis
        kronični kašelj
        visoka vročina
        zvišana telesna temperatura
        glavoboli
        vnetje sklepov
        revmatizem
        zlom roke
        zlom noge
        anksiozna motnja
        motnje spanja
        rak pljuč
        kronična ledvična bolezen
        razjeda na želodcu
        refluksna bolezen
        vnetje sečil
        seneni nahod
        atopijski dermatitis
        omotica
        palpitacije
        sladkorna bolezen
        sladkorna bolezen tipa 2
        povišan krvni tlak
        visok krvni tlak
        kronična obstruktivna pljučna bolezen
        srčno popuščanje
        srčni infarkt
        srčna kap
        možganska kap
        atrijska fibrilacija
        pljučnica
        prehlad
        kašelj
        povišana telesna temperatura
        glavobol
        bolečine v hrbtu
        bolečina v križu
        išias
        revmatoidni artritis
        zlom kolka
        zlom zapestja
        zvin gležnja
        tesnoba
        panični napad
        nespečnost
        izgorelost
        demenca
        alzheimerjeva bolezen
        parkinsonova bolezen
        pljučni rak
        rak debelega črevesa
        levkemija
        odpoved ledvic
        ledvični kamni
        jetrna ciroza
        zlatenica
        vnetje jeter
        želodčna razjeda
        sindrom razdražljivega črevesja
        crohnova bolezen
        vnetje slepiča
        žolčni kamni
        okužba sečil
        vnetje mehurja
        hipotiroza
        hipertiroza
        debelost
        prekomerna telesna teža
        luskavica
        spontani splav
        težko dihanje
        bolečina v prsih
        bruhanje
        driska
        razbijanje srca
        vnetje kite
        sindrom karpalnega kanala
        pretres možganov
        bolečine v trebuhu
        pening kepala
        kencing manis
        diabetes melitus
        diabetes tipe 1
        diabetes tipe 2
        diabetes gestasional
        tekanan darah tinggi
        darah tinggi
        hipertensi
        penyakit paru obstruktif kronis
        gagal jantung
        serangan jantung
        infark miokard
        angin ahmar
        strok
        fibrilasi atrium
        radang paru-paru
        paru-paru basah
        selesema
        pilek
        batuk
        batuk kering
        batuk berdahak
        demam
        demam tinggi
        sakit kepala
        migrain
        sakit punggung
        nyeri punggung
        sakit pinggang
        nyeri punggung bawah
        saraf terjepit
        radang sendi
        osteoartritis
        artritis reumatoid
        pengeroposan tulang
        patah tulang
        retak tulang
        patah pergelangan tangan
        keseleo
        terkilir
        depresi
        kecemasan
        gangguan kecemasan
        serangan panik
        sulit tidur
        susah tidur
        demensia
        pikun
        penyakit alzheimer
        penyakit parkinson
        sklerosis multipel
        kanker payudara
        kanser payudara
        kanker paru-paru
        kanker prostat
        kanker usus besar
        kanser usus besar
        kanker darah
        gagal ginjal
        batu ginjal
        batu karang
        sirosis hati
        radang hati
        penyakit kuning
        sakit kuning
        maag
        sakit maag
        tukak lambung
        asam lambung
        refluks asam lambung
        sindrom iritasi usus besar
        penyakit crohn
        usus buntu
        radang usus buntu
        batu empedu
        infeksi saluran kemih
        jangkitan saluran kencing
        kurang darah
        hipotiroidisme
        hipertiroidisme
        kegemukan
        alergi
        eksim
        tuberkulosis
        batuk berdarah
        demam berdarah
        demam berdarah dengue
        demam denggi
        hiv positif
        preeklamsia
        keguguran
        sesak napas
        sesak nafas
        nyeri dada
        nyeri kepala
        nyeri perut
        nyeri sendi
        nyeri pinggang
        sakit dada
        bukhar
        bukhaar
        tez bukhar
        tez bukhaar
        khansi
        khaansi
        zukam
        zukaam
        sar dard
        sir dard
        pet dard
        kamar dard
        chakkar
        peeliya
        pathri
        sugar ki bimari
        dil ki bimari
        pusing
        mual
        muntah
        jantung berdebar
        berdebar-debar
        radang tendon
        sindrom terowongan karpal
        sindrom lorong karpal
        gegar otak
        sakit perut
        sakit sa puso
        sakit sa baga
        mataas na asukal sa dugo
        mataas ang presyon
        sakit ng kasukasuan
        pananakit ng kasukasuan
        bulutong-tubig
        tigdas
        sakit sa balat
        pamamaga ng atay
        paninilaw
        pagtitibi
        pananakit ng tiyan
        pangingisay
        kombulsyon
        diyabetis
        diabetis
        altapresyon
        mataas na presyon
        hika
        atake ng hika
        pagpalya ng puso
        atake sa puso
        istrok
        pulmonya
        inuubo
        may ubo
        tuyong ubo
        ubo at sipon
        sipon
        trangkaso
        lagnat
        mataas na lagnat
        sakit ng ulo
        pananakit ng ulo
        sakit sa likod
        pananakit ng likod
        rayuma
        artraytis
        bali sa buto
        baling buto
        pilay
        pagkabalisa
        hindi makatulog
        insomya
        demensya
        sakit na alzheimer
        epilepsya
        kanser sa suso
        kanser sa baga
        kanser sa prostate
        kanser sa bituka
        lukemya
        sakit sa bato
        bato sa bato
        sakit sa atay
        ulser
        ulser sa tiyan
        apendisitis
        impeksyon sa ihi
        anemya
        kulang sa dugo
        katabaan
        sobrang timbang
        alerdyi
        alerhiya
        eksema
        tisis
        malarya
        pagkalaglag
        nakunan
        hirap sa paghinga
        kapos sa hininga
        sakit sa dibdib
        pananakit ng dibdib
        pagkahilo
        nahihilo
        pagduduwal
        nasusuka
        pagsusuka
        pagtatae
        kabog ng dibdib
        sinat
        sakit ng tiyan
        homa ya manjano
        ugonjwa wa moyo
        ugonjwa wa figo
        ugonjwa wa ini
        ugonjwa wa akili
        kuvimbiwa
        kikohozi kikavu
        kikohozi cha damu
        kisonono
        kaswende
        surua
        tetekuwanga
        maumivu ya magoti
        kupooza
        shinikizo la chini la damu
        kisukari aina ya pili
        kisukari aina ya kwanza
        saratani ya shingo ya kizazi
        saratani ya ini
        kuvunjika kwa mfupa
        mgonjwa wa kisukari
        kuumwa na kichwa
        kisukari
        ugonjwa wa kisukari
        shinikizo la damu
        shinikizo la juu la damu
        pumu
        ugonjwa wa pumu
        moyo kushindwa kufanya kazi
        mshtuko wa moyo
        kiharusi
        nimonia
        homa ya mapafu
        mafua
        kikohozi
        homa
        homa kali
        maumivu ya kichwa
        kipandauso
        maumivu ya mgongo
        maumivu ya viungo
        baridi yabisi
        kuvunjika mfupa
        kuteguka
        sonona
        msongo wa mawazo
        ugonjwa wa wasiwasi
        kukosa usingizi
        kifafa
        saratani
        saratani ya matiti
        saratani ya mapafu
        saratani ya tezi dume
        saratani ya utumbo mpana
        saratani ya damu
        figo kushindwa kufanya kazi
        mawe kwenye figo
        homa ya ini
        vidonda vya tumbo
        kiungulia
        upungufu wa damu
        unene kupita kiasi
        mzio
        ukurutu
        kifua kikuu
        homa ya malaria
        homa ya dengue
        ukimwi
        virusi vya ukimwi
        kifafa cha mimba
        kuharibika kwa mimba
        mimba kuharibika
        kupumua kwa shida
        maumivu ya kifua
        kizunguzungu
        kichefuchefu
        kutapika
        kuhara
        maambukizi ya njia ya mkojo
        maumivu ya tumbo
        kipindupindu
        bị sảy thai
        sảy thai liên tiếp
        tiểu đường
        bệnh tiểu đường
        đái tháo đường
        đái tháo đường type 2
        tiểu đường type 2
        tiểu đường tuýp 2
        tiểu đường tuýp 1
        tiểu đường thai kỳ
        cao huyết áp
        tăng huyết áp
        huyết áp cao
        hen suyễn
        hen phế quản
        bệnh phổi tắc nghẽn mạn tính
        suy tim
        nhồi máu cơ tim
        đột quỵ
        tai biến mạch máu não
        rung nhĩ
        đau thắt ngực
        viêm phổi
        viêm phế quản
        bệnh cúm
        bị cảm cúm
        cảm lạnh
        bị ho
        ho khan
        ho có đờm
        sốt cao
        bị sốt
        đau đầu
        nhức đầu
        đau nửa đầu
        đau lưng
        đau thắt lưng
        đau thần kinh tọa
        thoát vị đĩa đệm
        viêm khớp
        thoái hóa khớp
        viêm khớp dạng thấp
        loãng xương
        gãy xương
        gãy cổ tay
        gãy cổ xương đùi
        bong gân
        trầm cảm
        rối loạn lo âu
        cơn hoảng loạn
        mất ngủ
        kiệt sức
        sa sút trí tuệ
        bệnh alzheimer
        bệnh parkinson
        động kinh
        đa xơ cứng
        ung thư
        ung thư vú
        ung thư phổi
        ung thư tuyến tiền liệt
        ung thư đại tràng
        ung thư máu
        bệnh bạch cầu
        suy thận
        sỏi thận
        xơ gan
        viêm gan
        viêm gan b
        viêm dạ dày
        loét dạ dày
        trào ngược dạ dày
        trào ngược dạ dày thực quản
        hội chứng ruột kích thích
        bệnh crohn
        viêm ruột thừa
        sỏi mật
        nhiễm trùng đường tiết niệu
        viêm đường tiết niệu
        thiếu máu
        suy giáp
        cường giáp
        béo phì
        dị ứng
        bệnh chàm
        viêm da cơ địa
        vảy nến
        bệnh lao
        lao phổi
        sốt rét
        sốt xuất huyết
        nhiễm hiv
        tiền sản giật
        khó thở
        đau ngực
        chóng mặt
        buồn nôn
        nôn mửa
        tiêu chảy
        tim đập nhanh
        đánh trống ngực
        hội chứng ống cổ tay
        chấn động não
        đau bụng
        შაქრიანი დიაბეტი
        შაქრიანი დიაბეტით
        დიაბეტი
        დიაბეტით
        ჰიპერტენზია
        ჰიპერტენზიით
        არტერიული ჰიპერტენზია
        ჰიპერტონია
        ასთმა
        ბრონქული ასთმა
        პნევმონია
        პნევმონიით
        მიოკარდიუმის ინფარქტი
        ინფარქტი
        ინსულტი
        გულის უკმარისობა
        გულის იშემიური დაავადება
        თირკმლის უკმარისობა
        თირკმლის ქრონიკული დაავადება
        ანემია
        დეპრესია
        ეპილეფსია
        ბრონქიტი
        გასტრიტი
        ჰეპატიტი
        ტუბერკულოზი
        კიბო
        ძუძუს კიბო
        ართრიტი
        რევმატოიდული ართრიტი
        ოსტეოართრიტი
        ოსტეოპოროზი
        შაკიკი
        მიგრენი
        ალერგია
        წყლული
        ჰიპოთირეოზი
        ჰიპერთირეოზი
        წინაგულების ფიბრილაცია
        ფილტვის ქრონიკული ობსტრუქციული დაავადება
        ციროზი
        დემენცია
        ალცჰეიმერის დაავადება
        პარკინსონის დაავადება
        შიზოფრენია
        ბიპოლარული აშლილობა
        ინფლუენცა
        გრიპი
        sífilis
        sífilis congênita
        sífilis congénita
        desnutrición aguda severa
        desnutrición crónica
        malnutrition aiguë sévère
        utapiamlo
        utapiamlo mkali
        demir eksikliği
        demir eksikliği anemisi
        """
    /// Generic names of common medicines as other languages write them, one a line, lower-case.
    static let worldMedicationNames = """
        metformina
        metformine
        metformiini
        amoxicilina
        amoxicillina
        amoxicilline
        amoksycylina
        amoxicilin
        amoksisilin
        amoksicilin
        amoksisilliini
        amoxicilina con ácido clavulánico
        amoxicillina e acido clavulanico
        amoxicilline acide clavulanique
        ácido clavulánico
        acide clavulanique
        clavulansäure
        ibuprofeno
        ibuprofene
        ibuprofeeni
        paracetamolo
        parasetamol
        parasetamoli
        acetaminofén
        acetaminofeno
        metamizol
        metamizolo
        dipirona
        omeprazol
        omeprazolo
        omepratsoli
        pantoprazol
        pantoprazolo
        pantopratsoli
        esomeprazol
        esomeprazolo
        lansoprazol
        lansoprazolo
        ranitidina
        ranitidin
        famotidina
        famotidin
        atorvastatina
        atorvastatine
        atorwastatyna
        atorvastatiini
        simvastatina
        sinvastatina
        simvastatine
        simwastatyna
        tikagrelor
        simvastatiini
        rosuvastatina
        rosuvastatine
        rosuwastatyna
        pravastatina
        amlodipino
        amlodipina
        amlodipin
        amlodypina
        amlodipiini
        ramipriili
        ramipryl
        enalapriili
        peryndopryl
        losartaani
        walsartan
        valsartaani
        kandesartaani
        bisoprololi
        bisoprololo
        metoprololi
        metoprololo
        atenololo
        propranololo
        carvedilolo
        nebivololo
        nifedipino
        nifedipina
        nifedipin
        hidroclorotiazida
        idroclorotiazide
        hydrochlorothiazid
        hydrochloorthiazide
        hydrochlorotiazyd
        hidroklorotiyazid
        hydroklortiazid
        indapamid
        indapamida
        furosemida
        furosemid
        furosemidi
        torasemid
        torasemida
        espironolactona
        spironolattone
        spironolacton
        spironolakton
        spironolaktoni
        doxazosina
        doxazosine
        doksazosyna
        clonidina
        clonidin
        hidralazina
        metildopa
        metyldopa
        warfarina
        warfarine
        varfarin
        varfariini
        acenocumarol
        acenokumarol
        klopidogrel
        rywaroksaban
        apiksaban
        enoxaparina
        enoxaparine
        enoksaparyna
        enoksaparin
        heparina
        eparina
        héparine
        heparyna
        ácido acetilsalicílico
        acide acétylsalicylique
        acetylsalicylsäure
        kwas acetylosalicylowy
        acetylsalicylzuur
        asetilsalisilik asit
        kyselina acetylsalicylová
        aspirina
        aspirine
        aspiryna
        digoxina
        digossina
        digoxine
        digoksyna
        digoksin
        amiodarona
        amiodaron
        nitroglicerina
        nitroglyzerin
        nitrogliceryna
        nitrogliserin
        mononitrato de isosorbida
        levotiroxina
        levothyroxin
        lewotyroksyna
        levotiroksin
        levotyroxin
        levotyroksiini
        l-thyroxin
        insulina
        insuline
        insuliini
        inzulin
        insulina glargina
        sitagliptina
        sitagliptine
        sitagliptyna
        empagliflozina
        empagliflozine
        dapagliflozina
        dapagliflozine
        gliclazida
        gliclazid
        gliklazyd
        gliklazid
        glimepirida
        glimepirid
        glimepiryd
        glibenclamida
        glibenclamid
        glibenklamid
        liraglutida
        liraglutid
        semaglutida
        semaglutid
        sertralina
        sertralin
        sertraliini
        fluoxetina
        fluoxetin
        fluoksetyna
        fluoksetin
        fluoksetiini
        essitalopram
        essitalopraami
        sitalopraami
        paroxetina
        paroxetin
        paroksetyna
        paroksetin
        venlafaxina
        venlafaxin
        wenlafaksyna
        venlafaksin
        duloxetina
        duloxetin
        duloksetyna
        duloksetin
        mirtazapina
        mirtazapin
        amitriptilina
        amitriptylin
        amitryptylina
        amitriptilin
        quetiapina
        quetiapin
        kwetiapina
        ketiapin
        olanzapina
        olanzapin
        risperidona
        risperidon
        rysperydon
        aripiprazol
        aripiprazolo
        carbonato de litio
        carbonato di litio
        lamotrigina
        lamotrigin
        levetirasetaami
        ácido valproico
        valproinsäure
        kwas walproinowy
        valproato
        valproato sódico
        carbamazepina
        carbamazepin
        karbamazepina
        karbamazepin
        gabapentina
        gabapentine
        gabapentyna
        pregabalina
        pregabaline
        klonazepam
        diatsepaami
        loratsepaami
        alpratsolaami
        zopiclona
        zopiclon
        zopiklon
        metilfenidato
        methylphenidat
        metylofenidat
        metilfenidat
        donepezilo
        memantina
        memantin
        tramadolo
        morfina
        morphin
        morfin
        morfine
        codeína
        codein
        kodeina
        kodein
        oxicodona
        ossicodone
        oxycodon
        oksykodon
        fentanilo
        fentanil
        tilidin
        diclofenaco
        diklofenak
        diklofenaakki
        naproxeno
        naprossene
        naproksen
        ketoprofeno
        ketoprofene
        dexketoprofeno
        meloksykam
        meloksikam
        nimesulida
        nimesulid
        drotaweryna
        baclofeno
        ciclobenzaprina
        tiocolchicoside
        tiocolchicósido
        prednisona
        prednison
        prednizon
        prednisolona
        prednisolon
        prednizolon
        prednisoloni
        dexametasona
        desametasone
        dexamethason
        deksametazon
        dexametason
        hidrocortisona
        idrocortisone
        hydrocortison
        hydrokortyzon
        hidrokortizon
        budesonida
        budesonid
        budezonid
        fluticasona
        flutikazon
        salbutamolo
        tiotropio
        formoterolo
        cetirizina
        cetirizin
        setirizin
        cetyryzyna
        loratadina
        loratadin
        loratadyna
        desloratadina
        hidroxizina
        idrossizina
        hydroxyzin
        hydroksyzyna
        acetilcisteína
        acetylcystein
        acetylocysteina
        asetilsistein
        ambroksol
        dextrometorfano
        destrometorfano
        dextrometorfan
        pseudoefedrina
        pseudoephedrin
        oximetazolina
        oxymetazolin
        betahistina
        betaistina
        betahistin
        betahistyna
        azitromicina
        azithromycine
        azytromycyna
        azitromisin
        azitromycin
        claritromicina
        clarithromycine
        klarytromycyna
        klaritromisin
        ciprofloxacino
        ciprofloxacina
        ciprofloxacine
        cyprofloksacyna
        siprofloksasin
        levofloxacino
        levofloxacina
        lévofloxacine
        lewofloksacyna
        levofloksasin
        doxiciclina
        doxycyclin
        doksycyklina
        doksisiklin
        cefuroxima
        cefuroksym
        sefuroksim
        cefuroxim
        ceftriaxona
        ceftriakson
        seftriakson
        ceftriaxon
        cefalexina
        cefaleksyna
        sefaleksin
        penicilina
        penicillina
        pénicilline
        penicylina
        penisilin
        fenoximetylpenicillin
        nitrofurantoína
        nitrofurantoïne
        nitrofurantoiini
        fosfomicina
        fosfomycine
        fosfomycyna
        cotrimoxazol
        cotrimossazolo
        kotrimoksazol
        metronidazol
        metronidazolo
        fluconazol
        fluconazolo
        flukonazol
        asiklovir
        acyklowir
        zidovudina
        lamivudina
        isoniazida
        izoniazyd
        izoniazid
        rifampicina
        rifampicine
        ryfampicyna
        rifampisin
        etambutol
        etambutolo
        pirazinamida
        pirazinamide
        pyrazinamid
        pirazynamid
        cloroquina
        clorochina
        chlorochina
        klorokin
        quinina
        chinino
        chinina
        hidroxicloroquina
        idrossiclorochina
        hydroxychloroquin
        hydroksychlorochina
        hidroksiklorokin
        ivermectina
        ivermectine
        iwermektyna
        albendazolo
        mebendazol
        mebendazolo
        alopurinol
        allopurinolo
        colchicina
        colchicin
        kolchicyna
        kolşisin
        metotrexato
        metotrexate
        methotrexat
        metotreksat
        alendronato
        acido alendronico
        alendronat
        alendronsäure
        ácido fólico
        acide folique
        folsäure
        kwas foliowy
        foliumzuur
        sulfato ferroso
        solfato ferroso
        colecalciferolo
        metoclopramida
        metoclopramid
        metoklopramid
        domperidona
        domperidon
        loperamida
        loperamid
        lactulosa
        lattulosio
        laktuloza
        mesalazina
        mesalazin
        simeticona
        butilescopolamina
        butylscopolamin
        tamsulosina
        tamsulosine
        tamsulosyna
        finasterida
        finasterid
        finasteryd
        sildenafilo
        tadalafilo
        oxibutinina
        progesterona
        progesteron
        testosterona
        testosteron
        oxitocina
        ossitocina
        ocytocine
        oksytocyna
        tamoxifeno
        tamoxifene
        tamoksyfen
        tamoksifen
        letrozol
        letrozolo
        anastrozol
        anastrozolo
        lidocaína
        lidocain
        lidokain
        lidokaina
        adrenalina
        epinefrina
        noradrenalina
        sulfato de magnesio
        solfato di magnesio
        მეტფორმინი
        ინსულინი
        ამლოდიპინი
        ასპირინი
        პარაცეტამოლი
        ომეპრაზოლი
        ატორვასტატინი
        ლიზინოპრილი
        ამოქსიცილინი
        სალბუტამოლი
        ბისოპროლოლი
        ვარფარინი
        ლევოთიროქსინი
        ფუროსემიდი
        იბუპროფენი
        """
}
