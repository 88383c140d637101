extension BlindTexts {
    /// A twelfth set of clinical texts, written blind to DataGuard's rules after the eleventh set had been scored.
    static let twelfthClinical: [String] = [
        #"""
        Dear Dr [[PERSON:Okonkwo]],
        Re: [[PERSON:Margaret Ellis-Thornton]], DOB [[DATE_OF_BIRTH:14/07/1952]], NHS No. [[MEDICAL_RECORD_NUMBER:638 215 4709]]
        [[STREET_ADDRESS:22 Hollybank Road]]
        [[STREET_ADDRESS:Sheffield S7 2DL]]
        Thank you for seeing this lady with a three-month history of [[HEALTH_CONDITION:exertional angina]]. She takes [[HEALTH_CONDITION:bisoprolol]] 2.5 mg and [[HEALTH_CONDITION:atorvastatin]] 40 mg; ECG on [[DATE:2 May 2024]] showed new [[HEALTH_CONDITION:left bundle branch block]].
        Yours sincerely, Dr [[PERSON:Priya Raman]], Woodseats Medical Centre, tel [[PHONE_NUMBER:0114 255 0198]]
        """#,
        #"""
        DISCHARGE SUMMARY - Ward 7B, Glasgow Royal Infirmary
        Patient: [[PERSON:Ewan McAllister]]   CHI: [[MEDICAL_RECORD_NUMBER:2103681234]]
        Admitted [[DATE:03/03/2024]], discharged [[DATE:09/03/2024]].
        Diagnosis: [[HEALTH_CONDITION:community-acquired pneumonia]] on a background of [[HEALTH_CONDITION:COPD]].
        Discharge meds: [[HEALTH_CONDITION:amoxicillin]] 500 mg TDS for 5 days, [[HEALTH_CONDITION:Trelegy Ellipta]] one puff daily.
        GP follow-up with Dr [[PERSON:Fiona Baird]] in two weeks. NOK daughter [[PERSON:Kirsty]] on [[PHONE_NUMBER:07700 900412]].
        """#,
        #"""
        ED triage note, St Vincent's University Hospital - 02:40
        Pt [[PERSON:Siobhán O'Driscoll]], 34F, MRN [[MEDICAL_RECORD_NUMBER:00874412]], PPSN [[MEDICAL_RECORD_NUMBER:7654321TA]] on file.
        RIF pain x 12h, ?[[HEALTH_CONDITION:appendicitis]]. PMHx [[HEALTH_CONDITION:endometriosis]], on [[HEALTH_CONDITION:Microgynon]].
        Given [[HEALTH_CONDITION:paracetamol]] 1 g IV and [[HEALTH_CONDITION:morphine]] 5 mg. Surgical reg Dr [[PERSON:Yılmaz]] aware, will review.
        Partner [[PERSON:Conor]] waiting outside, mobile [[PHONE_NUMBER:+353 87 123 4567]].
        """#,
        #"""
        Night handover - 4 West, bed 12
        [[PERSON:Luis Alvarado]], MRN [[MEDICAL_RECORD_NUMBER:20931847]], DOB [[DATE_OF_BIRTH:11/23/1961]]. POD 2 lap chole.
        Hx [[HEALTH_CONDITION:type 2 diabetes]] and [[HEALTH_CONDITION:hypertension]]; on sliding-scale [[HEALTH_CONDITION:insulin lispro]], [[HEALTH_CONDITION:metformin]] held.
        BG 212 at 0200, covered per protocol. Wife [[PERSON:Rosa]] wants a call before rounds - her cell is [[PHONE_NUMBER:(512) 555-0148]], not [[PHONE_NUMBER:512-555-0190]] (house).
        Handed over by RN [[PERSON:Tanya Brooks]] to RN [[PERSON:Hodan Warsame]].
        """#,
        #"""
        Pharmacy note - Westmead Hospital, [[DATE:14/06/2024]]
        [[PERSON:Nguyen Thi Lan]] (Medicare [[MEDICAL_RECORD_NUMBER:2953 41760 1]], IHI [[MEDICAL_RECORD_NUMBER:8003 6081 6666 0347]])
        Charted both [[HEALTH_CONDITION:Coumadin]] and [[HEALTH_CONDITION:Panadeine Forte]]; interaction query sent to Dr [[PERSON:Hamid]].
        Background [[HEALTH_CONDITION:atrial fibrillation]], INR 3.4 this morning, [[HEALTH_CONDITION:warfarin]] dose reduced per team.
        Son [[PERSON:Minh]] collects her scripts; mobile [[PHONE_NUMBER:0412 345 678]].
        """#,
        #"""
        Community Mental Health - progress note, [[DATE:21 August 2024]]
        Client: [[PERSON:Tama Ngata]]   NHI: [[MEDICAL_RECORD_NUMBER:ZAB1234]]
        Seen at home, [[STREET_ADDRESS:17 Kowhai Street, Otara, Auckland 2023]].
        Mood low, poor sleep; working dx [[HEALTH_CONDITION:major depressive disorder]] with [[HEALTH_CONDITION:alcohol use disorder]].
        Continue [[HEALTH_CONDITION:fluoxetine]] 20 mg mane. Key worker [[PERSON:Aroha]] to ring him on [[PHONE_NUMBER:021 555 0193]] on Friday.
        """#,
        #"""
        Lifeline Diagnostics, Pune - Laboratory Report
        Patient: Mrs [[PERSON:Sunita Deshpande]]   Age/Sex: 58/F   UHID: [[MEDICAL_RECORD_NUMBER:LD-PN-0093321]]
        Aadhaar: [[MEDICAL_RECORD_NUMBER:4521 8876 3310]]
        HbA1c 8.9% - poorly controlled [[HEALTH_CONDITION:diabetes mellitus]]. TSH 7.2 - ?[[HEALTH_CONDITION:subclinical hypothyroidism]].
        Sample collected [[DATE:05-09-2024]], reported [[DATE:06-09-2024]]. Ref. by Dr [[PERSON:A. K. Kulkarni]].
        Current medication: [[HEALTH_CONDITION:Glycomet]] 500, [[HEALTH_CONDITION:Thyronorm]] 25 mcg.
        """#,
        #"""
        Occupational Health Assessment - Confidential
        Employee: [[PERSON:Karolina Wiśniewska]], employee no. [[EMPLOYEE_NUMBER:E-558203]], OHIP [[MEDICAL_RECORD_NUMBER:4532-281-907-KT]]
        Ms [[PERSON:Wiśniewska]] has right-sided [[HEALTH_CONDITION:carpal tunnel syndrome]] and is booked for release on [[DATE:October 15, 2024]].
        Recommend modified duties, no repetitive keying over 2 hours. Uses [[HEALTH_CONDITION:naproxen]] as needed.
        Assessed by Dr. [[PERSON:Jean-Luc Tremblay]], OHP, [[PHONE_NUMBER:416-555-0172]] ext. 3
        """#,
        #"""
        Physiotherapy SOAP - Sea Point
        [[PERSON:Thabo Mokoena]], ID [[MEDICAL_RECORD_NUMBER:8503125800081]], Discovery medical aid no. [[MEMBER_NUMBER:183774502]]
        S: [[HEALTH_CONDITION:lower back pain]] since rugby tackle on [[DATE:12 July]]; taking [[HEALTH_CONDITION:Myprodol]].
        O: reduced lumbar flexion, SLR negative. A: [[HEALTH_CONDITION:mechanical low back pain]], no red flags.
        P: core programme, review [[DATE:26/07/2024]]. Cell [[PHONE_NUMBER:082 555 0147]]. Treating physio [[PERSON:Ané van der Merwe]].
        """#,
        #"""
        Lagos University Teaching Hospital - Outpatient Appointment
        Dear Mrs [[PERSON:Folake Adebayo-Smith]],
        Hospital No: [[MEDICAL_RECORD_NUMBER:LUTH/24/081556]]
        Your review in the haematology clinic for [[HEALTH_CONDITION:sickle cell disease]] is on Tuesday, [[DATE:8th October 2024]] at 9am with Dr [[PERSON:Oyelaran]].
        Please continue [[HEALTH_CONDITION:folic acid]] and [[HEALTH_CONDITION:hydroxyurea]] until then.
        Enquiries: [[PHONE_NUMBER:+234 803 555 0192]] or [[PHONE_NUMBER:0809 555 3310]].
        """#,
        #"""
        Reimbursement Claim - HMO
        Member: [[PERSON:Ma. Cristina Dela Cruz]]   Member ID: [[MEMBER_NUMBER:MXC-0455-2281-09]]
        PhilHealth PIN: [[MEDICAL_RECORD_NUMBER:12-050123456-7]]
        Confined [[DATE:03/11/2024]] to [[DATE:03/14/2024]] at St. Luke's Medical Center, Quezon City, for [[HEALTH_CONDITION:dengue fever]] with [[HEALTH_CONDITION:thrombocytopenia]].
        Attending physician: Dr. [[PERSON:Ramon Villanueva]].
        Contact: [[PHONE_NUMBER:0917 555 2048]] / [[EMAIL_ADDRESS:cris.delacruz88@gmail.com]]
        """#,
        #"""
        Statement of Fitness for Work
        Patient: [[PERSON:Tomasz Kowalczyk]], DOB [[DATE_OF_BIRTH:30 January 1987]], NHS [[MEDICAL_RECORD_NUMBER:401 293 8576]]
        I assessed your case on [[DATE:17/04/2024]] and, because of [[HEALTH_CONDITION:sciatica]], advise that you are not fit for work until [[DATE:01/05/2024]].
        Comments: taking [[HEALTH_CONDITION:co-codamol]] and [[HEALTH_CONDITION:amitriptyline]] 10 mg at night; physio referral made.
        Dr [[PERSON:Helen Osei]], The Limes Surgery, [[STREET_ADDRESS:4 Station Road, Leyton, London E10 6AA]]
        """#,
        #"""
        [09:12] Dr [[PERSON:Tan]]: Hi [[PERSON:Mei Ling]], can you confirm your NRIC for our records?
        [09:13] [[PERSON:Lim Mei Ling]]: [[MEDICAL_RECORD_NUMBER:S8823456D]]
        [09:14] Dr [[PERSON:Tan]]: Thanks. Is the rash still there since [[DATE:2 Feb]]?
        [09:15] [[PERSON:Lim Mei Ling]]: yes very itchy, the [[HEALTH_CONDITION:cetirizine]] not helping. i think my [[HEALTH_CONDITION:eczema]] flare again
        [09:17] Dr [[PERSON:Tan]]: Looks like [[HEALTH_CONDITION:atopic dermatitis]]. I'll e-prescribe [[HEALTH_CONDITION:Elomet]] cream for delivery to [[STREET_ADDRESS:Blk 301 Tampines St 33, #08-214, Singapore 520301]].
        """#,
        #"""
        Comprehensive Care Clinic - Kenyatta National Hospital
        Patient: [[PERSON:Wanjiru Kamau]]   CCC No: [[MEDICAL_RECORD_NUMBER:13939-04512]]   ID No: [[MEDICAL_RECORD_NUMBER:28475510]]
        Dx: [[HEALTH_CONDITION:HIV]], viral load undetectable on [[DATE:19/02/2024]]. Also [[HEALTH_CONDITION:hypertension]], on [[HEALTH_CONDITION:amlodipine]] 5 mg.
        Regimen: [[HEALTH_CONDITION:TLD]], good adherence. Next refill [[DATE:19 May 2024]].
        Treatment buddy: sister [[PERSON:Njeri]], [[PHONE_NUMBER:0722 555 018]]. Seen by clinical officer [[PERSON:Ouma]].
        """#,
        #"""
        Antenatal follow-up - Klinik Kesihatan Seksyen 7
        Name: [[PERSON:Nurul Aisyah binti Ahmad]]   IC No: [[MEDICAL_RECORD_NUMBER:920314-10-6242]]
        G2P1, EDD [[DATE:28/12/2024]]. [[HEALTH_CONDITION:Gestational diabetes]] diagnosed at 26 weeks, started [[HEALTH_CONDITION:metformin]] 500 mg BD.
        Address: [[STREET_ADDRESS:No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor]]
        Husband [[PERSON:Hafiz]] contactable at [[PHONE_NUMBER:012-555 8841]]. Seen by SN [[PERSON:Kavitha]].
        """#,
        #"""
        Outpatient prescription - Aga Khan University Hospital, Karachi
        MR#: [[MEDICAL_RECORD_NUMBER:512-77-39]]   Patient: [[PERSON:Ayesha Siddiqui]] d/o [[PERSON:Tariq Siddiqui]]
        CNIC: [[MEDICAL_RECORD_NUMBER:42101-5567123-4]]
        Dx: [[HEALTH_CONDITION:XDR typhoid fever]]. Rx: [[HEALTH_CONDITION:azithromycin]] 500 mg OD x 7 days, [[HEALTH_CONDITION:Panadol]] PRN.
        Follow-up [[DATE:12-Aug-2024]] with Dr [[PERSON:Farhan Qureshi]]. Father's mobile: [[PHONE_NUMBER:0300-5551234]].
        """#,
    ]

    /// A twelfth set of everyday texts, written blind to DataGuard's rules after the eleventh set had been scored.
    static let twelfthEveryday: [String] = [
        #"""
        Dear Ms [[PERSON:Hargreaves]],
        I write on behalf of our member [[PERSON:Dariusz Nowak]] (membership no. [[MEMBER_NUMBER:UN-1198452]], staff no. [[EMPLOYEE_NUMBER:44120]]) to lodge a formal grievance about the shift pattern imposed on [[DATE:3 June 2024]].
        Mr [[PERSON:Nowak]] was told by his supervisor, [[PERSON:Gary "Gaz" Pickering]], that refusing the new rota would cost him his overtime.
        Please reply to me at [[EMAIL_ADDRESS:k.obrien@unite-branch.org.uk]] or on [[PHONE_NUMBER:07911 555203]].
        [[PERSON:Kathleen O'Brien]], Branch Secretary
        """#,
        #"""
        Direct Deposit Authorization
        Employee name: [[PERSON:Marcus D. Whitfield]]    Employee ID: [[EMPLOYEE_NUMBER:100-47293]]
        SSN: [[US_SSN:512-44-8190]]
        Routing #: [[US_ROUTING_NUMBER:211370545]]    Checking account #: [[US_BANK_ACCOUNT:7351948820]]
        Home address: [[STREET_ADDRESS:4418 Magnolia Ave, Apt 2B, Riverside, CA 92506]]
        Signed [[DATE:07/15/2024]]
        """#,
        #"""
        Hi [[PERSON:Bec]],
        Just confirming the keys for the Brunswick unit are with [[PERSON:Josh Tran]] from Friday. Tenant [[PERSON:Sarah-Jane Mitchell]] moves out [[DATE:30/09]] and bond inspection is the day after.
        Cheers,
        [[PERSON:Liam Fitzgerald]] | Property Manager
        M [[PHONE_NUMBER:0438 555 912]] | P [[PHONE_NUMBER:(03) 9555 0148]] | [[EMAIL_ADDRESS:liam.fitzgerald@harcourtsnorth.com.au]]
        """#,
        #"""
        #it-helpdesk
        [[PERSON:priya]] 09:41: vpn keeps dropping again, laptop is on [[IP_ADDRESS:10.14.22.87]] if that helps
        [[PERSON:kev]] 09:43: can u try the backup gateway [[IP_ADDRESS:203.0.113.45]]? also whats ur staff no so i can log it
        [[PERSON:priya]] 09:44: [[EMPLOYEE_NUMBER:30981]]
        [[PERSON:kev]] 09:50: ticket INC0049231 raised, [[PERSON:tomás]] from networks will look at the firewall logs for [[IP_ADDRESS:2001:db8:3c4d:15::1a2f]] too
        """#,
        #"""
        [[DATE:14/03/2024]], 19:02 - [[PERSON:Chidi]]: guys mama's [[HEALTH_CONDITION:fibroid]] surgery is [[DATE:22 March]], who fit carry her from [[STREET_ADDRESS:12 Adeniran Ogunsanya Street, Surulere]]?
        [[DATE:14/03/2024]], 19:05 - [[PERSON:Ngozi]]: i fit. send her number again
        [[DATE:14/03/2024]], 19:06 - [[PERSON:Chidi]]: [[PHONE_NUMBER:0803 555 4410]]. she said make una no call before 8am abeg
        [[DATE:14/03/2024]], 19:09 - [[PERSON:Emeka]]: i go send 20k to [[PERSON:ngozi]] for fuel
        """#,
        #"""
        To: Lettings Department, Clontarf Property Management
        From: [[PERSON:Aoife Ní Bhriain]], [[STREET_ADDRESS:Apt 14, Seafield Court, Clontarf Road, Dublin 3, D03 X2Y4]]
        Date: [[DATE:11 November 2024]]
        This is my third complaint about the mould in the back bedroom. I reported it to [[PERSON:Declan]] on [[DATE:2 October]] and to Mr [[PERSON:Fahy]] on [[DATE:19 October]].
        My son [[PERSON:Oisín]] has since been diagnosed with [[HEALTH_CONDITION:asthma]] and is on a [[HEALTH_CONDITION:Ventolin]] inhaler.
        Please ring me on [[PHONE_NUMBER:086 555 7321]] to arrange the repair.
        """#,
        #"""
        Delivery exception notice
        Recipient: [[PERSON:Harpreet Kaur Sandhu]]
        Address: [[STREET_ADDRESS:Unit 2207, 135 Tuscany Ridge Hill NW, Calgary, AB T3L 2T5]]
        Attempted [[DATE:Nov 4]] - buzzer code not working. Driver note: card left with concierge ([[PERSON:Ray]]).
        To rebook call [[PHONE_NUMBER:1-403-555-0177]] or reply to [[EMAIL_ADDRESS:hksandhu@shaw.ca]]
        """#,
        #"""
        Subject: Application for Data Analyst - Ref DA/2024/117
        Dear Ms. [[PERSON:Kavya Iyer]],
        I am [[PERSON:Rohit Venkataraman]], currently at Infosys, Bengaluru (emp ID [[EMPLOYEE_NUMBER:INF-1187734]]). Please find my CV attached, as suggested by [[PERSON:Arjun]] from your analytics team.
        DOB: [[DATE_OF_BIRTH:09-02-1993]]
        Address: [[STREET_ADDRESS:No. 45, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011]]
        Contact: [[PHONE_NUMBER:+91 98450 55123]] / [[EMAIL_ADDRESS:rohit.venkat93@outlook.com]]
        """#,
        #"""
        To: Card Disputes, Standard Bank
        From: [[PERSON:Lerato Dlamini]], [[STREET_ADDRESS:14 Jacaranda Street, Sunnyside, Pretoria 0002]]
        I dispute a debit of R4 899,00 on my credit card [[CREDIT_CARD:4921 8156 3390 1128]] dated [[DATE:2024/08/17]], merchant "TKT*EVENTSHOP". I did not authorise it.
        My husband [[PERSON:Sipho]] also noticed a R250 charge on [[DATE:19 August]] that we don't recognise.
        Please contact me on [[PHONE_NUMBER:+27 82 555 0461]] or [[EMAIL_ADDRESS:lerato.dlamini@webmail.co.za]].
        """#,
        #"""
        Dear Miss [[PERSON:Campbell]],
        Please excuse [[PERSON:Jada-Lee]] from PE this week. She is recovering from [[HEALTH_CONDITION:chikungunya]] and Dr [[PERSON:Mohan]] saw her on Monday [[DATE:9th September]].
        If you need me, call [[PHONE_NUMBER:876-555-0193]] (cell) or her father [[PERSON:Devon Reid]] at [[PHONE_NUMBER:(876) 555-2281]].
        Thank you,
        [[PERSON:Marcia Reid]]
        """#,
        #"""
        Teams - Payroll queries
        [[PERSON:Ioana Popescu]] 10:02: Hi [[PERSON:Sam]], my pay on [[DATE:28/06/2024]] is missing the night enhancements for 3 shifts
        [[PERSON:Sam Fletcher]] 10:15: Sorry about that! Can you send your assignment number please?
        [[PERSON:Ioana Popescu]] 10:16: [[EMPLOYEE_NUMBER:20938471-2]]. my manager [[PERSON:Bev]] signed the timesheets. can u check [[PERSON:Oksana]]'s too, same ward
        [[PERSON:Sam Fletcher]] 10:31: Found it - [[PERSON:Bev Oduya]]'s approval came in late. Both will be paid as arrears on [[DATE:26 July]].
        """#,
        #"""
        Minutes - Health & Safety Committee, [[DATE:4 March 2025]]
        Present: [[PERSON:Hemi Walker]] (chair), [[PERSON:Mere]], [[PERSON:J. Sorensen]], [[PERSON:Aleksandra Kovalenko]]
        Apologies: [[PERSON:Fa'amoana Tuilagi]]
        1. Near miss in loading bay reported by [[PERSON:Kovalenko]] (badge [[EMPLOYEE_NUMBER:B-0772]]).
        2. [[PERSON:Hemi]] to contact ACC about [[PERSON:Sione]]'s [[HEALTH_CONDITION:shoulder dislocation]]; expected return [[DATE:18/03]].
        Next meeting [[DATE:1 April]].
        """#,
        #"""
        Hi [[PERSON:Otieno]],
        Please process an M-Pesa refund for [[PERSON:Akinyi Achieng]] (staff no. [[EMPLOYEE_NUMBER:KE-0458]]) - she paid for fuel for the Kisumu workshop on [[DATE:12/05/2024]]. Her Safaricom line is [[PHONE_NUMBER:0712 555 884]].
        Regards,
        [[PERSON:Grace Wambui Mwangi]]
        Finance Officer | [[PHONE_NUMBER:+254 20 555 3190]] | [[EMAIL_ADDRESS:g.mwangi@tuinuekenya.org]]
        """#,
        #"""
        [[PERSON:Mehmet]] (landlord): hi [[PERSON:carol]], gas engineer [[PERSON:Burak]] coming thursday between 10-12, he will call from [[PHONE_NUMBER:07456 555109]]
        [[PERSON:carol]]: ok obrigada! can he also look at the leak in flat 3? [[PERSON:joão]] says its been dripping since [[DATE:2 Jan]]
        [[PERSON:Mehmet]] (landlord): yes. pls send me ur new email for the renewal
        [[PERSON:carol]]: [[EMAIL_ADDRESS:carolina.f.ferreira@hotmail.co.uk]]
        [[PERSON:Mehmet]] (landlord): thx. new tenancy from [[DATE:01/03/2025]] at [[STREET_ADDRESS:58B Green Lanes, London N16 9BS]]
        """#,
        #"""
        New Hire Information Sheet - Cebu IT Park site
        Name: [[PERSON:Jerome Bautista]] (goes by "[[PERSON:Jek]]")   Employee No.: [[EMPLOYEE_NUMBER:CEB-22-01934]]
        Birthdate: [[DATE_OF_BIRTH:April 3, 1998]]
        PhilHealth No.: [[MEDICAL_RECORD_NUMBER:19-025567812-3]]   Pag-IBIG MID: [[MEMBER_NUMBER:1211-4456-7790]]
        Address: [[STREET_ADDRESS:Blk 7 Lot 12, Villa Leyson Subd., Banilad, Cebu City 6000]]
        Emergency contact: [[PERSON:Lorna Bautista]] (mother), [[PHONE_NUMBER:+63 917 555 3382]]
        """#,
        #"""
        Fraud desk note - case FD-55120
        Customer [[PERSON:Zhang Wei]] ("[[PERSON:David]]") reports an online banking login from [[IP_ADDRESS:185.220.101.34]] on [[DATE:02/11/2025]] that he did not make.
        Two ACH transfers left checking [[US_BANK_ACCOUNT:004418827731]] to an outside account at routing [[US_ROUTING_NUMBER:061000104]].
        Old card blocked; replacement [[CREDIT_CARD:5412 7534 0091 8822]] mailed to [[STREET_ADDRESS:1650 Grant Ave, Apt 5, San Francisco, CA 94133]].
        Callback [[PHONE_NUMBER:(415) 555-0186]]. Handled by [[PERSON:Renee Castillo]], agent ID [[EMPLOYEE_NUMBER:FC2291]].
        """#,
    ]
}
