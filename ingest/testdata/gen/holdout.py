#!/usr/bin/env python3
"""Writes the holdout corpus: mail/h-*.eml and their corpus.json entries.

    python3 ingest/testdata/gen/holdout.py      # from anywhere

The holdout is mail the extraction code was NOT written against: languages,
clients and layouts the first sixty fixtures do not have (Italian, Dutch,
Polish, Mexican Spanish, European Portuguese, Danish, Norwegian, Finnish,
Chinese in GBK, Korean in ks_c_5601-1987, Hebrew and Arabic with English
product names, Hindi/English; Outlook for Mac, new Outlook, iOS Mail div
soup, Yahoo, ProtonMail, Fastmail, Superhuman, HubSpot, Lotus Notes, Front,
Missive, Spark, Canary, eM Client, a calendar invite…).

It only adds: it appends the partners the holdout needs to partners.csv
(when missing) and replaces the h-* entries of corpus.json, leaving every
other entry as it is. build.py rewrites partners.csv and corpus.json from
scratch, so run this script again after build.py.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mimekit import (ALNUM, ar_pass, b64, dkim, dt, ew, later, message, multipart, mx_top,  # noqa: E402
                     part, qp, rfc, rhex, rnd, ruuid)

TESTDATA = Path(__file__).resolve().parents[1]
MAILDIR = TESTDATA / "mail"

NEW_PARTNERS = """\
tiberina,Tiberina Digitale S.r.l.,giulia.romano@tiberina.example;ufficio.gare@tiberina.example,Enterprise Resource Planning:gold;Data Analytics,Europe,Manufacturing;Retail,10000,weekly,Europe/Rome
polderdata,Polderdata B.V.,sanne.devries@polderdata.example;info@polderdata.example,Enterprise Mobility Management:gold;Windows and Devices,Benelux,Public Sector;Education,15000,weekly,Europe/Amsterdam
wislasoft,Wisłasoft sp. z o.o.,tomasz.kowalczyk@wislasoft.example,Security:gold;Cloud Platform,Europe,Financial Services,0,weekly,Europe/Warsaw
tejo,Tejo Sistemas Lda,joana.ferreira@tejosistemas.example,Data Analytics;Data Platform,Europe,Healthcare,0,weekly,Europe/Lisbon
havn,Havn IT ApS,mette.jensen@havnit.example,Communications:gold;Cloud Productivity,Nordics,Public Sector,0,weekly,Europe/Copenhagen
revontuli,Revontuli Solutions Oy,aino.virtanen@revontuli.example,Collaboration and Content:gold,Nordics,Public Sector;Education,0,weekly,Europe/Helsinki
nordlys,Nordlys Sky AS,kari.nordmann@nordlys.example,Cloud Platform:gold;DevOps,Nordics,Energy,0,weekly,Europe/Oslo
longmen,Longmen Cloud Co. Ltd,wang.fang@longmencloud.example,Enterprise Resource Planning;Data Analytics,APAC,Manufacturing,0,weekly,Asia/Shanghai
hangang,Hangang Cloud Inc.,jiwoo.kim@hangangcloud.example,Security:gold;Cloud Platform,APAC,Financial Services,0,weekly,Asia/Seoul
negev,Negev Cloud Ltd,noa.levi@negevcloud.example,Enterprise Mobility Management:gold;Security,Remote;Europe,Healthcare,0,weekly,Asia/Jerusalem
nakheel,Nakheel Digital FZ-LLC,omar.haddad@nakheeldigital.example,Enterprise Resource Planning:gold,Remote;Europe,Retail,0,weekly,Asia/Dubai
"""

CORPUS = []


def emit(name, raw, meta, crlf=False, codec="utf-8"):
    assert name.startswith("h-") and name.endswith(".eml"), name
    data = raw.encode(codec) if isinstance(raw, str) else raw
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    (MAILDIR / name).write_bytes(data)
    CORPUS.append({"file": name, **meta})


def sub(frm, client, notes, title=None, comps=None, regions=None, industry=None, budget="absent",
        respond_by=None):
    """A submission's corpus entry; a field left None is not asserted."""
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


def other(kind, frm, client, notes, **extra):
    d = {"client": client, "kind": kind, "from": frm.lower()}
    d.update(extra)
    d["notes"] = notes
    return d


def trace(frm, helo, ip, when, sel="s1", dkim_d=None, h="From:To:Subject:Date:Message-ID:MIME-Version"):
    dom = frm.split("@")[1].lower()
    d = dkim_d or dom
    return mx_top(frm, helo, ip, when, ar=ar_pass(frm, ip, dkim_d=d, sel=sel)) + [dkim(d, sel, h, when)]


def html_page(body, head=""):
    return f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">{head}</head><body>{body}</body></html>"


def lines_html(text, tag="div"):
    out = []
    for line in text.split("\n"):
        out.append(f"<{tag}>{esc(line) if line else '<br>'}</{tag}>")
    return "".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------------

def h01_outlook_mac_it():
    when = dt("Mon, 16 Nov 2026 10:12:00 +0100")
    frm = "giulia.romano@tiberina.example"
    subject = "Cercasi partner Business Central per azienda manifatturiera in Emilia"
    text = """Buongiorno a tutti,

per un nostro cliente, un'azienda manifatturiera di componenti meccanici vicino a Bologna (circa 250 dipendenti), cerchiamo un partner che ci affianchi nella migrazione da Navision a Dynamics 365 Business Central.

Competenze richieste: Dynamics 365 Business Central (migrazione da NAV 2017)
Area geografica: Emilia-Romagna, Italia
Settore: manifatturiero
Budget indicativo: € 60.000 + IVA
Scadenza risposte: venerdì 11 dicembre 2026

Grazie e buona giornata,

Giulia Romano
Responsabile Alleanze | Tiberina Digitale S.r.l.
Via dei Mille 12, 00185 Roma
"""
    html = html_page(
        '<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        + lines_html(text) + "</div>",
        head='<title></title><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>')
    b = "_000_" + rhex(8).upper() + "TIBERINA_"
    hdrs = trace(frm, "mail-he1eur04on2112.outbound.protection.outlook.com", "40.107.7.112", when, sel="selector1") + [
        "From: Giulia Romano <giulia.romano@tiberina.example>",
        "To: \"opportunities@rcp2p.test\" <opportunities@rcp2p.test>",
        "Subject: " + ew(subject, enc="Q"),
        "Thread-Topic: " + ew(subject, enc="Q"),
        "Thread-Index: AQHbO" + rnd(ALNUM, 24) + "==",
        f"Date: {rfc(when)}",
        f"Message-ID: <{rnd('ABCDEF0123456789', 8)}.{rhex(6).upper()}%giulia.romano@tiberina.example>",
        "Accept-Language: it-IT, en-US",
        "Content-Language: it-IT",
        "X-MS-Has-Attach:",
        "user-agent: Microsoft-MacOutlook/16.91.24111020",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="utf-8"', qp(text), "quoted-printable"),
                         part('text/html; charset="utf-8"', qp(html), "quoted-printable")])
    emit("h-outlook-mac-it-competenze-richieste.eml", message(hdrs, body), sub(
        frm, "Microsoft Outlook for Mac 16.91 via Exchange Online, Italian",
        "Italian keys ('Competenze richieste', 'Area geografica', 'Settore', 'Budget indicativo', 'Scadenza "
        "risposte'), 'manifatturiero' for Manufacturing, 'Italia' for Europe, '€ 60.000 + IVA', an Italian "
        "weekday before the date.",
        title=subject, comps=["Enterprise Resource Planning"], regions=["Europe"], industry="Manufacturing",
        budget=(60000, "EUR"), respond_by="2026-12-11"), crlf=True)


def h02_front_nl_table():
    when = dt("Tue, 17 Nov 2026 14:05:31 +0100")
    frm = "sanne.devries@polderdata.example"
    subject = "Partner gezocht: Intune-uitrol voor gemeente (2.500 werkplekken)"
    rows = [("Vaardigheden", "Microsoft Intune, Windows Autopilot"), ("Regio", "Nederland (Utrecht)"),
            ("Sector", "Gemeente"), ("Budget", "€ 40.000 (excl. btw)"), ("Reageren vóór", "2027/01/15")]
    table = ('<table cellpadding="4" style="border-collapse:collapse">'
             + "".join(f'<tr><td style="border:1px solid #ccc">{esc(k)}</td><td style="border:1px solid #ccc">{esc(v)}</td></tr>'
                       for k, v in rows) + "</table>")
    html = html_page(
        '<div class="front-email"><p>Hallo allemaal,</p>'
        "<p>Een middelgrote gemeente in de provincie Utrecht wil 2.500 werkplekken beheren met Intune. "
        "Wij doen het projectmanagement en zoeken een partner voor de technische uitrol.</p>"
        + table + "<p>Groet,<br>Sanne de Vries<br>Polderdata B.V.</p></div>"
        '<img src="https://app.frontapp.com/api/1/noauth/companies/polderdata/seen/msg_' + rnd(ALNUM, 10)
        + '/0.png" width="1" height="1" alt="">')
    hdrs = trace(frm, "mail-pf1-f180.google.com", "209.85.210.180", when, sel="front") + [
        'From: "Sanne de Vries" <sanne.devries@polderdata.example>',
        "To: opportunities@rcp2p.test",
        "Subject: " + ew(subject),
        f"Date: {rfc(when)}",
        f"Message-ID: <{rnd(ALNUM, 20)}@frontapp.com>",
        "X-Mailer: Front (1.0; +https://frontapp.com; +msgid=msg_" + rnd(ALNUM, 10).lower() + ")",
        "MIME-Version: 1.0",
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
    ]
    emit("h-front-nl-html-table-no-colon.eml", message(hdrs, qp(html)), sub(
        frm, "Front shared inbox, HTML only, Dutch",
        "HTML-only; the fields are a two-column <table> with no colon after the key (the cells are "
        "'Budget' | '€ 40.000'). Dutch keys 'Vaardigheden', 'Regio', 'Reageren vóór'; 'Gemeente' is Public "
        "Sector; '2027/01/15' year-first with slashes; a Front read-tracking pixel.",
        title=subject, comps=["Enterprise Mobility Management"], regions=["Benelux"], industry="Public Sector",
        budget=(40000, "EUR"), respond_by="2027-01-15"))


