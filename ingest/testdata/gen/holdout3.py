#!/usr/bin/env python3
"""Writes the third holdout corpus: mail/m-*.eml and their corpus.json entries.

    python3 ingest/testdata/gen/holdout3.py      # from anywhere

Twenty submissions in shapes the first two holdouts did not have: a
reseller forwarding an end customer's numbered requirements, a tender
notice pasted from a procurement portal (CPV codes, "Estimated value (excl.
VAT)"), fields carried only by the subject ("[OPP] Power BI | Germany |
€40k | due 15 Jan"), an Outlook mail with a pasted Excel table (a header
row of keys over a row of values, tab separated), Welsh, Catalan, Estonian,
Persian (RTL, Persian digits), Swahili/English, Taglish, Malay, a terse
phone mail, an HTML mail that is one line and a signature image, a forward
whose quoted customer mail carries budget and date, budget ranges written
"up to" and "min … max …", "Respond by: ASAP", a UK day-first "1/2/2027",
the region words EMEA, APJ and DACH, "Location: hybrid, Chicago", and
competencies written only as Microsoft "Solutions Partner for …"
designations.

Designation mapping (decided here, asserted in the corpus):
  Data & AI (Azure)                  -> Data Platform + AI and Machine Learning
                                        (not Data Analytics: Microsoft files
                                        analytics under its own specialization)
  Modern Work                        -> Cloud Productivity
  Security                           -> Security
  Business Applications              -> Cloud Business Applications
  Infrastructure (Azure)             -> Cloud Platform
  Digital & App Innovation (Azure)   -> Application Development + Cloud Platform
A designation written with "(Azure)" also names Cloud Platform, as the word
Azure does anywhere.

Like holdout2.py it only adds: partners missing from partners.csv are
appended, and the m-* entries of corpus.json are replaced.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mimekit import (ar_pass, b64, dkim, dt, esc, ew, gmail_id, message, multipart,  # noqa: E402
                     mx_top, part, png, qp, rfc, rhex, rnd, thread_index)

TESTDATA = Path(__file__).resolve().parents[1]
MAILDIR = TESTDATA / "mail"

NEW_PARTNERS = """\
mediterrania,Mediterrània Núvol SL,jordi.puig@mediterranianuvol.example,Enterprise Resource Planning;Data Analytics,Europe,Manufacturing,0,weekly,Europe/Madrid
toompea,Toompea Pilv OÜ,kadri.tamm@toompeapilv.example,Cloud Platform:gold;DevOps,Europe,Financial Services,0,weekly,Europe/Tallinn
alborz,Alborz Data FZ-LLC,reza.karimi@alborzdata.example,Data Platform;Data Analytics,Remote,Financial Services,0,weekly,Asia/Dubai
savanna,Savanna Cloud Ltd,wanjiku.kamau@savannacloud.example,Enterprise Resource Planning,Remote,Financial Services,0,weekly,Africa/Nairobi
bayanihan,Bayanihan Cloud Inc.,maria.santos@bayanihancloud.example,Communications,APAC,Professional Services,0,weekly,Asia/Manila
selat,Selat Digital Sdn Bhd,aisyah.rahman@selatdigital.example,Security,APAC,Financial Services,0,weekly,Asia/Kuala_Lumpur
"""

CORPUS = []


def emit(name, raw, meta, crlf=False):
    assert name.startswith("m-") and name.endswith(".eml"), name
    data = raw.encode("utf-8").replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    (MAILDIR / name).write_bytes(data)
    CORPUS.append({"file": name, **meta})


def sub(frm, client, notes, title=None, comps=None, regions=None, industry=None, budget="absent",
        respond_by=None):
    x = {}
    if title is not None:
        x["title"] = title
    if comps is not None:
        x["competencies"] = comps
    if regions is not None:
        x["regions"] = regions
    if industry is not None:
        x["industry"] = industry
    if budget != "absent":
        x["budget"] = None if budget is None else {"amount": budget[0], "currency": budget[1]}
    if respond_by is not None:
        x["respond_by"] = respond_by
    return {"client": client, "kind": "submission", "from": frm.lower(), "expect": x, "notes": notes}


def trace(frm, helo, ip, when, sel="s1"):
    dom = frm.split("@")[1].lower()
    return mx_top(frm, helo, ip, when, ar=ar_pass(frm, ip, dkim_d=dom, sel=sel)) + [
        dkim(dom, sel, "From:To:Subject:Date:Message-ID:MIME-Version", when)]


def lines_html(text):
    return "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))


def gmail(name, frm, display, when, subject, text, meta, html=True):
    hdrs = trace(frm, "mail-ej1-f41.google.com", "209.85.218.41", when, sel="google") + [
        "MIME-Version: 1.0",
        f"From: {ew(display)} <{frm}>",
        f"Date: {rfc(when)}",
        f"Message-ID: <{gmail_id()}>",
        "Subject: " + ew(subject),
        "To: opportunities@rcp2p.test",
    ]
    if html:
        b = "000000000000" + rhex(16)
        hdrs.append(f'Content-Type: multipart/alternative; boundary="{b}"')
        body = multipart(b, [part('text/plain; charset="UTF-8"', qp(text), "quoted-printable"),
                             part('text/html; charset="UTF-8"', qp('<div dir="auto">' + lines_html(text) + "</div>"),
                                  "quoted-printable")])
    else:
        hdrs += ['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"]
        body = qp(text)
    emit(name, message(hdrs, body), meta)


def outlook(name, frm, display, when, subject, text, meta, html=None, crlf=True, lang="en-GB"):
    host = "AM9PR0" + rnd("0123456789", 1) + "MB"
    hdrs = trace(frm, "mail-am6eur05on2100.outbound.protection.outlook.com", "40.107.22.100", when,
                 sel="selector1") + [
        f"From: {ew(display)} <{frm}>",
        "To: Opportunities <opportunities@rcp2p.test>",
        "Subject: " + ew(subject),
        f"Thread-Topic: {ew(subject)}",
        f"Thread-Index: {thread_index()}",
        f"Date: {rfc(when)}",
        f"Message-ID: <{host}{rnd('0123456789ABCDEF', 12)}@{host}.eurprd09.prod.outlook.com>",
        f"Accept-Language: {lang}, en-US" if lang != "en-US" else "Accept-Language: en-US",
        f"Content-Language: {lang}",
        "X-MS-Has-Attach:",
        "MIME-Version: 1.0",
    ]
    b = "_000_" + host + rnd("0123456789ABCDEF", 12) + "_"
    hdrs.append(f'Content-Type: multipart/alternative; boundary="{b}"')
    h = html if html is not None else ("<html><body><div class=\"WordSection1\">" + lines_html(text) + "</div></body></html>")
    body = multipart(b, [part('text/plain; charset="utf-8"', qp(text), "quoted-printable"),
                         part('text/html; charset="utf-8"', qp(h), "quoted-printable")])
    emit(name, message(hdrs, body), meta, crlf=crlf)


def plain(name, frm, display, when, subject, text, meta, mailer, helo="smtp.example.net", ip="198.51.100.23"):
    hdrs = trace(frm, helo, ip, when) + [
        f"From: {ew(display)} <{frm}>",
        "To: opportunities@rcp2p.test",
        "Subject: " + ew(subject),
        f"Date: {rfc(when)}",
        f"Message-ID: <{rhex(20)}@{frm.split('@')[1]}>",
        f"X-Mailer: {mailer}",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
    ]
    emit(name, message(hdrs, text), meta)


# --- submissions -------------------------------------------------------------

def m01():
    frm = "j.okafor@northwind.example"
    text = """Hi all,

