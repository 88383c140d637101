extension Lexicon {
    /// Clinical abbreviations of conditions, matched when written in capitals or opening with two ("AFib"), or in lower
    /// case when they are no English word.
    static let conditionAbbreviations: [String] = [
        "ptsd", "copd", "adhd", "add", "gerd", "ibs", "ibd", "hiv", "aids", "chf", "ckd", "dvt", "ocd", "tbi", "als",
        // "ASS" (Acetylsalicylsäure), as German notes write aspirin.
        "ass",
        "cad", "mdd", "gad", "afib", "uti", "hpv", "sle", "ra", "ms", "t2d", "t1d", "asd", "pcos", "osa", "cfs", "mci",
        "ards", "esrd", "nash", "nafld", "bph", "ptsd-related", "t2dm", "t1dm", "dm1", "dm2", "niddm", "iddm", "htn",
        "aki", "af", "nstemi", "stemi", "cva", "tia", "vte", "ihd", "chd", "pvd", "oa", "gord", "ccf", "hfref", "hfpef",
        "lvh", "lvf", "dka", "urti", "lrti", "sah", "sdh", "hcv", "hbv", "hsv", "cmv", "ebv", "mrsa", "nof", "bpad",
        "eupd", "acs",
        // Hyperlipidaemia and low back pain.
        "hld", "lbp",
        // Medicines as clinical notes shorten them: methotrexate, hydrochlorothiazide.
        "mtx", "hctz",
        // HIV and AIDS in Spanish, French, Portuguese and Italian ("VIH", "SIDA"); obstructive sleep apnoea in French and
        // Spanish ("SAOS", "SAHOS") and English ("OSAS").
        "vih", "sida", "saos", "sahos", "osas",
        // Diabetes mellitus, a condition only with its type after it ("DM II"; "DM me" is a message).
        "dm",
        // Other languages' notes: COPD in Swedish and Danish ("KOL"); coronary artery disease, heart failure and
        // chronic kidney failure in Turkish ("KAH", "KKY", "KBY"); myocardial infarction in Spanish and Portuguese
        // ("IAM") and French ("IDM"); atrial fibrillation in French ("ACFA"); cardiovascular disease in Dutch ("HVZ").
        "kol", "kah", "kky", "kby", "iam", "idm", "acfa", "hvz",
        // Hypertension as Philippine notes shorten it ("HPN stage 2").
        "hpn",
    ]
    /// Everyday names of conditions that the ICD-10-CM headings word differently or leave out as English words
    /// ("measles"), and British names of medicines of several words ("ferrous sulphate"), one a line.
    static let conditionPhrases = """
        asthma
        herniated disc
        disc herniation
        lumbar disc herniation
        slipped disc
        tennis elbow
        frozen shoulder
        repetitive strain injury
        long covid
        whiplash
        sciatica
        plantar fasciitis
        diabetes
        migraine
        migraines
        depression
        anxiety
        epilepsy
        seizures
        seizure disorder
        hypertension
        obesity
        influenza
        flu
        autism
        dementia
        eczema
        vertigo
        gout
        anemia
        tinnitus
        allergies
        high-risk pregnancy
        high risk pregnancy
        broken arm
        broken leg
        broken wrist
        broken ankle
        fractured wrist
        fractured ankle
        sprained ankle
        sprained wrist
        torn acl
        torn meniscus
        whiplash
        carpal tunnel
        repetitive strain injury
        knee injury
        shoulder injury
        hearing loss
        vision loss
        type 1 diabetes
        type 2 diabetes
        diabetes type 1
        diabetes type 2
        high blood pressure
        high cholesterol
        heart disease
        kidney disease
        chronic pain
        chronic back pain
        lower back pain
        low back pain
        back injury
        long covid
        covid-19
        covid
        cancer
        breast cancer
        prostate cancer
        lung cancer
        colon cancer
        skin cancer
        lupus
        fibromyalgia
        sciatica
        tendinitis
        tendonitis
        tennis elbow
        plantar fasciitis
        rotator cuff tear
        torn rotator cuff
        herniated disc
        slipped disc
        bulging disc
        lumbar strain
        bipolar disorder
        postpartum depression
        panic attacks
        panic disorder
        seasonal affective disorder
        eating disorder
        substance use disorder
        alcohol use disorder
        opioid use disorder
        heart attack
        stroke
        concussion
        pregnancy complications
        gestational diabetes
        preeclampsia
        kidney stones
        gallstones
        shingles
        mononucleosis
        angina
        nausea
        vomiting
        nausea and vomiting
        palpitations
        chest pain
        shortness of breath
        headache
        headaches
        dizziness
        fever
        insomnia
        arthritis
        osteoarthritis
        rheumatoid arthritis
        psoriasis
        pneumonia
        bronchitis
        sinusitis
        hepatitis
        cirrhosis
        appendicitis
        hernia
        malaria
        tuberculosis
        sepsis
        cellulitis
        anaemia
        hyperthyroidism
        hypothyroidism
        schizophrenia
        burnout
        anorexia
        bulimia
        alcoholism
        hip fracture
        fractured hip
        broken hip
        neck of femur fracture
        acl tear
        acl injury
        meniscus tear
        bursitis
        ulcer
        stomach ulcer
        crohn's disease
        ulcerative colitis
        celiac disease
        coeliac disease
        multiple sclerosis
        parkinson's disease
        alzheimer's disease
        cerebral palsy
        sleep apnea
        sleep apnoea
        heart failure
        atrial fibrillation
        glaucoma
        cataracts
        endometriosis
        miscarriage
        postnatal depression
        sickle cell disease
        sickle cell crisis
        sickle cell anaemia
        sickle cell anemia
        thalassemia
        haemophilia
        hemophilia
        cystic fibrosis
        kidney failure
        renal failure
        liver disease
        fatty liver
        gastroenteritis
        food poisoning
        fracture
        fractures
        sprain
        laceration
        contusion
        dislocation
        dislocated shoulder
        toothache
        earache
        common cold
        abrasion
        abrasions
        dengue
        typhoid
        typhoid fever
        cholera
        measles
        mumps
        chickenpox
        chicken pox
        rubella
        whooping cough
        heatstroke
        heat stroke
        heat exhaustion
        strep throat
        pink eye
        ear infection
        chest infection
        throat infection
        sinus infection
        kidney infection
        bladder infection
        yeast infection
        stomach bug
        stomach flu
        food allergy
        nut allergy
        peanut allergy
        penicillin allergy
        latex allergy
        knee pain
        neck pain
        shoulder pain
        hip pain
        joint pain
        abdominal pain
        stomach pain
        pelvic pain
        dry cough
        persistent cough
        chronic cough
        productive cough
        suicidal ideation
        suicidal thoughts
        self-harm
        alcohol withdrawal
        opioid withdrawal
        sickle cell trait
        glyceryl trinitrate
        ferrous sulphate
        magnesium sulphate
        """
    /// Everyday medication names missing from the drug lists, British names among them ("co-amoxiclav").
    static let medicationNames = """
        insulin
        chemo
        cefalexin
        co-amoxiclav
        co-codamol
        co-trimoxazole
        adrenaline
        beclometasone
        """
}