def h03_monarch_pl():
    when = dt("Wed, 18 Nov 2026 09:41:12 +0100")
    frm = "tomasz.kowalczyk@wislasoft.example"
    subject = "Szukamy partnera: Microsoft Sentinel dla banku spółdzielczego"
    text = """Dzień dobry,

szukamy partnera do wdrożenia Microsoft Sentinel i Defender for Endpoint dla banku spółdzielczego w Krakowie (ok. 600 stanowisk).

Kompetencje: Microsoft Sentinel, Defender for Endpoint
Lokalizacja: Polska (Kraków)
Branża: bankowość
Budżet: 200 000 zł netto
Termin odpowiedzi: 3 grudnia 2026

Pozdrawiam
Tomasz Kowalczyk
Wisłasoft sp. z o.o. | Security · Azure · Intune
"""
    html = html_page('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt;">'
                     + lines_html(text) + "</div>")
    b = "_000_" + rhex(8).upper() + "PAXP193MB" + rhex(4).upper() + "EURP_"
    hdrs = trace(frm, "mail-vi1eur05on2131.outbound.protection.outlook.com", "40.107.21.131", when, sel="selector2") + [
        "From: Tomasz Kowalczyk <tomasz.kowalczyk@wislasoft.example>",
        "To: opportunities <opportunities@rcp2p.test>",
        "Subject: " + ew(subject),
        "Thread-Topic: " + ew(subject),
        "Thread-Index: AQHbOb" + rnd(ALNUM, 22) + "==",
        f"Date: {rfc(when)}",
        f"Message-ID: <PAXP193MB{rhex(4).upper()}{rnd(ALNUM, 12)}@PAXP193MB{rhex(4).upper()}.EURP193.PROD.OUTLOOK.COM>",
        "Accept-Language: pl-PL, en-US",
        "Content-Language: pl-PL",
        "X-MS-Has-Attach:",
        "x-ms-reactions: allow",
        "msip_labels:",
        "x-ms-exchange-messagesentrepresentingtype: 1",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="utf-8"', b64(text), "base64"),
                         part('text/html; charset="utf-8"', b64(html), "base64")])
    emit("h-new-outlook-pl-bankowosc.eml", message(hdrs, body), sub(
        frm, "New Outlook for Windows (Monarch), Polish",
        "Polish keys ('Kompetencje', 'Lokalizacja', 'Branża', 'Budżet', 'Termin odpowiedzi'), 'bankowość' for "
        "Financial Services, '200 000 zł', the genitive month 'grudnia'. The signature lists Azure and Intune.",
        title=subject, comps=["Security"], regions=["Europe"], industry="Financial Services",
        budget=(200000, "PLN"), respond_by="2026-12-03"), crlf=True)


def h04_iphone_mx():
    when = dt("Wed, 18 Nov 2026 17:22:45 -0600")
    frm = "alejandro.ruiz@nubeazteca.example"
    subject = "Partner Azure para cadena de supermercados en Monterrey"
    paras = [
        "Hola equipo,",
        "",
        "Tenemos un cliente, una cadena de supermercados con 120 tiendas en Monterrey y Saltillo, que quiere mover toda su infraestructura a Azure (landing zone, AKS para el e-commerce).",
        "",
        "Buscamos un partner con experiencia en Azure que nos apoye con la arquitectura.",
        "",
        "Presupuesto: $1,200,000 MXN",
        "Favor de responder antes del 15 de enero.",
        "",
        "Saludos,",
        "Alejandro",
    ]
    divs = "".join(f'<div dir="ltr">{esc(p) if p else "<br>"}</div>' for p in paras)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto"><div dir="ltr"></div><div dir="ltr">' + divs
            + '<div dir="ltr"><br></div><div dir="ltr" id="AppleMailSignature">Enviado desde mi iPhone</div></div></body></html>')
    hdrs = trace(frm, "mail-pj1-f54.google.com", "209.85.216.54", when, sel="google") + [
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "From: Alejandro Ruiz <alejandro.ruiz@nubeazteca.example>",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {rfc(when)}",
        "Subject: " + ew(subject, enc="Q"),
        f"Message-Id: <{ruuid(upper=True)}@nubeazteca.example>",
        "To: opportunities@rcp2p.test",
        "X-Mailer: iPhone Mail (22B91)",
    ]
    emit("h-iphone-mx-div-soup-pesos.eml", message(hdrs, qp(html)), sub(
        frm, "iPhone Mail (iOS 18), HTML only, Spanish (Mexico)",
        "HTML-only <div dir=ltr> soup. '$1,200,000 MXN': in Mexico '$' is the peso and the ISO code after the "
        "amount says so; 'cadena de supermercados' is Retail; '120 tiendas' is no money; 'antes del 15 de "
        "enero' has no year (next January).",
        title=subject, comps=["Cloud Platform"], regions=["Mexico"], industry="Retail",
        budget=(1200000, "MXN"), respond_by="2027-01-15"))


def h05_yahoo_pt():
    when = dt("Thu, 19 Nov 2026 11:03:20 +0000")
    frm = "joana.ferreira@tejosistemas.example"
    subject = "Parceiro Power BI / Fabric para hospital em Lisboa"
    text = """Boa tarde,

Estamos à procura de um parceiro com competências em Power BI e Microsoft Fabric para um projeto num hospital privado em Lisboa (cerca de 300 utilizadores).

Orçamento: 35 000 €
Prazo para resposta: até 11 de dezembro

Obrigada,
Joana Ferreira
Tejo Sistemas, Lda
"""
    html = ('<html><head></head><body><div class="ydp4a1b2c3dyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            + lines_html(text) + '</div></body></html>')
    b = "----=_Part_" + str(1000000 + int(rhex(5), 16)) + "_" + str(int(rhex(7), 16)) + ".1795000000000"
    hdrs = trace(frm, "sonic310-21.consmr.mail.ir2.yahoo.com", "77.238.176.98", when, sel="s2048") + [
        f"Date: {rfc(when)}",
        "From: Joana Ferreira <joana.ferreira@tejosistemas.example>",
        "To: \"opportunities@rcp2p.test\" <opportunities@rcp2p.test>",
        f"Message-ID: <{int(rhex(9), 16)}.{int(rhex(7), 16)}@mail.yahoo.com>",
        "Subject: " + ew(subject, enc="Q"),
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
        "References: <" + str(int(rhex(9), 16)) + ".1.1795000000000.ref@mail.yahoo.com>",
        "X-Mailer: WebService/1.1.22876 YMailNorrin",
    ]
    body = multipart(b, [part("text/plain; charset=UTF-8", qp(text), "quoted-printable"),
                         part("text/html; charset=UTF-8", qp(html), "quoted-printable")])
    emit("h-yahoo-pt-pt-orcamento.eml", message(hdrs, body), sub(
        frm, "Yahoo Mail (web), Portuguese (Portugal)",
        "European Portuguese: 'Orçamento: 35 000 €' (space-grouped thousands, euro sign after), 'Prazo para "
        "resposta: até 11 de dezembro', 'hospital' is Healthcare, Lisboa is Europe.",
        title=subject, comps=["Data Analytics", "Data Platform"], regions=["Europe"], industry="Healthcare",
        budget=(35000, "EUR"), respond_by="2026-12-11"))


def h06_fastmail_da():
    when = dt("Thu, 19 Nov 2026 08:30:00 +0100")
    frm = "mette.jensen@havnit.example"
    subject = "Partner søges: Teams Phone og Teams Rooms til dansk kommune"
    text = """Hej alle,

Vi søger en partner til at levere Teams Phone med Operator Connect og Teams Rooms til en dansk kommune (ca. 1.800 medarbejdere, 40 mødelokaler).

Kompetencer: Teams Phone, Teams Rooms
Område: Danmark (Aarhus)
Branche: offentlig sektor
Budget: 450.000 DKK
Svarfrist: 4. december 2026

Med venlig hilsen
Mette Jensen
Havn IT ApS
"""
    b = rhex(32)
    html = f'<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing{{margin:0}}</style></head><body>{lines_html(text)}</body></html>'
    hdrs = trace(frm, "fout-a5-smtp.messagingengine.com", "103.168.172.148", when, sel="fm1") + [
        "Received: from phl-imap-08 ([10.202.2.98])\n  by phl-compute-01.internal (MEProxy); " + rfc(when),
        "X-ME-Sender: <xms:" + rnd(ALNUM, 40) + ">",
        "X-ME-Proxy-Cause: gggruggvucftvghtrhhoucdtuddrgeefuddrvdegfedgudeiucetufdoteggodetrfdotffvucfrrh",
        "X-ME-Proxy: <xmx:" + rnd(ALNUM, 40) + ">",
        "Feedback-ID: i" + rhex(8) + ":Fastmail",
        "MIME-Version: 1.0",
        "User-Agent: Cyrus-JMAP/3.11.0-alpha0-1208-g" + rhex(8),
        f"Date: {rfc(when)}",
        f"From: \"Mette Jensen\" <{frm}>",
        "To: opportunities@rcp2p.test",
        f"Message-Id: <{ruuid()}@app.fastmail.com>",
        "Subject: " + ew(subject, enc="Q"),
        f'Content-Type: multipart/alternative; boundary={b}',
    ]
    body = multipart(b, [part("text/plain; charset=utf-8", qp(text), "quoted-printable"),
                         part("text/html; charset=utf-8", qp(html), "quoted-printable")])
    emit("h-fastmail-da-kommune.eml", message(hdrs, body), sub(
        frm, "Fastmail (web), Danish",
        "Danish keys ('Kompetencer', 'Område', 'Svarfrist'), 'offentlig sektor' and 'kommune' for Public "
        "Sector, '450.000 DKK', '4. december 2026'; '1.800 medarbejdere' is no money.",
        title=subject, comps=["Communications"], regions=["Nordics"], industry="Public Sector",
        budget=(450000, "DKK"), respond_by="2026-12-04"))


def h07_proton_fi():
    when = dt("Fri, 20 Nov 2026 13:15:44 +0200")
    frm = "aino.virtanen@revontuli.example"
    subject = "Kumppani haussa: SharePoint-intranet Tampereen kaupungille"
    text = """Hei,

Etsimme kumppania Tampereen kaupungin intranet-uudistukseen (noin 4 000 käyttäjää).

Osaamisalueet: SharePoint Online, Microsoft Teams
Alue: Suomi (Tampere)
Toimiala: julkinen sektori
Budjetti: 60 000 €
Vastaus viimeistään: 15.1.2027

Ystävällisin terveisin
Aino Virtanen
Revontuli Solutions Oy
"""
    inner_b = "------------" + rnd(ALNUM, 24)
    outer_b = "------" + rnd(ALNUM, 32)
    inner = ("Content-Type: multipart/mixed;boundary=" + inner_b + "\n\n"
             + multipart(inner_b, [part("text/plain;charset=utf-8", qp(text), "quoted-printable")]))
    sig = ("-----BEGIN PGP SIGNATURE-----\nVersion: ProtonMail\n\nwsBzBAEBCAAnBYJn" + rnd(ALNUM, 60) + "\n"
           + rnd(ALNUM, 64) + "\n" + rnd(ALNUM, 64) + "\n=" + rnd(ALNUM, 4) + "\n-----END PGP SIGNATURE-----\n")
    body = multipart(outer_b, [inner, part('application/pgp-signature; name="signature.asc"', sig, "7bit",
                                           extra=('Content-Description: OpenPGP digital signature',
                                                  'Content-Disposition: attachment; filename="signature.asc"'))],
                     preamble="This is an OpenPGP/MIME signed message (RFC 4880 and 3156)")
    hdrs = trace(frm, "mail-4316.protonmail.ch", "185.70.43.16", when, sel="protonmail3") + [
        f"Date: {rfc(when)}",
        "To: opportunities@rcp2p.test",
        f"From: Aino Virtanen <{frm}>",
        "Subject: " + ew(subject, enc="Q"),
        f"Message-ID: <{rnd(ALNUM, 43)}=@revontuli.example>",
        "Feedback-ID: " + rnd(ALNUM, 30) + "==:Ext:ProtonMail",
        "X-Pm-Message-ID: " + rhex(40),
        "X-Pm-Origin: internal",
        "X-Pm-Content-Encryption: end-to-end",
        "X-Pm-Spamscore: 0",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/signed; protocol="application/pgp-signature"; micalg=pgp-sha256; boundary="{outer_b}"',
    ]
    emit("h-protonmail-fi-pgp-signed.eml", message(hdrs, body), sub(
        frm, "Proton Mail (web), PGP/MIME signed, Finnish",
        "multipart/signed around multipart/mixed; Finnish keys ('Osaamisalueet', 'Alue', 'Toimiala', "
        "'Budjetti', 'Vastaus viimeistään'), 'Suomi' for Nordics, 'julkinen sektori', '15.1.2027' with a "
        "one-digit month.",
        title=subject, comps=["Collaboration and Content"], regions=["Nordics"], industry="Public Sector",
        budget=(60000, "EUR"), respond_by="2027-01-15"))


def h08_foxmail_zh_gbk():
    when = dt("Mon, 23 Nov 2026 10:20:00 +0800")
    frm = "wang.fang@longmencloud.example"
    subject = "寻找合作伙伴：上海制造企业 Dynamics 365 Business Central 实施"
    text = """各位合作伙伴好，

我们的客户是上海一家汽车零部件制造企业（约800名员工），计划实施 Dynamics 365 Business Central，并用 Power BI 做经营分析报表。我们需要一家有 Business Central 实施经验的合作伙伴。

所需技能：Dynamics 365 Business Central、Power BI
地区：中国上海
行业：制造业
预算：人民币 50 万元
截止日期：2026年12月18日

谢谢！
王芳
龙门云
"""
    html = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=GBK\"></head><body>" + lines_html(text) + "</body></html>"
    b = "----=_001_NextPart" + str(int(rhex(9), 16)) + "_=----"
    hdrs = trace(frm, "out162-62-57-210.mail.qq.com", "162.62.57.210", when, sel="s201512") + [
        f"Date: {rfc(when)}",
        "From: \"" + ew("王芳", "GBK", "gbk") + "\" <wang.fang@longmencloud.example>",
        "To: opportunities <opportunities@rcp2p.test>",
        "Subject: " + ew(subject, "GBK", "gbk"),
        "X-Priority: 3",
        "X-GUID: " + ruuid(upper=True),
        "X-Has-Attach: no",
        "X-Mailer: Foxmail 7.2.25.228[cn]",
        "Mime-Version: 1.0",
        f"Message-ID: <{rhex(16)}{int(rhex(6), 16)}@longmencloud.example>",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="GBK"', b64(text.encode("gbk")), "base64"),
                         part('text/html; charset="GBK"', b64(html.encode("gbk")), "base64")],
                     preamble="This is a multi-part message in MIME format.")
    emit("h-foxmail-zh-cn-gbk.eml", message(hdrs, body), sub(
        frm, "Foxmail 7.2 (Windows), Simplified Chinese in GBK, base64",
        "GBK text and RFC 2047 GBK subject; Chinese keys with full-width colons ('所需技能', '地区', '行业', "
        "'预算', '截止日期'); values joined by the ideographic comma '、'; '中国上海' is APAC; '制造业' is "
        "Manufacturing; '人民币 50 万元' is CNY 500,000; '约800名员工' is no money.",
        title=subject, comps=["Enterprise Resource Planning", "Data Analytics"], regions=["APAC"],
        industry="Manufacturing", budget=(500000, "CNY"), respond_by="2026-12-18"))