One of our end customers (a building society in Leeds, ~1,100 staff) has shared the summary of their RFP with us and asked us to find a specialist partner. Their requirements, as they wrote them:

1) Deploy Microsoft Sentinel as the SIEM, with connectors for their on-prem firewalls
2) Onboard all 1,100 laptops to Defender for Endpoint
3) 24x7 monitoring for the first 90 days
4) Knowledge transfer to their two-person security team

Indicative budget £85,000 ex VAT. Responses by 4 December 2026 please.

Regards,
James Okafor
Northwind Traders Ltd
"""
    outlook("m-outlook-reseller-numbered-rfp-summary.eml", frm, "James Okafor", dt("Tue, 24 Nov 2026 09:12:40 +0000"),
            "RFP summary from our customer - SIEM / Defender rollout", text, sub(
                frm, "Outlook (Microsoft 365), British reseller",
                "A reseller passing on an end customer's RFP as a numbered list '1) … 4)'. Sentinel and Defender are "
                "Security; a building society is Financial Services; Leeds is UK. Onboarding 1,100 laptops is device "
                "work too ('laptops' is a Windows and Devices synonym); debatable, Security is the main need.",
                comps=["Security", "Windows and Devices"], regions=["UK"], industry="Financial Services", budget=(85000, "GBP"),
                respond_by="2026-12-04"))


def m02():
    frm = "sanne.devries@polderdata.example"
    text = """Hoi allemaal,

