extension BlindTexts {
    /// A second set of clinical texts, written blind to DataGuard's rules after the first set had been scored.
    static let secondClinical: [String] = [
        #"""
        NHS Lothian - Diabetes Outpatients, Royal Infirmary of Edinburgh
        Re: Mrs [[PERSON:Morag Fairbairn]]   CHI [[MEDICAL_RECORD_NUMBER:1406583162]]   DOB [[DATE_OF_BIRTH:14/06/1958]]
        [[STREET_ADDRESS:27 Craigentinny Crescent, Edinburgh EH7 6QP]]
        Seen in clinic [[DATE:3 March 2025]]. HbA1c 71 mmol/mol on maximal tolerated [[HEALTH_CONDITION:metformin]] MR 1 g bd.
        Impression: suboptimally controlled [[HEALTH_CONDITION:T2DM]]. Plan: add a second agent, repeat HbA1c in 3 months.
        Dr [[PERSON:Euan Lindsay]], Consultant Diabetologist - secretary [[PHONE_NUMBER:0131 496 0712]]
        """#,
        #"""
        WARD 7 HANDOVER [[DATE:11/02/2025]] 19:30 - Ysbyty Gwynedd
        bed 4 - [[PERSON:Gwilym Pritchard]], 81, hosp no [[MEDICAL_RECORD_NUMBER:G482177]], NHS no [[MEDICAL_RECORD_NUMBER:482 177 3708]]
        adm ?[[HEALTH_CONDITION:LRTI]] on bg [[HEALTH_CONDITION:CCF]]. on IV [[HEALTH_CONDITION:co-amoxiclav]], sats 91% on 2L. for r/v by med reg in am.
        dtr [[PERSON:Siân Pritchard]] aware, mob [[PHONE_NUMBER:07700 900318]]
        """#,
        #"""
        Immunisation record - Otahuhu Family Health Centre
        Name: [[PERSON:Aroha Te Whare]]   NHI: [[MEDICAL_RECORD_NUMBER:ZHK4829]]   DOB: [[DATE_OF_BIRTH:22/09/2019]]   mum's ph [[PHONE_NUMBER:021 384 2917]]
        [[DATE:18/03/2025]]  [[HEALTH_CONDITION:Priorix]] (MMR) dose 2, L deltoid, batch A74CB312. Nil reaction.
        Same visit: [[HEALTH_CONDITION:Infanrix-IPV]] R deltoid. Observed 20 min.
        Vaccinator: [[PERSON:Hemi Walker]] RN
        """#,
        #"""
        MEDICAL CERTIFICATE - Coast General Teaching & Referral Hospital, Mombasa
        This is to certify that [[PERSON:Wanjiru Kamau]], IP No. [[MEDICAL_RECORD_NUMBER:2025/004817]], NHIF No. [[MEMBER_NUMBER:08841772]],
        was admitted on [[DATE:4th Feb 2025]] for six days with [[HEALTH_CONDITION:severe malaria]].
        Discharged on [[HEALTH_CONDITION:artemether-lumefantrine]] ([[HEALTH_CONDITION:Coartem]]). She is recommended 14 days sick off.
        Dr. [[PERSON:Otieno Odhiambo]], Medical Officer
        """#,
        #"""
        KORLE BU TEACHING HOSPITAL - DEPT. OF CHEMICAL PATHOLOGY
        Patient: [[PERSON:Kwabena Asante-Boateng]]   Folder No: [[MEDICAL_RECORD_NUMBER:KBTH/24/018733]]   NHIS No: [[MEMBER_NUMBER:50381926]]
        DOB: [[DATE_OF_BIRTH:07-11-1971]]   Sample collected: [[DATE:12-02-2025]]
        Creatinine 212 umol/L (H), eGFR 31 - in keeping with [[HEALTH_CONDITION:CKD stage 3b]]. Clinical notes: known [[HEALTH_CONDITION:HTN]].
        Enquiries [[PHONE_NUMBER:030 266 4913]]
        """#,
        #"""
        [21:04] Dr. [[PERSON:Mahmoud El-Sayed]]: masaa el kheir, file no. [[MEDICAL_RECORD_NUMBER:EG-2024-558713]] - min el mareeda?
        [21:05] [[PERSON:Nourhan Abdelrahman]]: ana ya doctor, 34 sana. 3andi [[HEALTH_CONDITION:migraine]] men sana, we katabouli [[HEALTH_CONDITION:Cataflam]] 50 bas mesh nafe3
        [21:06] Dr: kam marra fel shahr?
        [21:07] Pt: 6-7 marrat, we saat ba-rage3
        [21:09] Dr: tamam, ha-ktob [[HEALTH_CONDITION:sumatriptan]] 50mg. el saydaleya hatkalemek 3ala [[PHONE_NUMBER:+20 100 482 3176]]
        """#,
        #"""
        GULBERG MEDICAL CENTRE - OPD PRESCRIPTION
        MR # [[MEDICAL_RECORD_NUMBER:00-71-48-29]]   Pt: [[PERSON:Sadia Iqbal]]   Age/Sex: 46/F   Date: [[DATE:19-Jan-2025]]
        Dx: [[HEALTH_CONDITION:H. pylori gastritis]]
        Rx: 1) Cap [[HEALTH_CONDITION:Omeprazole]] 20mg BD x 14/7  2) Tab [[HEALTH_CONDITION:Klaricid]] 500mg BD  3) Cap [[HEALTH_CONDITION:Amoxil]] 1g BD
        F/U after 4 wks with UBT.   Dr [[PERSON:Asad Mahmood]], FCPS (Gastro)
        """#,
        #"""
        ANC CARD - Upazila Health Complex, Savar  (midwife note)
        Mother: [[PERSON:Rokeya Begum]]   Reg. No: [[MEDICAL_RECORD_NUMBER:SVR-ANC-24-1187]]   Husband: [[PERSON:Md. Shafiqul Islam]]
        LMP [[DATE:02.08.2024]]. G2P1, 28 wks. BP 142/94, urine alb +1 - ?[[HEALTH_CONDITION:pre-eclampsia]]. Hb 9.2 g/dl - [[HEALTH_CONDITION:anaemia]].
        Started [[HEALTH_CONDITION:labetalol]] 100mg bd. Referred to DMCH obs dept. Mob: [[PHONE_NUMBER:01711-482903]]
        """#,
        #"""
        BỆNH VIỆN CHỢ RẪY - GIẤY RA VIỆN
        Họ tên: [[PERSON:Nguyễn Thị Thu Hằng]]   Mã BN: [[MEDICAL_RECORD_NUMBER:2401873265]]   Ngày sinh: [[DATE_OF_BIRTH:15/04/1987]]
        Số thẻ BHYT: [[MEMBER_NUMBER:GD4797924187342]]   Địa chỉ: [[STREET_ADDRESS:142 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh]]
        Vào viện [[DATE:03/02/2025]]. Chẩn đoán: [[HEALTH_CONDITION:sốt xuất huyết Dengue]] có dấu hiệu cảnh báo.
        Điều trị: [[HEALTH_CONDITION:Paracetamol]] 500mg, bù dịch. Tái khám sau 1 tuần.
        """#,
        #"""
        Klinik Pratama PT Sinar Baja Cilegon - catatan kesehatan kerja
        Nama: [[PERSON:Budi Santoso]]   No. Induk Karyawan: [[EMPLOYEE_NUMBER:SB-0419283]]   No. RM: [[MEDICAL_RECORD_NUMBER:12-04-87]]   BPJS: [[MEMBER_NUMBER:0001837264915]]
        Tgl periksa [[DATE:14 Januari 2025]]: keluhan [[HEALTH_CONDITION:nyeri pinggang]] kronis sejak 6 bln.
        Terapi: [[HEALTH_CONDITION:meloxicam]] 7,5 mg 1x1. Rekomendasi: tidak angkat beban > 15 kg selama 4 minggu.
        dr. [[PERSON:Ratna Kusumawati]], Sp.OK
        """#,
        #"""
        Hospital del Salvador - Servicio de Psiquiatría - EPICRISIS
        Paciente: [[PERSON:Camila Andrea Rojas Fuentes]]   Ficha clínica N° [[MEDICAL_RECORD_NUMBER:884213-7]]   F. nac.: [[DATE_OF_BIRTH:03-10-1996]]
        Egreso [[DATE:07-02-2025]]. Dg. de egreso: [[HEALTH_CONDITION:trastorno depresivo mayor, episodio grave]] con [[HEALTH_CONDITION:ideación suicida]].
        Indicaciones: [[HEALTH_CONDITION:sertralina]] 100 mg/día, control en COSAM en 7 días.
        Contacto madre, Sra. [[PERSON:Patricia Fuentes]]: [[PHONE_NUMBER:+56 9 8421 3307]]
        """#,
        #"""
        Oddz. Chorób Wewnętrznych - obchód [[DATE:21.01.2025]]
        pacjent [[PERSON:Tadeusz Wróblewski]], l. 67, nr księgi gł. [[MEDICAL_RECORD_NUMBER:2025/01187]]
        rozp.: [[HEALTH_CONDITION:zaostrzenie POChP]]; współistn. [[HEALTH_CONDITION:cukrzyca t. 2]]. leki: [[HEALTH_CONDITION:Encorton]] 40 mg, nebulizacje [[HEALTH_CONDITION:Berodual]]
        syn [[PERSON:Marek Wróblewski]] tel. [[PHONE_NUMBER:601 284 937]]
        """#,
        #"""
        Evangelismos General Hospital, Athens - Orthopaedic Outpatients
        CERTIFICATE OF INCAPACITY FOR WORK
        Mr [[PERSON:Dimitrios Karagiannis]], record no. [[MEDICAL_RECORD_NUMBER:19384702]], of [[STREET_ADDRESS:Patision 112, 112 57 Athens]], tel. [[PHONE_NUMBER:+30 694 412 8836]],
        was seen on [[DATE:28/01/2025]] with a [[HEALTH_CONDITION:fracture of the left distal radius]], treated with a below-elbow cast.
        Analgesia: [[HEALTH_CONDITION:Zaldiar]] 1 tab up to tid. Unfit for work for six weeks.
        Dr [[PERSON:Eleni Papadopoulou]], Orthopaedic Surgeon
        """#,
        #"""
        Universitätsklinikum - Klinik für Kardiologie - ARZTBRIEF
        Herr [[PERSON:Jürgen Hoffmeister]], geb. [[DATE_OF_BIRTH:09.12.1954]], Fall-Nr. [[MEDICAL_RECORD_NUMBER:40023187]], Vers.-Nr. [[MEMBER_NUMBER:K482917304]]
        Diagnosen: [[HEALTH_CONDITION:KHK]] (3-Gefäß), Z. n. [[HEALTH_CONDITION:NSTEMI]], [[HEALTH_CONDITION:Vorhofflimmern]]
        Medikation: [[HEALTH_CONDITION:ASS]] 100 mg 1-0-0, [[HEALTH_CONDITION:Eliquis]] 5 mg 1-0-1
        Hausärztin: Dr. med. [[PERSON:Sabine Krüger]], [[STREET_ADDRESS:Habsburgerstraße 41, 79104 Freiburg]]
        """#,
    ]

    /// A second set of everyday texts, written the same way.
    static let secondEveryday: [String] = [
        #"""
        Hi Payroll team - please switch my direct deposit from the next cycle. Employee ID [[EMPLOYEE_NUMBER:E-204817]].
        Close the old account (routing [[US_ROUTING_NUMBER:122000658]], acct [[US_BANK_ACCOUNT:7731904285]]).
        New: routing [[US_ROUTING_NUMBER:071029586]], checking [[US_BANK_ACCOUNT:483019275]]. SSN on my W-4 is [[US_SSN:412-68-3307]].
        Thanks, [[PERSON:Danielle Okafor]] | [[PHONE_NUMBER:(312) 948-2276]] | [[EMAIL_ADDRESS:danielle.okafor@gmail.com]]
        """#,
        #"""
        INC0048213 - VPN drops every ~10 min   Opened [[DATE:Mar 4, 2025]]
        Requester: [[PERSON:Kevin Marchetti]] ([[EMAIL_ADDRESS:kmarchetti@brightwaterlogistics.com]]), desk ext. 4417
        Tunnel IP [[IP_ADDRESS:10.42.7.118]], home WAN [[IP_ADDRESS:73.162.48.201]], router [[IP_ADDRESS:192.168.1.1]]. Gateway log shows DPD timeouts.
        Assigned to [[PERSON:Priya Raman]] (Network Ops). Workaround: set MTU 1380.
        """#,
        #"""
        Residential Tenancy Agreement - Schedule A
        Tenant: [[PERSON:Mélanie Tremblay]]   DOB: [[DATE_OF_BIRTH:1988-07-19]]   Phone: [[PHONE_NUMBER:(604) 822-4417]]   Email: [[EMAIL_ADDRESS:mel.tremblay88@outlook.com]]
        Rental unit: [[STREET_ADDRESS:Suite 304, 1855 West 4th Avenue, Vancouver, BC V6J 1M4]]
        Landlord: [[PERSON:Harjit Sandhu]], [[STREET_ADDRESS:7720 Granville Street, Vancouver, BC V6P 4Y6]]
        Tenancy starts [[DATE:March 1, 2025]]; rent $2,350 due on the first day of each month.
        """#,
        #"""
        GRIEVANCE RECORD - Harland Distribution, Daventry site
        Member: [[PERSON:Darren Whitfield]], membership no. [[MEMBER_NUMBER:U0728419]], payroll no. [[EMPLOYEE_NUMBER:004187]]
        Meeting [[DATE:17/02/2025]] with shift manager. Member was refused time off for a [[HEALTH_CONDITION:Crohn's disease]] flare despite OH advice; now on [[HEALTH_CONDITION:infliximab]].
        Rep: [[PERSON:Angela Osei]], [[PHONE_NUMBER:07700 900582]], [[EMAIL_ADDRESS:a.osei.rep@gmail.com]]
        """#,
        #"""
        them: hiya!! viewing is at [[STREET_ADDRESS:flat 3/2, 48 dumbarton rd, glasgow g11 6pa]] on [[DATE:saturday 8th march]] at 11 🏠
        them: landlord is [[PERSON:callum reid]], his number [[PHONE_NUMBER:07700 900147]] if ur running late
        me: cheers 👍 can u put the holding deposit on ur card n i'll send u half
        them: aye fine, [[CREDIT_CARD:4539 1762 0841 3377]] exp 09/27 just dont screenshot it lol 😬
        me: whats ur email for the form - [[EMAIL_ADDRESS:kirsty.mcleod94@hotmail.co.uk]]?
        """#,
        #"""
        Diolch / Thanks,
        [[PERSON:Rhian Llewellyn]]
        Swyddog Tai / Housing Officer - Tai Glannau Teifi
        [[STREET_ADDRESS:Uned 4, Parc Menter Glanyrafon, Aberystwyth SY23 3JQ]]
        Ffôn / Tel: [[PHONE_NUMBER:01970 633218]]   Symudol / Mobile: [[PHONE_NUMBER:+44 7700 900631]]
        E-bost / Email: [[EMAIL_ADDRESS:rhian.llewellyn@taiglannauteifi.cymru]]   Rhif staff / Staff no: [[EMPLOYEE_NUMBER:TGT-11804]]
        """#,
        #"""
        DELIVERY NOTE  #KCS-30418   Dispatched [[DATE:12/03/2025]]
        Deliver to: [[PERSON:Liam Ngata]], [[STREET_ADDRESS:17 Kowhai Street, Mount Maunganui 3116]]
        Ph [[PHONE_NUMBER:027 518 3394]] - leave at back door pls, dog is friendly 🐕
        From: [[PERSON:Sophie Brennan]], Kiwi Craft Supplies, [[STREET_ADDRESS:Unit 2, 45 Carlyle Street, Sydenham, Christchurch 8023]]
        Queries: [[EMAIL_ADDRESS:sophie@kiwicraftsupplies.co.nz]] / [[PHONE_NUMBER:+64 3 366 2170]]
        """#,
        #"""
        Dear Hiring Manager,
        I wish to apply for the Accounts Assistant position advertised on [[DATE:20th January 2025]]. I hold a B.Com (Finance) and CPA Part II.
        Name: [[PERSON:Faith Wambui Njoroge]]; DOB: [[DATE_OF_BIRTH:14/05/1998]]; Address: [[STREET_ADDRESS:House No. 12, Kiambu Road, Ridgeways, Nairobi]]
        Phone: [[PHONE_NUMBER:0712 884 305]]; Email: [[EMAIL_ADDRESS:faithwambui.njoroge@gmail.com]]
        Referee: [[PERSON:Peter Kiprono]], Finance Manager, [[PHONE_NUMBER:+254 733 201 447]]
        """#,
        #"""
        Subject: Tier-2 pension statement - Staff No. [[EMPLOYEE_NUMBER:AGL/0573]]
        Good afternoon Madam, I am [[PERSON:Yaw Owusu-Ansah]] of the Tema warehouse. My contributions since [[DATE:1st January 2023]] are not showing on
        my statement from the trustee. My scheme member ID is [[MEMBER_NUMBER:PT-00418827]]. Kindly call me on [[PHONE_NUMBER:024 418 7702]]
        or reply to [[EMAIL_ADDRESS:yaw.owusuansah@yahoo.com]]. God bless.
        """#,
        #"""
        [[PERSON:mostafa hegazy]]: ana 3amalt el order 3ala esm akhoya, el 3enwan [[STREET_ADDRESS:14 shar3 el nozha, masr el gedida, cairo]] dor 3 sha2a 7 📦
        mandoob: tamam ya fandem, fi raqam tany?
        [[PERSON:mostafa hegazy]]: [[PHONE_NUMBER:0100 148 2317]] aw raqam akhoya [[PERSON:karim hegazy]] [[PHONE_NUMBER:+20 122 518 9043]] 🙏
        mandoob: wasalt ba3d el 3asr, [[DATE:20/2]] insha2allah
        """#,
        #"""
        Helpdesk | HD-25-00917 | Priority: High
        Raised by: [[PERSON:Hamza Qureshi]] (Emp # [[EMPLOYEE_NUMBER:IF-20417]]) on [[DATE:27 Feb 2025]] - Outlook not syncing, account locked.
        Laptop IP [[IP_ADDRESS:172.16.40.112]], proxy [[IP_ADDRESS:172.16.1.5]]. 14 failed logins from [[IP_ADDRESS:39.45.118.203]] overnight.
        Contact: [[PHONE_NUMBER:+92 321 4458190]], [[EMAIL_ADDRESS:hamza.qureshi@indusfreight.pk]]. Assigned: [[PERSON:Ayesha Siddiqui]] (IT Ops)
        """#,
        #"""
        HOUSE RENT AGREEMENT (summary)
        Landlord: [[PERSON:Abdul Karim Chowdhury]]   Tenant: [[PERSON:Tanvir Ahmed Rahman]]
        Premises: [[STREET_ADDRESS:Flat B-4, House 27, Road 11, Dhanmondi, Dhaka 1209]]
        Period: [[DATE:01/04/2025]] to [[DATE:31/03/2026]]. Advance Tk 90,000, rent Tk 32,000 payable by the 5th.
        Tenant mobile: [[PHONE_NUMBER:+880 1819 247306]]; email: [[EMAIL_ADDRESS:tanvir.rahman.bd@gmail.com]]
        """#,
        #"""
        flor: che me pasás el del gasista? el calefón no prende 🔥😩
        yo: sí!! [[PERSON:rubén acosta]], [[PHONE_NUMBER:11 5823-4471]], o por mail [[EMAIL_ADDRESS:ruben.acosta.gas@hotmail.com]]
        yo: vive en [[STREET_ADDRESS:av. rivadavia 4820, caballito]], cobra la visita aparte
        flor: genial. ah y pasame los datos de tu tarjeta para la seña del airbnb, la mía no pasa 🙏
        yo: [[CREDIT_CARD:4917 8302 6514 4703]] vence 11/26, el código te lo mando por audio. nos vemos el [[DATE:jueves 13/3]]
        """#,
        #"""
        Dobrý den, paní [[PERSON:Kateřina Dvořáková]],
        v únorové výplatní pásce mi chybí příplatek za noční směny. Osobní číslo: [[EMPLOYEE_NUMBER:0041736]], středisko 214.
        Prosím o opravu do [[DATE:15. 3. 2025]]. Od [[DATE:1. 2. 2025]] bydlím na nové adrese: [[STREET_ADDRESS:Vinohradská 1584/72, 130 00 Praha 3]].
        S pozdravem [[PERSON:Ondřej Novotný]], tel. [[PHONE_NUMBER:+420 603 218 447]]
        """#,
        #"""
        CURRICULUM VITAE
        [[PERSON:Giulia Ferraresi]] - nata a Modena il [[DATE_OF_BIRTH:23/08/1993]]
        Residenza: [[STREET_ADDRESS:Via Giardini 418, 41124 Modena (MO)]]
        Cell. [[PHONE_NUMBER:+39 333 418 2760]] · [[EMAIL_ADDRESS:giulia.ferraresi93@libero.it]]
        Autorizzo il trattamento dei dati personali ai sensi del Reg. UE 2016/679.
        """#,
        #"""
        QUEJA N° 2025-031 - Sindicato de Trabajadores de Flores de la Sabana
        Afiliado: [[PERSON:José Hernán Castaño]], carné sindical [[MEMBER_NUMBER:STF-08827]], código de empleado [[EMPLOYEE_NUMBER:41207]]
        El [[DATE:10 de febrero de 2025]] el supervisor le negó las pausas activas pese a su diagnóstico de [[HEALTH_CONDITION:tendinitis de De Quervain]].
        Delegada: [[PERSON:Luz Marina Ospina]], cel. [[PHONE_NUMBER:310 482 9176]], [[EMAIL_ADDRESS:luzmarina.ospina@sintraflores.org]]
        """#,
    ]
}