def h09_outlook_ko_euckr():
    when = dt("Mon, 23 Nov 2026 15:02:11 +0900")
    frm = "jiwoo.kim@hangangcloud.example"
    subject = "파트너 모집: 서울 소재 은행 Microsoft Sentinel 구축"
    text = """안녕하세요,

서울에 본사를 둔 은행 고객을 위해 Microsoft Sentinel 및 Microsoft Defender 구축 경험이 있는 파트너를 찾고 있습니다.

필요 역량: Microsoft Sentinel, Microsoft Defender for Endpoint
지역: 대한민국 서울
업종: 금융 (은행)
예산: 1억 원
회신 기한: 2026년 12월 10일

감사합니다.
김지우 드림
한강클라우드
"""
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ks_c_5601-1987\"></head><body lang=\"KO\">" + lines_html(text, "p") + "</body></html>"
    b = "_000_" + rhex(8).upper() + "SL2P216MB" + rhex(4).upper() + "KORP_"
    hdrs = trace(frm, "mail-sl2kor01on2101.outbound.protection.outlook.com", "40.107.255.101", when, sel="selector1") + [
        "From: " + ew("김지우", "ks_c_5601-1987", "euc-kr") + " <jiwoo.kim@hangangcloud.example>",
        "To: \"opportunities@rcp2p.test\" <opportunities@rcp2p.test>",
        "Subject: " + ew(subject, "ks_c_5601-1987", "euc-kr"),
        "Thread-Topic: " + ew(subject, "ks_c_5601-1987", "euc-kr"),
        f"Date: {rfc(when)}",
        f"Message-ID: <SL2P216MB{rhex(4).upper()}{rnd(ALNUM, 10)}@SL2P216MB{rhex(4).upper()}.KORP216.PROD.OUTLOOK.COM>",
        "Accept-Language: ko-KR, en-US",
        "Content-Language: ko-KR",
        "X-MS-Has-Attach:",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="ks_c_5601-1987"', b64(text.encode("euc-kr")), "base64"),
                         part('text/html; charset="ks_c_5601-1987"', b64(html.encode("euc-kr")), "base64")])
    emit("h-outlook-ko-ks-c-5601.eml", message(hdrs, body), sub(
        frm, "Outlook 16 (Windows, Korean) via Exchange Online, ks_c_5601-1987 (EUC-KR)",
        "Korean Outlook labels its charset ks_c_5601-1987. Korean keys ('필요 역량', '지역', '업종', '예산', "
        "'회신 기한'); '대한민국 서울' is APAC; '금융 (은행)' is Financial Services; '1억 원' is KRW "
        "100,000,000; '2026년 12월 10일' is a Korean date.",
        title=subject, comps=["Security"], regions=["APAC"], industry="Financial Services",
        budget=(100000000, "KRW"), respond_by="2026-12-10"), crlf=True)


def h10_gmail_he_rtl():
    when = dt("Tue, 24 Nov 2026 09:10:00 +0200")
    frm = "noa.levi@negevcloud.example"
    subject = "דרוש שותף: Intune ו-Autopilot לרשת בתי חולים"
    rlm = "\u200f"
    text = f"""שלום לכולם,

אנחנו מחפשים שותף עם ניסיון ב-Microsoft Intune וב-Windows Autopilot עבור רשת בתי חולים בצפון הארץ (כ-3,000 מכשירים).

כישורים נדרשים: Microsoft Intune, Windows Autopilot
תחום: בריאות
תקציב: {rlm}150,000 ₪
מועד אחרון לתגובה: 15/12/2026

תודה,
נועה לוי
Negev Cloud Ltd
"""
    html = ('<div dir="rtl">' + "".join(f'<div dir="rtl">{esc(l) if l else "<br>"}</div>' for l in text.split("\n"))
            + "</div>")
    b = "000000000000" + rhex(16)
    hdrs = trace(frm, "mail-wm1-f41.google.com", "209.85.128.41", when, sel="google") + [
        "MIME-Version: 1.0",
        "From: " + ew("נועה לוי") + " <noa.levi@negevcloud.example>",
        f"Date: {rfc(when)}",
        f"Message-ID: <CA+{rnd(ALNUM, 40)}@mail.gmail.com>",
        "Subject: " + ew(subject),
        "To: opportunities@rcp2p.test",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="UTF-8"', b64(text), "base64"),
                         part('text/html; charset="UTF-8"', b64(html), "base64")])
    emit("h-gmail-he-rtl-shekel.eml", message(hdrs, body), sub(
        frm, "Gmail (web), Hebrew, right-to-left",
        "Hebrew with English product names glued to prefixes ('ב-Microsoft Intune', 'וב-Windows Autopilot'); "
        "Hebrew keys ('כישורים נדרשים', 'תחום', 'תקציב', 'מועד אחרון לתגובה'); 'בריאות' (health) is Healthcare; "
        "a right-to-left mark before '150,000 ₪' (ILS). Israel has no region node, so regions are not asserted.",
        title=subject, comps=["Enterprise Mobility Management"], industry="Healthcare",
        budget=(150000, "ILS"), respond_by="2026-12-15"))