Below a tender from TenderNed that fits our partner network. We would bid as main contractor and look for a partner for the Microsoft 365 part. Copied as-is from the portal:

Section I: Contracting authority
Official name: Gemeente Rotterdam
Town: Rotterdam
Country: Netherlands
Section II: Object
Title: Migration of 6,000 mailboxes and file shares to Microsoft 365 (tenant migration)
Main CPV code: 72000000-5 IT services: consulting, software development, Internet and support
Additional CPV codes: 72253200-5 Systems support services; 48000000-8
Type of contract: Services
Estimated value (excl. VAT): 250 000,00 EUR
Place of performance: NL33 Zuid-Holland
Section IV: Procedure
Time limit for receipt of tenders or requests to participate: 14/12/2026 Local time: 12:00
Languages in which tenders may be submitted: Dutch, English

Groet,
Sanne de Vries
PolderData B.V.
"""
    gmail("m-gmail-tender-notice-cpv-portal-paste.eml", frm, "Sanne de Vries", dt("Mon, 23 Nov 2026 16:41:03 +0100"),
          "Tender: Gemeente Rotterdam - M365 migratie", text, sub(
              frm, "Gmail (web), Dutch partner pasting an EU tender notice",
              "Tender notice fields: 'Contracting authority', 'Estimated value (excl. VAT): 250 000,00 EUR' (space "
              "thousands, comma decimals), 'Time limit for receipt of tenders …: 14/12/2026 Local time: 12:00'. The "
              "CPV code numbers are not money or dates. A municipality is Public Sector; Rotterdam is Benelux.",
              comps=["Cloud Productivity"], regions=["Benelux"], industry="Public Sector", budget=(250000, "EUR"),
              respond_by="2026-12-14"))


def m03():
    frm = "anna.schmidt@contoso.example"
    text = """Details in the subject. Mittelstand manufacturer near Stuttgart, wants production dashboards. Ping me if interested.

Anna
"""
    gmail("m-gmail-fields-in-subject-pipes.eml", frm, "Anna Schmidt", dt("Wed, 25 Nov 2026 07:58:11 +0100"),
          "[OPP] Power BI | Germany | €40k | due 15 Jan", text, sub(
              frm, "Gmail (Android), fields written in the subject",
              "The subject carries the fields, pipe separated: competency, region, budget, 'due 15 Jan' (the next "
              "15 January after a November Date). 'Mittelstand' is the taxonomy's Midmarket Solution Provider "
              "synonym, and a midmarket customer is what that competency serves.",
              comps=["Data Analytics", "Midmarket Solution Provider"], regions=["Germany"], industry="Manufacturing", budget=(40000, "EUR"),
              respond_by="2027-01-15"), html=False)


def m04():
    frm = "dwright@tailspin.example"
    text = """Team,

New one from our Chicago office, pasted from our pipeline sheet:

Customer\tLocation\tTechnology\tIndustry\tBudget\tRespond by
Midwest Grocers Co-op\tChicago, IL\tDynamics 365 Business Central\tRetail grocery\t$65,000\t12/11/2026

Let me know by the date above.

