extension Lexicon {
    /// Conditions, diagnoses and findings as English-speaking clinicians and patients write them (US, UK,
    /// Ireland, Australia, New Zealand, Canada, India, South Africa, Nigeria, Kenya, the Philippines), one a line,
    /// lower-case, written for this project.
    static let clinicalEnglishPhrases = """
        abdominal distention
        abdominal mass
        abdominal swelling
        abdominal tb
        abnormal cervical smear
        abnormal liver function tests
        abnormal pap smear
        abnormal smear
        abortus
        abscess
        abscessed tooth
        absence seizure
        absent periods
        abusive head trauma
        ac joint injury
        ac joint separation
        achilles rupture
        achilles tendinopathy
        achilles tendon rupture
        aching joints
        acl rupture
        acne
        acquired brain injury
        acromioclavicular joint injury
        actinic keratoses
        active tb
        acute confusion
        acute confusional state
        acute coronary syndrome
        acute exacerbation of copd
        acute limb ischaemia
        acute lymphoblastic leukaemia
        acute mi
        acute mountain sickness
        acute myeloid leukaemia
        acute on chronic kidney injury
        acute-on-chronic kidney injury
        addison's
        addisons
        addisons disease
        adjustment reaction
        adrenal insufficiency
        af with fast ventricular response
        aids-defining illness
        alcohol dependency
        alcohol excess
        alcohol misuse
        alcohol withdrawal
        alcohol withdrawal syndrome
        allergic reaction
        allergic to penicillin
        allergy to penicillin
        altitude sickness
        alzheimer's
        alzheimers
        alzheimers disease
        amenorrhoea
        amoebiasis
        amoebic dysentery
        anaemia of chronic disease
        anaemic
        anaphylactic reaction
        anemic
        angio-oedema
        anhydramnios
        ankle swelling
        anorexic
        antepartum haemorrhage
        anterior cruciate ligament rupture
        anterior cruciate ligament tear
        anterior mi
        anterior wall mi
        aortic incompetence
        aortic regurgitation
        aphthous ulcers
        aplastic anaemia
        apparent life-threatening event
        appendix mass
        arthralgia
        arthritic
        arthritic knee
        arthritic knees
        asherman's syndrome
        asperger's
        aspergers
        asthmatic
        atopic eczema
        atrial ectopics
        attempted suicide
        atypical mole
        autistic
        autistic spectrum condition
        autistic spectrum disorder
        autoimmune condition
        autoimmune disorder
        av block
        avascular necrosis
        avoidant restrictive food intake disorder
        avulsed tooth
        axial spondyloarthritis
        b12 deficiency
        baby blues
        baby colic
        back ache
        back problems
        back spasm
        backache
        bacteraemia
        bad back
        bad breath
        bad chest
        bad heart
        bad hip
        bad knee
        bad knees
        bad nerves
        baker's cyst
        bakers cyst
        bankart lesion
        barrett's oesophagus
        bartholin cyst
        bartholin's cyst
        bed sores
        bed wetting
        bedsore
        bedsores
        bedwetting
        bee sting allergy
        bells palsy
        belly ache
        bereavement reaction
        beta thalassaemia
        bilateral leg oedema
        bilharzia
        bilharziasis
        biliary colic
        binge drinking
        binge eating
        bipolar
        bipolar affective disorder
        biventricular failure
        bladder problems
        bladder stones
        bladder weakness
        bleed on the brain
        bleeding disorder
        bleeding gums
        bleeding per rectum
        bleeding piles
        blindness
        bloating
        blocked ear
        blocked ears
        blocked fallopian tubes
        blocked nose
        blood clot
        blood clots
        blood in stool
        blood in stools
        blood in the stool
        blood in the urine
        blood in urine
        blood poisoning
        blood pressure problems
        blood sugar problems
        blurred vision
        blurry vision
        body aches
        body pain
        body pains
        bone metastases
        bone mets
        bowel incontinence
        bowel obstruction
        bowel perforation
        bowel problems
        bowel trouble
        brain aneurysm
        brain attack
        brain bleed
        brain haemorrhage
        brain hemorrhage
        brain injury
        brain metastases
        brain mets
        brain tumor
        brain tumour
        breast ca
        breast engorgement
        breast lump
        breast lumps
        breathing difficulties
        breathing difficulty
        breathing problems
        breathing trouble
        breathlessness
        breech baby
        breech position
        breech presentation
        broken collar bone
        broken collarbone
        broken finger
        broken metatarsal
        broken nose
        broken rib
        broken ribs
        broken toe
        broken tooth
        bronchial asthma
        bronchopulmonary dysplasia
        bulging disk
        bulimic
        bundle branch block
        bunion
        bunions
        burn-out
        burning on urination
        burning urination
        burst appendix
        burst eardrum
        calf strain
        cancer-related fatigue
        candida infection
        canker sore
        canker sores
        cannabis misuse
        carbon monoxide poisoning
        caries
        cartilage tear
        cat allergy
        cat scratch disease
        cataplexy
        cataract
        catarrh
        catheter-associated urinary tract infection
        cauda equina
        celiac
        cephalalgia
        cephalgia
        cerebral haemorrhage
        cerebral infarct
        cerebral metastases
        cerebrovascular accident
        cervical ca
        cervical erosion
        cervical insufficiency
        cervical intraepithelial neoplasia
        cervicobrachialgia
        change of life
        changing mole
        charcot foot
        chest cold
        chest discomfort
        chest pains
        chest problems
        chest tightness
        chest wall pain
        chilblains
        child abuse
        child neglect
        chipped tooth
        chocolate cyst
        cholesterol problems
        chronic lymphocytic leukaemia
        chronic myeloid leukaemia
        chronic obstructive airways disease
        chronic rhinosinusitis
        chronic subdural haematoma
        chronic widespread pain
        cin 1
        cin 2
        cin 3
        cin1
        cin2
        cin3
        ckd stage 3
        claudication
        claw toes
        clicky hip
        clostridioides difficile infection
        clostridium difficile
        clostridium difficile infection
        clot in the lung
        clot on the lung
        clots on the lungs
        clotting disorder
        club foot
        clubfoot
        coarctation of the aorta
        cocaine addiction
        coccydynia
        coeliac
        cognitive decline
        cold sore
        cold sores
        collapsed lobe
        collapsed lung
        colles fracture
        command hallucinations
        common bile duct stones
        commotio cerebri
        community acquired pneumonia
        community-acquired pneumonia
        complex ptsd
        computer vision syndrome
        congestive cardiac failure
        constipation
        contusio cerebri
        convulsions
        cot death
        cough
        coughing up blood
        cow's milk protein allergy
        coxarthrosis
        cracked nipples
        cramps
        crick in the neck
        critical limb ischaemia
        crohn's
        crohns
        crohns disease
        croup
        crowded teeth
        cubital tunnel syndrome
        cushing's
        cushing's disease
        cushings
        cushings syndrome
        de quervain's
        de quervain's tenosynovitis
        de quervains
        deafness
        decompression sickness
        deconditioning
        decubitus
        deep tissue injury
        degenerative joint disease
        dehydration
        delhi belly
        deliberate self-harm
        delirium tremens
        dental decay
        dental erosion
        dental pain
        dental trauma
        dentin hypersensitivity
        dentine hypersensitivity
        depersonalisation
        depersonalization
        depressed mood
        depressive illness
        deranged lfts
        deranged liver function
        deranged renal function
        derealisation
        derealization
        detached retina
        developmental delay
        developmental dysplasia of the hip
        deviated septum
        diabetic foot
        diabetic foot ulcer
        diabetic foot ulcers
        diabetic macular oedema
        diabetic maculopathy
        diarrhoea
        diastolic dysfunction
        diastolic murmur
        dicky heart
        dicky tummy
        diet-controlled gdm
        difficulty breathing
        difficulty sleeping
        difficulty swallowing
        disc bulge
        disc degeneration
        disordered eating
        distended abdomen
        diverticulosis
        dizzy spell
        dizzy spells
        dodgy back
        dodgy knee
        dog bite
        down's syndrome
        downs syndrome
        drooping eyelid
        drop attack
        drop attacks
        dropsy
        drug abuse
        drug addiction
        drug misuse
        drug reaction
        drug resistant tb
        drug-resistant tb
        dry amd
        dry heaving
        dust mite allergy
        dysentery
        dysfunctional uterine bleeding
        dyslexic
        dyslipidaemia
        dyslipidemia
        dysmenorrhoea
        dyspnoea
        dyspraxia
        dyspraxic
        ear discharge
        ear wax
        early menopause
        earwax
        easy bruising
        ebola
        edentulous
        elevated blood pressure
        elevated liver enzymes
        emotional distress
        emotional dysregulation
        emotional exhaustion
        emphysema
        end-stage renal disease
        endometrial polyp
        enlarged adenoids
        enlarged heart
        enlarged tonsils
        eosinophilic oesophagitis
        epileptic
        epileptic fit
        epileptic seizure
        esbl infection
        essential thrombocythaemia
        etoh withdrawal
        euglycaemic ketoacidosis
        euglycemic ketoacidosis
        exsiccosis
        extended breech
        extradural haematoma
        extrapulmonary tb
        extreme fatigue
        eye infection
        eye problems
        eyestrain
        facet joint syndrome
        facial nerve palsy
        facial swelling
        faecal impaction
        faecal incontinence
        faecal loading
        failure to progress
        fainting
        fallen arches
        familial hypercholesterolaemia
        fast heart rate
        febrile child
        febrile illness
        febris
        fecal loading
        feeling depressed
        feeling suicidal
        feeling unwell
        femoroacetabular impingement
        fetal demise
        fetal distress
        fetal growth restriction
        fibroadenoma
        fibroid
        fibroids
        fifth disease
        first degree tear
        first episode psychosis
        fissure in ano
        flashes and floaters
        flat feet
        flatulence
        flu-like illness
        flu-like symptoms
        fluid on the knee
        fluid on the lung
        fluid on the lungs
        fluorosis
        focal seizure
        foetal alcohol spectrum disorder
        foetal distress
        foetal growth restriction
        food intolerance
        footling breech
        fourth degree tear
        fourth-degree tear
        fractured clavicle
        fractured femur
        fractured humerus
        fractured neck of femur
        fractured pelvis
        fractured rib
        fractured ribs
        fractured skull
        fractured tibia
        frank breech
        frequent falls
        frostbite
        full thickness burn
        functional neurological disorder
        functional neurological symptom disorder
        fungal infection
        fungal nail infection
        g6pd deficiency
        gait disturbance
        gall stones
        gallbladder stones
        gallstone disease
        gambling addiction
        ganglion cyst
        gangrene
        gastralgia
        gastro-oesophageal reflux disease
        gastrointestinal bleed
        generalised anxiety disorder
        generalised itch
        generalised tonic-clonic seizure
        generalised weakness
        generalized tonic-clonic seizure
        generalized weakness
        genital warts
        genitourinary syndrome of menopause
        gi bleed
        giardia
        gilbert's syndrome
        gilberts syndrome
        gippy tummy
        glioma
        gluteal tendinopathy
        gluten intolerance
        goiter
        goitre
        golfer's elbow
        gonarthrosis
        gonorrhoea
        gouty toe
        grade 1 pressure ulcer
        grade 2 pressure sore
        grade 2 pressure ulcer
        grade 3 pressure sore
        grade 3 pressure ulcer
        grade 4 pressure ulcer
        grave's disease
        graves disease
        graviditas
        greater trochanteric pain syndrome
        groin lump
        groin pain
        groin pull
        groin strain
        growth hormone deficiency
        guillain barre syndrome
        guinea worm
        gum disease
        gum recession
        haemarthrosis
        haematemesis
        haematoma
        haematuria
        haemochromatosis
        haemolytic anaemia
        haemolytic disease of the newborn
        haemophagocytic lymphohistiocytosis
        haemoptysis
        haemorrhagic stroke
        haemorrhoids
        haemothorax
        hair thinning
        hammer toes
        hamstring injury
        hamstring strain
        hand arm vibration syndrome
        hand foot and mouth
        hand-arm vibration syndrome
        hansen's disease
        hantavirus
        hard of hearing
        harmful drinking
        hashimoto's
        hashimotos
        hayfever
        hazardous drinking
        head cold
        head lice
        head pain
        hearing impairment
        hearing problems
        hearing voices
        heart condition
        heart failure with preserved ejection fraction
        heart failure with reduced ejection fraction
        heart problems
        heart trouble
        heartburn
        heat illness
        heat-related illness
        heavy bleeding
        heavy menstrual bleeding
        heel pain
        helicobacter infection
        hematoma
        hemiparesis
        hemolytic disease of the newborn
        hemorrhoids
        hereditary haemochromatosis
        hernias
        herniated disk
        heroin addiction
        herpes genitalis
        herpes labialis
        high blood sugar
        high bp
        high triglycerides
        hip impingement
        hirschsprung disease
        hiv-positive
        hoarse voice
        hoarseness
        hodgkin's
        hodgkin's disease
        hole in the heart
        hookworm
        hospital acquired pneumonia
        hospital-acquired pneumonia
        hot flashes
        hot flush
        hot flushes
        housemaid's knee
        huntingtons disease
        hydatid cyst
        hydatid disease
        hyperactive delirium
        hypercalcaemia
        hypercholesterolaemia
        hyperemesis
        hyperglycaemia
        hyperhidrosis
        hyperkalaemia
        hyperkinetic disorder
        hyperlipidaemia
        hypermobility
        hypernatraemia
        hypernatremia
        hyperosmolar hyperglycaemic state
        hyperosmolar hyperglycemic state
        hyperosmolar non-ketotic state
        hyperprolactinaemia
        hypertensive
        hyperthyroid
        hypertonia
        hyperuricaemia
        hypoactive delirium
        hypocalcaemia
        hypoglycaemia
        hypoglycaemic attack
        hypoglycaemic episode
        hypoglycemic episode
        hypokalaemia
        hypomagnesaemia
        hypomanic episode
        hyponatraemia
        hyponatremia
        hypophosphataemia
        hypothyroid
        hypotonia
        hypovolaemia
        hypoxic ischaemic encephalopathy
        icterus
        idiopathic intracranial hypertension
        immunosuppression
        impacted wisdom teeth
        impacted wisdom tooth
        impaired fasting glycaemia
        impaired renal function
        impetigo
        in-growing toenail
        incompetent cervix
        indigestion
        industrial injury
        infected joint
        infected wound
        infective exacerbation of copd
        inferior mi
        inferior wall mi
        infertility
        influenza-like illness
        ingrowing toenail
        ingrown toe nail
        ingrown toenail
        innocent murmur
        insect bite
        insect bites
        insect sting
        insulin dependent diabetes
        insulin-treated gdm
        intermenstrual bleeding
        intertrigo
        intestinal worms
        intra-uterine death
        intracerebral haemorrhage
        intracerebral hemorrhage
        intracranial haemorrhage
        intrauterine death
        intrauterine growth restriction
        intrauterine growth retardation
        intraventricular haemorrhage
        inversion injury
        iron deficiency anaemia
        iron deficient
        iron-deficiency anaemia
        irregular heart beat
        irregular heartbeat
        irregular heartbeats
        irregular menstrual cycle
        irregular pulse
        irritable bowel
        ischaemic bowel
        ischaemic cardiomyopathy
        ischaemic colitis
        ischaemic heart disease
        ischaemic stroke
        ischemic bowel
        ischialgia
        it band syndrome
        itchy rash
        itchy skin
        jaundice
        joint effusion
        joint stiffness
        jumper's knee
        kala azar
        kawasaki's disease
        kidney cysts
        kidney damage
        kidney impairment
        kidney problems
        kidney stone
        kidney trouble
        knee effusion
        knocked out tooth
        korsakoff's syndrome
        labral tear
        lactose intolerant
        lacunar infarct
        large bowel obstruction
        large for gestational age
        latent tb
        latent tb infection
        lateral epicondylalgia
        lateral wall mi
        lazy eye
        leaky bladder
        leaky heart valve
        learning disabilities
        left bundle branch block
        left iliac fossa pain
        left main stem disease
        left sided weakness
        left ventricular dysfunction
        left ventricular hypertrophy
        left-sided weakness
        leg swelling
        leg ulcer
        leg ulcers
        legally blind
        legionnaires disease
        leprosy
        leucopenia
        leukaemia
        lichen sclerosus
        ligament injury
        ligament tear
        lightheadedness
        line infection
        lipomas
        liver failure
        liver metastases
        liver mets
        liver problems
        liver trouble
        lobar collapse
        locked knee
        long sightedness
        long-sightedness
        loose motions
        loose stools
        loose teeth
        loose tooth
        loss of consciousness
        loss of vision
        lou gehrig's disease
        low blood pressure
        low blood sugar
        low bp
        low ferritin
        low iron
        low mood
        low platelets
        low sperm count
        low testosterone
        low-lying placenta
        lower gi bleed
        lower respiratory tract infection
        lower urinary tract infection
        lower urinary tract symptoms
        lues
        lumbago
        lumboischialgia
        lump in breast
        lump in groin
        lump in my breast
        lump in neck
        lump in the breast
        lump in the neck
        lung collapse
        lung infection
        lung metastases
        lung mets
        lung nodule
        lung problems
        lyme
        lymphoedema
        macrosomia
        major obstetric haemorrhage
        male pattern baldness
        malignancy
        mallory-weiss tear
        malnutrition
        malpresentation
        manual handling injury
        massive obstetric haemorrhage
        mastalgia
        mcl injury
        mcl tear
        mdr tb
        mechanical back pain
        mechanical fall
        medial tibial stress syndrome
        melaena
        memory problems
        menieres disease
        meningococcal septicaemia
        meniscal tear
        menopausal symptoms
        menopause symptoms
        mental breakdown
        mental health condition
        mental health issue
        mental health issues
        mental health problems
        meralgia paraesthetica
        mercury poisoning
        microalbuminuria
        miliary tb
        mini strokes
        mini-stroke
        missed miscarriage
        missing teeth
        mitral incompetence
        mitral regurgitation
        mobitz 1
        mobitz 2
        mobitz type 1
        mobitz type 2
        moisture associated skin damage
        moisture lesion
        molar pregnancy
        molluscum
        morbus
        morning sickness
        morning stiffness
        morton's neuroma
        motor neurone disease
        mouth ulcers
        mpox
        multinodular goitre
        muscle aches
        muscle pain
        muscle spasms
        muscle strain
        muscle tear
        myeloma
        nappy rash
        neck lump
        neck swelling
        necrotising enterocolitis
        necrotising fasciitis
        needle stick injury
        needlestick injury
        neonatal death
        nerve damage
        nerve pain
        nervous breakdown
        neurocysticercosis
        neuroendocrine tumour
        neuropathic pain
        night terrors
        nipah virus
        nipple thrush
        non-accidental injury
        non-blanching rash
        non-epileptic attack disorder
        non-insulin dependent diabetes
        non-reassuring fetal status
        non-small cell lung cancer
        non-specific low back pain
        non-suicidal self-injury
        non-visible haematuria
        norovirus
        nose bleed
        nosebleed
        nosebleeds
        numbness
        nursemaid's elbow
        obese
        oblique lie
        obsessive compulsive disorder
        obstetric anal sphincter injury
        obstetric cholestasis
        obstructed labour
        obstructive sleep apnoea
        occipito-posterior position
        occipitoposterior position
        occupational stress
        odynophagia
        oesophageal cancer
        oesophageal stricture
        oesophageal varices
        oesophagitis
        old mi
        oligomenorrhoea
        omarthrosis
        one-sided weakness
        open angle glaucoma
        opioid addiction
        oral ulceration
        organophosphate poisoning
        orthopnoea
        osgood schlatter disease
        osgood-schlatter
        osteoarthritis of the hip
        osteoarthritis of the knee
        osteopenia
        ovarian torsion
        overactive thyroid
        overbite
        overdose
        painful bladder syndrome
        painful crisis
        painful intercourse
        painful joints
        painful periods
        panaritium
        paracetamol overdose
        paranoid ideation
        paraplegic
        parapneumonic effusion
        parkinson's
        parkinsons
        parkinsons disease
        partial anterior circulation infarct
        partial thickness burn
        partially sighted
        patellar tendinopathy
        patellofemoral pain
        pcl tear
        pedal edema
        pedal oedema
        pelvic girdle pain
        pelvic mass
        penicillin allergic
        peptic ulcers
        perforated bowel
        perforated ear drum
        perforated eardrum
        perimenopausal symptoms
        perineal tear
        perineal trauma
        period pain
        period pains
        peripheral arterial disease
        peripheral edema
        peripheral oedema
        peritoneal metastases
        pernicious anaemia
        persecutory delusions
        perthes disease
        pes cavus
        pes equinovarus
        pesticide poisoning
        pet allergy
        petechial rash
        phaeochromocytoma
        phlegmon
        pigeon fancier's lung
        pinched nerve
        pinworms
        piriformis syndrome
        pitting edema
        pitting oedema
        pityriasis
        plantar fasciopathy
        pleural effusions
        pneumococcal disease
        polycystic kidneys
        polycystic ovaries
        polycythaemia
        polycythaemia vera
        polymyalgia
        polyps
        polysubstance abuse
        polysubstance misuse
        polysubstance use
        poor appetite
        poor eyesight
        poor mobility
        poor sleep
        poor vision
        popliteal cyst
        post traumatic stress disorder
        post-coital bleeding
        post-concussion syndrome
        post-covid syndrome
        post-menopausal bleeding
        post-natal depression
        post-partum haemorrhage
        post-partum hemorrhage
        post-stroke
        post-viral fatigue
        post-viral syndrome
        postpartum haemorrhage
        posttraumatic stress disorder
        postural instability
        pott's disease
        pre-diabetes
        pregnancy loss
        pregnancy of unknown location
        pregnancy sickness
        pregnancy-induced hypertension
        prelabour rupture of membranes
        premature atrial contractions
        premature baby
        premature birth
        premature labor
        premature labour
        premature ovarian failure
        premature ovarian insufficiency
        premature ventricular contractions
        premenstrual syndrome
        pressure injuries
        pressure injury
        pressure sores
        pressure ulcers
        preterm baby
        preterm birth
        preterm infant
        preterm labour
        previous c-section
        previous caesarean section
        previous mi
        primary postpartum haemorrhage
        problem gambling
        prolapsed disc
        prolapsed intervertebral disc
        prolapsed womb
        prolonged labour
        prolonged qt
        prolonged rupture of membranes
        prostate ca
        prostate enlargement
        prostate problems
        prostate trouble
        prostatism
        pseudogout
        pseudoseizures
        psychological distress
        psychotic episode
        psychotic symptoms
        pulled elbow
        pulled hamstring
        pulled muscle
        pulmonary emboli
        pulmonary nodule
        pulmonary regurgitation
        pulmonary tb
        purpuric rash
        pylori infection
        qt prolongation
        quadriplegic
        rabies
        radicular pain
        raised blood pressure
        raised cholesterol
        raised liver enzymes
        rapid breathing
        raynaud's
        raynauds
        receding gums
        rectal bleeding
        recurrent falls
        recurrent miscarriage
        recurrent miscarriages
        recurrent utis
        reduced appetite
        reduced consciousness
        reduced fetal movements
        reduced foetal movements
        reduced mobility
        reduced renal function
        reflux
        reflux oesophagitis
        relapsing remitting multiple sclerosis
        renal calculi
        renal cyst
        renal cysts
        renal impairment
        renal stones
        respiratory tract infection
        restless leg syndrome
        restless legs
        retained products
        retching
        retroviral disease
        rhesus disease
        rhesus isoimmunisation
        rheumatics
        rhizarthrosis
        rickets
        right iliac fossa pain
        right sided weakness
        right-sided weakness
        ringing in ears
        ringing in the ears
        ringworm
        rolled ankle
        roseola
        rotator cuff injury
        rotator cuff tears
        rotator cuff tendinopathy
        rotavirus
        roundworm
        rsv infection
        runner's knee
        runny ear
        runny nose
        ruptured aaa
        ruptured achilles
        ruptured acl
        ruptured disc
        ruptured eardrum
        ruptured ectopic
        ruptured uterus
        sacroiliac joint dysfunction
        saddle embolus
        saddle pe
        salivary gland stone
        scabies
        scaphoid fracture
        schizophrenic
        sciatic pain
        scorpion sting
        scrofula
        sea sickness
        seasickness
        seborrheic keratoses
        seborrhoeic dermatitis
        seborrhoeic keratoses
        second degree tear
        secondary amenorrhoea
        self harm
        self harming
        self injury
        self-harming
        self-injury
        sensitive teeth
        sensory loss
        septic abortion
        septicaemia
        sever's disease
        severe acute malnutrition
        sexually transmitted infection
        sexually transmitted infections
        shaken baby syndrome
        sharps injury
        shin splints
        short cervix
        short of breath
        short sightedness
        short-sightedness
        shoulder impingement
        si joint dysfunction
        sickle cell
        sickle crisis
        sight loss
        sight problems
        silent mi
        single vessel disease
        sjogren syndrome
        sjogrens syndrome
        skin condition
        skin infection
        skin lesion
        skin lesions
        skin problems
        skin rash
        skin tags
        skin tear
        skin tears
        slap lesion
        slap tear
        slapped cheek syndrome
        sleep disturbance
        sleep problems
        sleeplessness
        slipped disk
        slow heart rate
        slow progress in labour
        small bowel obstruction
        small cell lung cancer
        small for gestational age
        smallpox
        smear positive tb
        smear-positive tb
        smoker's lung
        smoking addiction
        snake bite
        snoring
        sob on exertion
        soft tissue injury
        solar keratoses
        sore back
        sore ear
        speech and language delay
        speech delay
        speech problems
        spinal cord injury
        spinal injury
        spinal tb
        spondylarthrosis
        spondyloarthritis
        sports injury
        sprains and strains
        stage 2 pressure injury
        stage 3 ckd
        stage 3 pressure injury
        staph infection
        stevens johnson syndrome
        stiff joints
        stiff neck
        stillbirth
        stillborn baby
        stomach ache
        stomach problems
        stomach trouble
        stomach ulcers
        stomach upset
        stomachache
        strep infection
        struma
        student's elbow
        stuffy nose
        stye
        styes
        subacromial impingement
        subacromial pain syndrome
        subarachnoid haemorrhage
        subdural haematoma
        subfertility
        substance misuse
        sudden cardiac death
        suicidal behavior
        suicidal behaviour
        suicidal ideas
        suicidal intent
        suicide attempts
        sulfa allergy
        sunburn
        sunstroke
        superficial burn
        superior vena cava obstruction
        supraspinatus tear
        supraspinatus tendinopathy
        surgical site infection
        suspected fetal compromise
        svc obstruction
        swallowing difficulties
        swallowing difficulty
        swollen ankle
        swollen ankles
        swollen face
        swollen joint
        swollen joints
        swollen knee
        swollen legs
        swollen lymph nodes
        symphysis pubis dysfunction
        syndrome of inappropriate antidiuretic hormone
        syphilis
        systolic dysfunction
        tachyarrhythmia absoluta
        tailbone pain
        talipes
        tapeworm
        tb spine
        teething pain
        temporomandibular disorder
        temporomandibular joint dysfunction
        tendovaginitis
        testicular lump
        testicular torsion
        tetanus
        tetraplegia
        tetraplegic
        thalassaemia
        thalassaemia major
        third degree tear
        third-degree tear
        thought disorder
        thoughts of ending my life
        thoughts of suicide
        threadworm
        threadworms
        threatened miscarriage
        three vessel disease
        thrombosed haemorrhoid
        thrombosed hemorrhoid
        thyroid disease
        thyroid disorder
        thyroid nodules
        thyroid problems
        thyroid storm
        tietze syndrome
        tired all the time
        tmj disorder
        tmj dysfunction
        tongue-tie
        tonic clonic seizure
        tonic-clonic seizure
        tooth grinding
        tooth sensitivity
        tooth wear
        torn calf muscle
        torn cartilage
        torn hamstring
        torn ligament
        torn ligaments
        torsion of the testis
        total anterior circulation infarct
        tourette syndrome
        tourettes
        transaminitis
        transient ischaemic attack
        transient ischaemic attacks
        transient loss of consciousness
        transient tachypnoea of the newborn
        transverse lie
        trapped nerve
        trapped wind
        travel sickness
        traveller's diarrhoea
        treatment-resistant depression
        tricuspid regurgitation
        triple vessel disease
        trisomy 21
        trouble sleeping
        tummy ache
        tummy bug
        tumor
        tumour
        tumour lysis syndrome
        twin to twin transfusion syndrome
        twisted ankle
        tympanic membrane perforation
        type 1 dm
        type 1 respiratory failure
        type 2 dm
        type 2 mi
        type 2 respiratory failure
        type i dm
        type ii diabetes
        type ii dm
        type two diabetes
        typhus
        ulcus cruris
        ulcus duodeni
        ulcus pepticum
        ulcus ventriculi
        ulnar nerve entrapment
        underactive thyroid
        underbite
        unexplained bruising
        unstable lie
        unsteady gait
        unsteady on feet
        upper gi bleed
        upper respiratory tract infection
        upset stomach
        ureteral stone
        ureteric calculus
        ureteric colic
        urgency incontinence
        urine infection
        urosepsis
        uterine fibroids
        uterine rupture
        vaginal atrophy
        vaginal dryness
        vaso occlusive crisis
        vaso-occlusive crisis
        vasovagal episode
        venous leg ulcer
        venous leg ulcers
        ventricular ectopics
        verruca
        verrucae
        verrucas
        vesicoureteric reflux
        vestibular schwannoma
        vibration white finger
        vibration-induced white finger
        viral illness
        viral rash
        vision problems
        visual impairment
        vitamin b12 deficiency
        vitium cordis
        vocal cord nodules
        vocal cord palsy
        vocal cord paralysis
        vre infection
        wanting to die
        wasp sting allergy
        water infection
        water on the brain
        water on the knee
        water on the lungs
        water retention
        watery eyes
        wax impaction
        weak bladder
        weak heart
        wenckebach
        wet amd
        wheeze
        wheezing
        wheezy
        whiplash injury
        whiplash-associated disorder
        wind pain
        work injury
        work related musculoskeletal disorder
        work related stress
        work related upper limb disorder
        work-related musculoskeletal disorder
        work-related stress
        work-related upper limb disorder
        workplace injury
        worm infestation
        wound dehiscence
        wound infection
        wpw syndrome
        wrist ganglion
        wry neck
        zika virus
        """
    /// Medicines by generic or common name that clinicians write and the drug lists lack, with a few brand names
    /// that notes use as common names ("truvada", "symbicort"), one a line, lower-case.
    static let clinicalEnglishMedications = """
        5-fluorouracil
        abacavir lamivudine
        aciclovir
        adcal d3
        adenosine
        adrenaline auto-injector
        alendronic acid
        amoxicillin and clavulanate
        amoxicillin clavulanate
        amoxicillin clavulanic acid
        amoxicillin-clavulanate
        amoxicillin-clavulanic acid
        ampicillin-sulbactam
        antacids
        anti-d
        anti-d immunoglobulin
        anti-rabies vaccine
        anti-tetanus serum
        antiretroviral therapy
        antiretrovirals
        antivenin
        antivenom
        apidra
        aqueous cream
        artemether lumefantrine
        artemether-lumefantrine
        artesunate amodiaquine
        artesunate-amodiaquine
        artesunate-mefloquine
        arvs
        atazanavir ritonavir
        atovaquone proguanil
        atovaquone-proguanil
        baby aspirin
        basal insulin
        bcg vaccine
        beclometasone formoterol
        benzoyl peroxide
        bexsero
        biktarvy
        biphasic insulin
        biphasic insulin aspart
        blue inhaler
        bolus insulin
        brown inhaler
        budesonide formoterol
        buprenorphine naloxone
        butrans
        calcium gluconate
        carbidopa levodopa
        carbidopa-levodopa
        certolizumab
        chemotherapy
        chickenpox vaccine
        chlorphenamine
        cholera vaccine
        co-amilofruse
        co-beneldopa
        co-careldopa
        co-dydramol
        co-phenotrope
        co-proxamol
        codeine phosphate
        colecalciferol
        combined oral contraceptive pill
        combined pill
        comirnaty
        conjugated estrogens
        contraceptive implant
        copper coil
        cotrimoxazole
        covid booster
        covid jab
        covid vaccine
        darunavir ritonavir
        depo provera
        depot antipsychotic
        descovy
        diclofenac sodium
        dihydroartemisinin piperaquine
        dihydroartemisinin-piperaquine
        dtap
        dtap vaccine
        dtp vaccine
        emergency contraception
        emla cream
        emtricitabine tenofovir
        engerix-b
        entresto
        estradiol
        etonogestrel implant
        ferric carboxymaltose
        ferrous fumarate
        ferrous gluconate
        ferrous sulfate
        ferrous sulphate and folic acid
        fiasp
        flu jab
        flu shot
        flu vaccine
        fluarix
        fluticasone furoate vilanterol
        fluticasone salmeterol
        fluticasone umeclidinium vilanterol
        folic acid
        formoterol budesonide
        fucidin cream
        fusidic acid
        gardasil
        glecaprevir pibrentasvir
        glucogel
        glucose tablets
        glycerin suppositories
        glycerol suppositories
        glyceryl trinitrate spray
        gtn spray
        heroin
        hexavalent vaccine
        hib vaccine
        hormone replacement therapy
        hpv jab
        hpv vaccine
        humalog mix
        human insulin
        humulin m3
        hyoscine butylbromide
        hypostop
        ifa tablets
        immunotherapy
        indacaterol glycopyrronium
        influenza vaccine
        insulin aspart
        insulin degludec
        insulin detemir
        insulin glargine
        insulin glulisine
        insulin isophane
        insulin lispro
        ipratropium bromide
        iron and folic acid
        iron sucrose
        isophane insulin
        isosorbide dinitrate
        isosorbide mononitrate
        ispaghula husk
        lamivudine zidovudine
        ledipasvir sofosbuvir
        levemir
        levodopa carbidopa
        levothyroxine sodium
        liposomal amphotericin
        lithium carbonate
        long acting insulin
        long-acting insulin
        lopinavir ritonavir
        lopinavir-ritonavir
        low dose aspirin
        low molecular weight heparin
        macrogol
        magnesium sulfate
        malaria vaccine
        mefenamic acid
        men acwy
        menacwy
        menb vaccine
        meningococcal vaccine
        menveo
        mini pill
        mini-pill
        mixed insulin
        mixtard
        mmr vaccine
        mmrv vaccine
        morning after pill
        morning-after pill
        morphine sulfate
        morphine sulphate
        mst continus
        mycophenolate
        mycophenolate mofetil
        nimenrix
        novomix
        novomix 30
        nph insulin
        nuvaxovid
        oestradiol
        oral polio vaccine
        oral rehydration salts
        oral rehydration solution
        oxytocin
        pabrinex
        parvolex
        pcv13
        pcv20
        penicillin
        pentavalent vaccine
        pip-tazo
        piperacillin tazobactam
        piperacillin-tazobactam
        piptaz
        pneumococcal vaccine
        pneumovax
        polio vaccine
        ppsv23
        ppv23
        premixed insulin
        preventer inhaler
        progestogen-only pill
        purple inhaler
        quinine sulfate
        quinine sulphate
        rabies vaccine
        radiotherapy
        rapid acting insulin
        rapid-acting insulin
        regular insulin
        reliever inhaler
        rhze
        rifampicin isoniazid pyrazinamide ethambutol
        risedronate
        rotavirus vaccine
        rsv vaccine
        sacubitril valsartan
        sacubitril-valsartan
        salmeterol fluticasone
        sando-k
        semglee
        shingles vaccine
        shingrix
        short acting insulin
        short-acting insulin
        silver sulfadiazine
        silver sulphadiazine
        sodium fusidate
        sodium valproate
        sofosbuvir velpatasvir
        soluble insulin
        spikevax
        steroid inhaler
        suboxone
        sulfadoxine pyrimethamine
        sulfadoxine-pyrimethamine
        sulfamethoxazole trimethoprim
        sulfamethoxazole-trimethoprim
        sulphadoxine pyrimethamine
        symbicort
        syntometrine
        tazocin
        td vaccine
        tdap
        tdap vaccine
        tenofovir alafenamide
        tenofovir disoproxil
        tenofovir disoproxil fumarate
        tenofovir emtricitabine
        tenofovir lamivudine dolutegravir
        tenofovir lamivudine efavirenz
        tetanus booster
        tetanus jab
        tetanus shot
        tetanus toxoid
        thiamine
        thyroxine
        tiotropium olodaterol
        tranexamic acid
        tresiba
        trimethoprim sulfamethoxazole
        trimethoprim-sulfamethoxazole
        truvada
        twinrix
        typhoid vaccine
        umeclidinium vilanterol
        unfractionated heparin
        valproic acid
        varicella vaccine
        varivax
        vaxigrip
        vitamin b12
        vitamin d3
        yellow fever vaccine
        zidovudine lamivudine
        zidovudine lamivudine nevirapine
        zoladex
        zoledronic acid
        zostavax
        hepatitis b vaccine
        measles-rubella vaccine
        measles rubella vaccine
        mr vaccine
        typhoid conjugate vaccine
        inactivated polio vaccine
        """
    /// Clinical abbreviations of conditions, and a few of medicines ("TLD", "LMWH"), matched in capitals ("LBBB",
    /// "NSTEMI"), lower-case here.
    static let clinicalEnglishAbbreviations: [String] = [
        "3tc", "aecopd", "aflutter", "aom", "aosd", "aph", "arbd", "arfid", "arld", "armd", "arv", "arvc", "aspd",
        // Cervical cytology's lesions: high-grade and low-grade squamous intraepithelial, atypical squamous cells.
        "hsil", "lsil", "ascus",
        "avnrt", "avrt", "axspa", "azt", "bpd", "bppv", "brue", "brvo", "cap", "cauti", "cdad", "cdh", "cdi", "cdiff",
        "chb", "cidp", "ckd3", "ckd3a", "ckd3b", "ckd4", "ckd5", "cld", "cll", "cml", "cocp", "cptsd", "crao", "crps",
        "crvo", "csom", "cvi", "dcis", "ddh", "dlb", "dlbcl", "dmo", "doac", "dr-tb", "dsh", "dtg", "ecopd", "edh",
        "ednos", "efv", "eptb", "esbl", "eskd", "fasd", "fep", "fgr", "fii", "fnd", "fnof", "g6pd", "gbs", "gca", "gdd",
        "gdm", "gib", "gtcs", "gtn", "gtps", "haart", "hap", "hbss", "hcc", "hcm", "heds", "hellp", "hfmd", "hfmref",
        "hie", "hmb", "hocm", "hrt", "hrze", "hypo", "hypos", "ibs-c", "ibs-d", "iecopd", "igas", "iih", "imb", "inh",
        "ipf", "itbs", "itp", "iufd", "iugr", "ivh", "ivig", "jme", "lafb", "lahb", "lbbb", "lgib", "lmwh", "lpv",
        "ltbi", "luts", "lvsd", "masld", "mctd", "mdr-tb", "mgus", "mmr", "mmrv", "mnd", "mody", "mscc", "mssa", "nead",
        "nihl", "noac", "npdr", "nsclc", "nslbp", "nssi", "nste-acs", "nsteacs", "ntd", "ntm", "nvp", "oab", "ocp",
        "ohss", "opv", "osahs", "osfed", "pacg", "paf", "pbc", "pckd", "pfo", "pfps", "phpt", "pid", "pih", "pims-ts",
        "pivd", "pjp", "pkd", "pmb", "pmdd", "pmr", "pnd", "pnes", "pnh", "poag", "ppd", "pph", "ppms", "pprom", "ptb",
        "ptl", "ptx", "pud", "pvl", "pyelo", "rbbb", "rfm", "rhd", "rls", "rpl", "rr-tb", "rrms", "rsv", "rvf", "sbe",
        "sbo", "scd", "sclc", "scz", "sfd", "siadh", "sids", "sirs", "sjs", "snhl", "snri", "spms", "srom", "ssri",
        "stds", "sti", "svt", "tb", "tld", "tle", "tmd", "tmj", "tnbc", "ttn", "ttp", "ufh", "ugib", "utis",
        "vap", "vre", "vsd", "vur", "vvc", "vzv", "wpw", "xdr-tb",
    ]
}