def h11_gmail_hinglish():
    when = dt("Thu, 19 Nov 2026 18:45:10 +0530")
    frm = "Deepa.Menon@indigoinfotech.example"
    subject = "Azure DevOps partner chahiye – Pune insurance client"
    text = """Hi team,

हमें एक partner चाहिए जो Azure DevOps और GitHub Actions में expert हो। Client Pune की एक insurance company है, उनकी CI/CD pipelines को modernise करना है।

Budget लगभग ₹25 lakh है।
कृपया 5th Dec तक reply करें।

धन्यवाद,
Deepa Menon
Indigo Infotech Pvt Ltd | Bengaluru
"""
    html = '<div dir="ltr">' + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in text.split("\n")) + "</div>"
    b = "000000000000" + rhex(16)
    hdrs = trace(frm.lower(), "mail-pl1-f170.google.com", "209.85.214.170", when, sel="google") + [
        "MIME-Version: 1.0",
        "From: Deepa Menon <Deepa.Menon@indigoinfotech.example>",
        f"Date: {rfc(when)}",
        f"Message-ID: <CAK{rnd(ALNUM, 40)}@mail.gmail.com>",
        "Subject: " + ew(subject),
        "To: opportunities@rcp2p.test",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="UTF-8"', qp(text), "quoted-printable"),
                         part('text/html; charset="UTF-8"', qp(html), "quoted-printable")])
    emit("h-gmail-hinglish-lakh.eml", message(hdrs, body), sub(
        frm, "Gmail (web), Hindi and English mixed (Devanagari)",
        "Hindi sentences with English terms; '₹25 lakh' is INR 2,500,000; the deadline '5th Dec तक' puts the "
        "date BEFORE the Hindi 'until' (postposition); 'धन्यवाद' (thanks) closes.",
        title=subject, comps=["DevOps"], regions=["India"], industry="Financial Services",
        budget=(2500000, "INR"), respond_by="2026-12-05"))


def h12_hubspot_one_to_one():
    when = dt("Fri, 20 Nov 2026 07:55:02 -0800")
    frm = "mike.chen@fabrikam.example"
    subject = "Dynamics 365 Sales partner for a Phoenix credit union"
    text = """Hi RCP2P community,

One of our credit union clients in Phoenix wants to move off Salesforce to Dynamics 365 Sales. We handle the Azure side and the data migration; we need a CRM partner for the Dynamics 365 Sales build.

Skills
Dynamics 365 Sales, Customer Insights

Location
Phoenix, AZ (hybrid)

Budget
$80k

Respond by
Jan 15th

Thanks,
Mike Chen
Fabrikam Cloud Services | Azure · DevOps · App Dev
"""
    trk = "https://d2v8tf04.na1.hubspotlinks.com/Ctc/" + rnd(ALNUM, 6) + "/"
    html = ("<html><head></head><body><div style=\"font-family: Arial; font-size: 14px\">"
            "<p>Hi RCP2P community,</p>"
            "<p>One of our credit union clients in Phoenix wants to move off Salesforce to Dynamics 365 Sales. "
            "We handle the Azure side and the data migration; we need a CRM partner for the Dynamics 365 Sales build.</p>"
            "<p><strong>Skills</strong><br>Dynamics 365 Sales, Customer Insights</p>"
            "<p><strong>Location</strong><br>Phoenix, AZ (hybrid)</p>"
            "<p><strong>Budget</strong><br>$80k</p>"
            "<p><strong>Respond by</strong><br>Jan 15th</p>"
            f"<p>Thanks,<br>Mike Chen<br><a href=\"{trk}{rnd(ALNUM, 30)}\">Fabrikam Cloud Services</a> | Azure · DevOps · App Dev</p>"
            f"<img src=\"https://t.hubspotemail.net/e1t/o/{rnd(ALNUM, 40)}\" width=\"1\" height=\"1\" border=\"0\" alt=\"\" style=\"display:none!important;min-height:1px!important;width:1px!important;border-width:0!important\">"
            "</div></body></html>")
    b = "----=_Part_" + str(int(rhex(6), 16)) + "_" + str(int(rhex(8), 16)) + ".1795686902"
    env_from = "1axbtefgpnvdmdvgfndjpq2f3dzzbi1nl5qjbe-mike.chen=fabrikam.example@bf03x.hubspotemail.net"
    hdrs = mx_top(env_from, "bid4b3.hubspotemail.net", "143.244.80.23", when,
                  ar=ar_pass(frm, "143.244.80.23", dkim_d="fabrikam.example", sel="hs1", mailfrom=env_from)) + [
        dkim("fabrikam.example", "hs1", "From:To:Subject:Date:Message-ID:MIME-Version", when),
        dkim("hubspotemail.net", "hs2", "From:To:Subject:Date", when),
        f"Date: {rfc(when)}",
        "From: Mike Chen <mike.chen@fabrikam.example>",
        "Reply-To: mike.chen@fabrikam.example",
        "To: opportunities@rcp2p.test",
        f"Message-ID: <{int(rhex(10), 16)}.{int(rhex(8), 16)}@fabrikam.example>",
        "Subject: " + subject,
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
        "X-HS-Cid: " + rnd(ALNUM, 40),
        "X-Report-Abuse-To: abuse@hubspot.com",
        "X-HubSpot-Sales-Email: one-to-one",
        "Feedback-ID: " + rnd(ALNUM, 12) + ":sales:hubspot",
    ]
    body = multipart(b, [part("text/plain; charset=UTF-8", qp(text), "quoted-printable"),
                         part("text/html; charset=UTF-8", qp(html), "quoted-printable")])
    emit("h-hubspot-sales-bold-labels.eml", message(hdrs, body), sub(
        frm, "HubSpot Sales one-to-one email (tracked), sent through HubSpot's servers",
        "A person's one-to-one mail sent with HubSpot: tracking pixel and rewritten links, Return-Path at "
        "hubspotemail.net, but no List-* or Precedence header: a submission, not bulk. Labels stand alone in "
        "bold on their own line with the value on the next ('Budget' / '$80k'), no colon. 'Jan 15th' has no "
        "year. Salesforce, Azure and data migration in the prose are context, not the skills asked for.",
        title=subject, comps=["Cloud Customer Relationship Management"], regions=["US-West"],
        industry="Financial Services", budget=(80000, "USD"), respond_by="2027-01-15"))


def h13_brevo_newsletter():
    when = dt("Fri, 20 Nov 2026 16:00:00 +0000")
    frm = "bids@northwind.example"
    subject = "Northwind Security Briefing – November: Sentinel, Intune & Copilot for Security"
    text = """Northwind Security Briefing – November 2026

This month: what's new in Microsoft Sentinel, Intune Suite licensing changes, and a 30-minute demo of Copilot for Security.

Webinar: Thursday 10 December, 10:00 GMT – register at https://northwind.example/webinar

Budget planning for 2027? Our Security Assessment starts at GBP 12,000.

You are receiving this email because you subscribed to Northwind updates.
Unsubscribe: https://r.sender-brevo.example/unsubscribe/""" + rnd(ALNUM, 20) + "\n"
    html = "<html><body>" + lines_html(text, "p") + f'<img width="1" height="1" src="https://r.sender-brevo.example/tr/op/{rnd(ALNUM, 30)}"></body></html>'
    b = rnd(ALNUM, 30)
    env_from = "bounces-" + rnd(ALNUM, 8) + "@sender-brevo.example"
    hdrs = mx_top(env_from, "s3.sender-brevo.example", "185.41.28.33", when,
                  ar=ar_pass(frm, "185.41.28.33", dkim_d="northwind.example", sel="brevo1", mailfrom=env_from)) + [
        dkim("northwind.example", "brevo1", "From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post", when),
        f"Date: {rfc(when)}",
        "From: Northwind Traders <bids@northwind.example>",
        "To: opportunities@rcp2p.test",
        f"Message-Id: <{ruuid()}@smtp-relay.sendinblue.com>",
        "Subject: " + ew(subject, enc="Q"),
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
        "X-Mailer: Sendinblue",
        "X-sib-id: " + rnd(ALNUM, 60),
        "Feedback-ID: 185.41.28.33:4711_-1:4711:Sendinblue",
        "List-Unsubscribe: <https://r.sender-brevo.example/unsubscribe/" + rnd(ALNUM, 20) + ">, <mailto:unsubscribe@sender-brevo.example?subject=unsubscribe>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Origin-messageId: <" + rhex(24) + "@smtp-relay.sendinblue.com>",
    ]
    body = multipart(b, [part("text/plain; charset=utf-8", qp(text), "quoted-printable"),
                         part("text/html; charset=utf-8", qp(html), "quoted-printable")])
    emit("h-brevo-newsletter-from-partner.eml", message(hdrs, body), other(
        "bulk", frm, "Brevo (Sendinblue) campaign sent as a registered partner address",
        "A marketing newsletter from a registered contact address: it names Sentinel, Intune, Copilot and "
        "an amount, but List-Unsubscribe and the campaign headers make it bulk; never a submission."))


def h14_superhuman_inline():
    when = dt("Mon, 23 Nov 2026 08:14:09 +0100")
    frm = "marc.lefevre@lumiere-conseil.example"
    subject = "Re: We could not read your opportunity: Projet CRM – réseau de magasins"
    text = """Bonjour, voici les précisions, en ligne ci-dessous.

On Fri, Nov 20, 2026 at 5:02 PM, RCP2P Inbox <opportunities@rcp2p.test> wrote:

> Hello,
>
> We received your mail but found no competency in it, so we could not turn it into an opportunity for other partners.
>
> Please send it again and name the skills you need, one field per line, as in the example below.
>
> Competencies: Data Analytics, Security

Compétences : Dynamics 365 Sales, Dynamics 365 Customer Insights

> Region: Germany

Région : Belgique (Bruxelles) et Luxembourg

> Industry: Healthcare

Secteur : grande distribution

> Budget: EUR 40,000

Budget : 55 000 € HT

> Respond by: 2027-01-15

Réponse souhaitée avant le 8 décembre.

> RCP2P Inbox

Marc
"""
    html = ("<html><head></head><body><div>Bonjour, voici les précisions, en ligne ci-dessous.</div><br>"
            '<div class="gmail_quote">On Fri, Nov 20, 2026 at 5:02 PM, RCP2P Inbox &lt;opportunities@rcp2p.test&gt; wrote:<br>'
            "<blockquote>Hello,<br><br>We received your mail but found no competency in it, so we could not turn it into an opportunity for other partners.<br><br>"
            "Please send it again and name the skills you need, one field per line, as in the example below.<br><br>Competencies: Data Analytics, Security</blockquote>"
            "<div>Compétences : Dynamics 365 Sales, Dynamics 365 Customer Insights</div>"
            "<blockquote>Region: Germany</blockquote><div>Région : Belgique (Bruxelles) et Luxembourg</div>"
            "<blockquote>Industry: Healthcare</blockquote><div>Secteur : grande distribution</div>"
            "<blockquote>Budget: EUR 40,000</blockquote><div>Budget : 55 000 € HT</div>"
            "<blockquote>Respond by: 2027-01-15</blockquote><div>Réponse souhaitée avant le 8 décembre.</div>"
            "<blockquote>RCP2P Inbox</blockquote><div>Marc</div></div></body></html>")
    b = rhex(28)
    notice = f"<{rhex(16)}.{rhex(8)}@rcp2p.test>"
    hdrs = trace(frm, "mail-ed1-f47.google.com", "209.85.208.47", when, sel="google") + [
        "MIME-Version: 1.0",
        f"Date: {rfc(when)}",
        f"Message-ID: <{ruuid()}@we.are.superhuman.com>",
        f"In-Reply-To: {notice}",
        f"References: {notice}",
        "From: \"Marc Lefèvre\" <marc.lefevre@lumiere-conseil.example>".replace("Marc Lefèvre", ew("Marc Lefèvre")),
        "To: RCP2P Inbox <opportunities@rcp2p.test>",
        "Subject: " + ew(subject),
        "X-Mailer: Superhuman Desktop (2026-11-20T18:02:11Z)",
        "X-Superhuman-ID: " + rnd(ALNUM, 8).lower(),
        "X-Superhuman-Draft-ID: draft" + rhex(16),
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="UTF-8"', qp(text), "quoted-printable"),
                         part('text/html; charset="UTF-8"', qp(html), "quoted-printable")])
    emit("h-superhuman-inline-answers-to-notice.eml", message(hdrs, body), sub(
        frm, "Superhuman (desktop), French, inline reply",
        "The partner answers our 'could not read' notice inline: each quoted example field ('> Region: "
        "Germany') is followed by the real value in French ('Région : Belgique … et Luxembourg'). Only the "
        "new inline lines count; the quoted examples (Data Analytics, Security, Germany, Healthcare, EUR "
        "40,000, 2027-01-15) must not. The title is the original subject, without our notice's words.",
        title="Projet CRM – réseau de magasins", comps=["Cloud Customer Relationship Management"],
        regions=["Benelux"], industry="Retail", budget=(55000, "EUR"), respond_by="2026-12-08"))