Dan Wright
Tailspin Toys Consulting
"""
    cells = [line.split("\t") for line in text.split("\n")[4:6]]
    table = "<table border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>" + "".join(
        "<tr>" + "".join(f"<td nowrap valign=bottom style='padding:0 5.4pt'><p class=MsoNormal>{esc(c)}</p></td>"
                         for c in row) + "</tr>" for row in cells) + "</table>"
    html = ("<html><body><div class=WordSection1><p class=MsoNormal>Team,</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>New one from our Chicago office, pasted from our pipeline sheet:</p>"
            "<p class=MsoNormal>&nbsp;</p>" + table + "<p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>Let me know by the date above.</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>Dan Wright<br>Tailspin Toys Consulting</p></div></body></html>")
    outlook("m-outlook-pasted-excel-row-tabs.eml", frm, "Dan Wright", dt("Tue, 24 Nov 2026 10:05:00 -0600"),
            "New opp - Business Central for grocery co-op", text, sub(
                frm, "Outlook for Windows (US), Excel range pasted",
                "An Excel range pasted into Outlook: the plain part has a header row of keys over a row of values, "
                "tab separated; the HTML part is a table. US sender, so 12/11/2026 is December 11. Business Central "
                "is ERP; grocery is Retail; Chicago, IL is US-Central.",
                comps=["Enterprise Resource Planning"], regions=["US-Central"], industry="Retail",
                budget=(65000, "USD"), respond_by="2026-12-11"), html=html, lang="en-US")


def m05():
    frm = "bids@northwind.example"
    text = """Bore da,

Rydym yn chwilio am bartner i helpu cyngor sir yng Nghymru gyda phrosiect diogelwch. Mae angen profiad o Microsoft Defender for Endpoint a Microsoft Purview.

Sgiliau: Microsoft Defender, Microsoft Purview
Rhanbarth: Cymru (Caerdydd)
Sector: Sector cyhoeddus (llywodraeth leol)
Cyllideb: £48,000 (heb TAW)
Dyddiad cau: 10 Rhagfyr 2026

Diolch yn fawr,
Tîm Cynigion
Northwind Traders Ltd
"""
    outlook("m-outlook-welsh-cyngor-defender.eml", frm, "Northwind Bids", dt("Mon, 23 Nov 2026 11:20:00 +0000"),
            "Cyfle: prosiect diogelwch i gyngor sir", text, sub(
                frm, "Outlook (Microsoft 365), Welsh",
                "Welsh keys ('Sgiliau', 'Rhanbarth', 'Cyllideb', 'Dyddiad cau'); 'Cymru (Caerdydd)' is Wales "
                "(Cardiff), so UK; 'Rhagfyr' is December; 'sector cyhoeddus' is Public Sector.",
                comps=["Security"], regions=["UK"], industry="Public Sector", budget=(48000, "GBP"),
                respond_by="2026-12-10"))


def m06():
    frm = "jordi.puig@mediterranianuvol.example"
    text = """Bon dia,

Un client nostre, una empresa del sector alimentari amb fàbrica a Sabadell, vol substituir el seu ERP antic per Dynamics 365 Finance i necessitem un partner amb experiència.

