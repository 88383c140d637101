extension WorldTexts {
    /// Clinical notes and occupational-health letters.
    static let clinical: [String] = [
        #"""
        Occupational health review
        Patient: [[PERSON:Krzysztof Zieliński]]   MRN: [[MEDICAL_RECORD_NUMBER:PL-2291847]]
        Seen on [[DATE:02/04/2025]] for [[HEALTH_CONDITION:lumbar disc herniation]]. Also treated for
        [[HEALTH_CONDITION:hypertension]] with [[HEALTH_CONDITION:amlodipine]] 5 mg.
        Fit for light duties; review in six weeks.
        """#,
        #"""
        Discharge summary. Hospital no. [[MEDICAL_RECORD_NUMBER:88120934]]. Ms [[PERSON:Eeva Laine]] was admitted with
        [[HEALTH_CONDITION:community-acquired pneumonia]] on a background of [[HEALTH_CONDITION:COPD]] and
        [[HEALTH_CONDITION:type 2 diabetes]]. Discharged on [[HEALTH_CONDITION:amoxicillin]] and [[HEALTH_CONDITION:metformin]].
        """#,
        #"""
        GP letter re [[PERSON:Fatma Aydın]] (NHS number [[MEDICAL_RECORD_NUMBER:943 476 5919]]):
        she reports [[HEALTH_CONDITION:carpal tunnel syndrome]] in both hands and [[HEALTH_CONDITION:anxiety]] since
        the restructuring. Please consider adjusted duties.
        """#,
        #"""
        Return-to-work note: [[PERSON:Lars Eriksson]], patient ID [[MEDICAL_RECORD_NUMBER:SE-77031]], recovering from
        [[HEALTH_CONDITION:myocardial infarction]]. Medication: [[HEALTH_CONDITION:atorvastatin]],
        [[HEALTH_CONDITION:clopidogrel]]. No night shifts for three months.
        """#,
        #"""
        Note for file: [[PERSON:Ana Horvat]] (record [[MEDICAL_RECORD_NUMBER:HR-0045521]]) has [[HEALTH_CONDITION:epilepsy]]
        and [[HEALTH_CONDITION:migraine]]; she must not drive forklifts. Contact her at [[PHONE_NUMBER:+385 91 234 5678]].
        """#,
    ]
}