def h15_notes_table():
    when = dt("Fri, 20 Nov 2026 15:47:00 +0100")
    frm = "m.brunner@alpenblick.example"
    subject = "Partner gesucht: Server-Erneuerung Hyper-V / Azure Stack HCI für Versicherung in Zürich"
    text = """Grüezi miteinander

Für eine Versicherung in Zürich suchen wir einen Partner für die Erneuerung der Server-Infrastruktur (zwei Rechenzentren, ca. 180 VMs).

Kompetenzen
Windows Server, Hyper-V, Azure Stack HCI
Standort
Zürich
Branche
Versicherung
Budget
CHF 90'000.-
Antwort bis
15.01.27

Freundliche Grüsse

Martin Brunner
Alpenblick Informatik AG
"""
    rows = [("Kompetenzen", "Windows Server, Hyper-V, Azure Stack HCI"), ("Standort", "Zürich"),
            ("Branche", "Versicherung"), ("Budget", "CHF 90'000.-"), ("Antwort bis", "15.01.27")]
    table = ('<table width="100%" border="1" cellspacing="2" cellpadding="0">'
             + "".join(f'<tr valign="top"><td width="30%"><font size="2" face="sans-serif"><b>{esc(k)}</b></font></td>'
                       f'<td width="70%"><font size="2" face="sans-serif">{esc(v)}</font></td></tr>' for k, v in rows)
             + "</table>")
    html = ('<html><body><p><font size="2" face="sans-serif">Grüezi miteinander</font><br><br>'
            '<font size="2" face="sans-serif">Für eine Versicherung in Zürich suchen wir einen Partner für die Erneuerung der Server-Infrastruktur (zwei Rechenzentren, ca. 180 VMs).</font><br><br>'
            + table + '<br><font size="2" face="sans-serif">Freundliche Grüsse<br><br>Martin Brunner<br>Alpenblick Informatik AG</font></body></html>')
    b = "0__=" + rhex(40).upper()
    hdrs = trace(frm, "mx1.alpenblick.example", "198.51.100.77", when, sel="notes") + [
        "MIME-Version: 1.0",
        "To: opportunities@rcp2p.test",
        "X-KeepSent: " + rhex(8).upper() + ":" + rhex(8).upper() + "-C1258A6B:004F" + rhex(4).upper() + ";\n type=4; name=$KeepSent",
        "X-Mailer: Lotus Notes Release 9.0.1FP10 SHF68 June 20, 2018",
        f"Message-ID: <OF{rhex(8).upper()}.{rhex(8).upper()}-ONC1258A6B.004F{rhex(4).upper()}-C1258A6B.{rhex(8).upper()}@alpenblick.example>",
        "From: Martin Brunner <m.brunner@alpenblick.example>",
        "Subject: " + ew(subject, "ISO-8859-1", "latin-1", enc="Q"),
        f"Date: {rfc(when)}",
        "X-MIMETrack: Serialize by Router on ABKMAIL01/Alpenblick(Release 9.0.1FP10|June 20, 2018) at\n 20.11.2026 15:47:00",
        f'Content-type: multipart/alternative; \n\tBoundary="{b}"',
        "Content-Disposition: inline",
    ]
    body = multipart(b, [part("text/plain; charset=ISO-8859-1", qp(text, "latin-1"), "quoted-printable"),
                         part("text/html; charset=ISO-8859-1", qp(html, "latin-1"), "quoted-printable",
                              extra=("Content-Disposition: inline",))])
    emit("h-lotus-notes-table-labels-on-own-lines.eml", message(hdrs, body), sub(
        frm, "Lotus Notes 9.0.1 (Swiss German), Latin-1",
        "Notes turns the HTML table into a text part with each cell on its own line: the key ('Antwort bis') "
        "on one line, the value ('15.01.27', a two-digit year) on the next. 'CHF 90'000.-' (apostrophe "
        "thousands, Swiss dash).",
        title=subject, comps=["Data Center"], regions=["Europe"], industry="Financial Services",
        budget=(90000, "CHF"), respond_by="2027-01-15"), codec="latin-1")


def h16_calendar_invite():
    when = dt("Mon, 16 Nov 2026 13:30:00 -0500")
    frm = "sarah.tremblay@mapleleafit.example"
    subject = ("Invitation: Partner briefing: Project Online PMO rollout, Ottawa school board @ Thu Dec 3, 2026 "
               "11am - 12pm (EST) (opportunities@rcp2p.test)")
    eid = rnd(ALNUM, 60)
    text = f"""Partner briefing: Project Online PMO rollout, Ottawa school board
Thursday Dec 3, 2026 ⋅ 11am – 12pm
Eastern Time - Toronto

Join with Google Meet
meet.google.com/pqr-stuv-wxy

Sarah Tremblay has invited you to this event.

An Ontario school board (Ottawa, 40 schools) is standing up a PMO on Project Online and Planner. We are looking for a partner with project portfolio depth to run the configuration; we lead the change management.

Competencies: Project and Portfolio Management
Region: Canada (Ottawa)
Industry: Education
Budget: CAD 60,000
Respond by: December 1, 2026

This briefing is for partners who want to bid.

Guests
Sarah Tremblay - organizer
opportunities@rcp2p.test
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

Reply for opportunities@rcp2p.test
Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1
No https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2
Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3
More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

Invitation from Google Calendar https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""
    html = "<html><body>" + lines_html(text) + "</body></html>"
    desc = ("An Ontario school board (Ottawa\\, 40 schools) is standing up a PMO on Project Online and Planner.\\n\\n"
            "Competencies: Project and Portfolio Management\\nRegion: Canada (Ottawa)\\nIndustry: Education\\n"
            "Budget: CAD 60\\,000\\nRespond by: December 1\\, 2026")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261203T160000Z
DTEND:20261203T170000Z
DTSTAMP:20261116T183000Z
ORGANIZER;CN=Sarah Tremblay:mailto:sarah.tremblay@mapleleafit.example
UID:{rhex(26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=opportunities@rcp2p.test;X-NUM-GUESTS=0:mailto:opportunities@rcp2p.test
X-GOOGLE-CONFERENCE:https://meet.google.com/pqr-stuv-wxy
CREATED:20261116T182955Z
DESCRIPTION:{desc}
LAST-MODIFIED:20261116T183000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Partner briefing: Project Online PMO rollout\\, Ottawa school board
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    alt_b = "000000000000" + rhex(16)
    mix_b = "000000000000" + rhex(16)
    alt = ("Content-Type: multipart/alternative; boundary=\"" + alt_b + "\"\n\n"
           + multipart(alt_b, [part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', b64(text), "base64"),
                               part('text/html; charset="UTF-8"', qp(html), "quoted-printable"),
                               part('text/calendar; charset="UTF-8"; method=REQUEST', ics.replace("\n", "\r\n"), "7bit")]))
    body = multipart(mix_b, [alt, part('application/ics; name="invite.ics"', b64(ics), "base64",
                                       extra=('Content-Disposition: attachment; filename="invite.ics"',))])
    hdrs = trace(frm, "mail-sor-f73.google.com", "209.85.220.73", when, sel="google") + [
        f"Reply-To: Sarah Tremblay <{frm}>",
        "Sender: Google Calendar <calendar-notification@google.com>",
        "Auto-Submitted: no",
        "MIME-Version: 1.0",
        f"Message-ID: <calendar-{ruuid()}@google.com>",
        f"Date: {rfc(when)}",
        "Subject: " + ew(subject),
        f"From: Sarah Tremblay <{frm}>",
        "To: opportunities@rcp2p.test",
        f'Content-Type: multipart/mixed; boundary="{mix_b}"',
    ]
    emit("h-google-calendar-invite-with-opportunity.eml", message(hdrs, body), sub(
        frm, "Google Calendar invitation (text/calendar METHOD:REQUEST) sent by a partner contact",
        "A calendar invite whose description is an opportunity. The event date (3 Dec) is not the respond-by "
        "date; Google's footer says 'Reply', 'respond', 'decline'. 'Auto-Submitted: no' is a person's mail. "
        "Title not asserted (the subject carries the event time).",
        comps=["Project and Portfolio Management"], regions=["Canada"], industry="Education",
        budget=(60000, "CAD"), respond_by="2026-12-01"))


def h17_docx_only():
    when = dt("Tue, 17 Nov 2026 16:40:00 +0100")
    frm = "claire.dubois@lumiere-conseil.example"
    subject = "Nouvelle opportunité – voir document joint"
    text = "\n\nTélécharger Outlook pour Android<https://aka.ms/AAb9ysg>\n"
    docx = b"PK\x03\x04" + bytes(rnd(ALNUM, 600), "ascii")
    b = "_004_" + rhex(8).upper() + "PR3P191MB" + rhex(4).upper() + "EURP_"
    alt_b = "_000_" + rhex(8).upper() + "PR3P191MB" + rhex(4).upper() + "EURP_"
    alt = ('Content-Type: multipart/alternative;\n\tboundary="' + alt_b + '"\n\n'
           + multipart(alt_b, [part('text/plain; charset="utf-8"', b64(text), "base64"),
                               part('text/html; charset="utf-8"', b64('<html><head></head><body><div dir="auto"><br></div><div dir="auto">Télécharger <a href="https://aka.ms/AAb9ysg">Outlook pour Android</a></div></body></html>'), "base64")]))
    att = part('application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n\tname="' + ew("Brief opportunité Lumière.docx") + '"',
               b64(docx), "base64", extra=('Content-Description: ' + ew("Brief opportunité Lumière.docx"),
                                           'Content-Disposition: attachment;\n\tfilename*=' + "utf-8''Brief%20opportunit%C3%A9%20Lumi%C3%A8re.docx" + ';\n\tsize=1204'))
    hdrs = trace(frm, "mail-am7eur03on2119.outbound.protection.outlook.com", "40.107.105.119", when, sel="selector1") + [
        "From: Claire Dubois <claire.dubois@lumiere-conseil.example>",
        "To: \"opportunities@rcp2p.test\" <opportunities@rcp2p.test>",
        "Subject: " + ew(subject, enc="Q"),
        f"Date: {rfc(when)}",
        f"Message-ID: <PR3P191MB{rhex(4).upper()}{rnd(ALNUM, 10)}@PR3P191MB{rhex(4).upper()}.EURP191.PROD.OUTLOOK.COM>",
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach: yes",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed;\n\tboundary="{b}"',
    ]
    emit("h-outlook-android-docx-only.eml", message(hdrs, multipart(b, [alt, att])), other(
        "not_understood", frm, "Outlook for Android, French, only a .docx attachment",
        "The opportunity is only in a Word attachment, which is not read; the body is Outlook's footer. "
        "The subject names no competency: not understood, and the sender is told how to write one."), crlf=True)


def h18_forward_three_levels():
    when = dt("Tue, 24 Nov 2026 08:05:00 +0100")
    frm = "anna.schmidt@contoso.example"
    subject = "Fwd: WG: Anfrage Datenplattform – Hafen Rotterdam"
    text = """Bitte so veröffentlichen – die Details stehen in Jonas' Mail unten.

