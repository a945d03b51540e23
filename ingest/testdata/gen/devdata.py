"""Sample partners and mail for `rcp2p dev` (cmd/rcp2p/devdata).

Clean, varied submissions whose matches are worked out in devdata/README.md.
Respond-by dates are in 2027 so the demo does not expire. No
Authentication-Results from our MX: the demo has no trusted authserv-id.
"""

from infra import *  # noqa: F401,F403

SVC = "opportunities@rcp2p.test"
DIR = DEVDIR / "mail"

PARTNERS = """id,company,emails,competencies,regions,industries,min_budget,cadence,timezone
contoso,Contoso Analytics GmbH,anna@contoso.example;jonas@contoso.example,Data Analytics:gold;Data Platform:gold,Europe,Healthcare;Manufacturing,20000,weekly,Europe/Berlin
fabrikam,"Fabrikam Cloud Services, Inc.",mike@fabrikam.example;ops@fabrikam.example,Cloud Platform:gold;DevOps;Security,US-West,Retail;Financial Services,50000,weekly,America/Los_Angeles
northwind,Northwind Security Ltd,joe@northwind.example,Security:gold;Enterprise Mobility Management,UK;Europe,Financial Services;Public Sector,15000,daily,Europe/London
sakura,Sakura Systems K.K.,tanaka@sakura.example,Data Center:gold;Windows and Devices;Cloud Platform,Japan,Manufacturing,10000,weekly,Asia/Tokyo
verde,Verde Tecnologia Ltda,rafael@verde.example,Enterprise Resource Planning:gold;Cloud Business Applications,Brazil;LATAM,Retail;Energy,5000,weekly,America/Sao_Paulo
mapleleaf,Maple Leaf Learning Inc.,sarah@mapleleaf.example,Learning:gold;Collaboration and Content;Cloud Productivity,Canada;US-East,Education;Nonprofit,0,daily,America/Toronto
indigo,Indigo AI Labs Pvt Ltd,ravi@indigo.example,AI and Machine Learning:gold;Application Development:gold;Data Analytics,Remote,,0,weekly,Asia/Kolkata
fjordsoft,Fjordsoft AB,erik@fjordsoft.example,Communications:gold;Cloud Productivity,Nordics,Public Sector,25000,off,Europe/Stockholm
"""


def put(name, raw, crlf=True, codec="utf-8"):
    emit(name, raw, None, crlf=crlf, codec=codec, folder=DIR)


def outlook(name, *, date_s, frm, addr, subj, segs, mb, pod, tag, region, lang="en-US", accept="en-US",
            font="Aptos", extra=()):
    dom = addr.split("@")[1]
    mid = exo_mid(mb, tag)
    txt, html = text(segs), word_html(segs, lang=lang.upper(), font=font)
    b = exo_boundary(mid)
    body = multipart(b, [part('text/plain; charset="utf-8"', qp(txt), "quoted-printable"),
                         part('text/html; charset="utf-8"', qp(html), "quoted-printable")])
    h = exo_trace(region=region, mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom=dom, env_from=addr, mx=False)
    h += outlook_headers(frm=f"{frm} <{addr}>", to=f"Opportunities <{SVC}>", subject=ew(subj, "utf-8"),
                         date_s=date_s, mid=mid, thread_topic=ew(subj, "utf-8"), lang=lang, accept=accept,
                         extra=list(extra) + ["X-Mailer: Microsoft Outlook 16.0"])
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom=dom)
    put(name, message(h, body))


def gmail(name, *, date_s, frm, addr, subj, segs, host="web", crlf=True):
    dom = addr.split("@")[1]
    txt, html = text(segs), gmail_html(segs)
    b = gmail_boundary()
    body = multipart(b, [part('text/plain; charset="UTF-8"', qp(txt), "quoted-printable"),
                         part('text/html; charset="UTF-8"', qp(html), "quoted-printable")])
    h = google_trace(date_s=date_s, dom=dom, env_from=addr, host=host, mx=False)
    h += ["MIME-Version: 1.0",
          f"From: {frm} <{addr}>",
          f"Date: {date_s}",
          f"Message-ID: <{gmail_id()}>",
          f"Subject: {ew(subj, 'UTF-8', enc='Q')}",
          f"To: {SVC}",
          f'Content-Type: multipart/alternative; boundary="{b}"']
    put(name, message(h, body), crlf=crlf)


