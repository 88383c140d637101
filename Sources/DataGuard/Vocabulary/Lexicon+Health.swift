extension Lexicon {
    /// Upper-case clinical abbreviations of conditions, matched only when written in capitals.
    static let conditionAbbreviations: [String] = [
        "ptsd", "copd", "adhd", "add", "gerd", "ibs", "ibd", "hiv", "aids", "chf", "ckd", "dvt", "ocd", "tbi", "als",
        "cad", "mdd", "gad", "afib", "uti", "hpv", "sle", "ra", "ms", "t2d", "t1d", "asd", "pcos", "osa", "cfs", "mci",
        "ards", "esrd", "nash", "nafld", "bph", "ptsd-related",
    ]
    /// Everyday names of conditions that the ICD-10-CM headings word differently, one a line.
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
        """
    /// Everyday medication names missing from the drug lists.
    static let medicationNames = """
        insulin
        chemo
        """
}