Anna

---------- Weitergeleitete Nachricht ---------
Von: Jonas Weber <Jonas.Weber@contoso.example>
Date: Mo., 23. Nov. 2026 um 17:12 Uhr
Subject: WG: Anfrage Datenplattform – Hafen Rotterdam
To: Anna Schmidt <anna.schmidt@contoso.example>


Hallo Anna,

anbei die Anfrage des Kunden. Für die Community zusammengefasst:

Kompetenzen: Azure Synapse, Power BI
Region: Benelux (Rotterdam)
Branche: Energie
Budget: 45.000 EUR
Frist: 18.12.2026

Viele Grüße
Jonas

Von: Pieter Bakker <p.bakker@havenenergie.example>
Gesendet: Montag, 23. November 2026 14:02
An: Jonas Weber <Jonas.Weber@contoso.example>
Betreff: Anfrage Datenplattform

Dear Jonas,

We operate the power grid around the port and want a lakehouse on Microsoft Fabric with Power BI on top. We also run SAP and Intune, which stay as they are. Go-live deadline: 30 June 2027. Budget is still open.

Kind regards,
Pieter Bakker
Haven Energie B.V.
"""
    html = '<div dir="ltr">' + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in text.split("\n")) + "</div>"
    b = "000000000000" + rhex(16)
    hdrs = trace(frm, "mail-wr1-f50.google.com", "209.85.221.50", when, sel="google") + [
        "MIME-Version: 1.0",
        f"References: <AM9PR03MB{rhex(4).upper()}@AM9PR03MB{rhex(4).upper()}.eurprd03.prod.outlook.com>",
        f"In-Reply-To: <AM9PR03MB{rhex(4).upper()}@AM9PR03MB{rhex(4).upper()}.eurprd03.prod.outlook.com>",
        "From: Anna Schmidt <anna.schmidt@contoso.example>",
        f"Date: {rfc(when)}",
        f"Message-ID: <CAF{rnd(ALNUM, 40)}@mail.gmail.com>",
        "Subject: " + ew(subject),
        "To: opportunities@rcp2p.test",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="UTF-8"', qp(text), "quoted-printable"),
                         part('text/html; charset="UTF-8"', qp(html), "quoted-printable")])
    emit("h-gmail-fwd-three-levels-middle-is-submission.eml", message(hdrs, body), sub(
        frm, "Gmail (German UI) forwarding an Outlook forward of a customer mail",
        "Three levels: Anna's one-line Fwd, Jonas' WG with the summary as Key: Value lines (the real "
        "submission), and the customer's original with its own 'Go-live deadline: 30 June 2027' and SAP / "
        "Intune context. The middle level decides every field.",
        title="Anfrage Datenplattform – Hafen Rotterdam", comps=["Data Platform", "Data Analytics"],
        regions=["Benelux"], industry="Energy", budget=(45000, "EUR"), respond_by="2026-12-18"))


def h19_see_below():
    when = dt("Wed, 18 Nov 2026 12:31:00 +0000")
    frm = "j.okafor@northwind.example"
    subject = "Opportunity for the community - see below"
    text = """Hi RCP2P team,

Please see below - could you share this with the partners? We can't take it on ourselves this quarter.

Thanks,
Joe

Joe Okafor | Bid Manager
Northwind Traders Ltd | Security · Intune · Microsoft 365
+44 20 7946 0000

From: Helen Price <h.price@mancunian-uni.example>
Sent: 17 November 2026 16:48
To: Joe Okafor <j.okafor@northwind.example>
Subject: Purview rollout - partner needed

Hi Joe,

We're a university in Manchester and need help rolling out Microsoft Purview (sensitivity labels, DLP) across 12,000 staff mailboxes. Our budget is £30k-£40k and we'd like proposals by Friday 11 December.

Best,
Helen
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
            + "".join(f'<p class="MsoNormal">{esc(l) if l else "<o:p>&nbsp;</o:p>"}</p>' for l in text.split("\n"))
            + "</div></body></html>")
    b = "_000_" + rhex(8).upper() + "LO2P265MB" + rhex(4).upper() + "GBRP_"
    hdrs = trace(frm, "mail-lo4gbr01on2120.outbound.protection.outlook.com", "40.107.138.120", when, sel="selector1") + [
        "From: Joe Okafor <j.okafor@northwind.example>",
        "To: \"opportunities@rcp2p.test\" <opportunities@rcp2p.test>",
        "Subject: " + subject,
        "Thread-Topic: " + subject,
        f"Date: {rfc(when)}",
        f"Message-ID: <LO2P265MB{rhex(4).upper()}{rnd(ALNUM, 10)}@LO2P265MB{rhex(4).upper()}.GBRP265.PROD.OUTLOOK.COM>",
        "Accept-Language: en-GB, en-US",
        "Content-Language: en-GB",
        "X-MS-Has-Attach:",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative;\n\tboundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="utf-8"', qp(text), "quoted-printable"),
                         part('text/html; charset="utf-8"', qp(html), "quoted-printable")])
    emit("h-outlook-top-posted-see-below.eml", message(hdrs, body), sub(
        frm, "Outlook 16 (Windows), English (UK)",
        "Top-posted 'Please see below' over an Outlook From/Sent/To/Subject block, but the subject was "
        "rewritten and has no FW: prefix. The customer's mail below IS the submission. The forwarder's "
        "signature names Security, Intune and Microsoft 365, which must not leak. '£30k-£40k' is GBP 30,000.",
        comps=["Security"], regions=["UK"], industry="Education", budget=(30000, "GBP"),
        respond_by="2026-12-11"), crlf=True)


def h20_emclient_qp_softbreak():
    when = dt("Thu, 19 Nov 2026 10:10:10 +0100")
    frm = "anna.schmidt@contoso.example"
    subject = "Power BI rollout for a machine builder near Stuttgart"
    # Hand-written QP: the soft line breaks split "Power BI" the way eM Client wraps at 76.
    body_qp = (
        "Hello partners,\n"
        "\n"
        "a mid-sized machine builder near Stuttgart wants a Power=\n"
        "BI rollout (finance and production dashboards) on top of their existing SQL=\n"
        " Server data warehouse.\n"
        "\n"
        "Competencies:=C2=A0Power=\n"
        " BI\n"
        "Region=C2=A0: Germany (Stuttgart)\n"
        "Industry=C2=A0: Manufacturing\n"
        "Budget=C2=A0: 25.000=C2=A0=E2=82=AC\n"
        "Respond by=C2=A0: 11.12.2026\n"
        "\n"
        "Best regards\n"
        "Anna\n"
    )
    hdrs = trace(frm, "mail.contoso.example", "198.51.100.21", when, sel="s2024") + [
        f"From: \"Anna Schmidt\" <{frm}>",
        "Subject: " + subject,
        "To: opportunities@rcp2p.test",
        f"Date: {rfc(when)}",
        f"Message-Id: <em{ruuid()}@desktop-4k2j9>",
        "Reply-To: \"Anna Schmidt\" <anna.schmidt@contoso.example>",
        "User-Agent: eM_Client/10.1.4588.0",
        "Mime-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
    ]
    emit("h-emclient-qp-soft-break-nbsp-keys.eml", message(hdrs, body_qp), sub(
        frm, "eM Client 10 (Windows), quoted-printable with soft line breaks",
        "Quoted-printable soft breaks split 'Power=' / ' BI' and 'Power=' / 'BI'; the keys carry a "
        "no-break space before the colon ('Region\\u00a0:'), the budget a no-break space before '€'. "
        "'mid-sized' and 'SQL Server data warehouse' in the prose are context: the Competencies line decides.",
        title=subject, comps=["Data Analytics"], regions=["Germany"], industry="Manufacturing",
        budget=(25000, "EUR"), respond_by="2026-12-11"), crlf=True)


