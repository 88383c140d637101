extension BlindTexts {
    /// Clinical texts written without looking at DataGuard's rules: discharge summaries, referrals, handovers,
    /// pharmacy and lab notes, occupational-health letters and a dental recall, from many countries and voices.
    static let clinical: [String] = [
        #"""
        DISCHARGE SUMMARY - Medical Assessment Unit, Galway
        Name: [[PERSON:Siobhán Ní Dhuibhir]]   DOB: [[DATE_OF_BIRTH:14/09/1958]]   Hospital No.: [[MEDICAL_RECORD_NUMBER:H0483217]]
        d/c [[DATE:07/02/2025]]. Dx: [[HEALTH_CONDITION:NSTEMI]]. PMHx: [[HEALTH_CONDITION:T2DM]], [[HEALTH_CONDITION:CKD stage 3]].
        Meds on d/c: [[HEALTH_CONDITION:Ticagrelor]] 90mg BD, [[HEALTH_CONDITION:Lipitor]] 80mg nocte, other meds unchanged.
        GP: Dr [[PERSON:Cathal Brennan]], [[STREET_ADDRESS:12 Bishop Street, Tuam, Co. Galway H54 XK70]].
        """#,
        #"""
        Ref: Cardiology OPD. UHID [[MEDICAL_RECORD_NUMBER:SVH/2024/0087341]] | Mr. [[PERSON:Rakesh Kumar Deshpande]], 61/M | Mob [[PHONE_NUMBER:+91 98220 47135]]
        Dear Dr. [[PERSON:Meenakshi Iyer]], kindly evaluate this k/c/o [[HEALTH_CONDITION:DM2]] x 12 yrs, on Tab. [[HEALTH_CONDITION:Telma]] 40 OD and
        Tab. [[HEALTH_CONDITION:Glycomet GP]] 2 BD, now c/o [[HEALTH_CONDITION:exertional angina]] since 3 wks. 2D Echo EF 45%.
        Thanking you, Dr. [[PERSON:Anil Joshi]], MD (Medicine)
        """#,
        #"""
        handover 19:00 male medical ward
        bed 7: [[PERSON:Chukwuemeka Obi]], hosp no [[MEDICAL_RECORD_NUMBER:MMW/23/04417]], 44yo. adm [[DATE:11/03/2025]] w [[HEALTH_CONDITION:severe malaria]] + [[HEALTH_CONDITION:AKI]]. on IV [[HEALTH_CONDITION:artesunate]] 2.4mg/kg, 3rd dose due 21:00. UO poor, ?dialysis in am.
        bed 9: [[PERSON:Adebayo Ogunleye]], [[MEDICAL_RECORD_NUMBER:MMW/25/00982]], [[HEALTH_CONDITION:sickle cell crisis]]. [[HEALTH_CONDITION:pethidine]] 100mg IM 6hrly prn, fluids. wife on [[PHONE_NUMBER:0803 412 7760]], wants update.
        """#,
        #"""
        PHARMACY NOTE - Kloofsig Community Pharmacy, Pretoria
        Patient: [[PERSON:Thandeka Mahlangu]]   File: [[MEDICAL_RECORD_NUMBER:KCP-118204]]   Medical aid member no: [[MEMBER_NUMBER:11208843]]
        Repeat x6: [[HEALTH_CONDITION:TLD]] 1 tab daily for [[HEALTH_CONDITION:HIV]]; [[HEALTH_CONDITION:Amloc]] 5mg mane.
        Pt reports [[HEALTH_CONDITION:nausea]] since switch on [[DATE:2025-01-20]] - advised to take with supper. Counselled. Cell [[PHONE_NUMBER:082 554 9013]].
        """#,
        #"""
        AMBO handover to ED Resus 2, [[DATE:22/06/2025]] 03:40
        I: [[PERSON:Gregory Tan]], 72M, UR [[MEDICAL_RECORD_NUMBER:0815562]]. M: fall at home, ?L [[HEALTH_CONDITION:NOF fracture]]. I: L leg shortened + ext rotated. S: HR 98 irreg, BP 150/85, SpO2 95% RA, GCS 15.
        T: analgesia as per chart. A: NKDA. M: [[HEALTH_CONDITION:apixaban]] 5mg BD for [[HEALTH_CONDITION:AF]].
        B: nil else known. O: last ate 18:00. Lives alone at [[STREET_ADDRESS:4/27 Banksia Crescent, Morningside QLD 4170]].
        Daughter [[PERSON:Michelle Tan]] [[PHONE_NUMBER:0412 883 106]] notified.
        """#,
        #"""
        Message from your Family Health Team (secure portal)
        Hi [[PERSON:Émilie Gagnon]], your bloodwork from [[DATE:March 4, 2025]] is back (health card [[MEDICAL_RECORD_NUMBER:5584-263-917-KT]]). Your HbA1c is 7.9%, which confirms [[HEALTH_CONDITION:type 2 diabetes]], and your LDL is 4.1 mmol/L.
        Dr. [[PERSON:Raj Sandhu]] would like to start [[HEALTH_CONDITION:Jardiance]] ([[HEALTH_CONDITION:empagliflozin]]) 10 mg once daily. Your TSH was normal.
        Please call [[PHONE_NUMBER:(905) 874-2219]] to book a follow-up before [[DATE:April 1, 2025]].
        """#,
        #"""
        Mental health intake - initial assessment (translated from Portuguese)
        Patient: [[PERSON:Larissa Couto Pereira]], born [[DATE_OF_BIRTH:03/11/1991]], prontuário (chart no.) [[MEDICAL_RECORD_NUMBER:2023-004571]]
        Referred by the local health post for [[HEALTH_CONDITION:major depressive disorder]], recurrent, with [[HEALTH_CONDITION:panic attacks]] 3-4x/week. Denies SI today.
        Current meds: [[HEALTH_CONDITION:sertralina]] 50 mg (stopped herself 2 wks ago), also takes drops from a neighbour, bought without prescription.
        Plan: restart at same dose, weekly psychology. Emergency contact: mother [[PERSON:Rosângela Couto]], [[PHONE_NUMBER:+55 11 98734-2210]].
        """#,
        #"""
        PLAN DE FISIOTERAPIA / Physiotherapy plan
        Paciente: [[PERSON:José Luis Ramírez Ochoa]]   Expediente: [[MEDICAL_RECORD_NUMBER:EXP-19-08832]]   Tel. [[PHONE_NUMBER:+52 477 318 6604]]
        Domicilio: [[STREET_ADDRESS:Blvd. Campestre 2315, Col. Jardines del Moral, 37160 León, Gto.]]
        Dx: [[HEALTH_CONDITION:ACL tear]] R knee, reconstructed [[DATE:10/01/2025]].
        Wk 1-4: quad sets, SLR, heel slides, 3x/wk; ice 15 min after. [[HEALTH_CONDITION:Naproxeno]] 250 mg c/12h x 5 días si dolor.
        Next review in 2 wks. L.F.T. [[PERSON:Daniela Arriaga Muñoz]]
        """#,
        #"""
        FIȘĂ DE APTITUDINE / Fitness-for-work certificate
        Employee: [[PERSON:Andrei-Mihai Popescu]], marca (employee no.) [[EMPLOYEE_NUMBER:004417]], forklift operator. File ref [[MEDICAL_RECORD_NUMBER:MM-CJ/2025/0193]].
        Examined [[DATE:18.02.2025]] by Dr. [[PERSON:Ioana Dumitrescu]], occupational medicine. Findings: [[HEALTH_CONDITION:essential hypertension]] grade 1, controlled on [[HEALTH_CONDITION:Prestarium]] 5 mg;
        [[HEALTH_CONDITION:mild bilateral hearing loss]] (audiogram attached).
        Conclusion: APT CONDIȚIONAT - fit with conditions: hearing protection mandatory, BP check every 6 months. Next exam in 12 months.
        """#,
        #"""
        Result notice / eredményértesítő
        Dear [[PERSON:Kovács Eszter]] (TAJ [[MEDICAL_RECORD_NUMBER:045 327 810]]), the samples taken on [[DATE:2025.03.12]] have been reported.
        TSH 8.4 mIU/L (high), fT4 low - consistent with [[HEALTH_CONDITION:hypothyroidism]]; ferritin normal.
        Your GP, Dr. [[PERSON:Szabó Gábor]], has been informed and may start [[HEALTH_CONDITION:Euthyrox]] 50 µg. Questions: [[PHONE_NUMBER:+36 1 457 2290]].
        A copy was sent to [[EMAIL_ADDRESS:kovacs.eszter82@freemail.hu]].
        """#,
        #"""
        EXTRACT FROM INPATIENT RECORD No. [[MEDICAL_RECORD_NUMBER:2417/25]] - City Clinical Hospital No. 8, cardiology dept.
        Patient [[PERSON:Oleksandr Petrovych Kovalenko]], DOB [[DATE_OF_BIRTH:07.05.1969]], address: [[STREET_ADDRESS:vul. Sumska 112, apt. 45, Kharkiv 61002]].
        Discharged [[DATE:14.03.2025]]. Final dx: [[HEALTH_CONDITION:ischemic heart disease]], [[HEALTH_CONDITION:chronic heart failure]] stage IIA.
        Recommended: [[HEALTH_CONDITION:bisoprolol]] 5 mg, [[HEALTH_CONDITION:Cardiomagnyl]] 75 mg.
        """#,
        #"""
        HENVISNING / referral - Ortopedisk poliklinikk
        Re: [[PERSON:Ingrid Solbakken]], f. [[DATE_OF_BIRTH:23.08.1976]], journalnr. [[MEDICAL_RECORD_NUMBER:4410287]]
        [[STREET_ADDRESS:Storgata 18B, 1607 Fredrikstad]], tlf. [[PHONE_NUMBER:+47 913 46 820]]
        48 y.o. nurse with seropositive [[HEALTH_CONDITION:rheumatoid arthritis]] ([[HEALTH_CONDITION:MTX]] 15 mg/wk), now progressive [[HEALTH_CONDITION:hallux valgus]] L>R;
        insoles tried without effect. Please assess for surgery.
        Mvh Dr [[PERSON:Håkon Brekke]], fastlege
        """#,
        #"""
        SAKURA DENTAL CLINIC - recall notice
        Dear Mr. [[PERSON:Kenji Takahashi]] (patient no. [[MEDICAL_RECORD_NUMBER:D-0031876]]),
        it is now six months since your last check-up on [[DATE:12 September 2024]]. As we treated you for [[HEALTH_CONDITION:periodontitis]], please book a cleaning soon,
        and let us know if you are still taking [[HEALTH_CONDITION:warfarin]]. Letter sent to [[STREET_ADDRESS:3-14-7 Ebisu, Shibuya-ku, Tokyo 150-0013]]. Tel [[PHONE_NUMBER:03-5428-9917]].
        Dr. [[PERSON:Aoi Morimoto]]
        """#,
        #"""
        endorsement 7-3 to 3-11 shift, ward 3B
        rm 312-A: [[PERSON:Ma. Cristina Dela Cruz]], 58/F, hosp # [[MEDICAL_RECORD_NUMBER:2025-011473]], philhealth [[MEMBER_NUMBER:19-050231778-4]]. dx [[HEALTH_CONDITION:CAP-MR]], [[HEALTH_CONDITION:T2DM]] uncontrolled.
        on [[HEALTH_CONDITION:ceftriaxone]] 2g IV OD day 3, [[HEALTH_CONDITION:insulin glargine]] 18u HS. CBG 7am 254, for recheck.
        watcher: daughter [[PHONE_NUMBER:0917 482 3301]]. pls f/u CXR result.
        """#,
    ]
}
