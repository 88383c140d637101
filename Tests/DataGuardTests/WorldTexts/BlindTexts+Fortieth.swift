extension BlindTexts {
    /// A fortieth set of clinical texts, written blind to DataGuard's rules.
    static let fortiethClinical: [String] = [
        #"""
        SIERRA VISTA COMMUNITY HOSPITAL - EMERGENCY DEPARTMENT, SACRAMENTO, CA
        ED DISCHARGE SUMMARY / PATIENT INSTRUCTIONS
        Patient: [[PERSON:HERNANDEZ, Marisol A.]]          MRN: [[MEDICAL_RECORD_NUMBER:SVH-00482913]]
        DOB: [[DATE_OF_BIRTH:07/22/1986]]   Sex: F   Encounter #: [[MEDICAL_RECORD_NUMBER:E2024031588]]
        Address: [[STREET_ADDRESS:4418 Fruitridge Rd Apt 12, Sacramento, CA 95820]]
        Home: [[PHONE_NUMBER:(916) 428-7731]]   Cell: [[PHONE_NUMBER:916.601.2294]]
        Insurance: Blue Shield of California, Member ID [[MEDICAL_RECORD_NUMBER:XEH904471823]]
        Date of visit: [[DATE:03/15/2024]]   Arrival 22:47   Departure 04:10 ([[DATE:03/16/2024]])
        Attending: [[PERSON:Jonathan Pike]], MD
        CA Lic. [[EMPLOYEE_NUMBER:A 148223]]   NPI [[EMPLOYEE_NUMBER:1639284417]]
        Chief complaint: [[HEALTH_CONDITION:Abdominal pain]], right lower quadrant, 9 hours
        Diagnosis: [[HEALTH_CONDITION:Right ureteral calculus]] (5 mm, proximal) with
        [[HEALTH_CONDITION:mild hydronephrosis]]
        Other problems: [[HEALTH_CONDITION:Asthma]], mild intermittent; [[HEALTH_CONDITION:obesity]] (BMI 33)
        Allergies: [[HEALTH_CONDITION:Sulfamethoxazole]] (hives)
        Given in ED: [[HEALTH_CONDITION:ketorolac]] 15 mg IV, [[HEALTH_CONDITION:ondansetron]] 4 mg IV, 1 L NS
        Prescriptions sent to CVS Pharmacy #9912 on Stockton Blvd:
          - [[HEALTH_CONDITION:Tamsulosin]] 0.4 mg by mouth daily x 14 days
          - [[HEALTH_CONDITION:Ibuprofen]] 600 mg by mouth every 6 hours with food, max 5 days
          - [[HEALTH_CONDITION:Oxycodone]] 5 mg, #6 tablets, only for breakthrough pain
        Strain your urine. Return for fever over 100.4°F, vomiting you cannot keep down, or if you stop peeing.
        Follow up with Urology (Dr. [[PERSON:Priya Raman]]) within 7 days: call [[PHONE_NUMBER:(916) 734-2800]].
        Emergency contact: [[PERSON:Luis Hernandez]] (spouse), [[PHONE_NUMBER:916-601-2295]]
        Work note: excused from work [[DATE:3/16]] through [[DATE:3/18/2024]].
        Patient portal login registered to [[EMAIL_ADDRESS:marisol.hdz86@gmail.com]].
        Electronically signed by [[PERSON:J. Pike]], MD on [[DATE:03/16/2024]] 04:02
        """#,
        #"""
        EMPIRE PLAN - MEMBER CLAIM FORM FOR OUT-OF-NETWORK SERVICES (New York State)
        SECTION 1 - SUBSCRIBER
        Name (Last, First, MI): [[PERSON:O'CONNELL, BRENDAN J]]
        Subscriber ID: [[MEMBER_NUMBER:N00482716503]]     Group No: 01500
        Social Security No. (only if no ID card): [[US_SSN:118-42-6093]]
        Date of birth: [[DATE_OF_BIRTH:11/02/1971]]
        Address: [[STREET_ADDRESS:27 Van Rensselaer Blvd, Menands, NY 12204]]
        Daytime phone: [[PHONE_NUMBER:(518) 449-3170]]   E-mail: [[EMAIL_ADDRESS:bjoconnell@nycap.rr.com]]
        SECTION 2 - PATIENT (if other than subscriber)
        Name: [[PERSON:O'CONNELL, KEIRA M]]   Relationship: Daughter   DOB: [[DATE_OF_BIRTH:06/14/2008]]
        Other coverage? [ ] Yes  [X] No
        SECTION 3 - SERVICES (attach itemized bill)
        Provider: [[PERSON:Rachel Feinberg]], PhD, Licensed Psychologist, NY Lic. #[[EMPLOYEE_NUMBER:019884]]
        Provider address: [[STREET_ADDRESS:1 Pine West Plaza, Suite 104, Albany, NY 12205]]
        Provider phone: [[PHONE_NUMBER:518-456-0912]]   NPI: [[EMPLOYEE_NUMBER:1285736604]]
        Patient account # at provider: [[MEDICAL_RECORD_NUMBER:FEIN-2231]]
        Diagnosis (ICD-10): F41.1 [[HEALTH_CONDITION:Generalized anxiety disorder]];
                            F50.2 [[HEALTH_CONDITION:Bulimia nervosa]]
        Date of service     CPT      Charge
        [[DATE:01/09/2024]]          90837    $240.00
        [[DATE:01/23/2024]]          90837    $240.00
        [[DATE:02/06/2024]]          90847    $210.00  (family session)
        Meds (per provider): [[HEALTH_CONDITION:sertraline]] 100 mg daily, [[HEALTH_CONDITION:hydroxyzine]] 25 mg prn
        SECTION 4 - PAYMENT
        Pay benefits to: [ ] Provider   [X] Subscriber
        Direct deposit: ABA routing 021300077   Account no. [[US_BANK_ACCOUNT:4471 0928 3316]]   [X] Checking
        I certify that the information above is true and complete.
        Signature: [[PERSON:Brendan J. O'Connell]]      Date: [[DATE:02/19/2024]]
        """#,
        #"""
        DR. AMANDA KWAN & ASSOCIATES - FAMILY MEDICINE
        [[STREET_ADDRESS:2300 Yonge Street, Suite 1402, Toronto, ON  M4P 1E4]]
        Tel [[PHONE_NUMBER:416-487-6620]]  ·  Fax [[PHONE_NUMBER:416-487-6691]]

        [[DATE:April 4, 2024]]

        Dr. [[PERSON:Gurpreet S. Dhillon]], Rheumatology
        Sunnybrook Health Sciences Centre, [[STREET_ADDRESS:2075 Bayview Avenue, Toronto, ON M4N 3M5]]

        Re: [[PERSON:Théo BOUCHARD-LAVOIE]]   DOB [[DATE_OF_BIRTH:1993-09-30]]
            OHIP [[MEDICAL_RECORD_NUMBER:5829 114 304 QX]]   Chart # [[MEDICAL_RECORD_NUMBER:AK-10387]]
            [[STREET_ADDRESS:88 Redpath Ave, Unit 605
            Toronto ON  M4S 2J9]]
            Cell [[PHONE_NUMBER:(647) 291-0448]]  ·  [[EMAIL_ADDRESS:theo.bl@outlook.com]]

        Dear Dr. [[PERSON:Dhillon]],
        Thank you for seeing this 30-year-old software developer with a 7-month history of inflammatory back
        pain, morning stiffness over an hour and improvement with exercise. He had an episode of
        [[HEALTH_CONDITION:acute anterior uveitis]] (left eye) on [[DATE:January 18, 2024]], treated by Dr.
        [[PERSON:M. Osei]] at Kensington Eye Institute. HLA-B27 is positive; CRP 18 mg/L. SI-joint X-ray is equivocal.
        I suspect [[HEALTH_CONDITION:axial spondyloarthritis]] and would value your opinion on MRI and biologic therapy.
        Past history: [[HEALTH_CONDITION:psoriasis]] (scalp), [[HEALTH_CONDITION:ADHD]] diagnosed at age 11.
        Medications: [[HEALTH_CONDITION:naproxen]] 500 mg BID (partial relief), [[HEALTH_CONDITION:pantoprazole]] 40 mg
        daily, [[HEALTH_CONDITION:lisdexamfetamine]] 40 mg qAM, [[HEALTH_CONDITION:clobetasol]] scalp solution prn.
        Allergies: NKDA. Family history: father ([[PERSON:Jean-Marc Bouchard]]) has
        [[HEALTH_CONDITION:Crohn's disease]].
        He works shifts at a bank and would prefer Thursday appointments; French or English is fine.

        Sincerely,
        [[PERSON:Amanda Kwan]], MD, CCFP     CPSO #[[EMPLOYEE_NUMBER:84129]]   OHIP billing #[[EMPLOYEE_NUMBER:021544]]
        cc: patient - [[PERSON:Théo Bouchard-Lavoie]] consents to e-mail communication.
        """#,
        #"""
        The Limes Medical Practice
        [[STREET_ADDRESS:172 Chingford Mount Road, London E4 9BS]]
        Tel: [[PHONE_NUMBER:020 8529 4411]]   Email: [[EMAIL_ADDRESS:nelondonicb.limesmp@nhs.net]]

        [[DATE:12th February 2024]]

        To whom it may concern - Waltham Forest Housing Options

        Re: Ms [[PERSON:Adaeze OKONKWO-BRIGGS]]    DOB: [[DATE_OF_BIRTH:03.11.1989]]
            NHS No: [[MEDICAL_RECORD_NUMBER:485 221 9060]]
            [[STREET_ADDRESS:Flat 3, 41 Hatherley Road, Walthamstow, London E17 6SB]]

        I am writing at the request of the above patient, who has been registered with this practice since
        [[DATE:1 June 2015]]. Ms [[PERSON:Okonkwo-Briggs]] has
        [[HEALTH_CONDITION:relapsing-remitting multiple sclerosis]], diagnosed on [[DATE:14 October 2019]],
        and is under the care of Dr [[PERSON:Hannah Lyle]], consultant neurologist at the Royal London. She also has
        [[HEALTH_CONDITION:recurrent depressive disorder]] and [[HEALTH_CONDITION:iron-deficiency anaemia]].
        Her current medication includes [[HEALTH_CONDITION:ocrelizumab]] infusions six-monthly,
        [[HEALTH_CONDITION:baclofen]] 10 mg three times a day, [[HEALTH_CONDITION:mirtazapine]] 30 mg at night and
        [[HEALTH_CONDITION:ferrous fumarate]].
        Her fatigue and [[HEALTH_CONDITION:lower-limb spasticity]] make the stairs to her second-floor flat very
        difficult, and she has fallen twice since [[DATE:26 December]]. She lives with her son [[PERSON:Kelechi]], 8,
        who has [[HEALTH_CONDITION:asthma]] that is worsened by the damp in the property.
        In my opinion a ground-floor or lift-accessed property would significantly reduce her risk of injury.
        She has consented to this letter being shared; a fee has been charged in line with BMA guidance.

        Yours faithfully,

        Dr [[PERSON:Rupert A. Mensah-Clarke]]  MBBS MRCGP
        GMC No. [[EMPLOYEE_NUMBER:7042196]]
        Patient's contact number (with consent): [[PHONE_NUMBER:07723 418 906]]
        """#,
        #"""
        NHS LOTHIAN - ROYAL INFIRMARY OF EDINBURGH - EMERGENCY DEPARTMENT
        ED ATTENDANCE RECORD                    Attendance no: [[MEDICAL_RECORD_NUMBER:RIE-ED-24-117452]]
        Name: [[PERSON:MacLEOD, Fionnlagh Iain]]     CHI: [[MEDICAL_RECORD_NUMBER:2108794413]]
        DOB: [[DATE_OF_BIRTH:21/08/1979]]   Address: [[STREET_ADDRESS:2F1, 14 Bruntsfield Gardens, Edinburgh EH10 4DY]]
        Tel: [[PHONE_NUMBER:0131 229 6605]] / mob [[PHONE_NUMBER:07812 553 014]]
        GP: Dr [[PERSON:E. Cruickshank]], Bruntsfield Medical Practice
        Arrived [[DATE:Sat 9 March 2024]] 23:18 by ambulance (SAS incident 0931)
        Triage: Cat 2 (orange) - SN [[PERSON:Ailsa Gow]]
        PC: fall down tenement stair after ~8 pints. Struck head, ?LOC. Cut to L eyebrow. C/o R wrist pain.
        PMH: [[HEALTH_CONDITION:epilepsy]] (last seizure 2021), [[HEALTH_CONDITION:alcohol dependence]],
             [[HEALTH_CONDITION:hepatitis C]] - treated, SVR.
        DH: [[HEALTH_CONDITION:levetiracetam]] 750 mg BD (missed x2 days), [[HEALTH_CONDITION:thiamine]] 100 mg TDS
        O/E: GCS 14 (E3V5M6) -> 15 at 01:00. 3 cm lac L brow. R wrist swollen, tender in ASB.
        CT head: no acute intracranial injury.
        XR R wrist: [[HEALTH_CONDITION:undisplaced scaphoid waist fracture]].
        Imp: 1. [[HEALTH_CONDITION:Minor head injury]]
             2. [[HEALTH_CONDITION:Scaphoid fracture]] R
             3. [[HEALTH_CONDITION:Laceration]] L eyebrow
        Plan: wound closed with Steri-Strips + glue. Futura splint -> scaphoid cast.
              [[HEALTH_CONDITION:Chlordiazepoxide]] as per CIWA-Ar while in department.
              Fracture clinic [[DATE:Tues 12/03]] 09:30 (Mr [[PERSON:Nkemelu]]).
              Head injury advice given to pt and partner [[PERSON:Morag Stewart]] ([[PHONE_NUMBER:07954 120 887]]).
              Alcohol liaison referral - ALN [[PERSON:Donnie Baird]] aware, will phone pt.
        Discharged 06:40 [[DATE:10/03/24]].
        Dr [[PERSON:Calum Reid]], ST4 Emergency Medicine, GMC [[EMPLOYEE_NUMBER:7318844]], bleep 2291
        """#,
        #"""
        Bwrdd Iechyd Prifysgol Bae Abertawe / Swansea Bay University Health Board
        MSK Physiotherapy - Singleton Hospital Outpatients
        Enw / Name: [[PERSON:Rhiannon Mair PRICE-JONES]]     Rhif GIG / NHS no: [[MEDICAL_RECORD_NUMBER:401 932 5871]]
        Hospital no: [[MEDICAL_RECORD_NUMBER:S0782341]]    Dyddiad geni / DOB: [[DATE_OF_BIRTH:04/05/1968]]
        Cyfeiriad / Address:
        [[STREET_ADDRESS:Bryn Teg, 9 Heol y Nant
        Pontarddulais
        Swansea SA4 8HF]]
        Ffôn: [[PHONE_NUMBER:01792 882 517]]    Preferred language: Cymraeg
        Referred by: Dr [[PERSON:Gethin Hughes]], Pontarddulais Health Centre
        Session 1 - [[DATE:06/02/2024]]
        S: 6/52 R shoulder pain after lifting grandchild. Night pain ++. Unable to hang washing. Works as school
           cook. PMH: [[HEALTH_CONDITION:type 2 diabetes]], [[HEALTH_CONDITION:hypothyroidism]].
           DH: [[HEALTH_CONDITION:metformin]], [[HEALTH_CONDITION:levothyroxine]], [[HEALTH_CONDITION:co-codamol]]
           30/500 prn.
        O: Active flex 95°, abd 70°, ER 10° (passive ER markedly reduced). Cervical screen clear.
        A: Presentation consistent with [[HEALTH_CONDITION:adhesive capsulitis]], freezing phase.
        P: Education, pendulum + table slides. Discussed hydrodilatation with Mr [[PERSON:Owain Bevan]] (ESP).
           Fit note extended via GP to [[DATE:4 March]].
        Session 2 - [[DATE:20/02/2024]]
        S: Sleeping a little better. Daughter [[PERSON:Ffion]] helping with home exercises.
        O: Flex 105°, ER 15°.  A: Slow progress.
        P: Continue HEP; refer for hydrodilatation + [[HEALTH_CONDITION:triamcinolone]].
        Session 3 - [[DATE:05/03/2024]] - DNA. Text reminder had been sent to [[PHONE_NUMBER:07971 204 655]].
        Rebooked [[DATE:Tues 19th March]] 14:15 (Welsh-speaking clinician requested).
        [[PERSON:Sioned Ll. Evans]], MCSP, Physiotherapist    HCPC [[EMPLOYEE_NUMBER:PH118224]]
        [[EMAIL_ADDRESS:sioned.evans2@wales.nhs.uk]]
        """#,
        #"""
        HSE Cork Kerry Community Healthcare - Community Mental Health Team, Sector 4
        INITIAL ASSESSMENT / INTAKE FORM
        Date of assessment: [[DATE:14 March 2024]]        MRN: [[MEDICAL_RECORD_NUMBER:CKMH-0093817]]
        Name: [[PERSON:Ciarán Ó SÚILLEABHÁIN]]        Preferred name: [[PERSON:Ciarán]]
        DOB: [[DATE_OF_BIRTH:02/02/1997]]   PPSN: [[NATIONAL_ID:6847213EA]]   GMS card no:
        [[MEDICAL_RECORD_NUMBER:K4471093]]
        Address: [[STREET_ADDRESS:Apt 22, The Elysian, Eglinton Street, Cork T12 YV9K]]
        Mobile: [[PHONE_NUMBER:087 339 1426]]     Email: [[EMAIL_ADDRESS:ciaranos97@gmail.com]]
        GP: Dr [[PERSON:Niamh Kiely]], Douglas Road Medical Centre, [[STREET_ADDRESS:3 Douglas Rd, Cork T12 K8XW]]
        Referral: GP letter dated [[DATE:27/02/2024]]; screened by [[PERSON:Deirdre Moloney]] CNM2
        Presenting complaint: [[HEALTH_CONDITION:Low mood]] and [[HEALTH_CONDITION:panic attacks]] for about five
        months, worse since his mother's death on [[DATE:3rd November 2023]]. Stopped attending lectures (MSc, UCC).
        Sleeping 3-4 hours a night, appetite poor, lost 6 kg.
        Risk: passive [[HEALTH_CONDITION:suicidal ideation]], no plan or intent; no previous attempts. One episode of
        [[HEALTH_CONDITION:self-harm]] (cutting) at age 16. Drinks ~20 units/week; cannabis at weekends.
        History: [[HEALTH_CONDITION:ADHD]] queried in secondary school, never assessed.
        Family: paternal uncle has [[HEALTH_CONDITION:bipolar affective disorder]].
        Medication: [[HEALTH_CONDITION:escitalopram]] 10 mg since [[DATE:05/01/2024]] (GP),
        [[HEALTH_CONDITION:propranolol]] 10 mg prn.
        Social: lives with partner [[PERSON:Aoife Brennan]] (NOK, [[PHONE_NUMBER:+353 86 402 7719]]);
        sister [[PERSON:Sorcha]] lives in Galway.
        MSE: kempt, good rapport, mood low, affect reactive, no psychotic features, insight good.
        Impression: [[HEALTH_CONDITION:Moderate depressive episode]] with [[HEALTH_CONDITION:panic disorder]];
        [[HEALTH_CONDITION:prolonged grief disorder]].
        Plan: increase [[HEALTH_CONDITION:escitalopram]] to 15 mg; CBT waiting list; review with Dr
        [[PERSON:Fergal Twomey]] (Consultant Psychiatrist) on [[DATE:11/04/2024]]. Crisis numbers given. Consent to
        share with GP: yes.
        Assessed by: [[PERSON:Róisín Hegarty]], CNS Mental Health, NMBI PIN [[EMPLOYEE_NUMBER:118642]]
        """#,
        #"""
        PRIMECARE OCCUPATIONAL HEALTH - FITNESS FOR DUTY ASSESSMENT
        [[STREET_ADDRESS:Level 3, 140 Ann Street, Brisbane QLD 4000]]  |  ph [[PHONE_NUMBER:(07) 3229 8810]]
        Client: Bowen Basin Haulage Pty Ltd - attn: [[PERSON:Kylie Pettersen]], HSE Manager
        Employee: [[PERSON:TAUMALOLO, Sione]]          Employee ID: [[EMPLOYEE_NUMBER:BBH-20417]]
        DOB: [[DATE_OF_BIRTH:19/12/1984]]    Medicare: [[MEDICAL_RECORD_NUMBER:2951 68340 1]]
        Home: [[STREET_ADDRESS:17 Jacaranda Crescent, Moranbah QLD 4744]]    Mob: [[PHONE_NUMBER:0438 617 205]]
        Date of assessment: [[DATE:21 March 2024]]
        Role: haul truck operator (HC licence), 12-hour rotating roster, fly-in fly-out
        Reason for referral: return to work after [[HEALTH_CONDITION:NSTEMI]] on [[DATE:2 January 2024]]
        (Mackay Base Hospital), drug-eluting stent to LAD.
        Current medication: [[HEALTH_CONDITION:aspirin]] 100 mg, [[HEALTH_CONDITION:ticagrelor]] 90 mg BD,
        [[HEALTH_CONDITION:rosuvastatin]] 40 mg, [[HEALTH_CONDITION:metoprolol]] 25 mg BD, [[HEALTH_CONDITION:Ozempic]]
        0.5 mg weekly.
        Other conditions: [[HEALTH_CONDITION:obstructive sleep apnoea]] on CPAP (use 6.8 h/night, residual AHI 3),
        [[HEALTH_CONDITION:type 2 diabetes]].
        Findings: BP 128/78, BMI 36.1. ECG sinus rhythm, anterior Q waves. Stress echo [[DATE:12/03/2024]]:
        no inducible ischaemia, EF 52%.
        Audiometry: [[HEALTH_CONDITION:noise-induced hearing loss]], bilateral 4 kHz notch.
        Opinion (Assessing Fitness to Drive, commercial standard):
          CONDITIONALLY FIT. Cardiologist Dr [[PERSON:Anand Venkataraman]] (letter dated [[DATE:14/03/2024]]) supports
          return. Conditions: annual cardiology and sleep review; no solo night shifts until [[DATE:30 June 2024]].
        The employee consented to release of this report (signed [[DATE:21/03/24]]). Clinical details beyond
        those needed for the fitness decision have not been disclosed to the employer.
        Dr [[PERSON:Meredith O'Halloran]] FAFOEM, Occupational Physician
        AHPRA [[EMPLOYEE_NUMBER:MED0001847263]]    Provider no. [[EMPLOYEE_NUMBER:2418573K]]
        [[EMAIL_ADDRESS:m.ohalloran@primecareoh.com.au]]   direct [[PHONE_NUMBER:0407 992 316]]
        """#,
        #"""
        Te Whatu Ora - Waikato Hospital, Ward 7 (General Medicine)
        NURSING HANDOVER (ISBAR) - night to AM shift, [[DATE:Wednesday 17 April 2024]]
        Bed 4: [[PERSON:TE AWA-HOROMONA, Wiremu]], 67 M   NHI [[MEDICAL_RECORD_NUMBER:ZKT4821]]
               DOB [[DATE_OF_BIRTH:08/09/1956]]
          S: Admitted [[DATE:15/04]] with [[HEALTH_CONDITION:community-acquired pneumonia]] RLL
             + [[HEALTH_CONDITION:AKI]].
          B: [[HEALTH_CONDITION:COPD]], [[HEALTH_CONDITION:gout]], ex-smoker. Lives in Ngāruawāhia with
             wife [[PERSON:Mere]].
          A: Afebrile overnight, SpO2 90-92% on 2 L. Creatinine 168 (improving). Eating well.
          R: IV [[HEALTH_CONDITION:amoxicillin-clavulanate]] - ask about oral switch on ward round. Whānau hui 11:00,
             son [[PERSON:Rāwiri]] ([[PHONE_NUMBER:021 448 3097]]) and his kuia coming - please book the whānau room.
        Bed 5: [[PERSON:PARATA, Aroha Kiri]], 34 F   NHI [[MEDICAL_RECORD_NUMBER:PLR3390]]
          S: [[HEALTH_CONDITION:Diabetic ketoacidosis]], resolved; insulin infusion off at 02:00.
          B: [[HEALTH_CONDITION:Type 1 diabetes]] since age 9. bHCG negative.
          A: BGLs 7-11 overnight. K+ 3.6. Slept well.
          R: Diabetes nurse specialist [[PERSON:Huia Rangihuna]] to see re [[HEALTH_CONDITION:Lantus]] dose.
             Partner [[PERSON:Tama]] can be updated on [[PHONE_NUMBER:+64 27 310 5582]].
        Bed 6: [[PERSON:VAN DEN BERG, Hendrik]], 81 M   NHI [[MEDICAL_RECORD_NUMBER:CHB7716]]
          S: [[HEALTH_CONDITION:Delirium]] on background of [[HEALTH_CONDITION:Alzheimer's dementia]];
             [[HEALTH_CONDITION:UTI]].
          B: Rest home resident. [[HEALTH_CONDITION:Atrial fibrillation]] on [[HEALTH_CONDITION:apixaban]].
          A: Agitated 01:00-03:00, pulled out IV luer. [[HEALTH_CONDITION:Haloperidol]] 0.5 mg PO 01:30,
             good effect.
          R: High falls risk - sensor mat on. EPOA daughter [[PERSON:Ingrid Walker]] [[PHONE_NUMBER:(07) 856 2290]]
             wants a call before 9.
        Handed over 07:05 by RN [[PERSON:Kahurangi Tipene-Walker]] (NCNZ [[EMPLOYEE_NUMBER:278104]])
        to RN [[PERSON:Sam Liu]].
        """#,
        #"""
        Docteur [[PERSON:Claire FAURE-DELMAS]] - Cardiologue
        Ancienne interne des Hôpitaux de Lyon
        [[STREET_ADDRESS:18, rue Vaubecour - 69002 Lyon]]
        Tél. : [[PHONE_NUMBER:04 78 42 16 90]] - RPPS : [[EMPLOYEE_NUMBER:10003847215]]

        Lyon, le [[DATE:lundi 18 mars 2024]]

        Docteur [[PERSON:Yann Le Goff]], médecin généraliste, [[STREET_ADDRESS:5 place Bellecour, 69002 Lyon]]
        Objet : Mme [[PERSON:MERCIER Josiane]], née [[PERSON:BLANCHARD]] le [[DATE_OF_BIRTH:07/01/1949]]
        N° d'immatriculation (carte Vitale) : [[MEDICAL_RECORD_NUMBER:2 49 01 69 123 045 87]]
        Dossier : [[MEDICAL_RECORD_NUMBER:CV-2024-01877]]

        Cher Confrère,
        J'ai revu ce jour votre patiente, 75 ans, pour le suivi de sa [[HEALTH_CONDITION:fibrillation atriale]]
        permanente et de son [[HEALTH_CONDITION:insuffisance cardiaque à fraction d'éjection préservée]]. Elle se plaint
        d'un essoufflement à la montée d'un étage et d'œdèmes des chevilles le soir.
        ECG : FA à 78/min. ETT : FEVG 58 %, OG dilatée, PAPs 42 mmHg.
        Biologie du [[DATE:11/03/2024]] : créatinine 98 µmol/l, DFG 49, NT-proBNP 1240 pg/ml, K 4,6.
        Conclusion : [[HEALTH_CONDITION:FA permanente]] à fréquence contrôlée, [[HEALTH_CONDITION:IC à FEVG préservée]]
        discrètement décompensée, [[HEALTH_CONDITION:insuffisance rénale chronique]] stade 3a.
        Je majore le [[HEALTH_CONDITION:furosémide]] et j'introduis la [[HEALTH_CONDITION:dapagliflozine]].

        ORDONNANCE
        1. [[HEALTH_CONDITION:Eliquis]] ([[HEALTH_CONDITION:apixaban]]) 5 mg : 1 cp matin et soir
        2. [[HEALTH_CONDITION:Bisoprolol]] 5 mg : 1 cp le matin
        3. [[HEALTH_CONDITION:Furosémide]] 40 mg : 1 cp le matin (au lieu de 20 mg)
        4. [[HEALTH_CONDITION:Forxiga]] 10 mg : 1 cp le matin
        Ionogramme et créatinine dans 10 jours, résultats à faxer au [[PHONE_NUMBER:04 78 42 16 91]].
        Prochain rendez-vous le [[DATE:17 juin 2024]] à 10 h 30. Sa fille, Mme [[PERSON:Sandrine Mercier]]
        ([[PHONE_NUMBER:06 71 38 92 04]]), l'accompagnera.
        Bien confraternellement,
        Dr [[PERSON:C. Faure-Delmas]]
        """#,
        #"""
        CHU de Liège - Laboratoire de Biologie Clinique
        Site du Sart Tilman, [[STREET_ADDRESS:Avenue de l'Hôpital 1, 4000 Liège]]
        Secrétariat : [[PHONE_NUMBER:+32 4 323 22 40]]
        PROTOCOLE D'ANALYSES                                     N° de demande : 24-0318-04471
        Patiente : [[PERSON:DUBOIS-LAMBERT, Nathalie]]     Sexe : F
        Née le : [[DATE_OF_BIRTH:22.04.1978]]      NISS : [[NATIONAL_ID:78.04.22-256.71]]
        Mutualité : Solidaris - n° d'affiliation [[MEDICAL_RECORD_NUMBER:317/0584429/12]]
        Adresse : [[STREET_ADDRESS:Rue Saint-Gilles 214, bte 3, 4000 Liège]]     GSM : [[PHONE_NUMBER:0486 21 73 59]]
        Prescripteur : Dr [[PERSON:Marc Thonnard]] - INAMI [[EMPLOYEE_NUMBER:1-28461-73-004]]
        Copie : Dr [[PERSON:Isabelle Piret]], endocrinologue
        Prélèvement : [[DATE:18/03/2024]] à 07:52 (à jeun)
        Renseignements cliniques : [[HEALTH_CONDITION:maladie de Basedow]] sous [[HEALTH_CONDITION:thiamazole]] ;
        suivi d'une [[HEALTH_CONDITION:anémie]]
        HÉMATOLOGIE
          Hémoglobine ............ 10,9 g/dl       (12,0-16,0)   L
          VGM .................... 74 fl           (80-98)       L
          Leucocytes ............. 3,1 x10³/µl     (4,0-10,0)    L
          Neutrophiles ........... 1,2 x10³/µl     (1,5-7,5)     L
        BIOCHIMIE
          Ferritine .............. 6 µg/l          (15-150)      L
          TSH .................... <0,01 mU/l      (0,27-4,2)    L
          T4 libre ............... 24,8 pmol/l     (12-22)       H
          ALAT ................... 41 U/l          (<35)         H
        Commentaire : [[HEALTH_CONDITION:neutropénie]] modérée sous [[HEALTH_CONDITION:thiamazole]] - prescripteur
        prévenu par téléphone le [[DATE:18/03/2024]] à 11:15 (Dr [[PERSON:Thonnard]], [[PHONE_NUMBER:04 252 61 08]]).
        Profil martial compatible avec une [[HEALTH_CONDITION:anémie ferriprive]].
        Validé par : Pr [[PERSON:Hélène Vanderstraeten]], biologiste clinicienne
        Résultats également disponibles sur le Réseau Santé Wallon.
        """#,
        #"""
        Klinikum Nürnberg Süd - Klinik für Innere Medizin 6, Schwerpunkt Gastroenterologie
        [[STREET_ADDRESS:Breslauer Straße 201, 90471 Nürnberg]] · Tel. [[PHONE_NUMBER:0911 398-2771]]

        Herrn Dr. med. [[PERSON:Klaus-Dieter Wohlfahrt]]
        Facharzt für Allgemeinmedizin
        [[STREET_ADDRESS:Allersberger Str. 92
        90461 Nürnberg]]
                                                                  Nürnberg, den [[DATE:22.03.2024]]
        ENTLASSBRIEF
        Patientin: Frau [[PERSON:Özlem Yıldırım-Hofmann]], geb. [[DATE_OF_BIRTH:09.06.1962]]
        wohnhaft [[STREET_ADDRESS:Gibitzenhofstraße 55, 90443 Nürnberg]]
        Fall-Nr. [[MEDICAL_RECORD_NUMBER:2024-0184472]] · KVNR [[MEDICAL_RECORD_NUMBER:Y482917356]] · AOK Bayern
        Stationärer Aufenthalt vom [[DATE:14.03.2024]] bis [[DATE:22.03.2024]]

        Sehr geehrter Herr Kollege [[PERSON:Wohlfahrt]],
        wir berichten über Ihre o. g. Patientin.
        Diagnosen:
          - [[HEALTH_CONDITION:Akute biliäre Pankreatitis]] (mild), ERCP mit Papillotomie am [[DATE:15.03.2024]]
          - [[HEALTH_CONDITION:Choledocholithiasis]]
          - [[HEALTH_CONDITION:Cholezystolithiasis]] - elektive Cholezystektomie geplant
          - [[HEALTH_CONDITION:Arterielle Hypertonie]]
          - [[HEALTH_CONDITION:Hashimoto-Thyreoiditis]], substituiert
        Anamnese: Aufnahme über die ZNA mit gürtelförmigen Oberbauchschmerzen seit dem Vorabend, Lipase 2.840 U/l.
        Verlauf: Unter Volumentherapie und Analgesie mit [[HEALTH_CONDITION:Metamizol]] und
        [[HEALTH_CONDITION:Piritramid]] rasche Besserung. Kostaufbau ab dem [[DATE:17.03.]] komplikationslos.
        Medikation bei Entlassung:
          [[HEALTH_CONDITION:Ramipril]] 5 mg 1-0-0 · [[HEALTH_CONDITION:L-Thyroxin]] 75 µg 1-0-0
          [[HEALTH_CONDITION:Pantoprazol]] 20 mg 1-0-0 (für 4 Wochen)
        Procedere: Vorstellung in der Chirurgie (OA Dr. [[PERSON:Fabian Stöckl]]) am [[DATE:08.04.2024]] zur
        Cholezystektomie.
        Die Tochter, Frau [[PERSON:Leyla Hofmann]] ([[PHONE_NUMBER:0176 4829 1130]]), ist informiert.
        Mit freundlichen kollegialen Grüßen
        Prof. Dr. [[PERSON:Martina Seelbach]]              Dr. [[PERSON:Jonas Petrović]]
        Chefärztin                                Assistenzarzt, LANR [[EMPLOYEE_NUMBER:684213701]]
        """#,
        #"""
        Hospital Universitari Arnau de Vilanova de Lleida
        Servei de Cirurgia Ortopèdica i Traumatologia
        INFORME D'ALTA HOSPITALÀRIA
        Pacient: [[PERSON:PUIGDOMÈNECH i SERRA, Montserrat]]        NHC: [[MEDICAL_RECORD_NUMBER:1183457]]
        CIP: [[MEDICAL_RECORD_NUMBER:PUSE0470311009]]     DNI: [[NATIONAL_ID:40912377T]]
        Data de naixement: [[DATE_OF_BIRTH:11/03/1947]]
        Adreça: [[STREET_ADDRESS:C/ Major, 34, 2n 1a, 25007 Lleida]]
        Telèfon: [[PHONE_NUMBER:973 24 18 66]] / [[PHONE_NUMBER:+34 619 402 733]]
        Data d'ingrés: [[DATE:2 de febrer de 2024]]     Data d'alta: [[DATE:9 de febrer de 2024]]
        Motiu d'ingrés: caiguda accidental al domicili amb impotència funcional de l'extremitat inferior dreta.
        Antecedents: [[HEALTH_CONDITION:hipertensió arterial]], [[HEALTH_CONDITION:diabetis mellitus tipus 2]],
        [[HEALTH_CONDITION:osteoporosi]] no tractada. Al·lèrgia a l'[[HEALTH_CONDITION:amoxicil·lina]].
        Diagnòstic principal: [[HEALTH_CONDITION:Fractura subcapital de fèmur dret]] (Garden IV)
        Intervenció: artroplàstia parcial de maluc dret (pròtesi bipolar cimentada) el [[DATE:3/02/2024]].
        Evolució: [[HEALTH_CONDITION:Anèmia postoperatòria]] (Hb 8,4) que requereix 1 concentrat d'hematies.
        Sedestació a les 24 h i deambulació amb caminador al 3r dia amb la fisioterapeuta [[PERSON:Laia Ribó]].
        Diagnòstics secundaris: [[HEALTH_CONDITION:síndrome confusional aguda]] (resolta),
        [[HEALTH_CONDITION:infecció urinària]].
        Tractament a l'alta:
          - [[HEALTH_CONDITION:Enoxaparina]] 40 mg sc cada 24 h durant 30 dies
          - [[HEALTH_CONDITION:Paracetamol]] 1 g cada 8 h; [[HEALTH_CONDITION:Metamizol]] 575 mg si dolor
          - [[HEALTH_CONDITION:Calcifediol]] 0,266 mg cada 15 dies; [[HEALTH_CONDITION:Àcid alendrònic]] 70 mg setmanal
          - Continuar [[HEALTH_CONDITION:enalapril]] i [[HEALTH_CONDITION:metformina]] habituals
        Retirada de grapes al CAP Rambla Ferran el [[DATE:19/02/2024]]. Control a consultes externes el
        [[DATE:15 de març]].
        Persona de contacte: [[PERSON:Jordi Farré Puigdomènech]] (fill), [[PHONE_NUMBER:650 31 77 42]]
        Metgessa responsable: Dra. [[PERSON:Núria Solé Vilanova]] - Núm. col·legiada [[EMPLOYEE_NUMBER:25-3418]]
        """#,
        #"""
        AZIENDA USL DI BOLOGNA - Ospedale Maggiore
        U.O. Diabetologia - Ambulatorio Piede Diabetico
        REFERTO DI VISITA SPECIALISTICA                          Data: [[DATE:26/03/2024]]
        Paziente: [[PERSON:ESPOSITO Gennaro]]    nato a Napoli il [[DATE_OF_BIRTH:14/07/1958]]
        C.F.: [[NATIONAL_ID:SPSGNR58L14F839J]]    Tessera sanitaria: [[MEDICAL_RECORD_NUMBER:80380000501234567890]]
        Residenza: [[STREET_ADDRESS:Via Saragozza 118/2, 40135 Bologna (BO)]]
        Tel. [[PHONE_NUMBER:051 614 2277]]   Cell. [[PHONE_NUMBER:348 219 6605]]
        ID paziente: [[MEDICAL_RECORD_NUMBER:BO-2024-338172]]    Medico curante: Dott.ssa [[PERSON:Francesca Lenzi]]
        Quesito diagnostico: [[HEALTH_CONDITION:ulcera plantare]] piede sinistro in
        [[HEALTH_CONDITION:diabete mellito tipo 2]].
        Anamnesi: diabete noto dal 2005; [[HEALTH_CONDITION:cardiopatia ischemica]] (PTCA 2019);
        [[HEALTH_CONDITION:BPCO]] lieve.
        Terapia in atto: [[HEALTH_CONDITION:insulina glargine]] 22 UI la sera, [[HEALTH_CONDITION:metformina]] 1000 mg x
        2, [[HEALTH_CONDITION:Cardioaspirin]] 100 mg, [[HEALTH_CONDITION:atorvastatina]] 40 mg.
        Esame obiettivo: lesione 2 x 1,5 cm sotto la testa del I metatarso sx, fondo granuleggiante, non sondabile
        all'osso. Polsi pedidii iposfigmici. Sensibilità al monofilamento assente bilateralmente.
        Conclusioni: [[HEALTH_CONDITION:ulcera neuropatica plantare]] sx (Texas 1A);
        [[HEALTH_CONDITION:polineuropatia diabetica]].
        Si prescrive: calzatura di scarico dell'avampiede; medicazione con [[HEALTH_CONDITION:sulfadiazina argentica]]
        crema ogni 3 giorni; eco-color-doppler arterioso arti inferiori (priorità B).
        Prossimo controllo: [[DATE:9 aprile 2024]] ore 8:40. Per disdire: [[PHONE_NUMBER:051 647 8812]] (lun-ven 8-13).
        La moglie, sig.ra [[PERSON:Assunta Russo]], si occupa delle medicazioni ([[PHONE_NUMBER:+39 340 771 0923]]).
        Il medico: Dott. [[PERSON:Alessandro Bertuzzi]] - Iscr. OMCeO Bologna n. [[EMPLOYEE_NUMBER:15427]]
        Documento firmato digitalmente il [[DATE:26/03/2024]]
        """#,
        #"""
        Fakultní nemocnice Brno - Interní kardiologická klinika
        [[STREET_ADDRESS:Jihlavská 20, 625 00 Brno]], tel. [[PHONE_NUMBER:+420 532 232 611]]
        PROPOUŠTĚCÍ ZPRÁVA
        Pacient: [[PERSON:NOVOTNÝ Jaroslav]], nar. [[DATE_OF_BIRTH:3. 5. 1955]]
        RČ: [[NATIONAL_ID:550503/0421]]    Pojišťovna: 111    Č. chorobopisu: [[MEDICAL_RECORD_NUMBER:2024/07713]]
        Bydliště: [[STREET_ADDRESS:Kounicova 688/32, 602 00 Brno]]
        Telefon: [[PHONE_NUMBER:603 418 772]]    Kontaktní osoba: manželka [[PERSON:Věra Novotná]],
        [[PHONE_NUMBER:731 204 559]]
        Praktický lékař: MUDr. [[PERSON:Petra Dvořáková]], [[STREET_ADDRESS:Lidická 1880/81, 602 00 Brno]]
        Hospitalizace: [[DATE:12. 3. 2024]] - [[DATE:19. 3. 2024]]
        Diagnózy:
          I21.0  [[HEALTH_CONDITION:Akutní transmurální infarkt myokardu přední stěny]]
          I50.1  [[HEALTH_CONDITION:Srdeční selhání]] NYHA II
          E78.0  [[HEALTH_CONDITION:Hypercholesterolémie]]
          F17.2  [[HEALTH_CONDITION:Závislost na tabáku]]
        Průběh: Přijat cestou ZZS pro bolest na hrudi trvající 2 hodiny. Provedena primární PCI RIA s implantací DES.
        Echokardiograficky EF LK 40 %, hypokineze přední stěny. Bez arytmií. Mobilizace bez obtíží.
        Doporučená medikace:
          [[HEALTH_CONDITION:Godasal]] 100 mg 1-0-0
          [[HEALTH_CONDITION:Brilique]] 90 mg 1-0-1 (po dobu 12 měsíců)
          [[HEALTH_CONDITION:Atoris]] 80 mg 0-0-1
          [[HEALTH_CONDITION:Prestarium Neo]] 2,5 mg 1-0-0
          [[HEALTH_CONDITION:Concor]] 2,5 mg 1-0-0
        Doporučení: kardiorehabilitace, zákaz kouření, kontrola v kardiologické ambulanci u MUDr.
        [[PERSON:Tomáše Kratochvíla]] dne [[DATE:16. 4. 2024]] v 9:00. Pracovní neschopnost trvá.
        Vypracovala: MUDr. [[PERSON:Lucie Horáková]], e-mail [[EMAIL_ADDRESS:horakova.lucie@fnbrno.cz]]
        Primář: doc. MUDr. [[PERSON:Jiří Šťastný]], Ph.D.
        """#,
        #"""
        Region Hovedstaden - Herlev og Gentofte Hospital, Endokrinologisk Ambulatorium
        Udtræk: SMS-påmindelser sendt [[DATE:8. april 2024]] kl. 16.00 (for tider [[DATE:10.04.2024]])
        ----------------------------------------------------------------------
        Til: [[PHONE_NUMBER:+45 28 41 73 06]]   Pt.: [[PERSON:Mette Kjærgaard Holm]], CPR [[NATIONAL_ID:140382-1846]]
        "Kære [[PERSON:Mette]]. Husk din tid i Endokrinologisk Ambulatorium, Herlev Hospital, onsdag d.
        [[DATE:10. april]] kl. 08.45, opgang 3, plan 2. Medbring din [[HEALTH_CONDITION:NovoRapid]]-pen og
        blodsukkerdagbog.
        Afbud senest dagen før på [[PHONE_NUMBER:38 68 39 10]]. Mvh Herlev Hospital. Du kan ikke svare på denne SMS."
        ----------------------------------------------------------------------
        Til: [[PHONE_NUMBER:20 95 16 42]]   Pt.: [[PERSON:Søren Ravn Bech]], CPR [[NATIONAL_ID:021167-2173]]
        "Hej [[PERSON:Søren]]. Du har tid til blodprøve kl. 09.30 og samtale kl. 10.15 om din
        [[HEALTH_CONDITION:hypothyreose]] onsdag d. [[DATE:10/4]]. Tag ikke din [[HEALTH_CONDITION:Eltroxin]] før
        blodprøven.
        Mvh Herlev Hospital"
        ----------------------------------------------------------------------
        Til: [[PHONE_NUMBER:+45 53 11 84 27]]   (forælder til [[PERSON:Emil Nørgaard Friis]], f.
        [[DATE_OF_BIRTH:30.09.2011]])
        "Kære forælder. [[PERSON:Emil]] er indkaldt til årskontrol for [[HEALTH_CONDITION:type 1-diabetes]] og
        [[HEALTH_CONDITION:cøliaki]] onsdag d. [[DATE:10. april 2024]] kl. 13.00 i Børneambulatoriet. Husk
        sensorrapport."
        Notat: mor ([[PERSON:Camilla Friis]]) ønsker fremover mail: [[EMAIL_ADDRESS:camilla.friis@hotmail.dk]]
        Far ([[PERSON:Jonas Nørgaard]]) har fælles forældremyndighed - tlf. [[PHONE_NUMBER:61 72 09 33]]
        ----------------------------------------------------------------------
        Fejlet: [[PHONE_NUMBER:+45 4017 2288]]  Pt.: [[PERSON:Aysel Demir]], CPR [[NATIONAL_ID:251059-3318]]
        Årsag: nummer ikke i brug. Brev sendt med e-Boks i stedet, adresse
        [[STREET_ADDRESS:Hvidovrevej 301, 2. tv., 2650 Hvidovre]].
        Udtræk trukket af lægesekretær [[PERSON:Lone B. Mortensen]]
        """#,
    ]

    /// A fortieth set of everyday texts, written blind to DataGuard's rules.
    static let fortiethEveryday: [String] = [
        #"""
        From: [[PERSON:Danielle Okafor]] <[[EMAIL_ADDRESS:dokafor.htx@gmail.com]]>
        To: HR Employee Relations <[[EMAIL_ADDRESS:er@gulfportlogistics.com]]>
        Cc: [[PERSON:Marcus Whitfield]] <[[EMAIL_ADDRESS:mwhitfield@teamsters988.org]]>
        Date: [[DATE:Tue, Apr 2, 2024]], 7:14 AM
        Subject: Formal grievance - schedule retaliation (Employee #[[EMPLOYEE_NUMBER:44718]])

        Hello,
        I am filing a formal grievance under Article 14 of the CBA against my shift supervisor, [[PERSON:Troy Gaskins]].
        On [[DATE:March 11]] I gave HR a note from Dr. [[PERSON:Elena Cárdenas]] (Memorial Hermann) confirming my
        [[HEALTH_CONDITION:lumbar disc herniation]] and a 25-lb lifting restriction. Two days later, on [[DATE:3/13]],
        [[PERSON:Troy]] moved me from days to the 10pm-6:30am dock shift and told my coworker [[PERSON:Ray Villanueva]]
        in front of the crew that I was "faking it for the FMLA." He also knows I take [[HEALTH_CONDITION:gabapentin]]
        at night, which makes the overnight drive home unsafe.
        I was then written up on [[DATE:March 22, 2024]] for "attendance" for two days I was on approved intermittent
        FMLA leave.
        I am asking for: (1) my 6am-2:30pm schedule back, (2) removal of the write-up, (3) a meeting with a steward.
        My steward is [[PERSON:Marcus Whitfield]], Local 988 (my member no. is [[MEMBER_NUMBER:988-20144]]).
        Please reach me on my cell, [[PHONE_NUMBER:(832) 415-9067]], not by mail at
        [[STREET_ADDRESS:6122 Bellfort Ave, Apt 8, Houston, TX 77033]] - mail there goes missing.

        Thank you,
        [[PERSON:Danielle Okafor]]
        Forklift Operator II, Dock B
        Gulfport Logistics | [[STREET_ADDRESS:8800 Jensen Dr, Houston, TX 77093]]
        Employee #[[EMPLOYEE_NUMBER:44718]] | [[PHONE_NUMBER:832.415.9067]]
        """#,
        #"""
        MIDWEST ORTHOTICS & PROSTHETICS, LLC - NEW HIRE INFORMATION FORM (Chicago, IL)
        Please print clearly. Return to HR (Room 210) before your first day.
        LAST NAME: [[PERSON:KOWALCZYK]]          FIRST: [[PERSON:ANNA]]          MI: M
        Preferred name: [[PERSON:Ania]]                   Employee ID (HR use): [[EMPLOYEE_NUMBER:MOP-0612]]
        SSN: [[US_SSN:327-58-1940]]          Date of birth: [[DATE_OF_BIRTH:08/19/1990]]
        Home address: [[STREET_ADDRESS:5243 N. Milwaukee Ave, Apt 2R, Chicago, IL 60630]]
        Cell: [[PHONE_NUMBER:773-594-2086]]     Personal e-mail: [[EMAIL_ADDRESS:ania.kowalczyk90@yahoo.com]]
        Driver's license / State ID #: [[NATIONAL_ID:K426-5519-0872]] (IL)   Exp. [[DATE:08/19/2027]]
        Start date: [[DATE:04/15/2024]]    Position: Certified Orthotic Fitter    Dept: Clinical
        DIRECT DEPOSIT
          Bank: Chase   Routing: 071000013   Account: [[US_BANK_ACCOUNT:000748215906]]   [X] Checking  [ ] Savings
          Second account ($150 per paycheck): PNC   Acct: [[US_BANK_ACCOUNT:4816603179]]
        EMERGENCY CONTACTS
          1. [[PERSON:Kowalczyk, Piotr]] - husband - [[PHONE_NUMBER:(773) 594-2087]]
          2. [[PERSON:Grażyna Nowak]] - mother - [[PHONE_NUMBER:+48 601 284 377]] (in Poland, speaks Polish only)
        VOLUNTARY SELF-IDENTIFICATION OF DISABILITY (optional)
          [X] Yes, I have a disability (or previously had one)
          If you wish, describe: [[HEALTH_CONDITION:Type 1 diabetes]] - I use an [[HEALTH_CONDITION:insulin]] pump and
          may need short breaks to check my glucose. Also [[HEALTH_CONDITION:celiac disease]].
        Accommodation contact: [[PERSON:Denise Holloway]], HR Generalist, [[EMAIL_ADDRESS:dholloway@midwestop.com]],
        ext. 214
        Signature: [[PERSON:Anna M. Kowalczyk]]          Date: [[DATE:04/08/2024]]
        HR USE: I-9 verified by [[PERSON:D. Holloway]] on [[DATE:4/15/24]] - List A: U.S. passport
        [[NATIONAL_ID:A03918427]]
        """#,
        #"""
        COASTAL KEYS PROPERTY MANAGEMENT LTD.
        [[STREET_ADDRESS:#310 - 1125 Howe Street, Vancouver, BC  V6Z 2K8]]  ·  [[PHONE_NUMBER:604-682-1190]]

        [[DATE:April 3, 2024]]

        Delivered by e-mail ([[EMAIL_ADDRESS:j.sandhu.mcgill@gmail.com]]) and posted to the door

        [[PERSON:Jaspreet Sandhu]] and [[PERSON:Liam O'Reilly-Tran]]
        [[STREET_ADDRESS:Suite 704, 2045 Comox Street
        Vancouver, BC  V6G 1S2]]

        Re: Notice of Rent Increase (RTB-7) and building matters

        Dear [[PERSON:Jaspreet]] and [[PERSON:Liam]],
        Please find attached the RTB-7 form. Your rent of $2,140 will increase by 3.5% to $2,214.90 effective
        [[DATE:August 1, 2024]], the maximum allowed this year. Your last increase took effect on [[DATE:July 1, 2023]].
        The pre-authorized debit from account [[US_BANK_ACCOUNT:00492-004-5128337]] will adjust automatically unless you
        tell us otherwise in writing.
        Two other items:
        1. [[PERSON:Liam]], thank you for letting us know about your [[HEALTH_CONDITION:asthma]]. The building will
           switch to fragrance-free cleaning products in the common areas from [[DATE:May 1]].
        2. The balcony membrane repair is booked for [[DATE:Tuesday, April 23]]. The contractor,
           [[PERSON:Gord Mackie]] ([[PHONE_NUMBER:(778) 330-4518]]), asks that balconies be clear by 8 a.m.
        If you have questions, my direct line is [[PHONE_NUMBER:604.682.1197]].

        Regards,
        [[PERSON:Mei-Ling Chau]]
        Property Manager | [[EMAIL_ADDRESS:meiling@coastalkeys.ca]]
        """#,
        #"""
        WhatsApp chat export - 👰 [[PERSON:SOPH]]'S HEN 👰
        ---- [[DATE:Thursday 14 March 2024]] ----
        19:02 [[PERSON:becca]]: ok girlies hen do is LOCKED IN 🎉🎉 [[DATE:sat 20th april]] in york
        19:02 [[PERSON:becca]]: airbnb is [[STREET_ADDRESS:7 Bootham Terrace, York YO30 7DH]], check in from 3
        19:04 [[PERSON:Jas]] 🌸: omg yesss. how much do we owe u babe
        19:05 [[PERSON:becca]]: £86 each pls to [[US_BANK_ACCOUNT:20-45-77 83019264]] ([[PERSON:R Haworth]])
        19:09 [[PERSON:kez]]: cant do the spa sorry my [[HEALTH_CONDITION:eczema]] is flaring 😩 see u at cocktails
        19:11 [[PERSON:Mo A]]: does [[PERSON:soph]] know?? dont add her mum by accident lol
        19:12 [[PERSON:becca]]: her mums no. is [[PHONE_NUMBER:07700 914 362]] for the vid, [[PERSON:jas]] can u sort
        19:15 [[PERSON:Jas]] 🌸: yep. also reminder [[PERSON:lou]] is pregnant 🤰 so mocktails for her
        19:15 [[PERSON:Jas]] 🌸: and shes on [[HEALTH_CONDITION:labetalol]] for her bp so no sauna x
        19:18 [[PERSON:Lou Pritchard]]: 😂 thanks for announcing it [[PERSON:jas]]. due [[DATE:2nd august]] btw xx
        19:20 [[PERSON:Mo A]]: anyone driving from leeds? i can take 3, leaving mine
        ([[STREET_ADDRESS:22 Brudenell Mount, Leeds LS6 1HU]]) at 11
        19:21 [[PERSON:kez]]: me + [[PERSON:tash]] pls 🙋‍♀️
        19:23 [[PERSON:becca]]: [[PERSON:tash]]'s new number is [[PHONE_NUMBER:+44 7911 208 553]] btw, lost her phone
        19:26 [[PERSON:Jas]] 🌸: can someone msg [[PERSON:sophie]]s fiancé [[PERSON:dan]] so he doesnt book that wknd
        19:30 [[PERSON:becca]]: done. [[PERSON:danny boy]] says shes alergic to [[HEALTH_CONDITION:penicilin]] fyi 😅
        19:34 [[PERSON:Mo A]]: my email for the booking confirmation pls -> [[EMAIL_ADDRESS:mo.akhtar94@hotmail.co.uk]]
        19:40 [[PERSON:becca]]: pay by [[DATE:friday 29th]] pls 🙏 or im selling ur bed on vinted
        ---- [[DATE:Friday 15 March 2024]] ----
        08:02 [[PERSON:Lou Pritchard]]: paid ✅ ref [[PERSON:LOU]] HEN
        """#,
        #"""
        Belfast City Council - Environmental Health Service
        Cecil Ward Building, [[STREET_ADDRESS:4-10 Linenhall Street, Belfast BT2 8BP]]

        Our ref: EH/NOI/24/0913
        Date: [[DATE:28 March 2024]]

        Mr [[PERSON:Declan McCAUGHEY]]
        [[STREET_ADDRESS:61 Cavehill Road
        Belfast
        BT15 5BG]]

        Dear Mr [[PERSON:McCaughey]]

        Noise from [[STREET_ADDRESS:63 Cavehill Road, Belfast]]

        Thank you for your complaint received on [[DATE:4 March 2024]] and the noise diary sheets you returned covering
        [[DATE:5 March]] to [[DATE:18 March]]. I note that you work night shifts and that the noise is affecting your
        sleep and your [[HEALTH_CONDITION:tinnitus]]; I also note that your wife, Mrs [[PERSON:Bernadette McCaughey]],
        suffers from [[HEALTH_CONDITION:migraine]], as described in your email.
        An officer, [[PERSON:Gráinne O'Hare]], installed recording equipment in your home from [[DATE:20 March]]. The
        recordings confirm amplified music between 01:00 and 04:00 on three occasions. We have today served an abatement
        notice under Article 65 of the Pollution Control and Local Government (NI) Order 1978 on the occupier, Mr
        [[PERSON:Kyle Ferris]].
        If the noise continues, please ring the out-of-hours noise line on [[PHONE_NUMBER:028 9037 3006]] at the time.
        You can contact me directly on [[PHONE_NUMBER:028 9027 0468]] or at
        [[EMAIL_ADDRESS:noise.team@belfastcity.gov.uk]].

        Yours sincerely

        [[PERSON:S. J. Thompson]]
        Senior Environmental Health Officer

        cc: Cllr [[PERSON:Ciara Magennis]] (at the request of the complainant)
        """#,
        #"""
        INTERNATIONAL MONEY TRANSFER REQUEST - BRANCH USE
        Branch: Fremantle WA        Date: [[DATE:02/04/2024]]
        SENDER
          Full name: [[PERSON:CALLEGARI, Lucia Maria]]
          Address: [[STREET_ADDRESS:14/36 South Terrace, Fremantle WA 6160]]
          Phone: [[PHONE_NUMBER:0411 902 358]]    Email: [[EMAIL_ADDRESS:lucia.callegari@iinet.net.au]]
          Date of birth: [[DATE_OF_BIRTH:27/10/1961]]
          ID sighted: Australian passport [[NATIONAL_ID:PA4472819]]; WA driver licence [[NATIONAL_ID:6192734]]
          Debit account (BSB / Acct): [[US_BANK_ACCOUNT:633-000 155 820 734]]
        BENEFICIARY
          Name: [[PERSON:Giovanni Callegari]]
          Address: [[STREET_ADDRESS:Via Roma 12, 35030 Selvazzano Dentro (PD)]]
          Country: Italy
          IBAN: [[IBAN_CODE:IT31 X902 8868 4962 2940 3022 262]]        SWIFT/BIC: BPPIITRRXXX
        Amount: AUD 4,800.00
        Purpose: family support - brother's care after a [[HEALTH_CONDITION:stroke]] (carer and physiotherapy costs)
        Relationship to beneficiary: sister
        Transfer fee paid by card: Visa debit [[CREDIT_CARD:4557 0382 1164 9271]]
        Customer signature: [[PERSON:L. M. Callegari]]
        Staff: [[PERSON:Bree Nguyen]] (staff ID [[EMPLOYEE_NUMBER:BN40217]])
        Checked: [[PERSON:T. Walsh]] ([[EMPLOYEE_NUMBER:TW18829]])
        Callback completed to home phone [[PHONE_NUMBER:(08) 9335 4471]] at 11:20.
        Note: beneficiary's wife [[PERSON:Paola]] may call the branch from [[PHONE_NUMBER:+39 049 637 2210]].
        """#,
        #"""
        From: [[PERSON:Hinemoa Rāwiri-Walker]] <[[EMAIL_ADDRESS:hinemoa.rw@xtra.co.nz]]>
        To: Whaea [[PERSON:Anahera Tāwhiri]] <[[EMAIL_ADDRESS:atawhiri@kowhaipark.school.nz]]>
        Sent: [[DATE:Sunday, 14 April 2024]] 8:52 pm
        Subject: Camp form - [[PERSON:Tāne]] Rm 12

        Kia ora Whaea [[PERSON:Anahera]],
        Sorry this is late! Camp medical info for [[PERSON:Tāne Rāwiri-Walker]] (DOB [[DATE_OF_BIRTH:03/06/2013]],
        NHI [[MEDICAL_RECORD_NUMBER:NPQ8823]]):
        - [[HEALTH_CONDITION:Asthma]] - [[HEALTH_CONDITION:Ventolin]] (blue) 2 puffs before sport, he knows the spacer.
          Preventer ([[HEALTH_CONDITION:Flixotide]]) morning and night, packed in his toilet bag.
        - [[HEALTH_CONDITION:Kiwifruit allergy]] (lips swell, no [[HEALTH_CONDITION:EpiPen]] needed)
        - Seeing a counsellor for [[HEALTH_CONDITION:anxiety]] since his koro passed, so the first night might be hard.
        Emergency contacts while he's away:
          Me - [[PHONE_NUMBER:027 516 8840]]
          His dad [[PERSON:Mikaere Walker]] - [[PHONE_NUMBER:021 0291 7735]]
          Nan ([[PERSON:Whetū Rāwiri]]) - [[PHONE_NUMBER:(07) 847 3302]],
          [[STREET_ADDRESS:48 Killarney Road, Frankton, Hamilton 3204]]
        I can drive on [[DATE:Wednesday 24th]] (licence [[NATIONAL_ID:DK482913]], version 412) - the van takes 7.
        Ngā mihi,
        [[PERSON:Hinemoa]]
        ----
        Reply - [[DATE:15/04/2024]] 7:41 am
        Kia ora [[PERSON:Hinemoa]], thank you - got it. I've passed the medical info to our camp first-aider, Matua
        [[PERSON:Rewi]] ([[PERSON:Rewi Pōtae]]), and put you down as a driver for [[DATE:24 April]]. Ka kite!
        Ngā mihi nui, [[PERSON:Anahera Tāwhiri]] - Kaiako, Room 12, Kōwhai Park School, [[PHONE_NUMBER:(07) 849 1120]]
        """#,
        #"""
        PERSONALBLATT - EINTRITT
        Bühler Präzisionstechnik AG, Uzwil
        Personalnummer: [[EMPLOYEE_NUMBER:30-41872]]
        Name / Vorname: [[PERSON:ZIMMERLI Beat Andreas]]
        Geburtsdatum: [[DATE_OF_BIRTH:17.02.1983]]        Zivilstand: verheiratet
        AHV-Nr.: [[NATIONAL_ID:756.4182.7391.01]]         Heimatort: Langnau im Emmental BE
        Adresse: [[STREET_ADDRESS:Bahnhofstrasse 27b, 9240 Uzwil]]
        Telefon privat: [[PHONE_NUMBER:071 951 38 24]]      Mobile: [[PHONE_NUMBER:+41 79 624 17 93]]
        E-Mail privat: [[EMAIL_ADDRESS:beat.zimmerli@bluewin.ch]]
        Ehepartnerin: [[PERSON:Zimmerli-Rüegg, Corinne]], AHV-Nr. [[NATIONAL_ID:756.9035.2216.42]], erwerbstätig (40 %)
        Kinder (Familienzulagen): [[PERSON:Lara]] ([[DATE_OF_BIRTH:12.05.2016]]), [[PERSON:Nico]]
        ([[DATE_OF_BIRTH:30.11.2018]])
        Lohnkonto: Raiffeisenbank Uzwil, IBAN [[IBAN_CODE:CH68 1229 9005 3596 7024 0]]
        Pensionskasse: Versicherten-Nr. [[MEMBER_NUMBER:PK-BPT-118204]]
        Krankenkasse (Grundversicherung): Helsana, Versichertennummer [[MEMBER_NUMBER:80756 0003 4172 8841]]
        Quellensteuer: nein
        Eintritt: [[DATE:01.05.2024]]      Funktion: Polymechaniker EFZ, Abteilung Montage
        Gesundheitliche Einschränkungen (freiwillig, vertraulich an HR):
        [[HEALTH_CONDITION:Rot-Grün-Sehschwäche]] - für die Montage ohne Belang. Nach [[HEALTH_CONDITION:Kreuzbandriss]]
        links (operiert am [[DATE:14. März 2022]]) keine Einschränkungen mehr.
        Notfallkontakt: [[PERSON:Corinne Zimmerli]], [[PHONE_NUMBER:079 418 55 02]]
        Ort, Datum: Uzwil, [[DATE:18.04.2024]]           Unterschrift: [[PERSON:B. Zimmerli]]
        Erfasst durch HR: [[PERSON:Sabrina Lüthi]] ([[EMAIL_ADDRESS:sabrina.luethi@buehler-pt.ch]])
        """#,
        #"""
        Von: [[PERSON:Stefanie Grubmüller]] <[[EMAIL_ADDRESS:s.grubmueller@gmx.at]]>
        An: Personalabteilung <[[EMAIL_ADDRESS:personal@hofbauer-logistik.at]]>
        Cc: [[PERSON:Martin Pichler]] (Teamleitung Disposition)
        Datum: [[DATE:Montag, 8. April 2024]], 06:47
        Betreff: Krankmeldung - [[PERSON:Grubmüller]], Pers.-Nr. [[EMPLOYEE_NUMBER:004127]]

        Sehr geehrte Damen und Herren, lieber [[PERSON:Martin]],
        hiermit melde ich mich ab heute krank. Ich war in der Früh bei meiner Hausärztin Dr.in
        [[PERSON:Elisabeth Haider]] ([[STREET_ADDRESS:Gudrunstraße 118, 1100 Wien]]), die eine
        [[HEALTH_CONDITION:akute Bronchitis]] festgestellt hat.
        Die Krankmeldung geht elektronisch an die ÖGK, voraussichtlich bis einschließlich [[DATE:12.04.2024]].
        Zur Sicherheit meine Daten: SV-Nummer [[NATIONAL_ID:2381 140689]], geb. [[DATE_OF_BIRTH:14.06.1989]].
        Ich nehme [[HEALTH_CONDITION:Amoxicillin]] und [[HEALTH_CONDITION:Mucosolvan]], Fieber habe ich leider noch.
        Bitte [[PERSON:Jovana]] aus der Disposition sagen, dass sie die Graz-Tour am [[DATE:10. April]] übernehmen muss.
        Wegen meines [[HEALTH_CONDITION:Bandscheibenvorfalls]] hatte ich ja schon den ergonomischen Sessel beantragt -
        vielleicht kann der geliefert werden, solange ich weg bin.
        Ab nächster Woche bin ich übrigens unter meiner neuen Adresse gemeldet:
        [[STREET_ADDRESS:Quellenstraße 24/3/17
        1100 Wien]]
        Das Gehaltskonto hat sich ebenfalls geändert: [[IBAN_CODE:AT80 0144 0375 8263 9162]] (Erste Bank).
        Telefonisch erreichen Sie mich unter [[PHONE_NUMBER:0664 382 19 47]], bitte erst ab Mittag.

        Mit freundlichen Grüßen
        [[PERSON:Stefanie Grubmüller]]
        Disponentin
        Hofbauer Logistik GmbH | [[STREET_ADDRESS:Laxenburger Straße 254, 1230 Wien]]
        T [[PHONE_NUMBER:+43 1 616 44 80-212]]
        """#,
        #"""
        Stichting Woongoed Vechtstreek
        Bezoekadres: [[STREET_ADDRESS:Bisonspoor 3002, 3605 LT Maarssen]]  ·  Telefoon [[PHONE_NUMBER:0346 - 55 82 00]]

        De heer [[PERSON:R.J. van Dijk]] en mevrouw [[PERSON:S. el Amrani]]
        [[STREET_ADDRESS:Zuilenstraat 17 bis
        3551 GD Utrecht]]

        Maarssen, [[DATE:25 maart 2024]]
        Ons kenmerk: HA/2024/0388
        Onderwerp: betalingsregeling huurachterstand

        Geachte heer [[PERSON:Van Dijk]] en mevrouw [[PERSON:El Amrani]],
        Op [[DATE:19 maart]] spraken wij telefonisch met u over de huurachterstand van € 2.118,40 (bijna drie maanden).
        U vertelde ons dat de heer [[PERSON:Van Dijk]] na een [[HEALTH_CONDITION:burn-out]] zijn baan is kwijtgeraakt
        per [[DATE:30 november 2023]] en dat mevrouw [[PERSON:El Amrani]] minder kan werken in verband met
        [[HEALTH_CONDITION:zwangerschapsdiabetes]].
        Wij bieden u de volgende regeling aan: naast de huur van € 812,30 betaalt u twaalf maanden € 176,53 extra,
        voor het eerst op [[DATE:1 april 2024]]. Wij schrijven beide bedragen af van uw rekening
        [[IBAN_CODE:NL48INGB3729477563]].
        Betaalt u liever zelf? Maak het bedrag dan over naar [[IBAN_CODE:NL95 RABO 4396 2737 64]] o.v.v. uw adres.
        Uw contactpersoon bij het Buurtteam Noordwest is [[PERSON:Marieke Hoogendoorn]], [[PHONE_NUMBER:06-41938270]],
        [[EMAIL_ADDRESS:m.hoogendoorn@buurtteamsutrecht.nl]]. Zij kan u helpen met huurtoeslag en schuldhulp.
        Wilt u het bijgevoegde formulier vóór [[DATE:5 april 2024]] ondertekend terugsturen?

        Met vriendelijke groet,

        [[PERSON:Jeroen Bakker-Smits]]
        Consulent Huurincasso
        T [[PHONE_NUMBER:0346 55 82 47]]  |  E [[EMAIL_ADDRESS:j.bakker@woongoedvechtstreek.nl]]
        """#,
        #"""
        CURRICULUM VITAE

        [[PERSON:María del Carmen RUIZ ALBARRACÍN]]
        Enfermera Especialista en Salud Mental
        Dirección: [[STREET_ADDRESS:C/ Doctor Sumsi, 27, pta. 9, 46005 Valencia]]
        Móvil: [[PHONE_NUMBER:+34 654 87 21 09]]  ·  Fijo: [[PHONE_NUMBER:963 41 52 88]]
        Correo: [[EMAIL_ADDRESS:mcarmen.ruiz.alb@gmail.com]]
        Fecha de nacimiento: [[DATE_OF_BIRTH:23 de mayo de 1988]]  ·  DNI: [[NATIONAL_ID:29187643E]]
        Nº de colegiada (COENV): [[EMPLOYEE_NUMBER:46-18733]]  ·  Carné de conducir B

        EXPERIENCIA PROFESIONAL
        2019 - actualidad  Enfermera especialista, Unidad de Hospitalización Psiquiátrica, Hospital Clínico
                           Universitario de Valencia. Atención a pacientes con [[HEALTH_CONDITION:esquizofrenia]],
                           [[HEALTH_CONDITION:trastorno bipolar]] y
                           [[HEALTH_CONDITION:trastornos de la conducta alimentaria]]; administración de
                           [[HEALTH_CONDITION:clozapina]] y antipsicóticos depot ([[HEALTH_CONDITION:paliperidona]]).
        2015 - 2016        Enfermera de Urgencias, Hospital de Manises.

        FORMACIÓN
        2016 - 2018  EIR Salud Mental, Hospital Universitario Doctor Peset (Valencia)
        2006 - 2010  Grado en Enfermería, Universitat de València

        OTROS DATOS
        Nº de afiliación a la Seguridad Social: [[NATIONAL_ID:46/10293847/52]]
        Idiomas: valenciano (C1), inglés (B2)
        Discapacidad reconocida del 33 % ([[HEALTH_CONDITION:hipoacusia neurosensorial]] bilateral; uso audífonos),
        a efectos del cupo de reserva. Disponibilidad de incorporación: [[DATE:1 de junio de 2024]].

        REFERENCIAS
        [[PERSON:Vicent Soler Monzó]], supervisor de Enfermería - [[PHONE_NUMBER:961 97 35 00]] ext. 4418
        Dra. [[PERSON:Amparo Giménez Lloret]], psiquiatra - [[EMAIL_ADDRESS:agimenez_amp@gva.es]]

        Valencia, [[DATE:2 de abril de 2024]]
        """#,
        #"""
        CONDOMINIO "VIA NIZZA 154" - TORINO
        VERBALE DI ASSEMBLEA ORDINARIA
        Il giorno [[DATE:21 marzo 2024]], alle ore 18:30, presso lo studio dell'amministratrice in
        [[STREET_ADDRESS:Corso Dante 97, 10126 Torino]], si è riunita in seconda convocazione l'assemblea del
        condominio.
        Presenti (in proprio o per delega):
          [[PERSON:Bruno Gallo]] (int. 2), [[PERSON:CERUTTI Maria Grazia]] (int. 5), [[PERSON:Ahmed Benali]] (int. 7),
          [[PERSON:Lo Presti Salvatore]] per delega a [[PERSON:Rosa Lo Presti]] (int. 9),
          [[PERSON:F. Ghirardi]] (int. 12) - totale 612/1000 millesimi.
        Presidente: sig. [[PERSON:Bruno Gallo]]; segretaria: rag. [[PERSON:Elena Ravera]] (amministratrice).
        Ordine del giorno:
        1. Approvazione rendiconto 2023 - approvato all'unanimità.
        2. Installazione servoscala - La sig.ra [[PERSON:Cerutti]] illustra la necessità del servoscala per il marito,
           sig. [[PERSON:Aldo Cerutti]], affetto da [[HEALTH_CONDITION:morbo di Parkinson]] e reduce da una
           [[HEALTH_CONDITION:frattura del femore]]. L'assemblea approva con 540 millesimi (preventivo € 9.800).
        3. Morosità - Il condomino dell'int. 14, sig. [[PERSON:Davide Marchetti]], risulta moroso per € 1.742,00.
           Il sig. [[PERSON:Marchetti]] ha comunicato via e-mail ([[EMAIL_ADDRESS:davide.marchetti77@libero.it]]) di
           essere stato ricoverato per [[HEALTH_CONDITION:depressione maggiore]] e chiede una rateizzazione. Si
           concedono 6 rate mensili da versare con bonifico sul conto condominiale
           [[IBAN_CODE:IT70 X941 6511 0955 7294 9115 370]].
        4. Varie - Il sig. [[PERSON:Benali]] segnala infiltrazioni dal lastrico solare; viene incaricato il
           geom. [[PERSON:Luca Ferrero]], cell. [[PHONE_NUMBER:347 551 0982]], sopralluogo entro il [[DATE:5 aprile]].
           La sig.ra [[PERSON:Ghirardi]] chiede che il sopralluogo non avvenga di mattina, perché assiste la madre
           con [[HEALTH_CONDITION:demenza senile]] residente in [[STREET_ADDRESS:Via Madama Cristina 60, Torino]].
        Non essendovi altro da deliberare, la seduta è tolta alle ore 20:15.
        La segretaria: [[PERSON:Elena Ravera]] - [[PHONE_NUMBER:011 663 2410]] - [[EMAIL_ADDRESS:studio.ravera@pec.it]]
        Il presidente: [[PERSON:Bruno Gallo]]
        Prossima assemblea fissata per il [[DATE:15 ottobre 2024]].
        """#,
        #"""
        PPH DREWMEX Sp. z o.o. - Zakładowy Fundusz Świadczeń Socjalnych
        WNIOSEK O PRZYZNANIE ZAPOMOGI LOSOWEJ
        Imię i nazwisko wnioskodawcy: [[PERSON:Katarzyna WIŚNIEWSKA-PAWLAK]]
        Nr ewidencyjny pracownika: [[EMPLOYEE_NUMBER:0841/P]]      Dział: magazyn wyrobów gotowych
        PESEL: [[NATIONAL_ID:85071204285]]
        Adres zamieszkania: [[STREET_ADDRESS:ul. Tadeusza Kościuszki 41 m. 12, 21-400 Łuków]]
        Telefon: [[PHONE_NUMBER:604 219 883]]      e-mail: [[EMAIL_ADDRESS:kasia.pawlak85@wp.pl]]
        Członek NSZZ „Solidarność”, nr legitymacji: [[MEMBER_NUMBER:0314/2011/442]]
        Uzasadnienie:
        Zwracam się z prośbą o przyznanie zapomogi losowej. W dniu [[DATE:14 lutego 2024 r.]] mój mąż,
        [[PERSON:Marek Pawlak]], przeszedł [[HEALTH_CONDITION:udar niedokrwienny mózgu]] i do dziś przebywa na
        rehabilitacji w szpitalu w Siedlcach. Ma [[HEALTH_CONDITION:niedowład prawostronny]] oraz
        [[HEALTH_CONDITION:afazję]], nie może wrócić do pracy. Miesięczny koszt leków ([[HEALTH_CONDITION:Xarelto]],
        [[HEALTH_CONDITION:Polpril]]) to ok. 380 zł.
        Nasz syn [[PERSON:Kuba]] (ur. [[DATE_OF_BIRTH:03.09.2012]]) choruje na [[HEALTH_CONDITION:mukowiscydozę]] i
        wymaga stałej fizjoterapii. Średni miesięczny dochód na osobę: 1 640,00 zł netto (zaświadczenie w załączeniu).
        Proszę o przekazanie środków na rachunek: [[IBAN_CODE:PL45 6802 3337 3830 7877 8502 7242]]
        Łuków, [[DATE:26.03.2024]]                         Podpis: [[PERSON:K. Wiśniewska-Pawlak]]
        Opinia przełożonego: kierownik magazynu [[PERSON:Zbigniew Sadowski]] - popieram wniosek.
        Opinia związku: przewodnicząca KZ [[PERSON:Halina Mazur]], tel. [[PHONE_NUMBER:+48 25 798 31 14]] - pozytywna.
        Decyzja komisji z dnia [[DATE:4 kwietnia 2024 r.]]: przyznano 2 000 zł.
        """#,
        #"""
        Från: [[PERSON:Johanna Lindqvist]] <[[EMAIL_ADDRESS:johanna.lindqvist@outlook.com]]>
        Till: [[PERSON:Anders Nyberg]] <[[EMAIL_ADDRESS:anders.nyberg@goteborg.se]]>
        Kopia: Lönekontoret <[[EMAIL_ADDRESS:lon.grundskola@goteborg.se]]>
        Datum: [[DATE:tisdag 9 april 2024]] 07:12
        Ämne: Sjukanmälan + läkarintyg

        Hej [[PERSON:Anders]]!
        Jag är tyvärr sjuk igen och stannar hemma idag. Jag var på vårdcentralen i går och fick diagnosen
        [[HEALTH_CONDITION:utmattningssyndrom]]. Läkaren, [[PERSON:Karin Öberg]], sjukskriver mig på 50 % från
        [[DATE:8 april]] till och med [[DATE:5 maj 2024]]. Intyget skickas digitalt till Försäkringskassan.
        Jag har också fått [[HEALTH_CONDITION:sertralin]] och [[HEALTH_CONDITION:melatonin]] utskrivet.
        Mina uppgifter till lönekontoret:
          Personnummer: [[NATIONAL_ID:19860217-4420]]
          Anställningsnummer: [[EMPLOYEE_NUMBER:GBG-118734]]
          Ny adress från [[DATE:1 maj]]: [[STREET_ADDRESS:Slottsskogsgatan 42 B, lgh 1203, 414 70 Göteborg]]
          Lönekonto (Swedbank): [[US_BANK_ACCOUNT:8327-9, 914 203 871-4]]
        Kan [[PERSON:Petra]] ta min mentorsgrupp 8B? Föräldrarna till [[PERSON:Elvin Saarinen]] ville ha ett samtal om
        hans [[HEALTH_CONDITION:dyslexi]] på torsdag - ring mamman [[PERSON:Riikka]] på [[PHONE_NUMBER:073-412 88 05]]
        och flytta det.
        Fackligt ombud [[PERSON:Mats Holm]] (Sveriges Lärare) är informerad, mitt medlemsnummer är
        [[MEMBER_NUMBER:5521094]].
        Ni når mig på [[PHONE_NUMBER:070-318 64 29]] efter kl. 13.

        Hälsningar
        [[PERSON:Johanna Lindqvist]]
        Lärare SO, Kungsladugårdsskolan
        [[STREET_ADDRESS:Godhemsgatan 30, 414 68 Göteborg]]  ·  Tel. arbete [[PHONE_NUMBER:031-367 44 12]]
        """#,
        #"""
        Messenger - «Hytteturen påske 🏔️»
        [[DATE:22.03.2024]] 21:14 - [[PERSON:kristoffer]]: heisann! hvem blir med på hytta fra [[DATE:28. mars]]?
        21:15 - [[PERSON:ingrid]]: meg + [[PERSON:sindre]] 🙋‍♀️ vi kjører fra bergen onsdag kveld
        21:17 - [[PERSON:tor-erik]]: jeg kommer fredag, må jobbe. adressen igjen??
        21:18 - [[PERSON:kristoffer]]: [[STREET_ADDRESS:Fjellveien 212, 3580 Geilo]] - nøkkelboks, koden kommer på sms
        21:20 - [[PERSON:Bente Solheim]]: Husk at [[PERSON:Sindre]] har [[HEALTH_CONDITION:nøtteallergi]]!!
        21:22 - [[PERSON:ingrid]]: ja mamma 🙄 han har med [[HEALTH_CONDITION:epipen]] og [[HEALTH_CONDITION:Aerius]]
        21:25 - [[PERSON:tor-erik]]: vipps meg for maten, [[PHONE_NUMBER:934 27 815]]. 650 kr pr voksen 🍖
        21:26 - [[PERSON:kristoffer]]: eller kontonr [[US_BANK_ACCOUNT:1503 42 91877]] for de uten vipps (mamma 😂)
        21:31 - [[PERSON:Bente Solheim]]: Jeg betaler i nettbanken. Pappa blir ikke med, han er nyoperert for
        [[HEALTH_CONDITION:grå stær]] og får ikke kjøre.
        21:33 - [[PERSON:sindre]]: kan noen hente meg på gol stasjon? toget kommer 16:40 fredag
        21:34 - [[PERSON:tor-erik]]: jeg kan. ring [[PHONE_NUMBER:+47 412 90 366]] hvis toget er forsinka
        21:40 - [[PERSON:ingrid]]: [[PERSON:kris]] sender du fødselsdatoen til [[PERSON:lill-ola]]? skal kjøpe skipass
        21:41 - [[PERSON:kristoffer]]: [[DATE_OF_BIRTH:04.11.2017]] 👍
        21:43 - [[PERSON:kristoffer]]: sender skiene hans til [[STREET_ADDRESS:Øvre Sandviksveien 7c, 5035 Bergen]]
        21:45 - [[PERSON:ingrid]]: 👍 [[HEALTH_CONDITION:migrene]]-pillene ([[HEALTH_CONDITION:sumatriptan]]) er på hytta
        [[DATE:23.03.2024]] 08:02 - [[PERSON:tor-erik]]: morn. noen som har mailen til han som leier ut snøscooter?
        08:05 - [[PERSON:kristoffer]]: [[EMAIL_ADDRESS:post@geilosnoscooter.no]]
        08:05 - [[PERSON:kristoffer]]: eller ring [[PERSON:Arild]] på [[PHONE_NUMBER:97 61 44 02]]
        08:07 - [[PERSON:kristoffer]]: videresender fra posten 👇
        "Posten: Hei [[PERSON:Kristoffer Solheim]]! Pakken din kan hentes hos Kiwi Geilo innen [[DATE:2. april]].
        Hentekode 4471. Spørsmål? Ring [[PHONE_NUMBER:21 31 62 60]]."
        """#,
        #"""
        JHL - Julkisten ja hyvinvointialojen liitto ry
        [[STREET_ADDRESS:Sörnäisten rantatie 23, 00500 Helsinki]]
                                                                   Helsinki [[DATE:27.3.2024]]
        [[PERSON:Matti Kalevi HÄMÄLÄINEN]]
        [[STREET_ADDRESS:Pispalan valtatie 48 B 17
        33250 Tampere]]

        Jäsennumero: [[MEMBER_NUMBER:1748 2206]]
        Henkilötunnus: [[NATIONAL_ID:150774-1132]]

        ASIA: Oikeusapupäätös - työsuhteen päättäminen (Pirkanmaan hyvinvointialue)

        Hyvä [[PERSON:Matti Hämäläinen]],
        liiton oikeusapuryhmä on käsitellyt hakemuksesi, jonka luottamusmies [[PERSON:Sari Virtanen]] toimitti meille
        [[DATE:12.3.2024]]. Hakemuksen mukaan työnantaja irtisanoi työsuhteesi [[DATE:29.2.2024]] henkilöön liittyvällä
        perusteella, vaikka poissaolosi johtuivat [[HEALTH_CONDITION:uniapneasta]] ja
        [[HEALTH_CONDITION:masennuksesta]], joista sinulla on työterveyslääkäri [[PERSON:Anna-Liisa Korhosen]] lausunto.
        Liitto myöntää sinulle oikeusapua. Asiaa hoitaa lakimies [[PERSON:Juha-Pekka Niemi]]
        ([[PHONE_NUMBER:040 718 2293]], [[EMAIL_ADDRESS:juha-pekka.niemi@jhl.fi]]), joka on sinuun yhteydessä pian.
        Toimita hänelle viimeistään [[DATE:10. huhtikuuta 2024]]:
          - irtisanomisilmoitus ja työsopimus
          - lääkärinlausunnot, myös CPAP-hoidon aloituksesta
          - selvitys lääkityksestä ([[HEALTH_CONDITION:essitalopraami]] / [[HEALTH_CONDITION:Cipralex]])
        Jäsenyytesi on alkanut [[DATE:1.9.2009]]. Työttömyyskassalla on tiedossa tilinumerosi
        [[IBAN_CODE:FI12 6653 9262 2956 57]]; ilmoita kassalle, jos se on muuttunut.

        Ystävällisin terveisin

        [[PERSON:Tuula Salo]]
        oikeusapuasiantuntija, p. [[PHONE_NUMBER:010 770 3131]]
        Tiedoksi: luottamusmies [[PERSON:Sari Virtanen]], [[EMAIL_ADDRESS:sari.virtanen@pirha.fi]]
        """#,
    ]
}
