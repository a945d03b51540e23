"""Submissions from registered partner contacts, one function per message."""

from infra import *  # noqa: F401,F403

SVC = "opportunities@rcp2p.test"


def E(title, comps, regions=None, industry=None, budget="unset", respond_by=None):
    e = {"title": title, "competencies": comps}
    if regions is not None:
        e["regions"] = regions
    if industry is not None:
        e["industry"] = industry
    if budget != "unset":
        e["budget"] = budget
    if respond_by is not None:
        e["respond_by"] = respond_by
    return e


def qp_part(ctype, body, codec="utf-8"):
    return part(ctype, qp(body, codec), "quoted-printable")


# ---------------------------------------------------------------------------

def outlook_desktop_keyvalue():
    date_s = "Tue, 3 Nov 2026 09:14:22 +0000"
    subj = "Power BI and data warehouse modernisation for London insurer"
    frm = "Joseph Okafor <j.okafor@northwind.example>"
    mb, pod, tag = "LO4P265MB6071", "LO2P265MB3374", "GBRP265"
    mid = exo_mid(mb, tag)
    segs = [
        T("""Hi all,

We have a client opportunity where we need a partner with strong Power BI and data warehouse skills. We are leading the wider programme, but this piece is outside our practice.

Competencies: Data Analytics, Data Platform
Region(s): UK (London)
Industry: Insurance
Budget: £85,000
Respond by: 2026-12-04

The client is a specialty insurer headquartered in London. Finance and claims reporting currently lives in about 200 spreadsheets fed from an on-prem SQL Server. Scope is a dimensional model in a new data warehouse plus 8–10 executive Power BI reports. A short scope summary is attached.

Happy to set up a call with anyone interested.

Kind regards,
Joseph"""),
        SIG("""Joseph Okafor
Head of Alliances | Northwind Traders Ltd
M: +44 7700 900412 | T: +44 20 7946 0321
Microsoft Solutions Partner – Security | Modern Work | Azure Infrastructure"""),
        IMG("image001.png@01DD4B6E.2F8A1C30", "Northwind Traders", 120, 32),
        DISC("This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
             "received it in error, please notify the sender immediately and delete it; you must not copy, forward "
             "or rely on it. Northwind Traders Ltd is registered in England and Wales (No. 01234567), registered "
             "office 1 Example Street, London EC2A 1AA. Northwind Traders is a Microsoft Gold Partner for Security, "
             "Azure and Intune deployments. Any views expressed are those of the individual sender."),
    ]
    txt, html = text(segs), word_html(segs, lang="EN-GB", font="Aptos")
    b_alt, b_rel, b_mix = exo_boundary(mid, 0), exo_boundary(mid, 4), exo_boundary(mid, 5)
    alt = multipart(b_alt, [qp_part('text/plain; charset="utf-8"', txt), qp_part('text/html; charset="utf-8"', html)])
    img = part('image/png; name="image001.png"', b64(LOGO), "base64", extra=[
        "Content-Description: image001.png",
        f'Content-Disposition: inline; filename="image001.png"; size={len(LOGO)};\n'
        '\tcreation-date="Tue, 03 Nov 2026 09:14:21 GMT";\n\tmodification-date="Tue, 03 Nov 2026 09:14:21 GMT"',
        "Content-ID: <image001.png@01DD4B6E.2F8A1C30>"])
    rel = multipart(b_rel, [part(f'multipart/alternative;\n\tboundary="{b_alt}"', alt), img])
    fname = "Scope summary – Power BI.xlsx"
    xl = xlsx([["Workstream", "Detail"], ["Data warehouse", "Dimensional model; finance and claims marts"],
               ["Power BI", "8-10 executive reports"], ["Timeline", "Jan-Apr 2027"]])
    att = part(f'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;\n\tname="{ew(fname, "utf-8")}"',
               b64(xl), "base64", extra=[
                   f"Content-Description: {ew(fname, 'utf-8')}",
                   f'Content-Disposition: attachment;\n\tfilename="{ew(fname, "utf-8")}"; size={len(xl)};\n'
                   '\tcreation-date="Tue, 03 Nov 2026 09:10:02 GMT";\n\tmodification-date="Tue, 03 Nov 2026 09:14:22 GMT"'])
    body = multipart(b_mix, [part(f'multipart/related;\n\tboundary="{b_rel}";\n\ttype="multipart/alternative"', rel), att])
    h = exo_trace(region="GBR", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="northwind.example",
                  env_from="j.okafor@northwind.example")
    h += outlook_headers(frm=frm, to='"opportunities@rcp2p.test" <opportunities@rcp2p.test>', subject=subj,
                         date_s=date_s, mid=mid, thread_topic=subj, lang="en-GB", accept="en-GB, en-US",
                         has_attach=True, extra=["X-Mailer: Microsoft Outlook 16.0"])
    h.append(f'Content-Type: multipart/mixed;\n\tboundary="{b_mix}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="northwind.example")
    emit("outlook-desktop-submission-keyvalue.eml", message(h, body), meta(
        "submission", "j.okafor@northwind.example", "Outlook 16 (Microsoft 365 Apps, Windows) via Exchange Online",
        "Baseline Outlook desktop mail: multipart/mixed > related > alternative, Word HTML (MsoNormal, <o:p>), "
        "inline logo by cid, XLSX attachment with an RFC 2047 name, £ in a QP utf-8 body. Signature and the "
        "legal disclaimer mention Security, Azure and Intune, which must not become competencies.",
        expect=E(subj, ["Data Analytics", "Data Platform"], ["UK"], "Financial Services",
                 money(85000, "GBP"), "2026-12-04")),
        crlf=True, lint_text=read_text(subj, segs))


def owa_skills_needed():
    date_s = "Wed, 4 Nov 2026 14:02:51 -0800"
    subj = "Intune + Windows 11 rollout, 2,000 seats – Dallas hospital network"
    mb, pod, tag = "BY5PR11MB4151", "SJ0PR11MB5896", "namprd11"
    mid = exo_mid(mb, tag)
    segs = [
        T("""Hello partners,

Fabrikam is prime on a managed services deal with a hospital network in Texas, and we need a partner for the endpoint workstream.

Skills needed: Intune / endpoint management, Windows 11 rollout
Location: Dallas, Texas (on-site two days a week)
Sector: Healthcare
Est. budget: USD 120k
Deadline: December 15, 2026

Scope is about 2,000 shared clinical workstations and 600 iPads. Autopilot experience and HIPAA awareness are a must.

Thanks,
Priya"""),
        SIG("""Priya Natarajan
Partner Development Manager
Fabrikam Cloud Services, Inc. | Seattle, WA
+1 206 555 0117"""),
    ]
    txt, html = text(segs), owa_html(segs)
    b = exo_boundary(mid)
    body = multipart(b, [qp_part('text/plain; charset="utf-8"', txt), qp_part('text/html; charset="utf-8"', html)])
    h = exo_trace(region="NAM", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fabrikam.example",
                  env_from="priya.natarajan@fabrikam.example")
    h += outlook_headers(frm="Priya Natarajan <priya.natarajan@fabrikam.example>", to=f"Opportunities <{SVC}>",
                         subject=ew(subj, "utf-8"), date_s=date_s, mid=mid, thread_topic=ew(subj, "utf-8"),
                         lang="en-US", extra=["msip_labels:"])
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fabrikam.example")
    emit("owa-submission-skills-needed.eml", message(h, body), meta(
        "submission", "priya.natarajan@fabrikam.example", "Outlook on the web (Exchange Online)",
        "OWA layout (elementToProof divs). Key spellings 'Skills needed:', 'Location:', 'Sector:', 'Est. budget:', "
        "'Deadline:'; 'USD 120k'. The partner CSV lists this contact as Priya.Natarajan@... (case differs). "
        "The signature says Seattle, WA, which must not add US-West.",
        expect=E(subj, ["Enterprise Mobility Management", "Windows and Devices"], ["US-Central"], "Healthcare",
                 money(120000, "USD"), "2026-12-15")),
        crlf=True, lint_text=read_text(subj, segs))


def new_outlook_freetext_de():
    date_s = "Thu, 5 Nov 2026 10:41:07 +0100"
    topic = "Partner für Microsoft Sentinel bei einem Klinikverbund gesucht"
    subj = "AW: " + topic
    mb, pod, tag = "DB9PR04MB8410", "AS8PR04MB7925", "eurprd04"
    mid = exo_mid(mb, tag)
    parent = exo_mid("AS8PR04MB7925", tag)
    segs = [
        T("""Hallo zusammen,

für einen Healthcare-Kunden (Klinikverbund mit vier Häusern in Deutschland) suchen wir einen Partner, der Microsoft Sentinel und Defender einführt und den SOC-Betrieb in den ersten sechs Monaten begleitet. Uns fehlt dafür die Erfahrung im Security-Umfeld.

Budget ca. 40.000 €, Rückmeldung bitte bis zum 7. Dezember 2026.

Viele Grüße
Jonas"""),
        SIG("""Jonas Weber
Senior Consultant Data & AI
Contoso Analytics GmbH · Leopoldstraße 21 · 80802 München
Tel. +49 89 1234 5678"""),
        FWD("owa", [("Von", "Anna Schmidt <anna.schmidt@contoso.example>"),
                    ("Gesendet", "Donnerstag, 5. November 2026 09:58"),
                    ("An", "Jonas Weber <jonas.weber@contoso.example>"),
                    ("Betreff", topic)],
            """Hallo Jonas,

kannst du die Sentinel-Anfrage vom Klinikverbund bitte ans Partnernetzwerk schicken? Die Power BI Auswertungen und das Data Warehouse machen wir selbst, dafür brauchen wir niemanden.

Danke
Anna""", intro="________________________________"),
    ]
    txt, html = text(segs), owa_html(segs)
    b = exo_boundary(mid)
    body = multipart(b, [qp_part('text/plain; charset="utf-8"', txt), qp_part('text/html; charset="utf-8"', html)])
    h = exo_trace(region="EUR", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="contoso.example",
                  env_from="jonas.weber@contoso.example")
    h += outlook_headers(frm="Jonas Weber <jonas.weber@contoso.example>", to=f'"{SVC}" <{SVC}>',
                         cc="Anna Schmidt <anna.schmidt@contoso.example>",
                         subject=ew(subj, "utf-8"), date_s=date_s, mid=mid, thread_topic=ew(topic, "utf-8"),
                         lang="de-DE", accept="de-DE, en-US", references=parent, in_reply_to=parent)
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="contoso.example")
    emit("new-outlook-reply-freetext-de-aw.eml", message(h, body), meta(
        "submission", "jonas.weber@contoso.example", "New Outlook for Windows (Exchange Online), German",
        "German 'AW:' reply that forwards nothing: the new text is the submission, in free text with no Key: "
        "Value lines: 'Deutschland', 'ca. 40.000 €', 'bis zum 7. Dezember 2026'; industry from the English word "
        "in 'Healthcare-Kunden'. Below it, a German Outlook history block (Von/Gesendet/An/Betreff) mentions "
        "Power BI and a data warehouse, and the signature says 'Data & AI' and München: none of that is read. "
        "The CSV spells this contact Jonas.Weber@.",
        expect=E(topic, ["Security"], ["Germany"], "Healthcare", money(40000, "EUR"), "2026-12-07")),
        crlf=True, lint_text=read_text(subj, segs, history=True))


