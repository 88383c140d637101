extension BlindTexts {
    /// Everyday texts written without looking at DataGuard's rules: chat messages, e-mail signatures, HR and
    /// payroll forms, tenancy and delivery notes, union forms and IT tickets, from many countries.
    static let everyday: [String] = [
        #"""
        Brightwater Freight, Inc. - DIRECT DEPOSIT AUTHORIZATION
        Employee name: [[PERSON:Tamika R. Johnson]]    Employee ID: [[EMPLOYEE_NUMBER:BWF-10482]]
        SSN: [[US_SSN:471-28-6093]]    Date of birth: [[DATE_OF_BIRTH:06/19/1987]]
        Home address: [[STREET_ADDRESS:2291 Maple Ridge Dr, Apt 4C, Columbus, OH 43215]]
        Account 1 (net pay less $200): routing # [[US_ROUTING_NUMBER:044127185]]  checking acct # [[US_BANK_ACCOUNT:01662830457]]
        Account 2 ($200 per pay period): routing # [[US_ROUTING_NUMBER:071003913]]  savings acct # [[US_BANK_ACCOUNT:3390417726]]
        Corporate card issued: [[CREDIT_CARD:3791 448260 53711]]   Signature: ____________   Date: [[DATE:01/06/2025]]
        """#,
        #"""
        MEMBERSHIP APPLICATION - Communication & Logistics Workers' Union
        Full name: [[PERSON:Declan Hughes]]   Membership no. (office use): [[MEMBER_NUMBER:CLWU 0049 8821]]
        Address: [[STREET_ADDRESS:41 Albert Road, Levenshulme, Manchester M19 2FT]]
        Mobile: [[PHONE_NUMBER:07700 914 382]]   Email: [[EMAIL_ADDRESS:declan.hughes79@gmail.com]]   Date of birth: [[DATE_OF_BIRTH:12/03/1979]]
        Employer: parcel depot, Trafford Park; payroll no. [[EMPLOYEE_NUMBER:RPS448201]]
        I authorise my employer to deduct union subscriptions from my pay. Signed [[DATE:28/01/2025]]
        """#,
        #"""
        hey its me, new number is [[PHONE_NUMBER:087 341 9926]] 🙂 landlord wants a reference for [[PERSON:ciara mulligan]], can u email it to [[EMAIL_ADDRESS:c.mulligan@outlook.ie]]??
        we move in [[DATE:1st feb]], the address is [[STREET_ADDRESS:apt 6, 19 harcourt terrace, dublin 2]]
        also can u put the deposit on ur card and i'll pay u back friday, mine is maxed lol. or use [[CREDIT_CARD:4556 7301 9824 4511]] exp 09/27 thats my mams, she said its grand
        """#,
        #"""
        Ticket #INC0048213 | Priority: P2 | Raised by: [[PERSON:Priya Venkataraman]] (Emp ID [[EMPLOYEE_NUMBER:338190]])
        Subject: VPN drops every 10 min when working from home
        Since [[DATE:12-02-2025]] my laptop loses the VPN tunnel. Home public IP [[IP_ADDRESS:49.207.183.22]], tunnel IP assigned [[IP_ADDRESS:10.88.14.203]].
        Traceroute stops at [[IP_ADDRESS:115.112.40.9]]. Please call back on [[PHONE_NUMBER:+91 99480 27316]] after 2 pm or mail [[EMAIL_ADDRESS:priya.v@outlook.in]].
        Assigned to: [[PERSON:Sandeep Rao]] (Network L2)
        """#,
        #"""
        DELIVERY NOTE - SwiftDrop Logistics, Ikeja
        Waybill: SD-LAG-0091827   Date: [[DATE:05/03/2025]]
        Consignee: [[PERSON:Ngozi Okafor]]   Phone: [[PHONE_NUMBER:+234 809 551 2037]]
        Deliver to: [[STREET_ADDRESS:Plot 14, Adeola Odeku Street, Victoria Island, Lagos]]
        Sender: [[PERSON:Chidi Eze]], [[STREET_ADDRESS:22 Allen Avenue, Ikeja, Lagos]]
        Landmark: opposite the filling station, blue gate. Rider: [[PERSON:Musa Abdullahi]] ([[PHONE_NUMBER:0706 218 4459]])
        Received in good condition by: ____________
        """#,
        #"""
        LEASE AGREEMENT - SCHEDULE 1
        Lessee: [[PERSON:Sipho Ndlovu]], cell [[PHONE_NUMBER:+27 72 309 4481]], e-mail [[EMAIL_ADDRESS:sipho.ndlovu@webmail.co.za]]
        Premises: [[STREET_ADDRESS:Unit 12, Jacaranda Court, 88 Beyers Naudé Drive, Northcliff, Johannesburg, 2195]]
        Lease period [[DATE:1 April 2025]] to [[DATE:31 March 2026]]. Rental R8 950 p.m., payable by the 1st; deposit R13 425 received [[DATE:20 March 2025]].
        Next of kin: [[PERSON:Nomsa Ndlovu]] ([[PHONE_NUMBER:083 771 6024]])
        """#,
        #"""
        Hi Payroll team,
        my pay on [[DATE:13/02/2025]] was short 7.6 hrs - I think the public holiday wasn't loaded. Employee no. [[EMPLOYEE_NUMBER:00471928]], cost centre 4410 (warehouse, night shift).
        Super should go to member no. [[MEMBER_NUMBER:4410229108]], not the old fund.
        Could you also update my postal address to [[STREET_ADDRESS:7 Wattle Grove, Dandenong North VIC 3175]]?
        Cheers, [[PERSON:Bronwyn Kelly]] | [[PHONE_NUMBER:0438 210 597]] | [[EMAIL_ADDRESS:bronwyn.kelly@bigpond.com]]
        """#,
        #"""
        --
        [[PERSON:Marc-André Tremblay]], CPA
        Senior Analyst, Financial Reporting | Northfield Mutual
        [[STREET_ADDRESS:1250 boul. René-Lévesque O., bureau 2200, Montréal (Québec) H3B 4W8]]
        T [[PHONE_NUMBER:514 861-4420]] poste 318 | C [[PHONE_NUMBER:+1 438 992 0175]] | [[EMAIL_ADDRESS:ma.tremblay@northfieldmutual.ca]]
        Ce courriel est confidentiel. This e-mail is confidential.
        """#,
        #"""
        oi!! ok here's my stuff for the conference sign-up: [[PERSON:juliana ferreira santos]], born [[DATE_OF_BIRTH:22/07/1995]], cel [[PHONE_NUMBER:(21) 99612-4083]]
        email [[EMAIL_ADDRESS:ju.fsantos@gmail.com]]. pay the fee with my card pls [[CREDIT_CARD:5358 1140 7263 3841]] val 11/26, i'll pix u the hotel part
        and ship the badge to [[STREET_ADDRESS:rua voluntários da pátria 190, apto 802, botafogo, rio de janeiro]] bjs
        """#,
        #"""
        Pedido #MX-558201 del [[DATE:9 de marzo de 2025]] - confirmación de entrega
        Cliente: [[PERSON:Guadalupe Hernández Torres]]   Tel: [[PHONE_NUMBER:55 4312 8870]]   Correo: [[EMAIL_ADDRESS:lupita.hdz@hotmail.com]]
        Dirección: [[STREET_ADDRESS:Calle Durango 214, int. 3, Col. Roma Norte, 06700 Ciudad de México]]
        Entrega programada: [[DATE:14/03/2025]] entre 10:00 y 14:00. Pagado con tarjeta terminación 4417.
        Recibe en caso de ausencia: [[PERSON:Rodrigo Hernández]]
        """#,
        #"""
        [SEC-2291] Suspicious logins on the account of [[PERSON:Elena Marinescu]] - reporter [[PERSON:Bogdan Stoica]]
        On [[DATE:2025-02-09]] between 02:14 and 02:51 EET, 37 failed logins for emarinescu from [[IP_ADDRESS:91.219.236.47]] and [[IP_ADDRESS:45.134.26.118]];
        successful login at 02:53 from [[IP_ADDRESS:5.2.181.66]] (her home ISP per HR). Workstation BUC-WS-0815 on [[IP_ADDRESS:192.168.40.27]].
        Action: password reset, MFA re-enrolled. User reached on [[PHONE_NUMBER:+40 722 418 903]]; employee no. [[EMPLOYEE_NUMBER:RO-07731]].
        """#,
        #"""
        Üdvözlettel / Kind regards,
        [[PERSON:Tóth Balázs]]
        beszerzési vezető | Head of Procurement
        [[STREET_ADDRESS:Váci út 141, 1138 Budapest, Hungary]]
        Tel: [[PHONE_NUMBER:+36 1 349 6620]] | Mobil: [[PHONE_NUMBER:+36 30 612 4788]] | [[EMAIL_ADDRESS:toth.balazs@danubiacomponents.hu]]
        """#,
        #"""
        PERSONNEL RECORD CARD (form P-2), extract
        Surname, name, patronymic: [[PERSON:Shevchuk Iryna Volodymyrivna]]
        Personnel no.: [[EMPLOYEE_NUMBER:000318]]   Date of birth: [[DATE_OF_BIRTH:14.11.1990]]
        Registered address: [[STREET_ADDRESS:vul. Hrushevskoho 27, kv. 9, Lviv 79005]]
        Hired [[DATE:01.09.2021]] as accountant, order No. 112-k. Mobile [[PHONE_NUMBER:+380 67 504 2819]], e-mail [[EMAIL_ADDRESS:i.shevchuk90@ukr.net]]
        In case of emergency: husband [[PERSON:Taras Shevchuk]], [[PHONE_NUMBER:+380 50 317 6624]]
        """#,
        #"""
        Innflyttingsprotokoll - [[STREET_ADDRESS:Thereses gate 44, 0354 Oslo]], leil. H0302
        Leietaker: [[PERSON:Magnus Haugen]], tlf [[PHONE_NUMBER:482 19 337]], e-post [[EMAIL_ADDRESS:magnus.haugen@online.no]]
        Utleier: [[PERSON:Kari Nordvik]], tlf [[PHONE_NUMBER:+47 926 11 405]]. Keys handed over [[DATE:01.08.2024]]: 3 x apartment, 1 x storage, 1 x garage fob.
        Deposit NOK 45 000 on a separate deposit account. Notes: scratch on kitchen worktop, smoke detector battery missing.
        """#,
        #"""
        GENERAL UNION - MEMBERSHIP APPLICATION
        Name: [[PERSON:Yuki Nakamura]]   Date of birth: [[DATE_OF_BIRTH:1992/04/08]]   Member No.: [[MEMBER_NUMBER:TGU-2025-00734]]
        Address: [[STREET_ADDRESS:2-8-15 Higashi-Ikebukuro, Toshima-ku, Tokyo 170-0013]]
        Tel: [[PHONE_NUMBER:090-3318-7724]]   Email: [[EMAIL_ADDRESS:yuki.nkmr@docomo.ne.jp]]
        Workplace: language school (dispatch contract), staff no. [[EMPLOYEE_NUMBER:SR-4419]]. Date joined: [[DATE:2025/01/20]]
        """#,
        #"""
        Good day po! Payroll concern lang. I'm [[PERSON:Jerome Bautista]], Emp. No. [[EMPLOYEE_NUMBER:PH-118420]], CSR Team 4, Makati site.
        My [[DATE:Feb 15, 2025]] cutoff had no night diff for 6 shifts. Also my Pag-IBIG MID is [[MEMBER_NUMBER:1211-4072-8836]] not the one on my payslip.
        Pls text me at [[PHONE_NUMBER:0917 625 0148]] or email [[EMAIL_ADDRESS:jbautista.ph@yahoo.com]]. Thank you po!
        """#,
    ]
}