def h21_missive_zwsp_tbd():
    when = dt("Fri, 20 Nov 2026 11:11:11 -0800")
    frm = "sales@fabrikam.example"
    subject = "Copilot Studio / Azure OpenAI partner – Portland law firm"
    zw = "\u200b"
    text = f"""Hi all,

We're scoping a Copilot rollout for a Portland law firm (about 500 users). They pay $36/user/month for Microsoft 365 E5 today and want agents on top.

“Skills”: Copilot Studio, Azure OpenAI
‘Region’{zw}: US-West (Portland, OR)
“Industry”: Professional Services
“Budget”: TBD
“Respond by”{zw}: December 9, 2026

— Fabrikam bids team
"""
    html = "<html><body>" + lines_html(text) + "</body></html>"
    b = "--==_mimepart_" + rhex(13) + "_" + rhex(4)
    hdrs = trace(frm, "mail-missiveapp.example", "198.51.100.191", when, sel="missive") + [
        f"Date: {rfc(when)}",
        "From: Fabrikam Bids <sales@fabrikam.example>",
        "To: opportunities@rcp2p.test",
        f"Message-ID: <{rnd(ALNUM, 24)}@missiveapp.com>",
        "Subject: " + ew(subject),
        "Mime-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"; charset=UTF-8',
        "Content-Transfer-Encoding: 7bit",
        "X-Mailer: Missive Email Client",
    ]
    body = multipart(b, [part("text/plain; charset=UTF-8", qp(text), "quoted-printable"),
                         part("text/html; charset=UTF-8", qp(html), "quoted-printable")])
    emit("h-missive-smart-quotes-zwsp-budget-tbd.eml", message(hdrs, body), sub(
        frm, "Missive shared inbox, sent as the partner's shared sales@ address",
        "Keys in smart quotes with a zero-width space before the colon. 'Budget: TBD' and the only amount in "
        "the text is a licence price ('$36/user/month'): no budget. '500 users' is no money.",
        title=subject, comps=["AI and Machine Learning"], regions=["US-West"], industry="Professional Services",
        budget=None, respond_by="2026-12-09"))


def h22_spark_third_of_jan():
    when = dt("Sat, 21 Nov 2026 09:00:00 -0600")
    frm = "dwright@tailspin.example"
    subject = "GP to Business Central – food manufacturer in Milwaukee"
    text = """Folks,

We have a 400-employee food manufacturer in Milwaukee, WI moving from Dynamics GP to Business Central. Go-live target is Q1 2027. We need a BC partner for the finance build; we keep the reporting.

Budget: USD 70-90k
Please get back to us by the 3rd of Jan.

Dana
"""
    html = '<html><head></head><body><div dir="auto">' + lines_html(text) + "</div></body></html>"
    b = rhex(8) + "_" + rhex(8) + "_" + rhex(4)
    hdrs = trace(frm, "mx1.tailspin.example", "198.51.100.61", when, sel="s1024") + [
        "MIME-Version: 1.0",
        f"Date: {rfc(when)}",
        f"Message-ID: <{ruuid()}@Spark>",
        "From: \"Wright, Dana\" <dwright@tailspin.example>",
        "To: opportunities@rcp2p.test",
        "Subject: " + ew(subject),
        "X-Readdle-Message-ID: " + ruuid() + "@Spark",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part("text/plain; charset=utf-8", qp(text), "quoted-printable"),
                         part("text/html; charset=utf-8", qp(html), "quoted-printable",
                              extra=("Content-Disposition: inline",))])
    emit("h-spark-third-of-jan-q1-distractor.eml", message(hdrs, body), sub(
        frm, "Spark (Readdle) for Mac",
        "'by the 3rd of Jan' (no year: January 2027) is the deadline; 'Go-live target is Q1 2027' is not. "
        "'USD 70-90k' is USD 70,000; '400-employee' is no money.",
        title=subject, comps=["Enterprise Resource Planning"], regions=["US-Central"], industry="Manufacturing",
        budget=(70000, "USD"), respond_by="2027-01-03"))


def h23_canary_end_of_q1():
    when = dt("Fri, 20 Nov 2026 14:00:00 +1000")
    frm = "liam.walsh@southerncross.example"
    subject = "Azure landing zone + Defender for Cloud for a QLD water utility"
    text = """G'day partners,

A Queensland water utility is standing up an Azure landing zone and wants Defender for Cloud and Sentinel wired in from day one.

Skills: Azure landing zone, Microsoft Defender for Cloud, Microsoft Sentinel
Location: Brisbane, QLD
Industry: Utilities
Budget: AUD 150k
EOI deadline: end of Q1

Cheers,
Liam
"""
    hdrs = trace(frm, "mail-canary.southerncross.example", "198.51.100.140", when, sel="s1") + [
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "MIME-Version: 1.0",
        f"Date: {rfc(when)}",
        "Subject: " + subject,
        "From: Liam Walsh <liam.walsh@southerncross.example>",
        "To: opportunities@rcp2p.test",
        f"Message-ID: <{ruuid(upper=True)}@canarymail.io>",
        "X-Mailer: Canary Mail 4.68",
    ]
    emit("h-canary-eoi-end-of-q1.eml", message(hdrs, text), sub(
        frm, "Canary Mail (macOS), plain text, 8bit",
        "'EOI deadline: end of Q1' from 20 Nov 2026 (+10:00) is 31 March 2027; 'QLD' and 'Brisbane' are "
        "Australia; 'Utilities' is Energy.",
        title=subject, comps=["Cloud Platform", "Security"], regions=["Australia"], industry="Energy",
        budget=(150000, "AUD"), respond_by="2027-03-31"))


def h24_aruba_it_autoreply():
    when = dt("Mon, 23 Nov 2026 09:00:05 +0100")
    frm = "giulia.romano@tiberina.example"
    text = """Buongiorno,

sono fuori ufficio fino al 30 novembre 2026 con accesso limitato alla posta.
Per urgenze potete scrivere a ufficio.gare@tiberina.example.

Cordiali saluti,
Giulia Romano
"""
    hdrs = trace(frm, "smtpweb112.aruba.it", "62.149.158.112", when, sel="a1") + [
        f"Date: {rfc(when)}",
        "From: giulia.romano@tiberina.example",
        "To: opportunities@rcp2p.test",
        "Subject: " + ew("Risposta automatica: Le tue opportunità RCP2P della settimana", enc="Q"),
        f"Message-ID: <{rhex(32)}@webmail.aruba.it>",
        f"In-Reply-To: <digest-{rhex(12)}@rcp2p.test>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "X-Mailer: Aruba Webmail",
    ]
    emit("h-aruba-it-risposta-automatica.eml", message(hdrs, text), other(
        "auto_reply", frm, "Aruba webmail autoresponder, Italian",
        "An Italian out-of-office with no Auto-Submitted, X-Autoreply or Precedence header: only the subject "
        "'Risposta automatica:' and the text 'fuori ufficio' say what it is. Never answered."))


def h25_kpn_nl_autoreply():
    when = dt("Mon, 23 Nov 2026 07:30:00 +0100")
    frm = "sanne.devries@polderdata.example"
    text = """Beste afzender,

Ik ben afwezig tot en met 27 november. Uw e-mail wordt niet doorgestuurd.
Voor dringende zaken kunt u contact opnemen met info@polderdata.example.

Met vriendelijke groet,
Sanne de Vries
"""
    hdrs = trace(frm, "smtp-out.kpnmail.example", "195.121.94.170", when, sel="kpn") + [
        f"Date: {rfc(when)}",
        "From: Sanne de Vries <sanne.devries@polderdata.example>",
        "To: opportunities@rcp2p.test",
        "Subject: Automatisch antwoord: RCP2P digest - 3 nieuwe kansen",
        f"Message-ID: <{rhex(24)}.autoreply@polderdata.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=iso-8859-1",
        "Content-Transfer-Encoding: quoted-printable",
    ]
    emit("h-kpn-nl-automatisch-antwoord.eml", message(hdrs, qp(text, "latin-1")), other(
        "auto_reply", frm, "Hosted mailbox vacation rule (KPN-style), Dutch",
        "A Dutch out-of-office with no automation header at all: subject 'Automatisch antwoord:' and "
        "'Ik ben afwezig'. Never answered."))


def h26_exchange_de_unzustellbar():
    when = dt("Mon, 23 Nov 2026 07:01:12 +0000")
    frm = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@alpenblick.example"
    text = """Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff:\tIhre RCP2P-Opportunities - Woche 48
Gesendet:\t23.11.2026 08:00

Folgende(r) Empfänger konnte(n) nicht erreicht werden:

'Martin Brunner' am 23.11.2026 08:01
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Falls das Problem weiterhin besteht, wenden Sie sich an Ihren Helpdesk.
<mx01.alpenblick.example #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>

Diagnoseinformationen für Administratoren:

Generierender Server: mx01.alpenblick.example

m.brunner@alpenblick.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Ursprüngliche Nachrichtenkopfzeilen:

Received: from mail.rcp2p.test (203.0.113.10) by mx01.alpenblick.example
 (10.1.1.20) with Microsoft SMTP Server id 14.3.513.0; Mon, 23 Nov 2026 08:00:59 +0100
Subject: Ihre RCP2P-Opportunities - Woche 48
From: RCP2P Inbox <opportunities@rcp2p.test>
To: m.brunner@alpenblick.example
"""
    q = rnd(ALNUM, 14)
    hdrs = [
        "Return-Path: <>",
        "Delivered-To: opportunities@rcp2p.test",
        "Received: from mx.rcp2p.test\n\tby imap.rcp2p.test with LMTP\n\tid " + rnd(ALNUM, 22)
        + "\n\t(envelope-from <>)\n\tfor <opportunities@rcp2p.test>; " + rfc(later(when, 9)),
        "Received: from mx01.alpenblick.example (mx01.alpenblick.example [198.51.100.77])\n"
        f"\tby mx.rcp2p.test (Postfix) with ESMTPS id {q}\n\tfor <opportunities@rcp2p.test>; " + rfc(later(when, 8)),
        "Authentication-Results: mx.rcp2p.test;\n\tdkim=none;\n\tspf=none (mx.rcp2p.test: mx01.alpenblick.example does not designate permitted sender hosts) smtp.helo=mx01.alpenblick.example;\n\tdmarc=pass (policy=none) header.from=alpenblick.example",
        f"X-Rspamd-Queue-Id: {q}",
        "X-Rspamd-Server: mx.rcp2p.test",
        "From: Microsoft Outlook <" + frm + ">",
        "To: <opportunities@rcp2p.test>",
        f"Date: {rfc(when)}",
        "Content-Type: text/plain; charset=\"utf-8\"",
        "Content-Transfer-Encoding: quoted-printable",
        f"Message-ID: <{ruuid()}@mx01.alpenblick.example>",
        "Subject: Unzustellbar: Ihre RCP2P-Opportunities - Woche 48",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]
    # Auto-Submitted is what Exchange 2010 adds; the point of the file is the
    # plain-text (non-multipart/report) body and the German subject.
    emit("h-exchange2010-de-unzustellbar-plaintext.eml", message(hdrs, qp(text)), other(
        "bounce", frm.lower(), "Exchange 2010 (on-premises), German NDR as plain text",
        "A German Exchange NDR that is not multipart/report: null Return-Path, 'Unzustellbar:' subject, the "
        "status and recipient only in the text. Exchange also writes 'Auto-Submitted: auto-replied', which "
        "must not turn the bounce into an auto-reply.",
        bounce={"recipient": "m.brunner@alpenblick.example", "status": "5.1.1"}))