Competències: Dynamics 365 Finance, Power BI
Regió: Barcelona, Catalunya
Sector: Indústria (fabricació d'aliments)
Pressupost: 60.000 € (IVA no inclòs)
Data límit de resposta: 9 de desembre de 2026

Moltes gràcies,
Jordi Puig
Mediterrània Núvol SL
"""
    gmail("m-gmail-catalan-erp-desembre.eml", frm, "Jordi Puig", dt("Tue, 24 Nov 2026 12:30:45 +0100"),
          "Oportunitat: implantació de Dynamics 365 Finance", text, sub(
              frm, "Gmail (web), Catalan",
              "Catalan keys ('Competències', 'Regió', 'Pressupost', 'Data límit de resposta'); 'desembre' is "
              "December; food manufacturing is Manufacturing; Barcelona is Europe.",
              comps=["Enterprise Resource Planning", "Data Analytics"], regions=["Europe"], industry="Manufacturing",
              budget=(60000, "EUR"), respond_by="2026-12-09"))


def m07():
    frm = "kadri.tamm@toompeapilv.example"
    text = """Tere!

Otsime partnerit, kes aitaks ühel Tallinna pangal oma rakendused Azure'i kolida.

Vajalikud oskused: Azure, Azure Kubernetes Service (AKS)
Piirkond: Tallinn, Eesti
Valdkond: pangandus
Eelarve: 35 000 eurot
Tähtaeg: 7. detsember 2026

Parimate soovidega
Kadri Tamm
Toompea Pilv OÜ
"""
    plain("m-thunderbird-estonian-pank-azure.eml", frm, "Kadri Tamm", dt("Mon, 23 Nov 2026 15:02:19 +0200"),
          "Partneri otsing: Azure migratsioon pangale", text, sub(
              frm, "Thunderbird 128 (Linux), Estonian",
              "Estonian keys ('Vajalikud oskused', 'Piirkond', 'Valdkond', 'Eelarve', 'Tähtaeg'); '35 000 eurot' "
              "is EUR; '7. detsember 2026' is a day with a dot; 'pangandus' (banking) is Financial Services; "
              "Tallinn, Estonia is Europe.",
              comps=["Cloud Platform"], regions=["Europe"], industry="Financial Services", budget=(35000, "EUR"),
              respond_by="2026-12-07"), mailer="Mozilla Thunderbird 128.4.0")


def m08():
    frm = "reza.karimi@alborzdata.example"
    text = """سلام و وقت بخیر،

یکی از مشتریان ما، یک بانک خصوصی، برای راه‌اندازی Microsoft Fabric و داشبوردهای Power BI به یک شریک متخصص نیاز دارد.

مهارت‌ها: Microsoft Fabric، Power BI
صنعت: بانکداری
بودجه: ۸۰٬۰۰۰ دلار آمریکا
مهلت ارسال پاسخ: ۱۵ دسامبر ۲۰۲۶

با سپاس،
رضا کریمی
Alborz Data FZ-LLC
"""
    gmail("m-gmail-persian-fabric-bank.eml", frm, "رضا کریمی", dt("Tue, 24 Nov 2026 13:15:00 +0400"),
          "فرصت همکاری: پیاده‌سازی Microsoft Fabric برای بانک", text, sub(
              frm, "Gmail (web), Persian (RTL)",
              "Persian keys with Persian digits (۸۰٬۰۰۰ with the Arabic thousands separator, ۱۵ … ۲۰۲۶) and "
              "the Gregorian month 'دسامبر'; 'دلار آمریکا' is USD; 'بانکداری' (banking) is Financial Services. "
              "No region given.",
              comps=["Data Platform", "Data Analytics"], industry="Financial Services", budget=(80000, "USD"),
              respond_by="2026-12-15"))


def m09():
    frm = "wanjiku.kamau@savannacloud.example"
    text = """Habari wenzetu,

Tuna mteja, SACCO kubwa hapa Nairobi, ambaye anataka kuhamia Dynamics 365 Business Central. We need a partner with BC experience to support us.

Ujuzi unaohitajika: Dynamics 365 Business Central
Eneo: Nairobi, Kenya
Sekta: Fedha / Banking (SACCO)
Bajeti: KES 4,500,000
Tarehe ya mwisho: 8 Desemba 2026

Asanteni sana,
Wanjiku Kamau
Savanna Cloud Ltd
"""
    gmail("m-gmail-swahili-english-sacco-bc.eml", frm, "Wanjiku Kamau", dt("Wed, 25 Nov 2026 09:40:00 +0300"),
          "Fursa: Business Central kwa SACCO", text, sub(
              frm, "Gmail (web), Swahili and English",
              "Swahili keys ('Ujuzi unaohitajika', 'Eneo', 'Sekta', 'Bajeti', 'Tarehe ya mwisho') mixed with English; "
              "'Desemba' is December; KES is the Kenyan shilling; banking is Financial Services. Kenya is not in the "
              "region tree, so regions are not asserted.",
              comps=["Enterprise Resource Planning"], industry="Financial Services", budget=(4500000, "KES"),
              respond_by="2026-12-08"))


def m10():
    frm = "maria.santos@bayanihancloud.example"
    text = """Hi po!

May client kami na BPO sa Makati, Metro Manila. Kailangan nila ng partner para sa Teams Phone at contact center setup (around 800 agents). Budget nila around PHP 2.5M. Pa-reply na lang po hanggang Dec 11, 2026 kung interested kayo.

Salamat po!
Maria Santos
Bayanihan Cloud Inc.
"""
    gmail("m-gmail-taglish-bpo-teams-phone.eml", frm, "Maria Santos", dt("Tue, 24 Nov 2026 17:22:05 +0800"),
          "Opportunity po: Teams Phone for BPO", text, sub(
              frm, "Gmail (iOS), Taglish",
              "Tagalog-English prose without keys; 'PHP 2.5M' is 2,500,000 Philippine pesos; 'hanggang Dec 11, "
              "2026' (until) is the respond-by; Metro Manila is APAC.",
              comps=["Communications"], regions=["APAC"], budget=(2500000, "PHP"), respond_by="2026-12-11"),
          html=False)


def m11():
    frm = "aisyah.rahman@selatdigital.example"
    text = """Salam sejahtera,

Kami sedang mencari rakan kongsi untuk membantu sebuah bank di Kuala Lumpur membina SOC menggunakan Microsoft Sentinel.

Kemahiran: Microsoft Sentinel, Defender XDR
Lokasi: Kuala Lumpur, Malaysia
Industri: Perbankan
Bajet: RM 180,000
Tarikh tutup: 14 Disember 2026

Terima kasih,
Aisyah Rahman
Selat Digital Sdn Bhd
"""
    outlook("m-outlook-malay-perbankan-sentinel.eml", frm, "Aisyah Rahman", dt("Mon, 23 Nov 2026 10:10:10 +0800"),
            "Peluang: SOC Microsoft Sentinel untuk bank", text, sub(
                frm, "Outlook (Microsoft 365), Malay",
                "Malay keys ('Kemahiran', 'Lokasi', 'Industri', 'Bajet', 'Tarikh tutup'); 'Disember' is December; "
                "RM is MYR; 'Perbankan' (banking) is Financial Services.",
                comps=["Security"], regions=["APAC"], industry="Financial Services", budget=(180000, "MYR"),
                respond_by="2026-12-14"))


def m12():
    frm = "mike.chen@fabrikam.example"
    text = "need azure guy in dubai asap 50k usd\n\nSent from my iPhone\n"
    hdrs = trace(frm, "mail-pf1-f171.google.com", "209.85.210.171", dt("Wed, 25 Nov 2026 06:03:44 -0800")) + [
        "Content-Type: text/plain; charset=us-ascii",
        "Content-Transfer-Encoding: 7bit",
        "From: Mike Chen <mike.chen@fabrikam.example>",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {rfc(dt('Wed, 25 Nov 2026 06:03:44 -0800'))}",
        "Subject: azure dubai",
        f"Message-Id: <{rnd('0123456789ABCDEF', 8)}-{rnd('0123456789ABCDEF', 4)}@fabrikam.example>",
        "To: opportunities@rcp2p.test",
        "X-Mailer: iPhone Mail (22B91)",
    ]
    emit("m-iphone-terse-azure-dubai.eml", message(hdrs, text), sub(
        frm, "iPhone Mail, one lower-case line",
        "Terse phone mail: 'azure' is Cloud Platform, '50k usd' is USD 50,000 with the currency after. Dubai is "
        "not in the region tree and 'asap' is no date.",
        comps=["Cloud Platform"], budget=(50000, "USD")))


def m13():
    frm = "claire.dubois@lumiere-conseil.example"
    when = dt("Tue, 24 Nov 2026 14:44:00 +0100")
    line = "Power Apps + Power Automate rollout for a retailer in Lyon, €25k, answers by 4 December please."
    img = png(40, 12)
    html = ('<html><head><meta charset="utf-8"></head><body><div style="font-family:Calibri">' + esc(line) +
            '</div><br><div><img src="cid:sig-lumiere@lumiere-conseil.example" alt="" width="400" height="120">'
            "</div></body></html>")
    b = "----=_rel_" + rhex(12)
    hdrs = trace(frm, "smtp-out.lumiere-conseil.example", "192.0.2.55", when) + [
        f"From: Claire Dubois <{frm}>",
        "To: opportunities@rcp2p.test",
        "Subject: Power Platform - retail Lyon",
        f"Date: {rfc(when)}",
        f"Message-ID: <{rhex(24)}@lumiere-conseil.example>",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/related; boundary="{b}"; type="text/html"',
    ]
    body = multipart(b, [
        part('text/html; charset="utf-8"', qp(html), "quoted-printable"),
        part('image/png; name="signature.png"', b64(img), "base64",
             extra=["Content-ID: <sig-lumiere@lumiere-conseil.example>", 'Content-Disposition: inline; filename="signature.png"']),
    ])
    emit("m-html-only-one-line-signature-image.eml", message(hdrs, body), sub(
        frm, "HTML-only client, one line of text and a signature image",
        "No text part: one HTML line and an inline PNG signature (no alt text). Power Apps/Automate are Cloud "
        "Business Applications; Lyon is France; '4 December' is the coming one.",
        comps=["Cloud Business Applications"], regions=["France"], industry="Retail", budget=(25000, "EUR"),
        respond_by="2026-12-04"))


def m14():
    frm = "sarah.tremblay@mapleleafit.example"
    text = """FYI - forwarding this from our client. We're looking for a PPM partner to take it on with us. Let me know if it's a fit.

Sarah

---------- Forwarded message ---------
From: Daniel Roy <droy@ottawa-health-agency.example>
Date: Mon, Nov 23, 2026 at 3:10 PM
Subject: Project Online replacement
To: Sarah Tremblay <sarah.tremblay@mapleleafit.example>

Hi Sarah,

As discussed, our agency (regional health network, Ottawa) needs to replace Project Online before it is retired. We want Planner premium and Project for the web with portfolio reporting.

We have budgeted CAD 90,000 for the implementation. Proposals are due by December 9, 2026.

Thanks,
Daniel Roy
Director, PMO
"""
    gmail("m-gmail-forward-customer-mail-budget-inside.eml", frm, "Sarah Tremblay", dt("Tue, 24 Nov 2026 09:01:12 -0500"),
          "Fwd: Project Online replacement", text, sub(
              frm, "Gmail (web), a forward",
              "A forward is the submission: the forwarded customer mail carries the budget (CAD 90,000) and the "
              "date (December 9, 2026), and they count. Project Online / Planner is Project and Portfolio "
              "Management, and 'portfolio reporting' is asked for too (Data Analytics); Ottawa is Canada. A public "
              "health agency is Healthcare or Public Sector: industry not asserted. Title drops 'Fwd:'.",
              title="Project Online replacement", comps=["Project and Portfolio Management", "Data Analytics"],
              regions=["Canada"], budget=(90000, "CAD"), respond_by="2026-12-09"))


def m15():
    frm = "priya.natarajan@fabrikam.example"
    text = """Hello partners,

Opportunity summary:

Scope: Azure Databricks lakehouse build-out for a mid-size insurance carrier
Location: hybrid, Chicago
Industry: Insurance
Budget: up to $120k
Respond by: ASAP

Thanks,
Priya Natarajan
Fabrikam Cloud Services
"""
    outlook("m-outlook-upto-budget-asap-hybrid-chicago.eml", frm, "Priya Natarajan", dt("Wed, 25 Nov 2026 08:30:00 -0800"),
            "Databricks lakehouse - insurance carrier", text, sub(
                frm, "Outlook (Microsoft 365), US",
                "'Budget: up to $120k' has only an upper bound, which is the amount; 'Respond by: ASAP' has no date "
                "(not asserted); 'Location: hybrid, Chicago' is US-Central (hybrid is not Remote).",
                comps=["Data Platform"], regions=["US-Central"], industry="Financial Services",
                budget=(120000, "USD")), lang="en-US")


def m16():
    frm = "jonas.weber@contoso.example"
    text = """Hallo zusammen,

kurze Opportunity für unsere Partner:

Thema: Microsoft Fabric Einführung bei einem Energieversorger
Region: DACH
Budget: min 30k max 50k EUR
Rückmeldung bis: 11.12.2026

Viele Grüße
Jonas Weber
"""
    gmail("m-gmail-min-max-budget-dach.eml", frm, "Jonas Weber", dt("Mon, 23 Nov 2026 08:15:00 +0100"),
          "Opportunity: Fabric Einführung Energieversorger", text, sub(
              frm, "Gmail (web), German with English keys",
              "'Budget: min 30k max 50k EUR' is a range; the lower bound counts. 'Region: DACH' is Germany in the "
              "region list. Energieversorger (utility) is Energy.",
              comps=["Data Platform"], regions=["Germany"], industry="Energy", budget=(30000, "EUR"),
              respond_by="2026-12-11"), html=False)


def m17():
    frm = "j.okafor@northwind.example"
    text = """Morning,

Passing this on from a high-street retailer we support.

Requirement: Intune and Autopilot rollout for 3,000 store devices
Region: EMEA
Budget: £70k
Deadline: 1/2/2027

Cheers,
James
"""
    outlook("m-outlook-uk-dayfirst-deadline-emea.eml", frm, "James Okafor", dt("Wed, 25 Nov 2026 08:05:00 +0000"),
            "Intune rollout - retail, EMEA", text, sub(
                frm, "Outlook (Microsoft 365), British",
                "A UK sender writes dates day first: 'Deadline: 1/2/2027' is 1 February 2027. 'Region: EMEA' is "
                "Europe. Intune and Autopilot are Enterprise Mobility Management in the taxonomy.",
                comps=["Enterprise Mobility Management"], regions=["Europe"], industry="Retail",
                budget=(70000, "GBP"), respond_by="2027-02-01"))


def m18():
    frm = "liam.walsh@southerncross.example"
    text = """G'day,

We're after a partner holding these Microsoft designations for a logistics customer:

- Solutions Partner for Infrastructure (Azure)
- Solutions Partner for Digital & App Innovation (Azure)

Region: APJ
Budget: AUD 150,000
Closing date: 10 December 2026

Cheers,
Liam Walsh
Southern Cross IT
"""
    outlook("m-outlook-designations-infra-appinnov-apj.eml", frm, "Liam Walsh", dt("Tue, 24 Nov 2026 11:00:00 +1100"),
            "Partner wanted: Azure infra + app modernisation", text, sub(
                frm, "Outlook (Microsoft 365), Australian",
                "Competencies only as Microsoft Solutions Partner designations: Infrastructure (Azure) is Cloud "
                "Platform, Digital & App Innovation (Azure) is Application Development (and Azure). 'APJ' is APAC.",
                comps=["Cloud Platform", "Application Development"], regions=["APAC"], budget=(150000, "AUD"),
                respond_by="2026-12-10"))


def m19():
    frm = "deepa.menon@indigoinfotech.example"
    text = """Dear Partners,

Our customer, a hospital chain in Bengaluru, wants a partner with these designations:

Required: Solutions Partner for Data & AI (Azure); Solutions Partner for Business Applications
Region: India
Industry: Healthcare
Budget: USD 45,000
Last date: 12 December 2026

Regards,
Deepa Menon
Indigo Infotech
"""
    gmail("m-gmail-designations-data-ai-bizapps.eml", frm, "Deepa Menon", dt("Tue, 24 Nov 2026 10:30:00 +0530"),
          "Partner needed - Data & AI and Business Applications designations", text, sub(
              frm, "Gmail (web), Indian English",
              "Designations: 'Data & AI (Azure)' is Data Platform + AI and Machine Learning (see the module "
              "docstring); 'Business Applications' is Cloud Business Applications; '(Azure)' is Cloud Platform.",
              comps=["Data Platform", "AI and Machine Learning", "Cloud Business Applications", "Cloud Platform"], regions=["India"],
              industry="Healthcare", budget=(45000, "USD"), respond_by="2026-12-12"))


def m20():
    frm = "noa.levi@negevcloud.example"
    text = """Hi,

Looking for a co-sell partner. Customer is a law firm group across EMEA.

Partner designations required: Modern Work, Security
Region: EMEA
Budget: EUR 55,000
Reply by: 3 December 2026

Thanks,
Noa
"""
    gmail("m-gmail-designations-modern-work-security.eml", frm, "Noa Levi", dt("Mon, 23 Nov 2026 18:00:00 +0200"),
          "Co-sell: Modern Work + Security, law firm", text, sub(
              frm, "Gmail (web)",
              "Designations 'Modern Work' (Cloud Productivity) and 'Security'; a law firm is Professional Services; "
              "EMEA is Europe.",
              comps=["Cloud Productivity", "Security"], regions=["Europe"], industry="Professional Services",
              budget=(55000, "EUR"), respond_by="2026-12-03"), html=False)


BUILDERS = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19, m20]


def main():
    for f in MAILDIR.glob("m-*.eml"):
        f.unlink()
    for build in BUILDERS:
        build()
    csv = TESTDATA / "partners.csv"
    have = csv.read_text(encoding="utf-8")
    ids = {line.split(",", 1)[0] for line in have.splitlines()}
    add = [line for line in NEW_PARTNERS.splitlines() if line.split(",", 1)[0] not in ids]
    if add:
        if not have.endswith("\n"):
            have += "\n"
        csv.write_text(have + "\n".join(add) + "\n", encoding="utf-8")
    path = TESTDATA / "corpus.json"
    corpus = [e for e in json.loads(path.read_text(encoding="utf-8")) if not e["file"].startswith("m-")]
    corpus.extend(CORPUS)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(corpus, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(CORPUS)} holdout messages; partners added: {len(add)}")


if __name__ == "__main__":
    main()