def iphone_freetext():
    date_s = "Fri, 6 Nov 2026 07:52:13 -0500"
    subj = "Power BI expert needed – Germany"
    mb, pod, tag = "YT2PR01MB9104", "YQBPR0101MB6412", "CANPRD01"
    segs = [
        T("""Hi all – we need a Power BI expert in Germany for a hospital, budget around €40k, respond by 15 December. It’s for the German subsidiary of one of our long-standing clients, so a German-speaking consultant please.

Thanks!
Sarah"""),
        SIG("Sent from my iPhone"),
    ]
    txt = text(segs)
    mid = f"<{ruuid(upper=True)}@mapleleafit.example>"
    h = exo_trace(region="CAN", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="mapleleafit.example",
                  env_from="sarah.tremblay@mapleleafit.example")
    h += ["Content-Type: text/plain;\n\tcharset=utf-8",
          "Content-Transfer-Encoding: quoted-printable",
          "From: Sarah Tremblay <sarah.tremblay@mapleleafit.example>",
          "Mime-Version: 1.0 (1.0)",
          f"Date: {date_s}",
          f"Subject: {ew(subj, 'utf-8', enc='Q')}",
          f"Message-Id: {mid}",
          f"To: {SVC}",
          "X-Mailer: iPhone Mail (22B91)"]
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="mapleleafit.example", mime=False)
    emit("iphone-submission-freetext.eml", message(h, qp(txt)), meta(
        "submission", "sarah.tremblay@mapleleafit.example", "Apple Mail on iOS 18 (Exchange account)",
        "The one-sentence free-text case: text/plain only, QP, no Key: Value lines, 'around €40k', and "
        "'respond by 15 December' without a year (the next 15 December after the Date).",
        expect=E(subj, ["Data Analytics"], ["Germany"], "Healthcare", money(40000, "EUR"), "2026-12-15")),
        crlf=False, lint_text=read_text(subj, segs))


def thunderbird_flowed_fr():
    date_s = "Mon, 9 Nov 2026 11:17:39 +0100"
    subj = "Recherche partenaire ERP (Dynamics 365 Finance) - enseigne de prêt-à-porter, Paris"
    d = dt(date_s)
    segs = [
        T("""Bonjour à tous,

Nous accompagnons une enseigne de prêt-à-porter (retail, 140 magasins en France) qui remplace son ERP vieillissant par Dynamics 365 Finance. Nous pilotons le projet dans son ensemble, mais il nous manque un partenaire certifié pour le volet comptable.

Budget estimé : 180 000 € HT
Réponse souhaitée avant le 11 décembre 2026.
Mission basée à Paris, démarrage prévu en janvier.

C'est un dossier qui nous tient à cœur : n'hésitez pas à m'appeler.

Bien cordialement,
Marc"""),
        SIG("""Marc Lefèvre
Consultant senior - Lumière Conseil SAS
Power Platform · Dynamics 365 Sales · Customer Insights
+33 1 84 88 00 01""", dash=True),
    ]
    txt = flowed(text(segs))
    q1 = qid()
    h = mx_top("marc.lefevre@lumiere-conseil.example", "zimbra.lumiere-conseil.example", "198.51.100.42", d,
               ar=ar_pass("marc.lefevre@lumiere-conseil.example", "198.51.100.42", dkim_d="lumiere-conseil.example",
                          sel="zm2024", policy="none"))
    h += [dkim("lumiere-conseil.example", "zm2024", "Message-ID:Date:MIME-Version:To:From:Subject:Content-Type:"
               "Content-Transfer-Encoding", d, style="simple"),
          f"Received: from [192.168.1.34] (lfbn-par-1-234-56.w86-200.abo.example [86.200.12.34])\n"
          f"\t(Authenticated sender: marc.lefevre@lumiere-conseil.example)\n"
          f"\tby zimbra.lumiere-conseil.example (Postfix) with ESMTPSA id {q1[:10]}\n"
          f"\tfor <{SVC}>; {postfix_date(later(d, 1)).replace('+0000 (UTC)', '+0100 (CET)')}",
          f"Message-ID: <{ruuid()}@lumiere-conseil.example>",
          f"Date: {date_s}",
          "MIME-Version: 1.0",
          "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:68.0) Gecko/20100101\n Thunderbird/68.12.0",
          "Content-Language: fr",
          f"To: {SVC}",
          f"From: {ew('Marc Lefèvre', 'UTF-8', enc='Q')} <marc.lefevre@lumiere-conseil.example>",
          f"Subject: {ew(subj, 'UTF-8', enc='Q')}",
          "Content-Type: text/plain; charset=ISO-8859-15; format=flowed",
          "Content-Transfer-Encoding: 8bit"]
    emit("thunderbird-submission-flowed-fr-latin9.eml", message(h, txt), meta(
        "submission", "marc.lefevre@lumiere-conseil.example", "Thunderbird 68 (Linux), French",
        "text/plain; charset=ISO-8859-15; format=flowed, 8bit: '€' is byte 0xA4 and 'œ' 0xBD, which only "
        "ISO-8859-15 has. French free text: '180 000 € HT', 'avant le 11 décembre 2026'. Signature after "
        "'-- ' lists Power Platform and Dynamics 365 Sales, which must not be read.",
        expect=E(subj, ["Enterprise Resource Planning"], ["France"], "Retail", money(180000, "EUR"), "2026-12-11")),
        crlf=False, codec="iso-8859-15", lint_text=read_text(subj, segs))


def gmail_ptbr():
    date_s = "Mon, 9 Nov 2026 16:20:44 -0300"
    subj = "Parceiro para SOC / Microsoft Sentinel – distribuidora de energia em SP"
    segs = [
        T("""Olá, pessoal!

Estamos com um projeto em uma utility (distribuidora de energia) em São Paulo e precisamos de um parceiro com experiência em Microsoft Sentinel e operação de SOC 24x7. Nós cuidamos do restante do projeto.

Orçamento: R$ 200.000
Prazo para resposta: 15 de dezembro de 2026

Quem tiver interesse, é só responder este e-mail.

Abraço,"""),
        SIG("""Rafael Souza
Gerente de Alianças | Verde Tecnologia Ltda
Business Central · Power Platform
+55 11 4000-0000""", dash=True),
    ]
    txt, html = text(segs), gmail_html(segs)
    b = gmail_boundary()
    body = multipart(b, [qp_part('text/plain; charset="UTF-8"', txt), qp_part('text/html; charset="UTF-8"', html)])
    h = google_trace(date_s=date_s, dom="verdetec.example", env_from="rafael.souza@verdetec.example", host="sa")
    h += ["MIME-Version: 1.0",
          "From: Rafael Souza <rafael.souza@verdetec.example>",
          f"Date: {date_s}",
          f"X-Gm-Features: AX0GCF{rnd(ALNUM, 40)}",
          f"Message-ID: <{gmail_id()}>",
          f"Subject: {ew(subj, 'UTF-8', enc='Q')}",
          f"To: {SVC}",
          f'Content-Type: multipart/alternative; boundary="{b}"']
    emit("gmail-submission-ptbr.eml", message(h, body), meta(
        "submission", "rafael.souza@verdetec.example", "Gmail web (Google Workspace), Portuguese",
        "Brazilian Portuguese with Portuguese keys ('Orçamento:', 'Prazo para resposta:'), 'R$ 200.000' (dot as "
        "thousands separator) and '15 de dezembro de 2026'. Industry from the English word 'utility'.",
        expect=E(subj, ["Security"], ["Brazil"], "Energy", money(200000, "BRL"), "2026-12-15")),
        crlf=True, lint_text=read_text(subj, segs))