def build():
    DIR.mkdir(parents=True, exist_ok=True)
    for old in DIR.glob("*.eml"):
        old.unlink()
    (DEVDIR / "partners.csv").write_text(PARTNERS, encoding="utf-8")

    outlook("01-contoso-sentinel-intune-berlin.eml", date_s="Wed, 18 Nov 2026 09:12:40 +0100",
            frm="Anna Schmidt", addr="anna@contoso.example",
            subj="Sentinel and Intune partner for a Berlin hospital group",
            mb="DB9PR04MB8410", pod="AS8PR04MB7925", tag="eurprd04", region="EUR", lang="en-GB",
            accept="de-DE, en-US", font="Calibri",
            segs=[T("""Hello all,

One of our healthcare clients, a hospital group in Berlin, needs a partner for Microsoft Sentinel and for enrolling their clinical endpoints in Intune. We are not staffed for this ourselves.

Competencies: Security, Enterprise Mobility Management
Region: Germany (Berlin)
Industry: Healthcare
Budget: EUR 80,000
Respond by: 2027-02-12

Best regards,
Anna"""), SIG("""Anna Schmidt
Partner Manager | Contoso Analytics GmbH""")])

    owa_like = [T("""Hi everyone,

A Seattle outdoor retailer wants Power BI dashboards for store performance plus a demand-forecasting model built with machine learning. We have the rest of the deal covered.

Competencies: Data Analytics, AI and Machine Learning
Region: US-West (Seattle)
Industry: Retail
Budget: $60,000
Respond by: January 29, 2027

Thanks,
Mike"""), SIG("""Mike Chen
Fabrikam Cloud Services, Inc.""")]
    mid = exo_mid("BY5PR11MB4151", "namprd11")
    b = exo_boundary(mid)
    body = multipart(b, [part('text/plain; charset="utf-8"', qp(text(owa_like)), "quoted-printable"),
                         part('text/html; charset="utf-8"', qp(owa_html(owa_like)), "quoted-printable")])
    date_s = "Wed, 18 Nov 2026 10:41:05 -0800"
    subj = "Power BI + demand forecasting for a Seattle retailer"
    h = exo_trace(region="NAM", mailbox="BY5PR11MB4151", pod="SJ0PR11MB5896", tag="namprd11", date_s=date_s,
                  dom="fabrikam.example", env_from="mike@fabrikam.example", mx=False)
    h += outlook_headers(frm="Mike Chen <mike@fabrikam.example>", to=f"Opportunities <{SVC}>", subject=subj,
                         date_s=date_s, mid=mid, thread_topic=subj, lang="en-US")
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox="BY5PR11MB4151", pod="SJ0PR11MB5896", tag="namprd11", date_s=date_s, dom="fabrikam.example")
    put("02-fabrikam-powerbi-forecasting-seattle.eml", message(h, body))

    outlook("03-northwind-warehouse-powerbi-frankfurt.eml", date_s="Thu, 19 Nov 2026 08:30:12 +0000",
            frm="Joe Okafor", addr="joe@northwind.example",
            subj="Data warehouse and Power BI for a Frankfurt bank",
            mb="LO4P265MB6071", pod="LO2P265MB3374", tag="GBRP265", region="GBR", lang="en-GB",
            accept="en-GB, en-US",
            segs=[T("""Hi all,

We look after a private bank in Frankfurt and they have asked us to find a partner for a new data warehouse and Power BI reporting for their finance team.

Competencies: Data Platform, Data Analytics
Region: Germany
Industry: Financial Services
Budget: € 45.000
Respond by: 22 January 2027

Kind regards,
Joe"""), SIG("""Joe Okafor
Northwind Security Ltd""")])

    gmail("04-sakura-inspection-app-osaka.eml", date_s="Thu, 19 Nov 2026 17:05:33 +0900", frm="Tanaka Hiroshi",
          addr="tanaka@sakura.example", host="asia",
          subj="Mobile app for factory inspections – Osaka",
          segs=[T("""Dear partners,

Our manufacturing client in Osaka wants a mobile app for daily machine inspections (offline capable, photos, checklists). We provide the infrastructure and need an app development partner.

Competencies: Application Development
Region: Japan
Industry: Manufacturing
Budget: ¥8,000,000
Respond by: 2027-03-05

Best regards,
Tanaka"""), SIG("Tanaka Hiroshi\nSakura Systems K.K.", dash=True)])

    gmail("05-verde-azure-migration-remote.eml", date_s="Fri, 20 Nov 2026 11:48:20 -0300", frm="Rafael Souza",
          addr="rafael@verde.example", host="sa",
          subj="Azure migration for a São Paulo retailer (remote delivery)",
          segs=[T("""Olá pessoal,

A retail chain in São Paulo is moving its on-premises workloads to Azure. The client is happy with fully remote delivery, so anyone can take this one.

Competencies: Cloud Platform
Region: Brazil, Remote
Industry: Retail
Budget: R$ 300.000
Respond by: 26/02/2027

Abraço,
Rafael"""), SIG("Rafael Souza\nVerde Tecnologia Ltda", dash=True)])

    date_s = "Fri, 20 Nov 2026 16:20:45 +0530"
    segs = [T("""Dear Partners,

A distribution company in Mexico City is moving from SAP Business One to Business Central. We will build the custom extensions; we need an ERP partner for the functional work.

Competencies: Enterprise Resource Planning
Region: Mexico
Industry: Retail
Budget: USD 70,000
Respond by: 31 January 2027

Thanks & Regards,
Ravi"""), SIG("Ravi Iyer\nIndigo AI Labs Pvt Ltd")]
    h = [f"Date: {date_s}", "From: Ravi Iyer <ravi@indigo.example>", f'To: "opportunities" <{SVC}>',
         f"Message-Id: <{rhex(11)}.{rhex(13)}.{R.randint(10 ** 18, 10 ** 19 - 1)}@indigo.example>",
         "Subject: ERP partner for a Mexico City distributor (SAP to Business Central)", "MIME-Version: 1.0",
         'Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable",
         "Importance: Medium", "User-Agent: Zoho Mail", "X-Mailer: Zoho Mail"]
    put("06-indigo-business-central-mexico.eml", message(h, qp(zoho_html(segs))), crlf=False)

    date_s = "Sat, 21 Nov 2026 08:02:10 -0500"
    txt = text([T("""Hi all – a school board in Toronto needs a penetration test and a Defender rollout. Work can be done remotely.

Competencies: Security
Region: Canada, Remote
Industry: Education
Budget: CAD 40,000
Respond by: 2027-02-05

Sarah"""), SIG("Sent from my iPhone")])
    h = exo_trace(region="CAN", mailbox="YT2PR01MB9104", pod="YQBPR0101MB6412", tag="CANPRD01", date_s=date_s,
                  dom="mapleleaf.example", env_from="sarah@mapleleaf.example", mx=False)
    h += ["Content-Type: text/plain;\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable",
          "From: Sarah Tremblay <sarah@mapleleaf.example>", "Mime-Version: 1.0 (1.0)", f"Date: {date_s}",
          "Subject: Pen test + Defender for a Toronto school board",
          f"Message-Id: <{ruuid(upper=True)}@mapleleaf.example>", f"To: {SVC}", "X-Mailer: iPhone Mail (22B91)"]
    put("07-mapleleaf-pentest-toronto.eml", message(h, qp(txt)), crlf=False)

    date_s = "Mon, 23 Nov 2026 10:15:00 +0000"
    txt = flowed(text([T("""Hello,

An insurer in Helsinki, Finland is replacing its switchboard with Teams Phone and a contact center for about 60 agents.

Competencies: Communications
Region: Nordics
Industry: Financial Services
Budget: EUR 90,000
Respond by: 2027-02-19

Regards,
Joe"""), SIG("Joe Okafor, Northwind Security Ltd", dash=True)]))
    h = [f"Message-ID: <{ruuid()}@northwind.example>", f"Date: {date_s}", "MIME-Version: 1.0",
         "User-Agent: Mozilla Thunderbird", "Content-Language: en-GB", f"To: {SVC}",
         "From: Joe Okafor <joe@northwind.example>",
         "Subject: Teams Phone and contact center for a Helsinki insurer",
         "Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 7bit"]
    put("08-northwind-teams-phone-helsinki.eml", message(h, txt), crlf=False)

    date_s = "Mon, 23 Nov 2026 13:37:19 -0800"
    segs = [T("""Hi all,

A Boston nonprofit is rolling out Microsoft 365 to 300 staff and volunteers and wants an adoption programme with end-user training.

Competencies: Cloud Productivity, Learning
Region: US-East
Industry: Nonprofit
Budget: $20,000
Respond by: 2027-02-10

Thanks,
Fabrikam Operations""")]
    b = f"Apple-Mail=_{ruuid(upper=True)}"
    body = multipart(b, [part("text/plain;\n\tcharset=us-ascii", text(segs), "7bit"),
                         part("text/html;\n\tcharset=us-ascii", apple_html(segs).replace("utf-8", "us-ascii"),
                              "7bit")])
    h = ["From: Fabrikam Operations <ops@fabrikam.example>", f'Content-Type: multipart/alternative;\n\tboundary="{b}"',
         "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))",
         "Subject: Microsoft 365 adoption and training for a Boston nonprofit",
         f"Message-Id: <{ruuid(upper=True)}@fabrikam.example>", f"Date: {date_s}", f"To: {SVC}",
         "X-Mailer: Apple Mail (2.3826.200.121)"]
    put("09-fabrikam-m365-adoption-boston.eml", message(h, body), crlf=False)

    # An out-of-office reply to a digest: shows auto-reply classification.
    date_s = "Tue, 24 Nov 2026 07:00:31 -0500"
    segs = [T("I'm away until Monday 30 November. For urgent SharePoint or training requests please call our office.\n\nSarah")]
    mid = exo_mid("YT2PR01MB9104", "CANPRD01")
    b = exo_boundary(mid)
    body = multipart(b, [part('text/plain; charset="utf-8"', qp(text(segs)), "quoted-printable"),
                         part('text/html; charset="utf-8"', qp(owa_html(segs)), "quoted-printable")])
    h = outlook_headers(frm="Sarah Tremblay <sarah@mapleleaf.example>", to=f"RCP2P Inbox <{SVC}>",
                        subject="Automatic reply: 1 new opportunity for Maple Leaf Learning Inc.", date_s=date_s,
                        mid=mid, thread_topic="1 new opportunity for Maple Leaf Learning Inc.", lang="en-US",
                        extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                               "X-MS-Exchange-Inbox-Rules-Loop: sarah@mapleleaf.example"])
    h += [f'Content-Type: multipart/alternative;\n\tboundary="{b}"', "MIME-Version: 1.0"]
    put("10-mapleleaf-out-of-office.eml", message(h, body))

    # A real-looking submission from a company that is not in partners.csv.
    gmail("11-unknown-sender-dynamics-crm.eml", date_s="Tue, 24 Nov 2026 15:22:08 +0100", frm="Lena Vogel",
          addr="lena.vogel@newco-consulting.example", host="web2",
          subj="Looking for a Dynamics 365 Sales partner in Munich",
          segs=[T("""Hi,

We are a new consultancy in Munich and need a Dynamics 365 Sales (CRM) partner for a manufacturing client.

Budget: EUR 50,000
Respond by: 2027-01-15

Best,
Lena""")])