def h27_gmail_no_bullets():
    when = dt("Tue, 24 Nov 2026 10:30:00 +0100")
    frm = "kari.nordmann@nordlys.example"
    subject = "Partner søkes: AKS og Terraform for energiselskap i Bergen"
    text = """Hei,

Vi har et energiselskap i Bergen som skal flytte plattformen sin til Azure. Vi trenger en partner med:

• Azure Kubernetes Service (AKS)
• Terraform / Bicep
• GitHub Actions

Budsjett: NOK 1,2 mill.
Svarfrist: fredag 4. desember

Med vennlig hilsen
Kari Nordmann
Nordlys Sky AS
"""
    html = '<div dir="ltr">' + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in text.split("\n")) + "</div>"
    b = "000000000000" + rhex(16)
    hdrs = trace(frm, "mail-lj1-f172.google.com", "209.85.208.172", when, sel="google") + [
        "MIME-Version: 1.0",
        "From: Kari Nordmann <kari.nordmann@nordlys.example>",
        f"Date: {rfc(when)}",
        f"Message-ID: <CAJ{rnd(ALNUM, 40)}@mail.gmail.com>",
        "Subject: " + ew(subject),
        "To: opportunities@rcp2p.test",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="UTF-8"', qp(text), "quoted-printable"),
                         part('text/html; charset="UTF-8"', qp(html), "quoted-printable")])
    emit("h-gmail-no-bullets-budsjett.eml", message(hdrs, body), sub(
        frm, "Gmail (web), Norwegian (bokmål)",
        "Skills as a bullet list under a sentence (no key); 'energiselskap' (energy company) is Energy; "
        "'Budsjett: NOK 1,2 mill.' is NOK 1,200,000; 'Svarfrist: fredag 4. desember' uses the Norwegian "
        "weekday and month.",
        title=subject, comps=["Cloud Platform", "DevOps"], regions=["Nordics"], industry="Energy",
        budget=(1200000, "NOK"), respond_by="2026-12-04"))


def h28_apple_mail_fr_ca():
    when = dt("Tue, 17 Nov 2026 15:20:00 -0500")
    frm = "Bids@MapleLeafIT.example"
    subject = "Teams Rooms et Teams Phone – centre de services scolaire (Québec)"
    text = """Bonjour à tous,

Un centre de services scolaire de la région de Québec souhaite équiper 85 salles de réunion avec Microsoft Teams Rooms et passer à Teams Phone.

Compétences : Microsoft Teams Rooms, Teams Phone
Région : Québec, Canada
Secteur : éducation
Budget : 75 000 $ CA
Date limite : d'ici le 4 décembre

Merci!
L'équipe des soumissions
Maple Leaf IT Solutions
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + lines_html(text) + "</body></html>")
    b = "Apple-Mail=_" + ruuid(upper=True)
    hdrs = trace("bids@mapleleafit.example", "mail.mapleleafit.example", "198.51.100.33", when, sel="s1") + [
        f'Content-Type: multipart/alternative;\n\tboundary="{b}"',
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))",
        "Subject: " + ew(subject, enc="Q"),
        f"From: =?utf-8?Q?=C3=89quipe_des_soumissions?= <{frm}>",
        f"Date: {rfc(when)}",
        f"Message-Id: <{ruuid(upper=True)}@mapleleafit.example>",
        "To: opportunities@rcp2p.test",
        "X-Mailer: Apple Mail (2.3826.300.87.4.3)",
    ]
    body = multipart(b, [part("text/plain;\n\tcharset=utf-8", qp(text), "quoted-printable"),
                         part("text/html;\n\tcharset=utf-8", qp(html), "quoted-printable")])
    emit("h-apple-mail-fr-ca-dollar-ca.eml", message(hdrs, body), sub(
        frm, "Apple Mail (macOS), French (Canada)",
        "Québec French: '75 000 $ CA' is Canadian dollars, the '$' written after the number; 'centre de "
        "services scolaire' and 'éducation' are Education; 'd'ici le 4 décembre' without a year.",
        title=subject, comps=["Communications"], regions=["Canada"], industry="Education",
        budget=(75000, "CAD"), respond_by="2026-12-04"))


def h29_outlook_ios_ar():
    when = dt("Sun, 22 Nov 2026 11:45:00 +0400")
    frm = "omar.haddad@nakheeldigital.example"
    subject = "مطلوب شريك: Dynamics 365 Business Central لسلسلة متاجر تجزئة"
    text = """مرحباً،

نبحث عن شريك لديه خبرة في Microsoft Dynamics 365 Business Central لتنفيذ مشروع لدى سلسلة متاجر تجزئة في دبي (حوالي ٤٠ فرعاً).

الكفاءات المطلوبة: Dynamics 365 Business Central
القطاع: التجزئة
الميزانية: ٥٠٬٠٠٠ دولار أمريكي
آخر موعد للرد: ١٠/١٢/٢٠٢٦

شكراً،
عمر حداد
Nakheel Digital
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="rtl">'
            + lines_html(text) + "</div></body></html>")
    b = "_000_" + rhex(8).upper() + "DB9P195MB" + rhex(4).upper() + "EURP_"
    hdrs = trace(frm, "mail-db8eur05on2101.outbound.protection.outlook.com", "40.107.20.101", when, sel="selector1") + [
        "From: " + ew("عمر حداد") + " <omar.haddad@nakheeldigital.example>",
        "To: \"opportunities@rcp2p.test\" <opportunities@rcp2p.test>",
        "Subject: " + ew(subject),
        f"Date: {rfc(when)}",
        f"Message-ID: <DB9P195MB{rhex(4).upper()}{rnd(ALNUM, 10)}@DB9P195MB{rhex(4).upper()}.EURP195.PROD.OUTLOOK.COM>",
        "Accept-Language: ar-AE, en-US",
        "Content-Language: ar-AE",
        "X-MS-Has-Attach:",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="utf-8"', b64(text), "base64"),
                         part('text/html; charset="utf-8"', b64(html), "base64")])
    emit("h-outlook-ios-ar-arabic-indic-digits.eml", message(hdrs, body), sub(
        frm, "Outlook for iOS, Arabic (UAE)",
        "Arabic, right-to-left, with Arabic-Indic digits: '٥٠٬٠٠٠ دولار أمريكي' is USD 50,000 (U+066C "
        "thousands separator), '١٠/١٢/٢٠٢٦' is 10 December 2026; 'التجزئة' (retail) is Retail; '٤٠ فرعاً' "
        "(40 branches) is no money. Dubai has no region node, so regions are not asserted.",
        title=subject, comps=["Enterprise Resource Planning"], industry="Retail", budget=(50000, "USD"),
        respond_by="2026-12-10"))


def h30_icloud_emoji_perth():
    when = dt("Wed, 18 Nov 2026 06:20:00 +0800")
    frm = "liam.walsh@southerncross.example"
    subject = "Intune for 1,500 field devices – Perth oil & gas services"
    text = """Hi everyone 👋

Quick one: an oil & gas services company in Perth needs help getting 1,500 field devices into Intune (Android Enterprise for the phones, Autopilot for the laptops).

🛠 Skills:
✔ Microsoft Intune
✔ Windows Autopilot
📍 Location: Perth, WA
🏭 Industry: Oil & gas
💰 Budget: A$120k
📅 Respond by: Fri 4 Dec

Cheers
Liam
"""
    html = ('<html><body><div style="font-family: -apple-system, Helvetica Neue; font-size: 15px">'
            + lines_html(text) + "</div></body></html>")
    b = "Apple-Webmail-" + rhex(32)
    hdrs = trace(frm, "st43p00im-ztdg10071801.me.com", "17.58.63.171", when, sel="sig1") + [
        "MIME-Version: 1.0",
        f"Date: {rfc(when)}",
        f"Message-ID: <{ruuid()}@me.com>",
        "From: Liam Walsh <liam.walsh@southerncross.example>",
        "To: opportunities@rcp2p.test",
        "Subject: " + ew(subject),
        "X-Mailer: iCloud MailClient2613B38 MailServer2613B38.6",
        "X-Originating-IP: [203.0.113.88]",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part("text/plain; charset=utf-8", qp(text), "quoted-printable"),
                         part("text/html; charset=utf-8", qp(html), "quoted-printable")])
    emit("h-icloud-emoji-labels-perth-wa.eml", message(hdrs, body), sub(
        frm, "iCloud Mail (web)",
        "Emoji before each key and check-mark bullets under 'Skills:'. 'Perth, WA' is Western Australia: "
        "the code after an Australian city must not add US-West (Washington). 'A$120k' is AUD; 'Fri 4 Dec' "
        "has an abbreviated weekday; '1,500 field devices' is no money.",
        title=subject, comps=["Enterprise Mobility Management"], regions=["Australia"], industry="Energy",
        budget=(120000, "AUD"), respond_by="2026-12-04"))


BUILDERS = [h01_outlook_mac_it, h02_front_nl_table, h03_monarch_pl, h04_iphone_mx, h05_yahoo_pt,
            h06_fastmail_da, h07_proton_fi, h08_foxmail_zh_gbk, h09_outlook_ko_euckr, h10_gmail_he_rtl,
            h11_gmail_hinglish, h12_hubspot_one_to_one, h13_brevo_newsletter, h14_superhuman_inline,
            h15_notes_table, h16_calendar_invite, h17_docx_only, h18_forward_three_levels, h19_see_below,
            h20_emclient_qp_softbreak, h21_missive_zwsp_tbd, h22_spark_third_of_jan, h23_canary_end_of_q1,
            h24_aruba_it_autoreply, h25_kpn_nl_autoreply, h26_exchange_de_unzustellbar, h27_gmail_no_bullets,
            h28_apple_mail_fr_ca, h29_outlook_ios_ar, h30_icloud_emoji_perth]


def main():
    for f in MAILDIR.glob("h-*.eml"):
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
    corpus = [e for e in json.loads(path.read_text(encoding="utf-8")) if not e["file"].startswith("h-")]
    corpus.extend(CORPUS)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(corpus, f, ensure_ascii=False, indent=2)
        f.write("\n")
    kinds = {}
    for e in CORPUS:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"wrote {len(CORPUS)} holdout messages: {kinds}; partners added: {len(add)}")


if __name__ == "__main__":
    main()