def samsung_es():
    date_s = "Tue, 10 Nov 2026 11:05:09 -0600"
    subj = "Busco partner de Dynamics 365 Sales para aseguradora en México"
    d = dt(date_s)
    segs = [
        T("""Hola a todos,

Tenemos un cliente del sector seguros en México, una aseguradora con unas 300 personas en ventas, que quiere implementar Dynamics 365 Sales como su nuevo CRM. Nosotros llevamos la infraestructura, pero necesitamos un partner con experiencia en CRM.

Industria: Financial Services (seguros)
Presupuesto: USD 50k
Fecha límite: 4 de diciembre de 2026

Saludos,
Alejandro"""),
        SIG("Enviado desde mi smartphone Samsung Galaxy."),
    ]
    txt, html = text(segs), samsung_html(segs)
    b = f"--_com.samsung.android.email_{ts(d)}{R.randint(100000, 999999)}"
    body = multipart(b, [part("text/plain; charset=utf-8", b64(txt), "base64"),
                         part("text/html; charset=utf-8", b64(html), "base64")])
    h = mx_top("alejandro.ruiz@nubeazteca.example", "mail.nubeazteca.example", "203.0.113.88", d,
               ar=ar_pass("alejandro.ruiz@nubeazteca.example", "203.0.113.88", dkim_d="nubeazteca.example",
                          sel="default", policy="none"))
    h += [dkim("nubeazteca.example", "default", "Subject:To:From:Date:Message-ID:MIME-Version:Content-Type", d),
          f"Received: from [10.42.0.17] (unknown [189.203.45.12])\n\tby mail.nubeazteca.example (Postfix) with ESMTPSA id"
          f" {qid()[:11]}\n\tfor <{SVC}>; {rfc(later(d, 2))}",
          f"Message-ID: <{rnd('abcdefghijklmnopqrstuvwxyz0123456789', 24)}@email.android.com>",
          f"Date: {date_s}",
          "From: Alejandro Ruiz <alejandro.ruiz@nubeazteca.example>",
          f"To: {SVC}",
          f"Subject: {ew(subj, 'UTF-8')}",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/alternative; boundary="{b}"',
          "Importance: Normal",
          "X-Priority: 3",
          "X-MSMail-Priority: Normal"]
    emit("samsung-email-submission-es.eml", message(h, body), meta(
        "submission", "alejandro.ruiz@nubeazteca.example", "Samsung Email (Android), Spanish",
        "Samsung's boundary style and base64 text and HTML parts; base64 UTF-8 subject. Spanish keys "
        "('Presupuesto:', 'Fecha límite:'), 'USD 50k', '4 de diciembre de 2026'; 'México' is the region.",
        expect=E(subj, ["Cloud Customer Relationship Management"], ["Mexico"], "Financial Services",
                 money(50000, "USD"), "2026-12-04")),
        crlf=True, lint_text=read_text(subj, segs))


def notes_keyvalue():
    date_s = "Wed, 11 Nov 2026 08:47:00 -0600"
    subj = "Teams Phone / contact center partner wanted - Chicago manufacturer"
    d = dt(date_s)
    segs = [
        T("""All,

Tailspin has been asked to replace the legacy PBX and call center at a Chicago-area manufacturer (3 plants, about 900 users). We need a partner to design and deliver Teams Phone with Operator Connect plus a small contact center for roughly 40 agents.

Competency: Communications
Region: US-Central (Chicago, IL)
Industry: Manufacturing
Value: $50,000
Reply by: Dec 11, 2026

Please reply to me directly or through the digest."""),
        SIG("""Regards,

Dana Wright
Principal | Tailspin Consulting LLC
312-555-0148"""),
    ]
    txt = text(segs)
    html = notes_html(segs)
    b = "0__=8FBB0D9EDFF3A6A98f9e8a93df938690918c8FBB0D9EDFF3A6A9"
    body = multipart(b, [
        part("text/plain; charset=US-ASCII", qp(txt, "ascii"), "quoted-printable").replace("Content-Type", "Content-type").replace("Content-Transfer-Encoding", "Content-transfer-encoding"),
        ("Content-type: text/html; charset=US-ASCII\nContent-Disposition: inline\n"
         "Content-transfer-encoding: quoted-printable\n\n" + qp("<html><body><p>" + html + "</body></html>", "ascii")),
    ])
    h = mx_top("dwright@tailspin.example", "mx1.tailspin.example", "198.51.100.61", d,
               ar=ar_pass("dwright@tailspin.example", "198.51.100.61", dkim_d="tailspin.example", sel="s1024",
                          policy="none"))
    h += [dkim("tailspin.example", "s1024", "MIME-Version:To:From:Subject:Date:Message-ID:Content-Type", d),
          f"Received: from TSPMAIL01.tailspin.example ([10.20.1.15])\n\tby mx1.tailspin.example (8.18.1/8.18.1) with"
          f" ESMTP id 5AB{rnd('0123456789', 4)}{rnd(ALNUM, 6)}\n\tfor <{SVC}>; {rfc(later(d, 3))}",
          "MIME-Version: 1.0",
          f"To: {SVC}",
          "X-KeepSent: 6A2B4C1D:8E3F5A70-86258A6B:004B1C2D;\n type=4; name=$KeepSent",
          "X-Mailer: HCL Notes Release 12.0.2FP2 May 15, 2023",
          "Message-ID: <OF6A2B4C1D.8E3F5A70-ON86258A6B.004B1C2D-86258A6B.004B8E3F@tailspin.example>",
          'From: "Wright, Dana" <dwright@tailspin.example>',
          f"Subject: {subj}",
          f"Date: {date_s}",
          "X-MIMETrack: Serialize by Router on TSPMAIL01/Tailspin(Release 12.0.2FP2|May 15, 2023) at\n"
          " 11/11/2026 08:47:00 AM",
          f"Content-type: multipart/alternative; \n\tBoundary=\"{b}\"",
          "Content-Disposition: inline"]
    emit("hcl-notes-submission-keyvalue.eml", message(h, body), meta(
        "submission", "dwright@tailspin.example", "HCL Notes 12 (Domino)",
        "Notes quirks: lower-case 'Content-type', 'Boundary=' parameter, X-MIMETrack, OF...-ON... Message-ID. "
        "Display name with a comma in quotes (\"Wright, Dana\"). Keys 'Competency:', 'Value:', 'Reply by:'; "
        "'Dec 11, 2026'. 'Teams Phone' means Communications, not Teams collaboration. Tailspin's cadence is off, "
        "which does not stop it submitting.",
        expect=E(subj, ["Communications"], ["US-Central"], "Manufacturing", money(50000, "USD"), "2026-12-11")),
        crlf=True, lint_text=read_text(subj, segs))


def zoho_html_only():
    date_s = "Thu, 12 Nov 2026 15:32:10 +0530"
    subj = "Requirement: Data platform partner for NBFC in Mumbai"
    d = dt(date_s)
    segs = [
        T("""Dear Partners,

We are working with a non-banking finance company (NBFC) in Mumbai on a loan-origination rebuild. Our team has the application side covered; we need a partner for the data platform piece: a Databricks lakehouse with Synapse for the regulatory marts.

Competencies: Data Platform (Databricks, Synapse)
Region: India (Mumbai, hybrid)
Industry: Financial Services
Budget: ₹40 lakh
Due: 30/11/2026

Kindly revert with a short profile and two references.

Thanks & Regards,
Ravi Iyer"""),
        SIG("""Ravi Iyer | Director – Alliances
Indigo Infotech Pvt Ltd | Bengaluru
Application Development · Integration · AI
+91 80 4000 0000"""),
    ]
    html = zoho_html(segs)
    h = zoho_headers(date_s, "Ravi Iyer <ravi.iyer@indigoinfotech.example>", "ravi.iyer@indigoinfotech.example",
                     f'"opportunities" <{SVC}>', subj)
    h += ['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"]
    emit("zoho-submission-html-only.eml", message(h, qp(html)), meta(
        "submission", "ravi.iyer@indigoinfotech.example", "Zoho Mail (web)",
        "HTML-only (no text part), QP UTF-8, Zoho's div-per-line markup with &amp; and a signature div. "
        "'₹40 lakh' is 4,000,000 INR; 'Due: 30/11/2026'. Signature lists Integration and AI.",
        expect=E(subj, ["Data Platform"], ["India"], "Financial Services", money(4000000, "INR"), "2026-11-30")),
        crlf=False, lint_text=read_text(subj, segs))


def zoho_headers(date_s, frm, addr, to, subj, ar=True, extra_ar=None):
    d = dt(date_s)
    dom = addr.split("@")[1]
    ip = "136.143.188.51"
    h = mx_top(addr, "sender4-op-o51.zoho.in", ip, d,
               ar=ar_pass(addr, ip, dkim_d=dom, sel="zmail", policy="none") if ar else extra_ar)
    seal = rnd(B64CH, 342) + "=="
    h += [f"ARC-Seal: i=1; a=rsa-sha256; t={ts(d)}; cv=none; \n\td=zohomail.in; s=zohoarc; \n\tb={seal[:64]}\n\t"
          + "\n\t".join(seal[i:i + 72] for i in range(64, len(seal), 72)),
          f"ARC-Authentication-Results: i=1; mx.zohomail.in;\n\tdkim=pass  header.i={dom};\n"
          f"\tspf=pass  smtp.mailfrom={addr};\n\tdmarc=pass header.from=<{addr}>",
          dkim(dom, "zmail", "Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:"
               "Content-Type:Content-Transfer-Encoding:Reply-To", d),
          f"Received: from mail.zoho.in by mx.zoho.in\n\twith SMTP id {ts(d)}{R.randint(100, 999)}{R.randint(10 ** 9, 10 ** 10 - 1)}"
          f".{R.randint(10 ** 9, 10 ** 10 - 1)}; {rfc(d)} (IST)",
          f"Date: {date_s}",
          f"From: {frm}",
          f"To: {to}",
          f"Message-Id: <{rnd(HEX, 11)}.{rnd(HEX, 13)}.{R.randint(10 ** 18, 10 ** 19 - 1)}@{dom}>",
          f"Subject: {subj}",
          "MIME-Version: 1.0",
          "Importance: Medium",
          "User-Agent: Zoho Mail",
          "X-Mailer: Zoho Mail"]
    return h


B64CH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def apple_mail_sv():
    date_s = "Fri, 13 Nov 2026 13:26:55 +0100"
    subj = "Partner sökes: Power BI och Microsoft Fabric för kommun i Stockholm"
    mb, pod, tag = "AM0PR07MB6322", "PAXPR07MB8771", "eurprd07"
    segs = [
        T("""Hej alla,

Vi hjälper en kommun i Stockholm att bygga upp en gemensam dataplattform för skola och socialtjänst. Vi söker en partner med erfarenhet av Microsoft Fabric och Power BI som kan ta fram datamodellen och de första rapporterna.

Budget: SEK 450 000
Svar senast den 10 december 2026.

Hör av er om ni är intresserade!

Vänliga hälsningar
Erik"""),
        SIG("""Erik Lindqvist
Fjordsoft AB
Kungsgatan 8, 111 43 Stockholm
+46 8 123 456 78"""),
    ]
    txt, html = text(segs), apple_html(segs)
    b = f"Apple-Mail=_{ruuid(upper=True)}"
    body = multipart(b, [
        part("text/plain;\n\tcharset=utf-8", qp(txt), "quoted-printable"),
        part("text/html;\n\tcharset=utf-8", qp(html), "quoted-printable"),
    ])
    h = exo_trace(region="EUR2", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fjordsoft.example",
                  env_from="erik.lindqvist@fjordsoft.example")
    h += ["From: Erik Lindqvist <erik.lindqvist@fjordsoft.example>",
          f'Content-Type: multipart/alternative;\n\tboundary="{b}"',
          "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))",
          f"Subject: {ew(subj, 'utf-8', enc='Q')}",
          f"Message-Id: <{ruuid(upper=True)}@fjordsoft.example>",
          f"Date: {date_s}",
          f"To: {SVC}",
          "X-Mailer: Apple Mail (2.3826.200.121)"]
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fjordsoft.example", mime=False)
    emit("apple-mail-macos-submission-sv.eml", message(h, body), meta(
        "submission", "erik.lindqvist@fjordsoft.example", "Apple Mail 16 (macOS), Swedish",
        "Apple Mail multipart/alternative with its boundary and Mime-Version comment. Swedish free text: "
        "'SEK 450 000' (space thousands) and 'senast den 10 december 2026'. Industry not asserted: the text only "
        "says 'kommun' (municipality) and 'skola' (school) in Swedish.",
        expect=E(subj, ["Data Analytics", "Data Platform"], ["Nordics"], None, money(450000, "SEK"), "2026-12-10")),
        crlf=False, lint_text=read_text(subj, segs))


def iphone_forward():
    date_s = "Mon, 16 Nov 2026 09:03:41 +1100"
    subj = "Fwd: Azure migration – Coastal Water"
    segs = [
        T("""Sharing with the network – we’re after a partner to team with on this one. Details below.

Liam"""),
        SIG("Sent from my iPhone"),
        FWD("apple", [("From", "Olivia Grant <olivia.grant@coastalwater.example>"),
                      ("Subject", "Azure migration – Coastal Water"),
                      ("Date", "13 November 2026 at 4:41:12 pm AEDT"),
                      ("To", "Liam Walsh <liam.walsh@southerncross.example>")],
            """Hi Liam,

As discussed, Coastal Water (the regional water utility for Sydney’s northern beaches) is moving out of its ageing datacentre. We need around 120 VMware virtual machines migrated to Azure, plus the landing zone and backup design.

Budget: AUD 300,000
Proposals due: 18 December 2026

Happy to arrange a site visit.

Kind regards,
Olivia Grant
ICT Infrastructure Manager, Coastal Water"""),
    ]
    txt, html = text(segs), apple_html(segs, ios=True)
    b = f"Apple-Mail-{ruuid(upper=True)}"
    body = multipart(b, [part("text/plain;\n\tcharset=utf-8", qp(txt), "quoted-printable"),
                         part("text/html;\n\tcharset=utf-8", qp(html), "quoted-printable")])
    h = google_trace(date_s=date_s, dom="southerncross.example", env_from="liam.walsh@southerncross.example",
                     host="au")
    h += ["From: Liam Walsh <liam.walsh@southerncross.example>",
          f"Content-Type: multipart/alternative; boundary={b}",
          "Content-Transfer-Encoding: 7bit",
          "Mime-Version: 1.0 (1.0)",
          f"Subject: {ew(subj, 'utf-8', enc='Q')}",
          f"Date: {date_s}",
          f"Message-Id: <{ruuid(upper=True)}@southerncross.example>",
          f"References: <SY4PR01MB{R.randint(1000, 9999)}{rnd('0123456789ABCDEF', 28)}@SY4PR01MB6139.ausprd01.prod.outlook.com>",
          f"To: {SVC}",
          "X-Mailer: iPhone Mail (22B91)"]
    emit("iphone-forward-begin-forwarded.eml", message(h, body), meta(
        "submission", "liam.walsh@southerncross.example", "Apple Mail on iOS 18 (Google Workspace account)",
        "Apple 'Begin forwarded message:' with the forwarded mail quoted by '> ' in the text part and a "
        "blockquote type=cite in HTML. The forwarded content IS the submission even though it is '>'-quoted. "
        "'water utility' gives Energy; VMware and datacentre give Data Center; Azure and landing zone give "
        "Cloud Platform.",
        expect=E("Azure migration – Coastal Water", ["Cloud Platform", "Data Center"], ["Australia"], "Energy",
                 money(300000, "AUD"), "2026-12-18")),
        crlf=True, lint_text=read_text(subj, segs))


def outlook_plain_original_message():
    date_s = "Tue, 17 Nov 2026 08:15:33 -0800"
    subj = "FW: RFP - Business Central implementation for Seattle retailer"
    mb, pod, tag = "SA1PR11MB8645", "SJ0PR11MB5896", "namprd11"
    mid = exo_mid(mb, tag)
    segs = [
        T("""Passing this along to the network. We have the rest of this deal covered but need a partner for the piece below - please contact me directly if you are interested.

Mike"""),
        FWD("outlook", [("From", "Tom Becker <tbecker@cascadeoutfitters.example> "),
                        ("Sent", "Monday, November 16, 2026 4:12 PM"),
                        ("To", "Fabrikam Sales <sales@fabrikam.example>"),
                        ("Subject", "RFP - Business Central implementation")],
            """Hi team,

Cascade Outfitters (outdoor retail, 38 stores across Oregon and the Seattle area) is replacing NAV 2016 with Business Central online. We are looking for an implementation partner for accounting, inventory and point-of-sale processes.

Budget range: $150,000 - $200,000
Proposals due: December 18, 2026

Thanks,
Tom Becker
CFO, Cascade Outfitters""", intro="-----Original Message-----"),
    ]
    txt = text(segs)
    h = exo_trace(region="NAM", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fabrikam.example",
                  env_from="sales@fabrikam.example")
    h += outlook_headers(frm="Fabrikam Sales <sales@fabrikam.example>",
                         sender="Mike Chen <mike.chen@fabrikam.example>", to=f'"{SVC}" <{SVC}>', subject=subj,
                         date_s=date_s, mid=mid, thread_topic="RFP - Business Central implementation",
                         lang="en-US", extra=["X-Mailer: Microsoft Outlook 16.0"])
    h += ['Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: 7bit"]
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fabrikam.example")
    emit("outlook-forward-original-message-plaintext.eml", message(h, txt), meta(
        "submission", "sales@fabrikam.example", "Outlook 16 (Windows), plain-text format, send-on-behalf",
        "Plain-text Outlook forward with '-----Original Message-----' and From/Sent/To/Subject lines; the "
        "forwarded customer mail is the submission. From is the shared sales@ mailbox, Sender is Mike. "
        "Budget is a range written with dollar signs: lower bound 150,000 USD. 'Seattle' and 'Oregon' both map "
        "to US-West.",
        expect=E("RFP - Business Central implementation for Seattle retailer", ["Enterprise Resource Planning"],
                 ["US-West"], "Retail", money(150000, "USD"), "2026-12-18")),
        crlf=True, lint_text=read_text(subj, segs))


def outlook_de_forward_wg():
    date_s = "Wed, 18 Nov 2026 11:22:40 +0100"
    subj = "WG: [EXT] Anfrage Pentest Werk Augsburg"
    mb, pod, tag = "DB9PR04MB8410", "AS8PR04MB7925", "eurprd04"
    mid = exo_mid(mb, tag)
    segs = [
        T("""Hallo zusammen,

anbei eine Anfrage eines Bestandskunden, die wir selbst nicht abdecken können. Wer hat Kapazität? Details unten.

Viele Grüße
Anna"""),
        SIG("""Anna Schmidt
Partner Managerin
Contoso Analytics GmbH
Leopoldstraße 21 | 80802 München
Tel.: +49 89 1234 5600"""),
        DISC("""Contoso Analytics GmbH | Sitz: München | Registergericht: Amtsgericht München HRB 123456 | Geschäftsführer: Dr. Max Beispiel
Microsoft Solutions Partner für Data & AI (Azure) und Security

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""),
        FWD("outlook", [("Von", "Thomas Huber <t.huber@huber-maschinenbau.example> "),
                        ("Gesendet", "Dienstag, 17. November 2026 16:05"),
                        ("An", "Anna Schmidt <anna.schmidt@contoso.example>"),
                        ("Betreff", "[EXT] Anfrage Pentest Werk Augsburg")],
            """Hallo Frau Schmidt,

wie besprochen benötigen wir für unser Werk in Augsburg einen externen Penetrationstest (Pentest) der Produktions- und Büronetze inklusive Abschlussbericht.

Kompetenz: Security
Region: Deutschland (Augsburg)
Budget: 50.000 EUR
Deadline: 15.12.2026

Mit freundlichen Grüßen
Thomas Huber
IT-Leiter
Huber Maschinenbau GmbH & Co. KG"""),
    ]
    txt, html = text(segs), word_html(segs, lang="DE", charset="iso-8859-1", font="Calibri",
                                      page="595.3pt 841.9pt")
    b = exo_boundary(mid)
    body = multipart(b, [qp_part('text/plain; charset="iso-8859-1"', txt, "iso-8859-1"),
                         qp_part('text/html; charset="iso-8859-1"', html, "iso-8859-1")])
    h = exo_trace(region="EUR", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="contoso.example",
                  env_from="anna.schmidt@contoso.example")
    h += outlook_headers(frm="Anna Schmidt <anna.schmidt@contoso.example>", to=f'"{SVC}" <{SVC}>', subject=subj,
                         date_s=date_s, mid=mid, thread_topic="[EXT] Anfrage Pentest Werk Augsburg", lang="de-DE",
                         accept="de-DE, en-US",
                         references=f"<AM7PR02MB{R.randint(1000, 9999)}{rnd('0123456789ABCDEF', 28)}@AM7PR02MB6388.eurprd02.prod.outlook.com>",
                         in_reply_to=None, extra=["X-Mailer: Microsoft Outlook 16.0"])
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="contoso.example")
    emit("outlook-de-forward-wg-disclaimer.eml", message(h, body), meta(
        "submission", "anna.schmidt@contoso.example", "Outlook 16 (Windows), German, ISO-8859-1",
        "German Outlook forward ('WG:', Von/Gesendet/An/Betreff block). Between Anna's note and the forwarded "
        "request sit her signature and a German legal disclaimer naming 'Data & AI (Azure) und Security': only "
        "'Security' may come out, and only because the forwarded request asks for it. ISO-8859-1 QP text and "
        "Word HTML. '50.000 EUR', 'Deadline: 15.12.2026'. Industry not asserted (German only: Werk, Maschinenbau).",
        expect=E("Anfrage Pentest Werk Augsburg", ["Security"], ["Germany"], None, money(50000, "EUR"),
                 "2026-12-15")),
        crlf=True, lint_text=read_text(subj, segs))


def gmail_forward():
    date_s = "Thu, 19 Nov 2026 18:40:02 +1100"
    subj = "Fwd: Teams Phone + contact centre for Singapore branch"
    segs = [
        T("""Hi all, forwarding an enquiry from one of our clients. Not our area - keen to hear from anyone who does this regularly.

Cheers,
Liam"""),
        SIG("""Liam Walsh | Southern Cross Cloud Pty Ltd
Azure | Security | SMB cloud
+61 2 9000 0000""", dash=True),
        FWD("gmail", [("From", "Mei Ling Tan <meiling.tan@harbourbank.example>"),
                      ("Date", "Wed, 18 Nov 2026 at 13:22"),
                      ("Subject", "Teams Phone + contact centre for Singapore branch"),
                      ("To", "Liam Walsh <liam.walsh@southerncross.example>")],
            """Hi Liam,

Our Singapore branch (about 250 staff) is moving off its Avaya PBX. We want Teams Phone for all staff and a contact centre for the 30-seat customer service team, with screen-pop from our core banking system.

Budget: USD 80,000
Please have proposals to us by 4 Dec 2026.

Best regards,
Mei Ling Tan
Head of Branch Technology, Harbour Bank Singapore"""),
    ]
    txt, html = text(segs), gmail_html(segs)
    b = gmail_boundary()
    body = multipart(b, [part('text/plain; charset="UTF-8"', txt), part('text/html; charset="UTF-8"', qp(html),
                                                                         "quoted-printable")])
    h = google_trace(date_s=date_s, dom="southerncross.example", env_from="liam.walsh@southerncross.example",
                     host="au")
    h += ["MIME-Version: 1.0",
          f"References: <{gmail_id()}>",
          f"In-Reply-To: <{gmail_id()}>",
          "From: Liam Walsh <liam.walsh@southerncross.example>",
          f"Date: {date_s}",
          f"X-Gm-Features: AX0GCF{rnd(ALNUM, 40)}",
          f"Message-ID: <{gmail_id()}>",
          f"Subject: {subj}",
          f"To: {SVC}",
          f'Content-Type: multipart/alternative; boundary="{b}"']
    emit("gmail-forward-forwarded-message.eml", message(h, body), meta(
        "submission", "liam.walsh@southerncross.example", "Gmail web (Google Workspace)",
        "Gmail '---------- Forwarded message ---------' block (gmail_quote/gmail_attr in HTML); the forwarded "
        "bank mail is the submission. Text part is 7bit ASCII with no Content-Transfer-Encoding header. "
        "'contact centre' is the British spelling. The signature's 'Azure · Security' must not be read; "
        "'core banking' gives Financial Services.",
        expect=E("Teams Phone + contact centre for Singapore branch", ["Communications"], ["Singapore"],
                 "Financial Services", money(80000, "USD"), "2026-12-04")),
        crlf=True, lint_text=read_text(subj, segs))


def gmail_reply_history():
    date_s = "Wed, 18 Nov 2026 14:55:10 -0300"
    subj = "Re: Partner network intro call"
    orig = exo_mid("LO4P265MB6071", "GBRP265")
    segs = [
        T("""Hi Joseph,

Following up on our call – here is the opportunity we mentioned, so it can go out to the network:

A fashion retail chain in São Paulo (62 stores) needs a DevOps partner to set up GitHub Actions pipelines and release automation for their e-commerce platform. Our team will keep running the storefront itself.

Budget: USD 35,000
Respond by: 2026-12-09

Obrigada!
Marina"""),
        SIG("""Marina Costa | Comercial
Verde Tecnologia Ltda
Dynamics 365 Business Central · Power Platform · Azure
+55 11 4000-0001""", dash=True),
        FWD("quote", attribution="On Tue, Nov 17, 2026 at 10:12 AM Joseph Okafor <j.okafor@northwind.example> wrote:",
            body="""Hi Marina,

Good to speak earlier. As I said, we mostly do Security and Intune work (Sentinel, Defender, endpoint management) plus some Microsoft 365 tenancy projects, so send anything in that space our way.

If you have something outside our lane, post it to opportunities@rcp2p.test and it goes into the weekly digest.

Best,
Joseph"""),
    ]
    txt, html = text(segs), gmail_html(segs)
    b = gmail_boundary()
    body = multipart(b, [qp_part('text/plain; charset="UTF-8"', txt), qp_part('text/html; charset="UTF-8"', html)])
    h = google_trace(date_s=date_s, dom="verdetec.example", env_from="comercial@verdetec.example", host="sa")
    h += ["MIME-Version: 1.0",
          f"References: {orig}",
          f"In-Reply-To: {orig}",
          "From: Marina Costa <comercial@verdetec.example>",
          f"Date: {date_s}",
          f"X-Gm-Features: AX0GCF{rnd(ALNUM, 40)}",
          f"Message-ID: <{gmail_id()}>",
          f"Subject: {subj}",
          "To: Joseph Okafor <j.okafor@northwind.example>",
          f"Cc: {SVC}",
          f'Content-Type: multipart/alternative; boundary="{b}"']
    emit("gmail-reply-with-quoted-history.eml", message(h, body), meta(
        "submission", "comercial@verdetec.example", "Gmail web (Google Workspace)",
        "A reply to another partner with the service in Cc. New text above 'On … wrote:' is the submission; the "
        "'> ' quoted history names Security, Intune, Sentinel, Defender and Microsoft 365 and must not be read. "
        "In-Reply-To points at an ordinary partner mail, not a digest. Sent from the shared comercial@ address.",
        expect=E("Partner network intro call", ["DevOps"], ["Brazil"], "Retail", money(35000, "USD"), "2026-12-09")),
        crlf=True, lint_text=read_text(subj, segs))


def outlook_reply_from_sent_block():
    date_s = "Fri, 20 Nov 2026 10:05:27 -0500"
    topic = "University workflow modernisation – can the network help?"
    subj = "RE: " + topic
    mb, pod, tag = "YT2PR01MB9104", "YQBPR0101MB6412", "CANPRD01"
    mid = exo_mid(mb, tag)
    parent = exo_mid("YT3PR01MB6247", "CANPRD01")
    segs = [
        T("""Sarah – agreed, let’s post it. Summary for the digest below.

Competencies: Power Apps, Power Automate
Region(s): Canada, US-East
Industry: Education (university)
Budget: CAD 120,000
Respond by: 2026-12-14

Context: a university with campuses in Toronto and Boston wants about 40 paper-based approval processes rebuilt as Power Apps with Power Automate flows. We are leading the rest of the programme."""),
        SIG("""Maple Leaf IT Solutions – Bids Desk
bids@mapleleafit.example | +1 416 555 0199"""),
        FWD("outlook", [("From", "Sarah Tremblay <sarah.tremblay@mapleleafit.example> "),
                        ("Sent", "Thursday, November 19, 2026 3:18 PM"),
                        ("To", "Maple Leaf IT Bids <Bids@MapleLeafIT.example>"),
                        ("Subject", topic)],
            """Can we put the workflow piece out to the partner network? The university also asked about a SharePoint intranet, Intune for the lab machines and a cybersecurity review, but we can cover those ourselves later or decide in January.

Sarah Tremblay
Practice Lead, Project & Portfolio Management
Maple Leaf IT Solutions"""),
    ]
    txt, html = text(segs), word_html(segs, lang="EN-CA", font="Aptos", reply=True)
    b = exo_boundary(mid)
    body = multipart(b, [qp_part('text/plain; charset="utf-8"', txt), qp_part('text/html; charset="utf-8"', html)])
    h = exo_trace(region="CAN", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="mapleleafit.example",
                  env_from="bids@mapleleafit.example")
    h += outlook_headers(frm="Maple Leaf IT Bids <bids@mapleleafit.example>",
                         to=f"Sarah Tremblay <sarah.tremblay@mapleleafit.example>, Opportunities <{SVC}>",
                         subject=ew(subj, "utf-8"), date_s=date_s, mid=mid, thread_topic=ew(topic, "utf-8"),
                         lang="en-US", accept="en-CA, en-US", references=parent, in_reply_to=parent,
                         extra=["X-Mailer: Microsoft Outlook 16.0"])
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="mapleleafit.example")
    emit("outlook-reply-with-from-sent-history.eml", message(h, body), meta(
        "submission", "bids@mapleleafit.example", "Outlook 16 (Windows), reply",
        "Outlook reply with the From/Sent/To/Subject history block below (bordered div in HTML, no '>' "
        "quoting). The history mentions SharePoint intranet, Intune and a cybersecurity review: none of those "
        "count. Competencies are given as product names (Power Apps, Power Automate). From is lower-case "
        "bids@, the CSV has Bids@MapleLeafIT.example. Two regions.",
        expect=E(topic, ["Cloud Business Applications"], ["Canada", "US-East"], "Education",
                 money(120000, "CAD"), "2026-12-14")),
        crlf=True, lint_text=read_text(subj, segs, history=True))


def outlook_mac_mixedcase():
    date_s = "Thu, 12 Nov 2026 20:15:00 -0800"
    subj = "SOC / Sentinel partner needed – credit union, Portland OR"
    mb, pod, tag = "SA1PR11MB8645", "SJ0PR11MB5896", "namprd11"
    mid = exo_mid(mb, tag)
    segs = [
        T("""Hi all,

Late one from me. We're helping a credit union in Portland, Oregon replace its outsourced SOC and need a partner who lives and breathes Microsoft Sentinel and Defender XDR.

Competencies: Security
Region: US-West
Industry: Financial Services (credit union, ~180k members)
Budget: between 30k and 50k USD
Respond by: within 2 weeks

Thanks!
Mike"""),
        SIG("""Mike Chen | VP Partnerships
Fabrikam Cloud Services, Inc.
Azure Expert MSP · Kubernetes · DevOps""", dash=True),
    ]
    txt, html = text(segs), outlook_mac_html(segs)
    b = f"B_{R.randint(3800000000, 3899999999)}_{R.randint(100000000, 999999999)}"
    body = multipart(b, [qp_part('text/plain;\n\tcharset="UTF-8"', txt), qp_part('text/html;\n\tcharset="UTF-8"', html)],
                     preamble="> This message is in MIME format. Since your mail reader does not understand\n"
                              "this format, some or all of this message may not be legible.\n")
    h = exo_trace(region="NAM", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fabrikam.example",
                  env_from="Mike.Chen@FABRIKAM.example")
    h += outlook_headers(frm="Mike Chen <Mike.Chen@FABRIKAM.example>", to=f"{SVC} <{SVC}>",
                         subject=ew(subj, "utf-8"), date_s=date_s, mid=mid, thread_topic=ew(subj, "utf-8"),
                         lang="en-US", extra=["user-agent: Microsoft-MacOutlook/16.91.24111020"])
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fabrikam.example")
    emit("outlook-mac-submission-mixedcase-from.eml", message(h, body), meta(
        "submission", "mike.chen@fabrikam.example", "Outlook for Mac 16.91",
        "From is Mike.Chen@FABRIKAM.example; the CSV has mike.chen@fabrikam.example (match case-insensitively). "
        "Budget 'between 30k and 50k USD' is a range: lower bound. 'within 2 weeks' counts from the Date in its "
        "own offset: Thu 12 Nov 2026 20:15 -0800 + 14 days = 2026-11-26 (in UTC it would wrongly be 27 Nov). "
        "'~180k members' is not money.",
        expect=E(subj, ["Security"], ["US-West"], "Financial Services", money(30000, "USD"), "2026-11-26")),
        crlf=True, lint_text=read_text(subj, segs))


def gmail_budget_tbd():
    date_s = "Mon, 9 Nov 2026 09:12:48 +0100"
    subj = "Microsoft 365 and SharePoint migration – regional government, Madrid"
    segs = [
        T("""Hello everyone,

One of our public sector clients, a regional government agency in Madrid, is moving 4,000 users from old network file shares and a legacy intranet to Microsoft 365 and SharePoint Online. We already work with them on other topics, so we need a partner for the migration and the new intranet.

Competencies: Cloud Productivity, Collaboration and Content
Region: Europe (Madrid, Spain)
Industry: Public Sector
Budget: TBD – the agency will confirm after the discovery phase
Respond by: end of month

Gracias,
Lucía"""),
        SIG("""Lucía Fernández
Soluciones Iberia SL · Software Asset Management & Licensing
C/ de Ejemplo 10, 28001 Madrid""", dash=True),
    ]
    txt, html = text(segs), gmail_html(segs)
    b = gmail_boundary()
    body = multipart(b, [qp_part('text/plain; charset="UTF-8"', txt), qp_part('text/html; charset="UTF-8"', html)])
    h = google_trace(date_s=date_s, dom="iberiasoluciones.example", env_from="lucia.fernandez@iberiasoluciones.example",
                     host="web2")
    h += ["MIME-Version: 1.0",
          f"From: {ew('Lucía Fernández', 'UTF-8')} <lucia.fernandez@iberiasoluciones.example>",
          f"Date: {date_s}",
          f"X-Gm-Features: AX0GCF{rnd(ALNUM, 40)}",
          f"Message-ID: <{gmail_id()}>",
          f"Subject: {ew(subj, 'UTF-8', enc='Q')}",
          f"To: RCP2P Opportunities <{SVC}>",
          f'Content-Type: multipart/alternative; boundary="{b}"']
    emit("gmail-submission-budget-tbd.eml", message(h, body), meta(
        "submission", "lucia.fernandez@iberiasoluciones.example", "Gmail web (Google Workspace)",
        "'Budget: TBD' must give no budget (expect.budget is null: assert it is absent). 'Respond by: end of "
        "month' from Mon 9 Nov 2026 is 2026-11-30. Spain has no node in the region tree, so the explicit "
        "'Europe' is the region. The signature's 'Software Asset Management & Licensing' is not a requirement.",
        expect=E(subj, ["Cloud Productivity", "Collaboration and Content"], ["Europe"], "Public Sector", None,
                 "2026-11-30")),
        crlf=False, lint_text=read_text(subj, segs))


def thunderbird_latin1_ch():
    date_s = "Mon, 16 Nov 2026 16:48:12 +0100"
    subj = "Partner für Business Central gesucht - Brauerei bei München"
    d = dt(date_s)
    segs = [
        T("""Grüezi miteinander

Für eine Brauerei in der Nähe von München (Familienbetrieb, ca. 250 Mitarbeitende) suchen wir einen erfahrenen Business-Central-Partner. Die Brauerei löst ihr altes Navision ab; wir übernehmen den Rest der Umgebung.

Kompetenz: Enterprise Resource Planning (Business Central)
Region: Deutschland
Branche: Manufacturing (Lebensmittel/Getränke)
Budget: CHF 95'000
Antwort bis: 15. Dezember 2026

Die Leistungsbeschreibung liegt bei.

Freundliche Grüsse
Markus Brunner"""),
        SIG("""Alpenblick Informatik AG
Markus Brunner, Leiter Infrastruktur
Bahnhofstrasse 12, 8001 Zürich
Tel. +41 44 000 00 00""", dash=True),
    ]
    txt = flowed(text(segs))
    b = "------------" + rnd(ALNUM, 24)
    fname = "Leistungsbeschreibung_Übersicht.pdf"
    doc = pdf("Leistungsbeschreibung - Einfuehrung ERP, Brauerei")
    body = multipart(b, [
        part("text/plain; charset=ISO-8859-1; format=flowed", txt, "8bit"),
        part(f'application/pdf; name="{ew(fname, "UTF-8", enc="Q")}"', b64(doc), "base64",
             extra=[f"Content-Disposition: attachment; filename*={rfc2231(fname, label='UTF-8')}"]),
    ], preamble="This is a multi-part message in MIME format.")
    env = "m.brunner@alpenblick.example"
    h = mx_top(env, "server42.swisshost.example", "192.0.2.142", d,
               ar=ar_pass(env, "192.0.2.142", dkim_d="alpenblick.example", sel="default", policy="none"))
    h += [dkim("alpenblick.example", "default", "Content-Type:Subject:From:To:Content-Language:MIME-Version:Date:"
               "Message-ID:Sender:Reply-To:Cc", d),
          f"Received: from [192.0.2.14] (port=51234 helo=[10.0.1.23])\n\tby server42.swisshost.example with esmtpsa"
          f"  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <{env}>)\n"
          f"\tid 1tDq8h-00041Z-1x\n\tfor {SVC};\n\t{rfc(later(d, 2))}",
          f"Message-ID: <{ruuid()}@alpenblick.example>",
          f"Date: {date_s}",
          "MIME-Version: 1.0",
          "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101\n Thunderbird/78.14.0",
          "Content-Language: de-CH",
          f"To: {SVC}",
          f"From: Markus Brunner <{env}>",
          f"Subject: {ew(subj, 'ISO-8859-1', enc='Q')}",
          f'Content-Type: multipart/mixed;\n boundary="{b}"',
          "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
          "X-AntiAbuse: Primary Hostname - server42.swisshost.example",
          f"X-Authenticated-Sender: server42.swisshost.example: {env}"]
    emit("thunderbird-submission-latin1-ch-pdf.eml", message(h, body), meta(
        "submission", env, "Thunderbird 78 (Windows), Swiss German, cPanel/Exim hosting",
        "ISO-8859-1 8bit format=flowed text, ISO-8859-1 Q-encoded subject, PDF attachment whose filename uses "
        "RFC 2231 (filename*=UTF-8''…%C3%9C…). German keys ('Kompetenz:', 'Branche:', 'Antwort bis:'), Swiss "
        "thousands separator 'CHF 95'000', '15. Dezember 2026'.",
        expect=E(subj, ["Enterprise Resource Planning"], ["Germany"], "Manufacturing", money(95000, "CHF"),
                 "2026-12-15")),
        crlf=False, codec="iso-8859-1", lint_text=read_text(subj, segs))


def outlook_fr_forward_cp1252():
    date_s = "Thu, 19 Nov 2026 09:31:18 +0100"
    subj = "TR: [EXT] Copilot readiness and pilot – law firm, Brussels"
    d = dt(date_s)
    segs = [
        T("""Bonjour à tous,

Je vous transfère cette demande d’un client bruxellois : nous n’avons pas l’expertise en interne. N’hésitez pas à me contacter directement.

Bien à vous,
Claire"""),
        SIG("""Claire Dubois | Directrice des partenariats
Lumière Conseil SAS | 12 rue de l’Exemple, 75002 Paris
Tél. : +33 1 84 88 00 00"""),
        FWD("outlook", [("De ", "Pieter Janssens <p.janssens@vandamme-law.example> "),
                        ("Envoyé ", "mercredi 18 novembre 2026 17:46"),
                        ("À ", "Claire Dubois <claire.dubois@lumiere-conseil.example>"),
                        ("Objet ", "[EXT] Copilot readiness and pilot – law firm, Brussels")],
            """Dear Claire,

Following our meeting: we’d like a partner to run a “Copilot readiness” assessment and then a three-month pilot of Microsoft Copilot plus a small LLM-based assistant for contract review.

Region: Belgium (Brussels) and the Netherlands (Amsterdam)
Industry: Professional Services (legal)
Budget: € 40.000,00
Respond by: 15/12/2026

Kind regards,
Pieter Janssens
COO – Van Damme & Peeters Advocaten"""),
    ]
    txt, html = text(segs), word_html(segs, lang="FR", charset="windows-1252", font="Calibri",
                                      page="595.3pt 841.9pt")
    b = "----=_NextPart_000_0041_01DD5A3C.7E2F1B40"
    body = multipart(b, [qp_part('text/plain;\n\tcharset="windows-1252"', txt, "cp1252"),
                         qp_part('text/html;\n\tcharset="windows-1252"', html, "cp1252")],
                     preamble="This is a multipart message in MIME format.")
    env = "claire.dubois@lumiere-conseil.example"
    h = mx_top(env, "zimbra.lumiere-conseil.example", "198.51.100.42", d,
               ar=ar_pass(env, "198.51.100.42", dkim_d="lumiere-conseil.example", sel="zm2024", policy="none"))
    h += [dkim("lumiere-conseil.example", "zm2024", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", d,
               style="simple"),
          f"Received: from PCCLAIRE (lfbn-par-1-71-203.w90-40.abo.example [90.40.71.203])\n"
          f"\t(Authenticated sender: {env})\n\tby zimbra.lumiere-conseil.example (Postfix) with ESMTPSA id"
          f" {qid()[:10]}\n\tfor <{SVC}>; {postfix_date(later(d, 1)).replace('+0000 (UTC)', '+0100 (CET)')}",
          f"From: \"Claire Dubois\" <{env}>",
          f"To: <{SVC}>",
          f"Subject: {ew(subj, 'windows-1252', 'cp1252', enc='Q')}",
          f"Date: {date_s}",
          f"Message-ID: <004101dd5a3c$7e2f1b40$7a8d51c0$@lumiere-conseil.example>",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/alternative;\n\tboundary="{b}"',
          "X-Mailer: Microsoft Outlook 16.0",
          f"Thread-Index: {thread_index()}",
          "Content-Language: fr"]
    emit("outlook-fr-forward-tr-windows1252.eml", message(h, body), meta(
        "submission", env, "Outlook 16 (Windows, IMAP/SMTP account), French",
        "windows-1252 QP text and Word HTML with curly quotes (0x92-0x94), en dash (0x96) and € (0x80); "
        "windows-1252 Q-encoded subject with 'TR: [EXT]' to strip. French Outlook header block 'De : / Envoyé : "
        "/ À : / Objet :'. Claire's signature (Paris) sits between her note and the forward: France is not a "
        "region. Amount written '€ 40.000,00'.",
        expect=E("Copilot readiness and pilot – law firm, Brussels", ["AI and Machine Learning"], ["Benelux"],
                 "Professional Services", money(40000, "EUR"), "2026-12-15")),
        crlf=True, lint_text=read_text(subj, segs))


def gmail_japanese():
    date_s = "Tue, 10 Nov 2026 08:30:00 +0900"
    subj = "Power BI ダッシュボード構築パートナー募集（東京・製造業）"
    segs = [
        T("""パートナー各位

いつもお世話になっております。Sakura Systemsの田中です。

東京都内の製造業のお客様（工場3拠点）向けに、Power BI ダッシュボード構築をご支援いただけるパートナー様を探しております。
弊社はインフラ側を担当しますが、BI の知見が社内に不足しております。

Competencies: Data Analytics
Region: Japan (Tokyo)
Industry: Manufacturing
Budget: ¥3,000,000
Respond by: 2026-12-18

ご興味のある方はご返信ください。
よろしくお願いいたします。"""),
        SIG("""田中 宏（Tanaka Hiroshi）
Sakura Systems株式会社 インフラソリューション部
〒100-0005 東京都千代田区丸の内1-1-1
TEL: 03-0000-0000""", dash=True),
    ]
    txt, html = text(segs), gmail_html(segs)
    b = gmail_boundary()
    body = multipart(b, [part('text/plain; charset="UTF-8"', b64(txt), "base64"),
                         part('text/html; charset="UTF-8"', b64(html), "base64")])
    h = google_trace(date_s=date_s, dom="sakura-sys.example", env_from="tanaka.hiroshi@sakura-sys.example",
                     host="asia")
    h += ["MIME-Version: 1.0",
          f"From: {ew('田中 宏', 'UTF-8')} <tanaka.hiroshi@sakura-sys.example>",
          f"Date: {date_s}",
          f"X-Gm-Features: AX0GCF{rnd(ALNUM, 40)}",
          f"Message-ID: <{gmail_id()}>",
          f"Subject: {ew(subj, 'UTF-8')}",
          f"To: {SVC}",
          f'Content-Type: multipart/alternative; boundary="{b}"']
    emit("gmail-submission-japanese-utf8-base64.eml", message(h, body), meta(
        "submission", "tanaka.hiroshi@sakura-sys.example", "Gmail web (Google Workspace), Japanese",
        "Japanese text with English Key: Value lines; base64 UTF-8 text and HTML parts; subject split over "
        "several =?UTF-8?B?…?= words (must decode to the exact title); display name encoded. '¥3,000,000' is JPY.",
        expect=E(subj, ["Data Analytics"], ["Japan"], "Manufacturing", money(3000000, "JPY"), "2026-12-18")),
        crlf=True, lint_text=read_text(subj, segs))


def becky_iso2022jp():
    date_s = "Wed, 18 Nov 2026 17:12:45 +0900"
    subj = "Intune 導入支援パートナー募集（大阪の私立高校）"
    d = dt(date_s)
    segs = [
        T("""パートナー各位

サクラシステムズ営業部の山本です。

大阪の私立高校より、生徒用タブレットと教職員端末あわせて約1,200台の Intune 導入支援のご依頼をいただいております。
弊社ではMDMの実績が少ないため、ご協力いただけるパートナー様を募集いたします。

Competency: Enterprise Mobility Management (Intune)
Region: Japan
Industry: Education
Budget: JPY 5,500,000
Reply by: 2026年12月11日

何卒よろしくお願い申し上げます。"""),
        SIG("""山本 さくら
サクラシステムズ株式会社 営業部
TEL: 03-0000-0001"""),
    ]
    txt = text(segs).encode("iso-2022-jp").decode("ascii")
    env = "info@sakura-sys.example"
    h = mx_top(env, "smtp.sakura-sys.example", "203.0.113.45", d,
               ar=ar_pass(env, "203.0.113.45", dkim_d="sakura-sys.example", sel="default", policy="none"))
    h += [dkim("sakura-sys.example", "default", "Date:From:To:Subject:Message-Id:MIME-Version:Content-Type", d),
          f"Received: from [192.168.10.21] (unknown [203.0.113.200])\n\t(authenticated bits=0)\n"
          f"\tby smtp.sakura-sys.example (8.17.1/8.17.1) with ESMTPSA id 5AI8CjX{rnd(ALNUM, 7)}\n"
          f"\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)\n"
          f"\tfor <{SVC}>; {rfc(later(d, 1))}",
          f"Date: {date_s}",
          f"From: {ew('サクラシステムズ 営業部', 'ISO-2022-JP')} <{env}>",
          f"To: {SVC}",
          f"Subject: {ew(subj, 'ISO-2022-JP')}",
          "Message-Id: <20261118171245.6F3A.A1B2C3D4@sakura-sys.example>",
          "MIME-Version: 1.0",
          'Content-Type: text/plain; charset="ISO-2022-JP"',
          "Content-Transfer-Encoding: 7bit",
          "X-Mailer: Becky! ver. 2.81.04 [ja]"]
    emit("becky-submission-iso2022jp.eml", message(h, txt), meta(
        "submission", env, "Becky! 2.81 (Windows), Japanese",
        "ISO-2022-JP body (7bit, escape sequences) and ISO-2022-JP B-encoded subject and display name. "
        "English keys; the date is written the Japanese way: '2026年12月11日'. 'JPY 5,500,000'.",
        expect=E(subj, ["Enterprise Mobility Management"], ["Japan"], "Education", money(5500000, "JPY"),
                 "2026-12-11")),
        crlf=True, lint_text=read_text(subj, segs))


def android_gmail_within_days():
    date_s = "Sat, 21 Nov 2026 10:14:55 +1000"
    subj = "Power Apps for field crews – energy utility, Brisbane"
    segs = [
        T("""Hi all,

An energy utility in Brisbane, Australia wants Power Apps and Power Automate for their field crews (meter reads, job sheets, photos). We're doing the rest of the work but need a specialist for this bit.

Budget about AUD 90k. Please reply within 10 days if you're interested.

Cheers
Liam"""),
    ]
    txt, html = text(segs), gmail_html(segs, android=True)
    b = gmail_boundary()
    body = multipart(b, [part('text/plain; charset="UTF-8"', txt), part('text/html; charset="UTF-8"', html)])
    h = google_trace(date_s=date_s, dom="southerncross.example", env_from="liam.walsh@southerncross.example",
                     host="au")
    h += ["MIME-Version: 1.0",
          "From: Liam Walsh <liam.walsh@southerncross.example>",
          f"Date: {date_s}",
          f"Message-ID: <{gmail_id()}>",
          f"Subject: {ew(subj, 'UTF-8', enc='Q')}",
          f"To: {SVC}",
          f'Content-Type: multipart/alternative; boundary="{b}"']
    emit("android-gmail-submission-within-days.eml", message(h, body), meta(
        "submission", "liam.walsh@southerncross.example", "Gmail for Android",
        "Phone mail: short free text, div dir=auto HTML, 7bit parts. 'within 10 days' from Sat 21 Nov 2026 "
        "(+1000, Brisbane has no DST) is 2026-12-01. 'AUD 90k'.",
        expect=E(subj, ["Cloud Business Applications"], ["Australia"], "Energy", money(90000, "AUD"),
                 "2026-12-01")),
        crlf=False, lint_text=read_text(subj, segs))


def owa_forward_fw_external():
    date_s = "Tue, 24 Nov 2026 07:58:03 +0100"
    subj = "Fw: [External] Defender and Sentinel tender – City of Gothenburg"
    mb, pod, tag = "AM0PR07MB6322", "PAXPR07MB8771", "eurprd07"
    mid = exo_mid(mb, tag)
    segs = [
        T("""Hi all,

Forwarding a tender we can't bid on alone – the deadline is tight. Shout if you want to team up or take it.

/Erik"""),
        FWD("owa", [("From", "Karin Sjöberg <karin.sjoberg@goteborg-stad.example>"),
                    ("Sent", "Monday, November 23, 2026 16:20"),
                    ("To", "Erik Lindqvist <erik.lindqvist@fjordsoft.example>"),
                    ("Subject", "[External] Defender and Sentinel tender – City of Gothenburg")],
            """Hello Erik,

The City of Gothenburg is procuring a partner to roll out Microsoft Defender across the organisation (about 14,000 users) and run Sentinel as a managed SOC for 24 months.

Region: Sweden (Gothenburg)
Budget: 1 200 000 SEK
The tender closes 7 December 2026.

Best regards,
Karin Sjöberg
Upphandlingsavdelningen, Göteborgs Stad""", intro="________________________________"),
    ]
    txt, html = text(segs), owa_html(segs)
    b = exo_boundary(mid)
    body = multipart(b, [qp_part('text/plain; charset="utf-8"', txt), qp_part('text/html; charset="utf-8"', html)])
    h = exo_trace(region="EUR2", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fjordsoft.example",
                  env_from="erik.lindqvist@fjordsoft.example")
    h += outlook_headers(frm="Erik Lindqvist <erik.lindqvist@fjordsoft.example>", to=f"Opportunities <{SVC}>",
                         subject=ew(subj, "utf-8"), date_s=date_s, mid=mid,
                         thread_topic=ew("[External] Defender and Sentinel tender – City of Gothenburg", "utf-8"),
                         lang="en-US", accept="sv-SE, en-US",
                         references=f"<GV0P278MB{R.randint(1000, 9999)}{rnd('0123456789ABCDEF', 28)}@GV0P278MB0712.CHEP278.PROD.OUTLOOK.COM>",
                         extra=["msip_labels:"])
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fjordsoft.example")
    emit("owa-forward-fw-external.eml", message(h, body), meta(
        "submission", "erik.lindqvist@fjordsoft.example", "Outlook on the web (Exchange Online)",
        "OWA forward: 'Fw: [External]' prefix pair, '________________________________' separator, divRplyFwdMsg "
        "in HTML. Deadline only in prose ('The tender closes 7 December 2026.'). 'City of Gothenburg' gives "
        "Public Sector, Sweden gives Nordics; '1 200 000 SEK'.",
        expect=E("Defender and Sentinel tender – City of Gothenburg", ["Security"], ["Nordics"], "Public Sector",
                 money(1200000, "SEK"), "2026-12-07")),
        crlf=True, lint_text=read_text(subj, segs))


def outlook_ios_next_friday():
    date_s = "Sun, 22 Nov 2026 21:04:37 +0000"
    subj = "SharePoint intranet rebuild – housing charity, Manchester"
    mb, pod, tag = "LO4P265MB6071", "LO2P265MB3374", "GBRP265"
    mid = exo_mid(mb, tag)
    segs = [
        T("""Quick one before the week starts: a housing charity in Manchester, UK needs its SharePoint intranet rebuilt – about 600 staff, mostly frontline. Budget is £25k. They'd like to hear from partners by next Friday.

Joseph"""),
        SIG("Get Outlook for iOS<https://aka.ms/o0ukef>"),
    ]
    txt = text(segs)
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body>\n<div dir="ltr">\n<div dir="ltr" style="font-family: Aptos, Aptos_EmbeddedFont, '
            'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            + segs[0].text.replace("\n\n", "</div>\n<div dir=\"ltr\"><br></div>\n<div dir=\"ltr\">")
            + '</div>\n<div id="ms-outlook-mobile-body-separator-line" dir="ltr"><br></div>\n'
            '<div id="ms-outlook-mobile-signature" dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>\n'
            "</div>\n</body>\n</html>\n")
    b = exo_boundary(mid)
    body = multipart(b, [qp_part('text/plain; charset="utf-8"', txt), qp_part('text/html; charset="utf-8"', html)])
    h = exo_trace(region="GBR", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="northwind.example",
                  env_from="j.okafor@northwind.example")
    h += outlook_headers(frm="Joseph Okafor <j.okafor@northwind.example>", to=f"{SVC} <{SVC}>",
                         subject=ew(subj, "utf-8"), date_s=date_s, mid=mid, thread_topic=ew(subj, "utf-8"),
                         lang="en-GB", accept="en-GB, en-US",
                         extra=["x-ms-exchange-messagesentrepresentingtype: 1",
                                "x-ms-exchange-transport-fromentityheader: Hosted"])
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="northwind.example")
    emit("outlook-ios-submission-next-friday.eml", message(h, body), meta(
        "submission", "j.okafor@northwind.example", "Outlook for iOS",
        "Sent on a Sunday so 'by next Friday' is unambiguous: Sun 22 Nov 2026 -> Fri 27 Nov 2026 (the first "
        "Friday after the Date, which is also next week's Friday). '£25k'. 'charity' gives Nonprofit. The "
        "'Get Outlook for iOS' signature must not give Cloud Productivity.",
        expect=E(subj, ["Collaboration and Content"], ["UK"], "Nonprofit", money(25000, "GBP"), "2026-11-27")),
        crlf=True, lint_text=read_text(subj, segs))


def build():
    outlook_desktop_keyvalue()
    owa_skills_needed()
    new_outlook_freetext_de()
    iphone_freetext()
    thunderbird_flowed_fr()
    gmail_ptbr()
    samsung_es()
    notes_keyvalue()
    zoho_html_only()
    apple_mail_sv()
    iphone_forward()
    outlook_plain_original_message()
    outlook_de_forward_wg()
    gmail_forward()
    gmail_reply_history()
    outlook_reply_from_sent_block()
    outlook_mac_mixedcase()
    gmail_budget_tbd()
    thunderbird_latin1_ch()
    outlook_fr_forward_cp1252()
    gmail_japanese()
    becky_iso2022jp()
    android_gmail_within_days()
    owa_forward_fw_external()
    outlook_ios_next_friday()
