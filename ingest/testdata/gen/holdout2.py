#!/usr/bin/env python3
"""Writes the second holdout corpus: mail/k-*.eml and their corpus.json entries.

    python3 ingest/testdata/gen/holdout2.py      # from anywhere

Mail the extraction code was NOT written against, from imagined people with
other habits: Japanese keigo in ISO-2022-JP, Turkish, Czech in ISO-8859-2,
Greek in ISO-8859-7, Russian in KOI8-R, Ukrainian, Vietnamese, Thai with a
Buddhist-era year, Indonesian, Romanian with a Markdown table, Hungarian,
Swiss German (CHF 120'000), Belgian French, Argentinian Spanish, Brazilian
Portuguese (R$ 1,2 mi), Nigerian English (bank disclaimer above, HTML list
only, ₦), US English (12/15/2026, $1.2M, [EXTERNAL] banner), Indian English
(Rs. 25 lakhs, business days), British Outlook 2016 Word HTML in
windows-1252 ("COB Friday"), Thunderbird format=flowed with a long product
signature, a reply-all top post over another partner's quoted opportunity,
a subject that is only "Opportunity" with the budget in words, an ALL CAPS
emoji subject with a day rate, a ~15 KB prose submission; and six machine or
stranger mails (recall, read receipt, calendar accept, SharePoint
notification, DMARC aggregate report, SEO spam).

Like holdout.py it only adds: partners missing from partners.csv are
appended, and the k-* entries of corpus.json are replaced. Run it after
build.py and holdout.py.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mimekit import (ALNUM, ar_pass, b64, dkim, dt, esc, ew, flowed, gmail_id, later, message,  # noqa: E402
                     multipart, mx_top, part, png, qp, rfc, rhex, rnd, ruuid, thread_index, wrap_quoted)

TESTDATA = Path(__file__).resolve().parents[1]
MAILDIR = TESTDATA / "mail"

NEW_PARTNERS = """\
bogazici,Boğaziçi Bulut A.Ş.,emre.yilmaz@bogazicibulut.example,Security:gold;Cloud Platform,Europe,Financial Services,0,weekly,Europe/Istanbul
vltava,Vltava Cloud s.r.o.,petr.novak@vltavacloud.example,Enterprise Resource Planning:gold,Europe,Manufacturing,0,weekly,Europe/Prague
aigaio,Aigaio Digital A.E.,nikos.papadopoulos@aigaio.example,Data Analytics,Europe,Healthcare,0,weekly,Europe/Athens
volgasoft,Volga Soft OOO,ivan.petrov@volgasoft.example,Windows and Devices;Enterprise Mobility Management,Europe,Retail,0,weekly,Europe/Moscow
dnipro,Dnipro IT LLC,olena.kovalenko@dniproit.example,DevOps:gold;Application Development,Remote;Europe,Financial Services,0,weekly,Europe/Kyiv
mekong,Mekong Cloud JSC,nguyen.van.an@mekongcloud.example,Cloud Customer Relationship Management,APAC,Retail,0,weekly,Asia/Ho_Chi_Minh
chaophraya,Chao Phraya Tech Co. Ltd,somchai.s@chaophraya.example,Security,APAC,Financial Services,0,weekly,Asia/Bangkok
nusantara,PT Nusantara Awan,budi.santoso@nusantara-awan.example,Collaboration and Content,APAC,Financial Services,0,weekly,Asia/Jakarta
carpati,Carpați Soft SRL,andrei.popescu@carpatisoft.example,Enterprise Resource Planning,Europe,Energy,0,weekly,Europe/Bucharest
duna,Duna Informatika Kft.,nagy.eszter@dunainfo.example,Security:gold,Europe,Healthcare,0,weekly,Europe/Budapest
meuse,Meuse Numérique SRL,sophie.lambert@meuse-numerique.example,Communications:gold,Benelux;France,Public Sector,0,weekly,Europe/Brussels
pampa,Pampa Cloud S.A.,martin.gomez@pampacloud.example,Cloud Business Applications,LATAM,Financial Services,0,weekly,America/Argentina/Buenos_Aires
ipe,Ipê Tecnologia Ltda,rafaela.souza@ipetec.example,Data Analytics;Data Platform,Brazil,Retail,0,weekly,America/Sao_Paulo
eko,Eko Digital Ltd,adaeze.okonkwo@eko-digital.example,Enterprise Resource Planning,Remote,Energy,0,weekly,Africa/Lagos
kaveri,Kaveri Technologies Pvt. Ltd.,rahul.mehta@kaveritech.example,Enterprise Mobility Management,India,Healthcare,0,weekly,Asia/Kolkata
kopje,Kopje Cloud (Pty) Ltd,thabo.nkosi@kopjecloud.example,Data Platform:gold;Data Analytics,Remote,Healthcare,0,weekly,Africa/Johannesburg
"""

CORPUS = []


def emit(name, raw, meta, crlf=False):
    """raw is ASCII except where a body was written as raw8(); latin-1 maps those bytes back."""
    assert name.startswith("k-") and name.endswith(".eml"), name
    data = raw.encode("latin-1").replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    (MAILDIR / name).write_bytes(data)
    CORPUS.append({"file": name, **meta})


def raw8(text, codec):
    """A body in an 8-bit or 7-bit-escaped charset, carried through emit() unchanged."""
    return text.encode(codec).decode("latin-1")


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


def other(kind, frm, client, notes):
    return {"client": client, "kind": kind, "from": frm.lower(), "notes": notes}


def trace(frm, helo, ip, when, sel="s1"):
    dom = frm.split("@")[1].lower()
    return mx_top(frm, helo, ip, when, ar=ar_pass(frm, ip, dkim_d=dom, sel=sel)) + [
        dkim(dom, sel, "From:To:Subject:Date:Message-ID:MIME-Version", when)]


def lines_html(text, tag="div"):
    return "".join(f"<{tag}>{esc(line) if line else '<br>'}</{tag}>" for line in text.split("\n"))


def outlook_ids(host):
    return f"<{host}{rnd('0123456789ABCDEF', 12)}@{host}.EURP195.PROD.OUTLOOK.COM>"


# --- submissions -------------------------------------------------------------

def k01_ja_iso2022jp():
    when = dt("Mon, 23 Nov 2026 10:05:12 +0900")
    frm = "tanaka.hiroshi@sakura-sys.example"
    subject = "【案件のご相談】製造業向けPower BI導入支援パートナー募集"
    text = """各位

いつも大変お世話になっております。
株式会社サクラシステムズの田中でございます。

この度、弊社のお客様（愛知県の自動車部品メーカー様、従業員約800名）より、
生産データの可視化に関するご相談をいただいております。
つきましては、Power BIの導入をご支援いただけるパートナー様を
募集させていただきたく、ご連絡差し上げました。

■案件概要
・必要なスキル：Power BI、Azure Synapse
・地域：名古屋（愛知県）
・業種：製造業
・予算：1,500万円（税別）
・締切：2026年12月4日（金）

ご興味をお持ちいただけましたら、締切までにご返信いただけますと幸いです。
何卒よろしくお願い申し上げます。

--
田中 宏
株式会社サクラシステムズ　アライアンス推進部
〒100-0005 東京都千代田区丸の内1-1-1
"""
    hdrs = trace(frm, "mail-ty2jpn01on2101.outbound.protection.outlook.com", "40.107.114.101", when, sel="selector1") + [
        "From: " + ew("田中 宏", label="ISO-2022-JP", codec="iso2022_jp") + " <tanaka.hiroshi@sakura-sys.example>",
        "To: \"opportunities@rcp2p.test\" <opportunities@rcp2p.test>",
        "Subject: " + ew(subject, label="ISO-2022-JP", codec="iso2022_jp"),
        f"Date: {rfc(when)}",
        "Message-ID: " + outlook_ids("TYCPR01MB"),
        "Accept-Language: ja-JP, en-US",
        "Content-Language: ja-JP",
        "X-Mailer: Microsoft Outlook 16.0",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="iso-2022-jp"',
        "Content-Transfer-Encoding: 7bit",
    ]
    emit("k-outlook-ja-iso2022jp-keigo-bullets.eml", message(hdrs, raw8(text, "iso2022_jp")), sub(
        frm, "Microsoft Outlook 16.0 (Windows, Japanese), plain text in ISO-2022-JP",
        "Japanese business keigo; fields under '■案件概要' as '・' (katakana middle dot) bullets with full-width "
        "colons: '必要なスキル', '地域', '業種', '予算', '締切'. '1,500万円' is JPY 15,000,000; 名古屋 is Japan; the "
        "Tokyo address in the signature is Japan too. '製造業' is Manufacturing.",
        comps=["Data Analytics", "Data Platform"], regions=["Japan"], industry="Manufacturing",
        budget=(15000000, "JPY"), respond_by="2026-12-04"), crlf=True)


def k02_tr_gmail():
    when = dt("Fri, 20 Nov 2026 14:32:08 +0300")
    frm = "emre.yilmaz@bogazicibulut.example"
    subject = "İş ortağı aranıyor: Sigorta şirketi için Microsoft Sentinel SOC kurulumu"
    text = """Merhaba,

İstanbul'daki bir sigorta şirketi müşterimiz için Microsoft Sentinel tabanlı bir SOC kurulumunda bize destek olacak bir iş ortağı arıyoruz.

Gerekli yetkinlikler: Microsoft Sentinel, Defender for Endpoint
Bölge: İstanbul, Türkiye
Sektör: Sigortacılık
Bütçe: 2.400.000 TL (KDV hariç)
Son başvuru tarihi: 11 Aralık 2026

Teşekkürler,
Emre Yılmaz
Boğaziçi Bulut A.Ş.
"""
    html = '<div dir="ltr">' + lines_html(text) + "</div>"
    b = "000000000000" + rhex(16)
    hdrs = trace(frm, "mail-wr1-f44.google.com", "209.85.221.44", when, sel="google") + [
        "MIME-Version: 1.0",
        f"From: {ew('Emre Yılmaz')} <{frm}>",
        f"Date: {rfc(when)}",
        f"Message-ID: <{gmail_id()}>",
        "Subject: " + ew(subject),
        "To: opportunities@rcp2p.test",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="UTF-8"', qp(text), "quoted-printable"),
                         part('text/html; charset="UTF-8"', qp(html), "quoted-printable")])
    emit("k-gmail-tr-sigortacilik-tl.eml", message(hdrs, body), sub(
        frm, "Gmail (web), Turkish",
        "Turkish keys ('Gerekli yetkinlikler', 'Bölge', 'Sektör', 'Bütçe', 'Son başvuru tarihi') with dotted and "
        "dotless i; 'Sigortacılık' (insurance) is Financial Services; '2.400.000 TL' is TRY; 'Aralık' is "
        "December. Türkiye is not in the region tree, so regions are not asserted.",
        comps=["Security"], industry="Financial Services", budget=(2400000, "TRY"), respond_by="2026-12-11"))


def k03_cs_seznam():
    when = dt("Mon, 23 Nov 2026 08:47:31 +0100")
    frm = "petr.novak@vltavacloud.example"
    subject = "Hledáme partnera - migrace na Dynamics 365 Business Central (strojírenství, Brno)"
    text = """Dobrý den,

pro našeho zákazníka, strojírenskou firmu z Brna (cca 300 zaměstnanců), hledáme partnera na migraci z Navision na Dynamics 365 Business Central.

Požadované kompetence: Dynamics 365 Business Central
Lokalita: Brno, Česká republika
Odvětví: strojírenství / výroba
Rozpočet: 1 800 000 Kč bez DPH
Termín pro odpověď: do 10. prosince 2026

S pozdravem
Petr Novák
Vltava Cloud s.r.o.
"""
    hdrs = trace(frm, "mxe2.seznam.cz", "77.75.76.42", when, sel="szn20221014") + [
        f"From: {ew('Petr Novák', label='ISO-8859-2', codec='iso8859_2', enc='Q')} <{frm}>",
        "To: <opportunities@rcp2p.test>",
        "Subject: " + ew(subject, label="ISO-8859-2", codec="iso8859_2", enc="Q"),
        f"Date: {rfc(when)}",
        f"Message-Id: <{rnd('abcdef0123456789', 12)}.{rnd('0123456789', 8)}.petr.novak@email.cz>",
        "Mime-Version: 1.0 (Szn.cz Email)",
        "X-Mailer: Email.cz 4.2",
        'Content-Type: text/plain; charset="iso-8859-2"',
        "Content-Transfer-Encoding: quoted-printable",
    ]
    emit("k-seznam-cs-kc-iso8859-2.eml", message(hdrs, qp(text, "iso8859_2")), sub(
        frm, "Seznam Email.cz webmail, Czech, ISO-8859-2",
        "Czech keys ('Požadované kompetence', 'Lokalita', 'Odvětví', 'Rozpočet', 'Termín pro odpověď'); "
        "'Česká republika' and Brno are Europe; 'strojírenství / výroba' is Manufacturing; '1 800 000 Kč' is "
        "CZK; 'do 10. prosince 2026' has the genitive month.",
        comps=["Enterprise Resource Planning"], regions=["Europe"], industry="Manufacturing",
        budget=(1800000, "CZK"), respond_by="2026-12-10"))


def k04_el_k9():
    when = dt("Tue, 24 Nov 2026 12:10:44 +0200")
    frm = "nikos.papadopoulos@aigaio.example"
    subject = "Ζητείται συνεργάτης: Power BI για νοσοκομείο στην Αθήνα"
    text = """Καλησπέρα σας,

Ένας πελάτης μας, ιδιωτικό νοσοκομείο στην Αθήνα, χρειάζεται υποστήριξη για αναφορές και dashboards σε Power BI.

Απαιτούμενες δεξιότητες: Power BI
Περιοχή: Αθήνα, Ελλάδα
Κλάδος: Υγεία
Προϋπολογισμός: 45.000 €
Προθεσμία απάντησης: 9 Δεκεμβρίου 2026

Ευχαριστώ,
Νίκος Παπαδόπουλος
Aigaio Digital
"""
    hdrs = trace(frm, "mail.aigaio.example", "198.51.100.61", when) + [
        "MIME-Version: 1.0",
        f"Date: {rfc(when)}",
        f"Message-ID: <{ruuid()}@aigaio.example>",
        "User-Agent: K-9 Mail for Android",
        f"From: {ew('Νίκος Παπαδόπουλος', label='ISO-8859-7', codec='iso8859_7')} <{frm}>",
        "To: opportunities@rcp2p.test",
        "Subject: " + ew(subject, label="ISO-8859-7", codec="iso8859_7"),
        "Content-Type: text/plain; charset=ISO-8859-7",
        "Content-Transfer-Encoding: 8bit",
    ]
    emit("k-k9-el-iso8859-7-nosokomeio.eml", message(hdrs, raw8(text, "iso8859_7")), sub(
        frm, "K-9 Mail (Android), Greek, 8-bit ISO-8859-7",
        "Greek keys ('Απαιτούμενες δεξιότητες', 'Περιοχή', 'Κλάδος', 'Προϋπολογισμός', 'Προθεσμία απάντησης') "
        "with tonos accents; Αθήνα/Ελλάδα are Europe; 'Υγεία' and 'νοσοκομείο' are Healthcare; '45.000 €'; "
        "'9 Δεκεμβρίου 2026' has the genitive month.",
        comps=["Data Analytics"], regions=["Europe"], industry="Healthcare", budget=(45000, "EUR"),
        respond_by="2026-12-09"))


def k05_ru_koi8():
    when = dt("Tue, 24 Nov 2026 11:20:05 +0300")
    frm = "ivan.petrov@volgasoft.example"
    subject = "Ищем партнёра: внедрение Microsoft Intune и Windows 11 для розничной сети"
    text = """Добрый день, коллеги!

Наш заказчик, розничная сеть (около 150 магазинов в Казани и Самаре), планирует перевести 2 000 рабочих мест на Windows 11 и управлять ими через Microsoft Intune.

Требуемые компетенции: Microsoft Intune, Windows 11
Регион: Казань, Самара
Отрасль: розничная торговля
Бюджет: 3 500 000 руб.
Срок ответа: до 7 декабря 2026 г.

--
С уважением,
Иван Петров
ООО "Волга Софт"
"""
    hdrs = trace(frm, "mx.volgasoft.example", "198.51.100.77", when) + [
        f"Date: {rfc(when)}",
        f"From: {ew('Иван Петров', label='koi8-r', codec='koi8_r')} <{frm}>",
        f"X-Mailer: The Bat! (v11.2.4) Professional",
        "Reply-To: " + f"{ew('Иван Петров', label='koi8-r', codec='koi8_r')} <{frm}>",
        "X-Priority: 3 (Normal)",
        f"Message-ID: <{rnd('0123456789', 10)}.{rnd('0123456789', 8)}@volgasoft.example>",
        "To: opportunities@rcp2p.test",
        "Subject: " + ew(subject, label="koi8-r", codec="koi8_r"),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=koi8-r",
        "Content-Transfer-Encoding: 8bit",
    ]
    emit("k-thebat-ru-koi8r-roznitsa.eml", message(hdrs, raw8(text, "koi8_r")), sub(
        frm, "The Bat! 11 (Windows), Russian, 8-bit KOI8-R",
        "Russian keys ('Требуемые компетенции', 'Регион', 'Отрасль', 'Бюджет', 'Срок ответа'); 'розничная "
        "торговля' is Retail; '3 500 000 руб.' is RUB; 'до 7 декабря 2026 г.' has the genitive month; '2 000 "
        "рабочих мест' is no money. Kazan/Samara have no region node: regions not asserted.",
        comps=["Enterprise Mobility Management", "Windows and Devices"], industry="Retail",
        budget=(3500000, "RUB"), respond_by="2026-12-07"), crlf=True)


def k06_uk_roundcube():
    when = dt("Wed, 25 Nov 2026 09:15:00 +0200")
    frm = "olena.kovalenko@dniproit.example"
    subject = "Потрібен партнер з Azure DevOps для фінтех-компанії (віддалено)"
    text = """Доброго дня!

Шукаємо партнера, який допоможе фінтех-компанії з Києва налаштувати CI/CD на Azure DevOps та GitHub Actions. Роботу можна виконувати повністю віддалено.

Необхідні компетенції: Azure DevOps, GitHub Actions
Регіон: віддалено
Галузь: фінансові послуги
Бюджет: 30 000 євро
Відповісти до: 4 грудня 2026 року

З повагою,
Олена Коваленко
Dnipro IT
"""
    b = "=_" + rhex(32)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">'
            + "".join(f"<p>{esc(p).replace(chr(10), '<br />')}</p>" for p in text.strip().split("\n\n"))
            + '<div id="signature"></div></body></html>')
    hdrs = trace(frm, "webmail.dniproit.example", "198.51.100.90", when) + [
        "MIME-Version: 1.0",
        f"Date: {rfc(when)}",
        f"From: {ew('Олена Коваленко')} <{frm}>",
        "To: opportunities@rcp2p.test",
        "Subject: " + ew(subject),
        "Organization: Dnipro IT",
        f"Message-ID: <{rhex(32)}@dniproit.example>",
        "X-Sender: olena.kovalenko@dniproit.example",
        "User-Agent: Roundcube Webmail/1.6.9",
        f'Content-Type: multipart/alternative;\n boundary="{b}"',
    ]
    body = multipart(b, [part("text/plain; charset=UTF-8;\n format=flowed", qp(flowed(text)), "quoted-printable"),
                         part("text/html; charset=UTF-8", qp(html), "quoted-printable")])
    emit("k-roundcube-uk-viddaleno.eml", message(hdrs, body), sub(
        frm, "Roundcube Webmail 1.6, Ukrainian",
        "Ukrainian keys ('Необхідні компетенції', 'Регіон', 'Галузь', 'Бюджет', 'Відповісти до'); 'віддалено' "
        "(remotely) is Remote; 'фінансові послуги' / 'фінтех' are Financial Services; '30 000 євро' is EUR; "
        "'4 грудня 2026 року' genitive month. 'Azure DevOps' is DevOps, not Cloud Platform.",
        comps=["DevOps"], regions=["Remote"], industry="Financial Services", budget=(30000, "EUR"),
        respond_by="2026-12-04"))


def k07_vi_zimbra():
    when = dt("Fri, 20 Nov 2026 16:40:19 +0700")
    frm = "nguyen.van.an@mekongcloud.example"
    subject = "Tìm đối tác triển khai Dynamics 365 Sales cho chuỗi bán lẻ tại Singapore"
    paras = [
        "Chào các anh chị,",
        "Công ty chúng tôi đang hỗ trợ một chuỗi bán lẻ thời trang có trụ sở tại Singapore (khoảng 60 cửa hàng) "
        "triển khai Dynamics 365 Sales. Chúng tôi cần một đối tác có kinh nghiệm CRM tại Singapore.",
        "Năng lực cần có: Dynamics 365 Sales, CRM\nKhu vực: Singapore\nNgành: Bán lẻ\nNgân sách: 1,2 tỷ đồng\n"
        "Hạn phản hồi: 15/12/2026",
        "Trân trọng,\nNguyễn Văn An\nMekong Cloud JSC",
    ]
    html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + "".join("<div>" + esc(p).replace(chr(10), '<br data-mce-bogus="1">') + "</div><div><br></div>"
                      for p in paras)
            + "</div></body></html>")
    b = "=_" + ruuid()
    hdrs = trace(frm, "mail.mekongcloud.example", "198.51.100.110", when) + [
        f"Date: {rfc(when)}",
        f"From: {ew('Nguyễn Văn An')} <{frm}>",
        "To: opportunities@rcp2p.test",
        f"Message-ID: <{rnd('0123456789', 9)}.{rnd('0123456789', 7)}.{rnd('0123456789', 13)}.JavaMail.zimbra@mekongcloud.example>",
        "Subject: " + ew(subject),
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; \n\tboundary="{b}"',
        "X-Originating-IP: [203.0.113.45]",
        "X-Mailer: Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4611)",
        "Thread-Index: " + rnd(ALNUM, 24),
        "Thread-Topic: " + ew(subject),
    ]
    body = multipart(b, [part("text/plain; charset=utf-8", qp("\n\n".join(paras) + "\n"), "quoted-printable"),
                         part("text/html; charset=utf-8", qp(html), "quoted-printable")])
    emit("k-zimbra-vi-ty-dong.eml", message(hdrs, body), sub(
        frm, "Zimbra 10 web client, Vietnamese",
        "Vietnamese with stacked diacritics; keys 'Năng lực cần có', 'Khu vực', 'Ngành', 'Ngân sách', 'Hạn phản "
        "hồi'; 'Bán lẻ' is Retail; '1,2 tỷ đồng' is VND 1,200,000,000 (tỷ = billion, comma decimal); "
        "'15/12/2026' day first. 'Dynamics 365 Sales' is CRM only.",
        comps=["Cloud Customer Relationship Management"], regions=["Singapore"], industry="Retail",
        budget=(1200000000, "VND"), respond_by="2026-12-15"))


def k08_th_bluemail():
    when = dt("Mon, 23 Nov 2026 13:05:40 +0700")
    frm = "somchai.s@chaophraya.example"
    subject = "หาพาร์ทเนอร์ Microsoft Sentinel สำหรับธนาคารในกรุงเทพฯ"
    text = """สวัสดีครับ

ลูกค้าของเราเป็นธนาคารในกรุงเทพฯ ต้องการพาร์ทเนอร์ที่มีประสบการณ์ด้าน Microsoft Sentinel และ Defender XDR เพื่อจัดตั้ง SOC

ทักษะที่ต้องการ: Microsoft Sentinel, Defender XDR
พื้นที่: กรุงเทพฯ ประเทศไทย
อุตสาหกรรม: ธนาคาร
งบประมาณ: 2,500,000 บาท
กำหนดตอบกลับ: ภายในวันที่ 11 ธันวาคม 2569

ขอบคุณครับ
สมชาย ศรีสุข
Chao Phraya Tech
"""
    b = "----" + rnd(ALNUM, 30)
    html = '<html><head></head><body><div dir="auto">' + lines_html(text) + "</div></body></html>"
    hdrs = trace(frm, "mail.chaophraya.example", "198.51.100.120", when) + [
        f"Date: {rfc(when)}",
        f"Message-ID: <{rnd(ALNUM, 16)}@bluemail.me>",
        f"From: {ew('สมชาย ศรีสุข')} <{frm}>",
        "To: opportunities@rcp2p.test",
        "Subject: " + ew(subject),
        "X-Mailer: BlueMail 1.140.103-2024-03-05",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part("text/plain; charset=utf-8", b64(text), "base64"),
                         part("text/html; charset=utf-8", b64(html), "base64")])
    emit("k-bluemail-th-buddhist-year.eml", message(hdrs, body), sub(
        frm, "BlueMail (Android), Thai",
        "Thai has no spaces between words; keys 'ทักษะที่ต้องการ', 'พื้นที่', 'อุตสาหกรรม', 'งบประมาณ', "
        "'กำหนดตอบกลับ'; Bangkok/Thailand is APAC; 'ธนาคาร' (bank) is Financial Services; '2,500,000 บาท' is "
        "THB; '11 ธันวาคม 2569' is 11 December in the Buddhist era (2569 BE = 2026 CE).",
        comps=["Security"], regions=["APAC"], industry="Financial Services", budget=(2500000, "THB"),
        respond_by="2026-12-11"))


def k09_id_mailspring():
    when = dt("Tue, 24 Nov 2026 10:30:00 +0700")
    frm = "budi.santoso@nusantara-awan.example"
    subject = "Mencari mitra SharePoint Online untuk bank di Jakarta"
    text = """Halo rekan-rekan,

Kami sedang mencari mitra untuk membantu migrasi intranet sebuah bank swasta di Jakarta dari SharePoint 2013 ke SharePoint Online.

Kompetensi yang dibutuhkan: SharePoint Online, intranet
Wilayah: Jakarta, Indonesia
Industri: Perbankan
Anggaran: Rp 750 juta
Batas waktu tanggapan: 8 Desember 2026

Terima kasih,
Budi Santoso
PT Nusantara Awan
"""
    html = ('<html><head></head><body><div>' + "".join(
        f"<p>{esc(p).replace(chr(10), '<br/>')}</p>" for p in text.strip().split("\n\n"))
        + '</div><img class="mailspring-open" alt="Sent from Mailspring" width="0" height="0" style="border:0; width:0; height:0;" '
        f'src="https://link.getmailspring.com/open/{ruuid(upper=True)}?me=1a2b3c4d&recipient=b3Bwb3J0dW5pdGllc0ByY3AycC50ZXN0"></body></html>')
    b = "Mailspring-" + rhex(8)
    hdrs = trace(frm, "mail.nusantara-awan.example", "198.51.100.130", when) + [
        "MIME-Version: 1.0",
        f"Date: {rfc(when)}",
        f"Message-ID: <{ruuid(upper=True)}@getmailspring.com>",
        "Subject: " + subject,
        f"From: Budi Santoso <{frm}>",
        "To: opportunities@rcp2p.test",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part("text/plain; charset=UTF-8", qp(text), "quoted-printable"),
                         part("text/html; charset=UTF-8", qp(html), "quoted-printable")])
    emit("k-mailspring-id-rp-juta.eml", message(hdrs, body), sub(
        frm, "Mailspring (Linux), Indonesian, read-tracking pixel",
        "Indonesian keys ('Kompetensi yang dibutuhkan', 'Wilayah', 'Industri', 'Anggaran', 'Batas waktu "
        "tanggapan'); 'Perbankan' and 'bank' are Financial Services; 'Rp 750 juta' is IDR 750,000,000 (juta = "
        "million); 'Desember'. Jakarta/Indonesia is APAC.",
        comps=["Collaboration and Content"], regions=["APAC"], industry="Financial Services",
        budget=(750000000, "IDR"), respond_by="2026-12-08"))


def k10_ro_markdown_table():
    when = dt("Mon, 23 Nov 2026 15:00:27 +0200")
    frm = "andrei.popescu@carpatisoft.example"
    subject = "Partener căutat: Dynamics 365 Finance pentru o companie de energie"
    text = """Bună ziua,

Căutăm un partener pentru implementarea Dynamics 365 Finance la un distribuitor de energie din Cluj-Napoca. Detaliile pe scurt:

| Câmp          | Valoare                          |
|---------------|----------------------------------|
| Competențe    | Dynamics 365 Finance, Power BI   |
| Regiune       | România (Cluj-Napoca)            |
| Industrie     | Energie                          |
| Buget         | 80.000 EUR + TVA                 |
| Termen limită | 14 decembrie 2026                |

Mulțumesc,
Andrei Popescu
Carpați Soft SRL
"""
    hdrs = trace(frm, "mail.carpatisoft.example", "198.51.100.140", when) + [
        f"From: Andrei Popescu <{frm}>",
        "To: opportunities@rcp2p.test",
        "Subject: " + ew(subject, enc="Q"),
        f"Date: {rfc(when)}",
        "Content-Type: text/plain; charset=\"UTF-8\"",
        "User-Agent: Evolution 3.52.3-0ubuntu1",
        f"Message-ID: <{rhex(40)}.camel@carpatisoft.example>",
        "MIME-Version: 1.0",
        "Content-Transfer-Encoding: 8bit",
    ]
    emit("k-evolution-ro-markdown-table.eml", message(hdrs, raw8(text, "utf-8")), sub(
        frm, "GNOME Evolution 3.52, Romanian, raw 8-bit UTF-8",
        "The fields are a Markdown table ('| Field | Value |' with a '|---|' rule and padded cells); Romanian "
        "keys with comma-below letters ('Competențe', 'Regiune', 'Buget', 'Termen limită'); 'România' is "
        "Europe; 'Energie' Energy; '80.000 EUR + TVA'.",
        comps=["Enterprise Resource Planning", "Data Analytics"], regions=["Europe"], industry="Energy",
        budget=(80000, "EUR"), respond_by="2026-12-14"))


def k11_hu_sogo():
    when = dt("Wed, 25 Nov 2026 10:10:10 +0100")
    frm = "nagy.eszter@dunainfo.example"
    subject = "Partnert keresünk: Microsoft Purview és Defender for Cloud egy kórházhálózatnál"
    text = """Tisztelt Partnerek!

Egyik ügyfelünk, egy budapesti kórházhálózat, adatvédelmi és biztonsági projektet indít. Olyan partnert keresünk, aki tapasztalt a Microsoft Purview és a Defender for Cloud bevezetésében.

Szükséges kompetenciák: Microsoft Purview, Defender for Cloud
Régió: Budapest, Magyarország
Iparág: egészségügy
Költségkeret: 25 millió Ft
Határidő: 2026. december 10.

Üdvözlettel:
Nagy Eszter
Duna Informatika Kft.
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + lines_html(text, "p") + "</body></html>")
    b = "----=_=-_OpenGroupware_org_NGMime-" + rnd("0123456789", 5) + "-" + rnd("0123456789", 10)
    hdrs = trace(frm, "sogo.dunainfo.example", "198.51.100.150", when) + [
        "Content-Type: multipart/alternative; boundary=\"" + b + "\"",
        f"From: \"Nagy Eszter\" <{frm}>",
        "To: opportunities@rcp2p.test",
        f"Date: {rfc(when)}",
        "Subject: " + ew(subject, enc="Q"),
        "MIME-Version: 1.0",
        f"Message-Id: <{rhex(4)}-{rhex(8)}-{rhex(2)}-{rhex(8)}@{rnd('0123456789', 8)}>",
        "User-Agent: SOGoMail 5.10.0",
    ]
    body = multipart(b, [part("text/plain; charset=utf-8", qp(text), "quoted-printable"),
                         part("text/html; charset=utf-8", qp(html), "quoted-printable")])
    emit("k-sogo-hu-millio-ft.eml", message(hdrs, body), sub(
        frm, "SOGo 5.10 webmail, Hungarian",
        "Hungarian keys ('Szükséges kompetenciák', 'Régió', 'Iparág', 'Költségkeret', 'Határidő'); "
        "Magyarország/Budapest are Europe; 'egészségügy' and 'kórházhálózat' are Healthcare; '25 millió Ft' is "
        "HUF 25,000,000; '2026. december 10.' is the Hungarian year-first date.",
        comps=["Security"], regions=["Europe"], industry="Healthcare", budget=(25000000, "HUF"),
        respond_by="2026-12-10"))


def k12_de_ch_outlook_mac():
    when = dt("Fri, 20 Nov 2026 17:45:02 +0100")
    frm = "m.brunner@alpenblick.example"
    subject = "Partner gesucht: Azure Landing Zone und Terraform für Versicherung in Zürich"
    text = """Grüezi miteinand

Für eine Versicherung im Raum Zürich suchen wir Unterstützung beim Aufbau einer Azure Landing Zone mit Terraform. Wir haben die Architektur skizziert, uns fehlt aber die Kapazität für die Umsetzung.

Kompetenzen: Azure Landing Zone, Terraform
Region: Zürich
Branche: Versicherung
Budget: CHF 120'000
Rückmeldung bis: 4.12.2026

Liebe Grüsse
Martin Brunner
Alpenblick Informatik AG
Bahnhofstrasse 10, 8001 Zürich
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '<div class="WordSection1"><p class="MsoNormal"><span style="font-size:11.0pt">'
            + esc(text).replace("\n", "<br>") + "</span></p></div></body></html>")
    b = "_000_" + rhex(8).upper() + "ALPENBLICK_"
    hdrs = trace(frm, "mail-zr0che01on2101.outbound.protection.outlook.com", "40.107.24.101", when, sel="selector1") + [
        f"From: Martin Brunner <{frm}>",
        "To: opportunities <opportunities@rcp2p.test>",
        "Subject: " + ew(subject, enc="Q"),
        "Thread-Topic: " + ew(subject, enc="Q"),
        "Thread-Index: " + thread_index(),
        f"Date: {rfc(when)}",
        "Message-ID: " + outlook_ids("ZR0P278MB"),
        "Accept-Language: de-CH, en-US",
        "Content-Language: de-CH",
        "user-agent: Microsoft-MacOutlook/16.92.24120731",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="utf-8"', b64(text), "base64"),
                         part('text/html; charset="utf-8"', b64(html), "base64")])
    emit("k-outlook-mac-de-ch-chf-apostrophe.eml", message(hdrs, body), sub(
        frm, "Microsoft Outlook for Mac 16.92, Swiss German",
        "Swiss German: 'CHF 120'000' groups thousands with an apostrophe, 'Grüezi', 'Grüsse' with ss; Zürich "
        "is Europe (Switzerland has no node); 'Versicherung' Financial Services; 'Rückmeldung bis: "
        "4.12.2026'. The signature's Zürich address adds nothing new.",
        title=subject, comps=["Cloud Platform", "DevOps"], regions=["Europe"], industry="Financial Services",
        budget=(120000, "CHF"), respond_by="2026-12-04"))


def k13_fr_be_outlook():
    when = dt("Mon, 23 Nov 2026 09:30:55 +0100")
    frm = "sophie.lambert@meuse-numerique.example"
    subject = "Recherche partenaire : Microsoft Teams Phone pour une administration communale wallonne"
    text = """Bonjour à tous,

Une administration communale de la région de Namur souhaite remplacer sa centrale téléphonique par Teams Phone (environ 450 utilisateurs). Nous cherchons un partenaire expérimenté en Direct Routing.

Compétences : Teams Phone, Direct Routing
Région : Wallonie (Namur)
Secteur : administration publique
Budget : 75.000 € HTVA
Réponse souhaitée pour le 9 décembre au plus tard.

Bien à vous,
Sophie Lambert
Meuse Numérique SRL
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=windows-1252"></head><body lang="FR-BE"><div class="WordSection1">'
            + "".join(f'<p class="MsoNormal">{esc(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>'
                      for l in text.split("\n"))
            + "</div></body></html>")
    b = "_000_" + rhex(8).upper() + "MEUSE_"
    hdrs = trace(frm, "mail-am0eur02on2100.outbound.protection.outlook.com", "40.107.247.100", when,
                 sel="selector1") + [
        f"From: Sophie Lambert <{frm}>",
        "To: \"opportunities@rcp2p.test\" <opportunities@rcp2p.test>",
        "Subject: " + ew(subject, label="iso-8859-1", codec="latin-1", enc="Q"),
        "Thread-Topic: " + ew(subject, label="iso-8859-1", codec="latin-1", enc="Q"),
        "Thread-Index: " + thread_index(),
        f"Date: {rfc(when)}",
        "Message-ID: " + outlook_ids("AM9PR02MB"),
        "Accept-Language: fr-BE, en-US",
        "Content-Language: fr-BE",
        "X-MS-Has-Attach:",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="windows-1252"', qp(text, "cp1252"), "quoted-printable"),
                         part('text/html; charset="windows-1252"', qp(html.replace("€", "&euro;"), "cp1252"),
                              "quoted-printable")])
    emit("k-outlook-fr-be-htva-au-plus-tard.eml", message(hdrs, body), sub(
        frm, "Outlook 16 (Windows), Belgian French, windows-1252",
        "Belgian French: a space before the colon ('Compétences :'), '75.000 € HTVA' (dot thousands, € after, "
        "HTVA = excl. VAT), 'Wallonie (Namur)' is Benelux, 'administration publique' / 'communale' Public "
        "Sector, and the deadline 'pour le 9 décembre au plus tard' whose cue words follow the date.",
        comps=["Communications"], regions=["Benelux"], industry="Public Sector", budget=(75000, "EUR"),
        respond_by="2026-12-09"), crlf=True)


def k14_es_ar_gmail_mobile():
    when = dt("Tue, 24 Nov 2026 19:22:13 -0300")
    frm = "martin.gomez@pampacloud.example"
    subject = "Busco partner Power Platform – aseguradora en Buenos Aires"
    cid = "ii_" + rnd("abcdefghijklmnopqrstuvwxyz0123456789", 18)
    text = """Hola gente, ¿cómo andan?

Les comparto una oportunidad: una aseguradora de Buenos Aires quiere automatizar la gestión de siniestros con Power Apps y Power Automate. Nosotros llevamos la relación con el cliente y necesitamos un partner que haga el desarrollo.

[image: diagrama.png]

Presupuesto: USD 40.000 (el cliente también puede pagar en pesos, ARS 48.000.000 al tipo de cambio oficial)
Ubicación: Buenos Aires, Argentina
Fecha límite para responder: 11/12/2026

Abrazo,
Martín

Enviado desde mi Android
"""
    html = ('<div dir="auto"><div dir="auto">Hola gente, ¿cómo andan?</div><div dir="auto"><br></div>'
            '<div dir="auto">Les comparto una oportunidad: una aseguradora de Buenos Aires quiere automatizar la '
            'gestión de siniestros con Power Apps y Power Automate. Nosotros llevamos la relación con el cliente y '
            'necesitamos un partner que haga el desarrollo.</div><div dir="auto"><br></div>'
            f'<div dir="auto"><img src="cid:{cid}" alt="diagrama.png" width="360" height="240"></div>'
            '<div dir="auto"><br></div><div dir="auto">Presupuesto: USD 40.000 (el cliente también puede pagar en '
            'pesos, ARS 48.000.000 al tipo de cambio oficial)</div><div dir="auto">Ubicación: Buenos Aires, '
            'Argentina</div><div dir="auto">Fecha límite para responder: 11/12/2026</div><div dir="auto"><br></div>'
            '<div dir="auto">Abrazo,</div><div dir="auto">Martín</div><div dir="auto"><br></div>'
            '<div dir="auto">Enviado desde mi Android</div></div>')
    b_rel, b_alt = "000000000000" + rhex(16), "000000000000" + rhex(16)
    alt = part(f'multipart/alternative; boundary="{b_alt}"', multipart(b_alt, [
        part('text/plain; charset="UTF-8"', qp(text), "quoted-printable"),
        part('text/html; charset="UTF-8"', qp(html), "quoted-printable")]))
    img = part('image/png; name="diagrama.png"', b64(png(12, 8)), "base64",
               ['Content-Disposition: inline; filename="diagrama.png"', f"Content-ID: <{cid}>", f"X-Attachment-Id: {cid}"])
    hdrs = trace(frm, "mail-qk1-f170.google.com", "209.85.222.170", when, sel="google") + [
        "MIME-Version: 1.0",
        f"From: {ew('Martín Gómez')} <{frm}>",
        f"Date: {rfc(when)}",
        f"Message-ID: <{gmail_id()}>",
        "Subject: " + ew(subject),
        "To: opportunities@rcp2p.test",
        f'Content-Type: multipart/related; boundary="{b_rel}"',
    ]
    emit("k-gmail-android-es-ar-usd-ars.eml", message(hdrs, multipart(b_rel, [alt, img])), sub(
        frm, "Gmail for Android, Argentinian Spanish, inline image",
        "Rioplatense Spanish ('¿cómo andan?', 'Abrazo'); two currencies on the budget line: the budget is USD "
        "40.000 (the first, the one named), ARS 48.000.000 is its peso equivalent; '11/12/2026' is day first (11 "
        "December; 12 November is before the mail). Power Apps/Power Automate are Cloud Business Applications; "
        "'aseguradora' Financial Services; Buenos Aires is LATAM. An inline image by cid.",
        comps=["Cloud Business Applications"], regions=["LATAM"], industry="Financial Services",
        budget=(40000, "USD"), respond_by="2026-12-11"))


def k15_pt_br_apple_mail():
    when = dt("Wed, 25 Nov 2026 11:02:38 -0300")
    frm = "rafaela.souza@ipetec.example"
    subject = "Oportunidade: Power BI + Microsoft Fabric para rede varejista em São Paulo"
    text = """Olá pessoal,

Temos uma oportunidade com uma rede varejista de São Paulo (cerca de 200 lojas) que quer unificar os dados de vendas.

O que precisamos:
\t•\tPower BI (modelagem e dashboards)
\t•\tMicrosoft Fabric (lakehouse)

Orçamento estimado: R$ 1,2 mi
Prazo para resposta: até 10/12

Abraços,
Rafaela Souza
Ipê Tecnologia
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            "<div>Olá pessoal,</div><div><br></div><div>Temos uma oportunidade com uma rede varejista de São Paulo "
            "(cerca de 200 lojas) que quer unificar os dados de vendas.</div><div><br></div>"
            "<div>O que precisamos:</div><ul class=\"Apple-disc-list\"><li>Power BI (modelagem e dashboards)</li>"
            "<li>Microsoft Fabric (lakehouse)</li></ul><div><br></div><div><b>Orçamento estimado:</b> R$ 1,2 mi</div>"
            "<div><b>Prazo para resposta:</b> até 10/12</div><div><br></div><div>Abraços,</div>"
            "<div>Rafaela Souza</div><div>Ipê Tecnologia</div></body></html>")
    b = "Apple-Mail=_" + ruuid(upper=True)
    hdrs = trace(frm, "mail.ipetec.example", "198.51.100.160", when) + [
        f"Content-Type: multipart/alternative;\n\tboundary=\"{b}\"",
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))",
        "Subject: " + ew(subject, enc="Q"),
        f"From: Rafaela Souza <{frm}>",
        f"Date: {rfc(when)}",
        f"Message-Id: <{ruuid(upper=True)}@ipetec.example>",
        "To: opportunities@rcp2p.test",
        "X-Mailer: Apple Mail (2.3826.300.87.4.3)",
    ]
    body = multipart(b, [part("text/plain;\n\tcharset=utf-8", qp(text), "quoted-printable"),
                         part("text/html;\n\tcharset=utf-8", qp(html), "quoted-printable")])
    emit("k-apple-mail-pt-br-rs-mi.eml", message(hdrs, body), sub(
        frm, "Apple Mail (macOS), Brazilian Portuguese, rich text list",
        "A rich-text list (Apple-disc-list; the text part writes tab-bullet-tab); 'R$ 1,2 mi' is BRL 1,200,000 "
        "('mi' = milhões); 'até 10/12' without a year is 10 December; 'rede varejista' is Retail; São Paulo "
        "is Brazil; Power BI and Microsoft Fabric.",
        comps=["Data Analytics", "Data Platform"], regions=["Brazil"], industry="Retail",
        budget=(1200000, "BRL"), respond_by="2026-12-10"))


def k16_en_ng_disclaimer_above_ul():
    when = dt("Mon, 23 Nov 2026 10:45:21 +0100")
    frm = "adaeze.okonkwo@eko-digital.example"
    subject = "Partner needed: Business Central rollout for oil & gas services firm in Lagos"
    disclaimer = (
        '<table width="100%" style="background:#fff4e5;border:1px solid #f0b86e"><tr><td style="font-size:8pt;'
        'font-family:Arial;color:#555">CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential '
        'and may be privileged. They are intended solely for the use of the addressee. If you are not the '
        'intended recipient, please notify the sender immediately and delete this e-mail; any disclosure, '
        'copying or distribution is strictly prohibited. Eko Digital Ltd does not accept liability for any '
        'errors or omissions, or for damage caused by viruses. This message has been scanned for security '
        'threats, phishing and ransomware by Microsoft Defender for Office 365. Eko Digital Ltd is regulated '
        'in respect of its payment and banking software activities. RC 1234567.</td></tr></table><br>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + disclaimer
            + '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
            "<p>Good morning all,</p>"
            "<p>Trust this meets you well. We have a client, an oil and gas services company in Lagos, that is "
            "moving from Sage 300 to a new ERP. We are looking for a partner to support us with the following:</p>"
            "<ul><li>Dynamics 365 Business Central implementation (finance, inventory, procurement)</li>"
            "<li>Power BI finance dashboards</li></ul>"
            "<p>Estimated budget is &#8358;45,000,000. Kindly revert latest 4th December 2026.</p>"
            "<p>Best regards,<br>Adaeze Okonkwo<br>Head, Partnerships<br>Eko Digital Ltd</p></div></body></html>")
    hdrs = trace(frm, "mail-db3eur04on2110.outbound.protection.outlook.com", "40.107.6.110", when, sel="selector1") + [
        f"From: Adaeze Okonkwo <{frm}>",
        "To: \"opportunities@rcp2p.test\" <opportunities@rcp2p.test>",
        "Subject: " + subject,
        f"Date: {rfc(when)}",
        "Message-ID: " + outlook_ids("DB9PR04MB"),
        "X-EXCLAIMER-MD-CONFIG: " + ruuid(),
        "X-MS-Has-Attach:",
        "MIME-Version: 1.0",
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: base64",
    ]
    emit("k-exclaimer-en-ng-disclaimer-above-ul-only.eml", message(hdrs, b64(html)), sub(
        frm, "Outlook 16 via Exchange Online with an Exclaimer gateway disclaimer, Nigerian English, HTML only",
        "A gateway puts a long confidentiality disclaimer ABOVE the message, mentioning security, phishing, "
        "ransomware, Microsoft Defender and banking: none of it is a requirement or the industry. The "
        "requirements are only in an HTML <ul>. '₦45,000,000' (as &#8358;) is NGN; 'Kindly revert latest 4th "
        "December 2026' is the deadline ('revert' = reply in Nigerian and Indian English). Oil and gas is "
        "Energy. Lagos has no region node.",
        comps=["Enterprise Resource Planning", "Data Analytics"], industry="Energy", budget=(45000000, "NGN"),
        respond_by="2026-12-04"))


def k17_en_us_owa_external():
    when = dt("Tue, 24 Nov 2026 08:12:40 -0800")
    frm = "mike.chen@fabrikam.example"
    subject = "Copilot and Azure OpenAI partner for Phoenix school district"
    paras = [
        "[EXTERNAL] This email originated from outside of the organization. Do not click links or open "
        "attachments unless you recognize the sender and know the content is safe.",
        "Hi all,",
        "A K-12 school district in the Phoenix metro area wants to roll out Microsoft 365 Copilot to 1,800 staff "
        "and build a retrieval-augmented assistant on Azure OpenAI for their HR knowledge base. We are the "
        "licensing partner on the account; we need someone who has shipped Azure OpenAI solutions in production.",
        "Budget: $1.2M over 18 months",
        "Region: Phoenix, AZ",
        "Please respond by 12/15/2026.",
        "Thanks,\nMike Chen\nFabrikam Cloud Services | Seattle, WA",
    ]
    banner = ('<div style="background-color:#FFEB9C; width:100%; border-style: solid; border-color:#9C6500; '
              'border-width:1pt; padding:2pt; font-size:10pt; line-height:12pt; font-family:\'Calibri\'; '
              'color:Black; text-align: left;"><span style="color:#9C6500; font-weight:bold;">[EXTERNAL]</span> '
              'This email originated from outside of the organization. Do not click links or open attachments '
              'unless you recognize the sender and know the content is safe.</div><br>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + banner + '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
            'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            + "".join(f"<div>{esc(p).replace(chr(10), '<br>')}</div><div><br></div>" for p in paras[1:])
            + "</div></body></html>")
    b = "_000_" + rhex(8).upper() + "SJ0PR11MB_"
    hdrs = trace(frm, "mail-sj0pr11cu001.outbound.protection.outlook.com", "40.107.212.40", when, sel="selector1") + [
        f"From: Mike Chen <{frm}>",
        "To: \"opportunities@rcp2p.test\" <opportunities@rcp2p.test>",
        "Subject: " + subject,
        "Thread-Topic: " + subject,
        "Thread-Index: " + thread_index(),
        f"Date: {rfc(when)}",
        "Message-ID: " + outlook_ids("SJ0PR11MB"),
        "Accept-Language: en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach:",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="utf-8"', qp("\n\n".join(paras) + "\n"), "quoted-printable"),
                         part('text/html; charset="utf-8"', qp(html), "quoted-printable")])
    emit("k-owa-en-us-external-banner-1-2m.eml", message(hdrs, body), sub(
        frm, "Outlook on the web (Exchange Online), US English, [EXTERNAL] banner",
        "A yellow '[EXTERNAL] This email originated from outside of the organization…' banner paragraph before "
        "the greeting. '$1.2M' is USD 1,200,000; '12/15/2026' US month-first; Phoenix, AZ is US-West (the "
        "signature's Seattle, WA must not add anything); K-12 school district is Education. 'We are the "
        "licensing partner' is the sender's own role, not a need: the only competency is AI and Machine "
        "Learning (Microsoft 365 Copilot, Azure OpenAI).",
        comps=["AI and Machine Learning"], regions=["US-West"], industry="Education", budget=(1200000, "USD"),
        respond_by="2026-12-15"))


def k18_en_in_gmail_lakhs():
    when = dt("Fri, 20 Nov 2026 12:30:09 +0530")
    frm = "rahul.mehta@kaveritech.example"
    subject = "Requirement: Intune and Autopilot partner for hospital chain in Pune"
    text = """Hi Team,

Greetings from Kaveri Technologies!

We have a requirement from one of our esteemed clients, a multi-specialty hospital chain in Pune, for Intune and Windows Autopilot deployment for approx 1,200 devices across 6 hospitals.

Budget for the same is Rs. 25 lakhs (excluding GST).
Interested partners may please respond within 10 business days.

Do the needful and revert.

Thanks & Regards,
Rahul Mehta
Kaveri Technologies Pvt. Ltd.
Mob: +91 98765 43210
"""
    html = '<div dir="ltr">' + lines_html(text) + "</div>"
    b = "000000000000" + rhex(16)
    hdrs = trace(frm, "mail-pj1-f41.google.com", "209.85.216.41", when, sel="google") + [
        "MIME-Version: 1.0",
        f"From: Rahul Mehta <{frm}>",
        f"Date: {rfc(when)}",
        f"Message-ID: <{gmail_id()}>",
        "Subject: " + subject,
        "To: opportunities@rcp2p.test",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="UTF-8"', qp(text), "quoted-printable"),
                         part('text/html; charset="UTF-8"', qp(html), "quoted-printable")])
    emit("k-gmail-en-in-rs-lakhs-business-days.eml", message(hdrs, body), sub(
        frm, "Gmail (web), Indian English",
        "'Rs. 25 lakhs' is INR 2,500,000 (the 'Rs.' abbreviation with a dot); 'respond within 10 business days' "
        "from Friday 20 November is Friday 4 December; '1,200 devices' is no money; Pune is India; hospital "
        "chain is Healthcare.",
        comps=["Enterprise Mobility Management"], regions=["India"], industry="Healthcare",
        budget=(2500000, "INR"), respond_by="2026-12-04"))


def k19_en_gb_outlook2016_word():
    when = dt("Mon, 23 Nov 2026 09:14:03 +0000")
    frm = "j.okafor@northwind.example"
    subject = "Partner needed – Teams Rooms refresh for NHS trust in Leeds"
    text = """Morning all,

An NHS trust in Leeds is refreshing 40 meeting rooms. We need a partner who can deliver:

\u00b7         Microsoft Teams Rooms (design and install)
\u00b7         Direct Routing for the room phones

Budget is c. \u00a365,000 ex VAT.

Deadline: COB Friday \u2013 sorry for the short notice.

Kind regards,
Jide Okafor
Northwind Traders Ltd
"""
    li = ('<p class="MsoListParagraph" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]>'
          '<span style="font-family:Symbol"><span style="mso-list:Ignore">\u00b7<span style="font:7.0pt '
          '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
          '<![endif]>{}<o:p></o:p></p>')
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph\n\t{mso-style-priority:34;\n'
            '\tmargin-left:36.0pt;}\n@list l0\n\t{mso-list-id:1418867512;}\n--></style></head>'
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
            '<p class="MsoNormal">Morning all,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">An NHS trust in Leeds is refreshing 40 meeting rooms. We need a partner who can '
            'deliver:<o:p></o:p></p>'
            + li.format("Microsoft Teams Rooms (design and install)")
            + li.format("Direct Routing for the room phones")
            + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Budget is c. \u00a365,000 ex VAT.<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Deadline: COB Friday \u2013 sorry for '
            'the short notice.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Kind '
            'regards,<br>Jide Okafor<br>Northwind Traders Ltd<o:p></o:p></p></div></body></html>')
    b = "_000_" + rhex(8).upper() + "LO2P265MB_"
    hdrs = trace(frm, "mail-lo2gbr01on2100.outbound.protection.outlook.com", "40.107.10.100", when, sel="selector1") + [
        f"From: Jide Okafor <{frm}>",
        "To: \"opportunities@rcp2p.test\" <opportunities@rcp2p.test>",
        "Subject: " + ew(subject, label="Windows-1252", codec="cp1252", enc="Q"),
        "Thread-Topic: " + ew(subject, label="Windows-1252", codec="cp1252", enc="Q"),
        "Thread-Index: " + thread_index(),
        f"Date: {rfc(when)}",
        "Message-ID: <000001db3d8a$" + rhex(8) + "$" + rhex(8) + "@northwind.example>",
        "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: en-gb",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="windows-1252"', qp(text, "cp1252"), "quoted-printable"),
                         part('text/html; charset="windows-1252"', qp(html, "cp1252"), "quoted-printable")])
    emit("k-outlook2016-en-gb-msolist-cob-friday.eml", message(hdrs, body), sub(
        frm, "Outlook 2016 (Windows) MAPI, Word HTML, windows-1252",
        "Outlook 2016's own rendering: MsoListParagraph bullets written as '·' (0xB7) and nine spaces in the "
        "text part, Symbol-font bullets in the HTML; '£' and an en dash as windows-1252 bytes. 'Budget is c. "
        "£65,000 ex VAT'. 'Deadline: COB Friday' (close of business) from Monday 23 November is Friday 27 "
        "November. NHS trust is Healthcare; Leeds is UK.",
        title=subject, comps=["Communications"], regions=["UK"], industry="Healthcare", budget=(65000, "GBP"),
        respond_by="2026-11-27"), crlf=True)


def k20_de_thunderbird_long_sig():
    when = dt("Wed, 25 Nov 2026 16:20:47 +0100")
    frm = "anna.schmidt@contoso.example"
    subject = "Unterstützung gesucht: Penetrationstest für Stadtwerke in Köln"
    text = """Hallo zusammen,

für einen kommunalen Energieversorger (Stadtwerke) im Raum Köln suchen wir einen Partner für einen Penetrationstest der IT- und OT-Umgebung nach NIS2-Vorgaben. Wir selbst übernehmen die Projektleitung und die Abstimmung mit dem Kunden. Der Auftrag ist eher klein, der Kunde nennt ein Budget von rund 35.000 EUR.

Rückmeldung bitte bis spätestens 11.12.2026.

Viele Grüße
Anna Schmidt

-- 
Anna Schmidt
Partner Managerin | Contoso Analytics GmbH
Microsoft Solutions Partner – Data & AI (Azure) | Infrastructure (Azure) | Digital & App Innovation (Azure) | Modern Work | Business Applications
Unsere Schwerpunkte: Power BI · Microsoft Fabric · Azure Synapse · Azure Databricks · Azure OpenAI · Copilot Studio · Dynamics 365 Business Central · Dynamics 365 Sales · Intune · Windows 365 · SharePoint · Teams Rooms · Azure Virtual Desktop
Branchen: Gesundheitswesen · Fertigung · Handel · Öffentliche Verwaltung
Zertifiziert nach ISO 27001 und ISO 9001

Contoso Analytics GmbH · Leopoldstraße 250 · 80807 München
Tel. +49 89 1234567-0 · www.contoso.example
Sitz der Gesellschaft: München · Amtsgericht München HRB 123456
Geschäftsführer: Dr. Max Mustermann, Erika Musterfrau

Besuchen Sie uns auf der Data Community Konferenz 2027 in Hamburg!
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
"""
    hdrs = trace(frm, "mail.contoso.example", "198.51.100.20", when) + [
        f"Message-ID: <{ruuid()}@contoso.example>",
        f"Date: {rfc(when)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: de-DE",
        "To: opportunities@rcp2p.test",
        f"From: Anna Schmidt <{frm}>",
        "Subject: " + ew(subject, enc="Q"),
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
    ]
    emit("k-thunderbird-de-flowed-long-product-signature.eml", message(hdrs, raw8(flowed(text), "utf-8")), sub(
        frm, "Thunderbird 128 (Linux), German, format=flowed 8bit",
        "format=flowed with soft-wrapped lines; the need is a Penetrationstest (NIS2) for Stadtwerke (a "
        "municipal utility: Energy) near Köln. The very long signature lists a dozen products and industries "
        "(Power BI, Fabric, Databricks, Intune, Gesundheitswesen, Fertigung…) and Hamburg/München: none of it "
        "counts. 'rund 35.000 EUR'; 'bis spätestens 11.12.2026'.",
        title=subject, comps=["Security"], regions=["Germany"], industry="Energy", budget=(35000, "EUR"),
        respond_by="2026-12-11"))


def k21_reply_all_top_post_quoted_opportunity():
    when = dt("Tue, 24 Nov 2026 13:55:12 +0100")
    frm = "kari.nordmann@nordlys.example"
    subject = "Re: Teams Phone partner for Aarhus Kommune"
    quoted_when = "Mon, 23 Nov 2026 at 10:02"
    quoted = """Hi all,

Aarhus Kommune is replacing its PBX with Teams Phone and Direct Routing for 3,000 users. We are looking for a partner with Teams Rooms experience too.

Competencies: Teams Phone, Direct Routing, Teams Rooms
Region: Denmark
Budget: DKK 400.000
Respond by: 4 December 2026

Mette"""
    new = """Hi Mette, all - adding the opportunities inbox.

Not for Aarhus, but a separate new one for everyone: a ferry operator in Stavanger needs an Azure landing zone and AKS for their booking platform. Budget around NOK 900 000. Please respond before Christmas.

Kari
"""
    text = new + f"\nOn {quoted_when}, Mette Jensen <mette.jensen@havnit.example> wrote:\n\n" + wrap_quoted(quoted) + "\n"
    html = ('<div dir="ltr">' + lines_html(new.rstrip("\n")) + '</div><br><div class="gmail_quote">'
            f'<div dir="ltr" class="gmail_attr">On {quoted_when}, Mette Jensen &lt;<a href="mailto:mette.jensen@havnit.example">'
            'mette.jensen@havnit.example</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px '
            '0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + lines_html(quoted)
            + "</blockquote></div>")
    b = "000000000000" + rhex(16)
    hdrs = trace(frm, "mail-ej1-f53.google.com", "209.85.218.53", when, sel="google") + [
        "MIME-Version: 1.0",
        "References: <" + gmail_id() + ">",
        "In-Reply-To: <" + gmail_id() + ">",
        f"From: Kari Nordmann <{frm}>",
        f"Date: {rfc(when)}",
        f"Message-ID: <{gmail_id()}>",
        "Subject: " + subject,
        "To: Mette Jensen <mette.jensen@havnit.example>",
        "Cc: opportunities@rcp2p.test, Aino Virtanen <aino.virtanen@revontuli.example>",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="UTF-8"', qp(text), "quoted-printable"),
                         part('text/html; charset="UTF-8"', qp(html), "quoted-printable")])
    emit("k-gmail-reply-all-new-project-over-quoted-opportunity.eml", message(hdrs, body), sub(
        frm, "Gmail (web), reply-all to another partner's thread, Cc the service",
        "A reply-all whose short top post is a NEW project (Azure landing zone + AKS, Stavanger, NOK 900 000, "
        "'before Christmas' = by 24 December); below 'On … wrote:' is another partner's quoted opportunity "
        "(Teams Phone, Denmark, DKK 400.000, 4 December) which must not be read. The subject is the old "
        "thread's, so the title is not asserted; a ferry operator has no industry.",
        comps=["Cloud Platform"], regions=["Nordics"], budget=(900000, "NOK"), respond_by="2026-12-24"))


def k22_subject_opportunity_budget_words():
    when = dt("Mon, 23 Nov 2026 14:00:33 +0200")
    frm = "aino.virtanen@revontuli.example"
    text = """Hello,

A university in Tampere is replacing its old intranet with SharePoint Online and Viva Connections. We are fully booked until March and would like a partner to take the build.

The university has set aside fifty thousand euros for the first phase. They would like proposals by the 18th of December.

Best,
Aino

Aino Virtanen | Revontuli Solutions Oy
"""
    html = ('<html><head></head><body><div>' + lines_html(text) + '</div></body></html>')
    b = "__" + rhex(8) + "_" + rnd("0123456789", 10)
    hdrs = trace(frm, "mail.revontuli.example", "198.51.100.33", when) + [
        f"Date: {rfc(when)}",
        f"From: Aino Virtanen <{frm}>",
        "To: opportunities@rcp2p.test",
        f"Message-ID: <{rhex(8)}.{rhex(4)}@revontuli.example>",
        "Subject: Opportunity",
        "X-Mailer: Airmail (660)",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="utf-8"', qp(text), "quoted-printable"),
                         part('text/html; charset="utf-8"', qp(html), "quoted-printable")])
    emit("k-airmail-subject-only-opportunity-budget-in-words.eml", message(hdrs, body), sub(
        frm, "Airmail 5 (macOS), English by a Finnish writer",
        "The subject is only 'Opportunity'; everything is prose. 'fifty thousand euros' is EUR 50,000 written "
        "in words; 'by the 18th of December'; Tampere is Nordics; university is Education; SharePoint Online "
        "and Viva Connections are Collaboration and Content. 'fully booked until March' is no deadline.",
        comps=["Collaboration and Content"], regions=["Nordics"], industry="Education", budget=(50000, "EUR"),
        respond_by="2026-12-18"))


def k23_caps_emoji_day_rate():
    when = dt("Tue, 24 Nov 2026 07:48:19 +0100")
    frm = "sanne.devries@polderdata.example"
    subject = "🔥 URGENT: INTUNE SPECIALIST NEEDED – ROTTERDAM PORT AUTHORITY 🔥"
    text = """Hi all,

We need an experienced Intune / Autopilot consultant for the Port of Rotterdam authority, starting January.

Rate: €900/day, ~60 days
Location: Rotterdam (hybrid, 2 days a week on site)
Reply by Friday 4 December.

Sanne

Sent from my iPhone
"""
    html = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + \
        lines_html(text) + "</body></html>"
    b = "Apple-Mail-" + ruuid(upper=True)
    hdrs = trace(frm, "mail-wm1-f52.google.com", "209.85.128.52", when, sel="google") + [
        f"Content-Type: multipart/alternative; boundary={b}",
        "Content-Transfer-Encoding: 7bit",
        "From: Sanne de Vries <" + frm + ">",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {rfc(when)}",
        "Subject: " + ew(subject),
        f"Message-Id: <{ruuid(upper=True)}@polderdata.example>",
        "To: opportunities@rcp2p.test",
        "X-Mailer: iPhone Mail (22B91)",
    ]
    body = multipart(b, [part("text/plain; charset=utf-8", qp(text), "quoted-printable"),
                         part("text/html; charset=utf-8", qp(html), "quoted-printable")])
    emit("k-iphone-caps-emoji-subject-day-rate.eml", message(hdrs, body), sub(
        frm, "iOS Mail 18, English by a Dutch writer",
        "ALL CAPS subject wrapped in emoji (title not asserted). The money is a day rate times a duration: "
        "'€900/day, ~60 days'. A careful reader calls the budget the engagement's value, about €54,000 (900 × "
        "60), not €900: a partner with a minimum budget of 10,000 must see it. 'Reply by Friday 4 December'; "
        "Rotterdam is Benelux; Intune/Autopilot are Enterprise Mobility Management. 'Port authority' is not "
        "asserted as an industry.",
        comps=["Enterprise Mobility Management"], regions=["Benelux"], budget=(54000, "EUR"),
        respond_by="2026-12-04"))


LONG_PROSE = """Dear colleagues,

I hope this finds you well, and that the end of the year is treating you kindly. I apologise in advance for the length of this mail; we have been working with this customer for a long time and I would rather give you the whole picture once than answer the same questions twenty times.

Some background first. Our customer is a private hospital group headquartered in Johannesburg, with eleven acute-care hospitals, four day clinics and a pathology network across Gauteng, KwaZulu-Natal and the Western Cape. They have been our customer since 2019. Over the years we moved their mail and files to Microsoft 365, we run their Azure tenant day to day, and we manage their 6,500 laptops and tablets in Intune; none of that is part of this request, and we are not looking for help with any of it. I mention it only so that you understand that the environment is well documented and that the customer is used to working with partners.

The problem they have today is reporting. Every hospital produces its own spreadsheets for bed occupancy, theatre utilisation, length of stay, readmissions and the monthly numbers that go to the medical aids. The group finance team spends the first ten days of every month reconciling these spreadsheets by hand. The clinical executive committee has asked, more than once, for a single view of occupancy across the group that is less than a day old, and nobody can give it to them. There is an old SQL Server 2014 data mart in the main data centre that was built by a previous supplier in 2016; it still loads some of the patient administration data every night, but it has not been maintained since that supplier left and most people no longer trust it.

The board has now approved a programme to fix this properly. The first phase, which is what this mail is about, is to build a modern data platform and the first set of reports on top of it. In the customer's words: "one version of the truth for beds, theatres and money, refreshed every hour". They have looked at a few options and, partly because of their existing Microsoft agreement, have chosen Microsoft Fabric for the platform and Power BI for the reports. We agree with that choice.

What we need from a partner is, concretely, the data engineering and the reporting. We would like a partner who can design the lakehouse in Microsoft Fabric, build the pipelines from the patient administration system (a locally developed system on Oracle Database), the theatre system and the finance system, model the data, and then build the first fifteen to twenty Power BI reports with the customer's analysts. We expect the partner to bring a solution architect, two data engineers and a Power BI developer, more or less full time, for four to five months. Experience with healthcare data (ICD-10 coding, medical aid claims, POPIA) is a strong plus but not a hard requirement; the customer's own clinical coding team is excellent and will support whoever we bring in.

To be very clear about the split of work: we keep the customer relationship, the programme management, the change management and the training of end users, and we continue to run the infrastructure. The partner owns the data platform and the reports. We will write the statement of work together with the partner and subcontract under our master agreement with the customer, so the partner does not need to be on the customer's supplier list.

A few words on the people. The sponsor is the group CFO, who is very engaged and very direct. The day-to-day lead on the customer side is the head of business intelligence, who joined eighteen months ago from a large retailer and knows exactly what good looks like. The clinical side is represented by the group's chief medical information officer. They are good people to work with, but they have been burned before by suppliers who promised dashboards in six weeks and delivered nothing, so expect a careful and sometimes sceptical first workshop.

On timing: the customer would like to kick off in the second half of January, after the summer holidays, and wants the first reports live for the April board meeting. Go-live for the first release is planned by 31 March 2027; the second phase (theatre scheduling and predictive occupancy) would follow in the second half of 2027 and is not part of this request, although the partner who does phase one well would obviously be in a strong position for it.

On money: the board approved R4,5 million (ZAR, excluding VAT) for this first phase, which covers the partner's services and our own programme management; the Fabric capacity and Power BI licences are paid separately under the customer's agreement. We think the partner's share will be in the region of two thirds of that, but we are open to a conversation once we understand your approach.

On location: the customer is happy with a mostly remote team, but wants the architect and the lead developer in Johannesburg for the first two weeks and for one week every month after that. Travel and accommodation are covered by the customer at cost.

Some practical points. We will share the customer's current data dictionary, the list of source systems and the report wish list under an NDA once you tell us you are interested. We will hold one joint call with all interested partners in the first week of December and then short individual sessions. We intend to choose one partner before the holidays if at all possible, but the customer's procurement team has told us that their own review will take until the middle of January.

What we would like from you, in a short reply (two pages is plenty): a description of a similar data platform you have built, ideally on Microsoft Fabric or at least Azure Synapse, with a reference we may call; the people you would propose, with a sentence on each; and your view of the approach and the main risks. Please do not send day rates yet; we will discuss commercials in the individual sessions.

Please send your reply no later than 2027-01-08 so that we can finish our own review before the customer's procurement team starts theirs.

Thank you for reading this far. If anything is unclear, call me any time on the number below; I would rather have a ten-minute call than a misunderstanding.

Warm regards,

Thabo Nkosi
Director, Alliances
Kopje Cloud (Pty) Ltd
Block C, 12 Rivonia Road, Sandton, Johannesburg
+27 11 555 0100
"""


def k24_long_prose_en_za():
    when = dt("Wed, 25 Nov 2026 08:05:55 +0200")
    frm = "thabo.nkosi@kopjecloud.example"
    subject = "Data platform and reporting partner for a hospital group (Microsoft Fabric, Power BI)"
    padding = "\n".join(
        f"Note {i}: the customer's {what} is documented in the pack we will share after the NDA; we will walk "
        f"through it in the joint call, and nothing in it changes the scope described above."
        for i, what in enumerate(["bed management process", "theatre booking process", "month-end close",
                                  "data retention policy", "reporting calendar", "committee structure",
                                  "naming conventions", "source system inventory", "access request process",
                                  "incident process", "change advisory board", "testing approach"], 1))
    text = LONG_PROSE.replace("Thank you for reading this far.", padding + "\n\nThank you for reading this far.")
    while len(text.encode()) < 15000:
        text = text.replace("Warm regards,", "P.S. Several of the people copied on earlier conversations have "
                            "since changed roles; please reply to me directly and not to the whole group.\n\n"
                            "Warm regards,", 1)
    hdrs = trace(frm, "mail.kopjecloud.example", "198.51.100.210", when) + [
        f"Message-ID: <{ruuid()}@kopjecloud.example>",
        f"Date: {rfc(when)}",
        "MIME-Version: 1.0",
        "User-Agent: Postbox 7.0.64 (Windows/20240418)",
        f"From: Thabo Nkosi <{frm}>",
        "To: opportunities@rcp2p.test",
        "Subject: " + subject,
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: quoted-printable",
    ]
    emit("k-postbox-en-za-long-prose-15kb.eml", message(hdrs, qp(flowed(text))), sub(
        frm, "Postbox 7 (Windows), South African English, ~15 KB of prose",
        "A very long submission with the fields scattered through prose. What the sender already does for the "
        "customer (Microsoft 365, the Azure tenant, Intune, training, an old SQL Server data mart) is not asked "
        "for: the need is Microsoft Fabric + Power BI (Data Platform, Data Analytics). 'R4,5 million (ZAR, "
        "excluding VAT)' is ZAR 4,500,000 with a comma decimal; 'Go-live … by 31 March 2027' and 'kick off in "
        "the second half of January' are not the respond-by date, 'no later than 2027-01-08' is. A hospital "
        "group is Healthcare; Johannesburg has no region node.",
        title=subject, comps=["Data Platform", "Data Analytics"], industry="Healthcare",
        budget=(4500000, "ZAR"), respond_by="2027-01-08"))


# --- not submissions -------------------------------------------------------

def k25_outlook_recall():
    when = dt("Mon, 23 Nov 2026 09:31:40 +0000")
    frm = "j.okafor@northwind.example"
    orig = "Partner needed – Teams Rooms refresh for NHS trust in Leeds"
    text = f'Jide Okafor would like to recall the message, "{orig}".\n'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<p><font size="2">Jide Okafor would like to recall the message, &quot;{esc(orig)}&quot;.</font></p>'
            "</body></html>")
    b = "_000_" + rhex(8).upper() + "RECALL_"
    hdrs = trace(frm, "mail-lo2gbr01on2100.outbound.protection.outlook.com", "40.107.10.100", when, sel="selector1") + [
        f"From: Jide Okafor <{frm}>",
        "To: \"opportunities@rcp2p.test\" <opportunities@rcp2p.test>",
        "Subject: " + ew("Recall: " + orig, label="Windows-1252", codec="cp1252", enc="Q"),
        "Thread-Topic: " + ew(orig, label="Windows-1252", codec="cp1252", enc="Q"),
        "Thread-Index: " + thread_index(),
        f"Date: {rfc(when)}",
        "Message-ID: " + outlook_ids("LO2P265MB"),
        "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: en-gb",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="utf-8"', qp(text), "quoted-printable"),
                         part('text/html; charset="utf-8"', qp(html), "quoted-printable")])
    emit("k-outlook-recall-message.eml", message(hdrs, body), other(
        "auto_reply", frm, "Outlook 2016 (Windows) message recall to an external recipient",
        "Outlook's 'Recall This Message' reaches external mailboxes as a plain mail 'Recall: <subject>' whose "
        "whole body is '<Name> would like to recall the message, \"<subject>\".' Outlook wrote it, not the "
        "person: it must not become a second opportunity (the quoted subject names Teams Rooms) and gets no "
        "'could not read' answer. Recorded as auto_reply (machine-generated, RFC 3834 spirit). Recalls cannot "
        "work outside the sender's Exchange organisation; withdrawing is 'withdraw OPP-n'."))


def k26_read_receipt_mdn():
    when = dt("Tue, 24 Nov 2026 16:40:02 -0800")
    frm = "mike.chen@fabrikam.example"
    orig = "Received: Copilot and Azure OpenAI partner for Phoenix school district (OPP-12)"
    b = "_002_" + rhex(8).upper() + "MDN_"
    human = (f"Your message\n\n  To: Mike Chen\n  Subject: {orig}\n  Sent: Tuesday, November 24, 2026 8:13:02 AM "
             "(UTC-08:00) Pacific Time (US & Canada)\n\nwas read on Tuesday, November 24, 2026 4:40:01 PM (UTC-08:00) "
             "Pacific Time (US & Canada).\n")
    mdn = ("Reporting-UA: SJ0PR11MB" + rhex(4).upper() + ".namprd11.prod.outlook.com\n"
           "Final-Recipient: rfc822;mike.chen@fabrikam.example\n"
           "Original-Message-ID: <" + rhex(16) + "@rcp2p.test>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    hdrs = trace(frm, "mail-sj0pr11cu001.outbound.protection.outlook.com", "40.107.212.40", when, sel="selector1") + [
        f"From: Mike Chen <{frm}>",
        "To: RCP2P Inbox <opportunities@rcp2p.test>",
        "Subject: Read: " + orig,
        f"Date: {rfc(when)}",
        "Message-ID: " + outlook_ids("SJ0PR11MB"),
        "Content-Language: en-US",
        "X-MS-Has-Attach:",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="us-ascii"', human, "7bit"),
                         part("message/disposition-notification", mdn, "7bit")])
    emit("k-owa-read-receipt-mdn.eml", message(hdrs, body), other(
        "auto_reply", frm, "Outlook on the web read receipt (RFC 8098 MDN)",
        "A read receipt for our acknowledgement: multipart/report; report-type=disposition-notification, "
        "subject 'Read: Received: Copilot and Azure OpenAI partner … (OPP-12)'. An MDN is an automatic "
        "response (RFC 8098 §2.1: never answered), not a bounce (nothing failed) and certainly not a new "
        "submission, though its subject names Copilot and Azure OpenAI."))


def k27_calendar_accepted():
    when = dt("Wed, 25 Nov 2026 11:05:00 +0100")
    frm = "anna.schmidt@contoso.example"
    topic = "Partner-Call: Power BI Opportunity Klinikverbund"
    b = "_000_" + rhex(8).upper() + "ACCEPT_"
    ics = f"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Anna Schmidt:mailto:anna.schmidt@contoso.example
COMMENT;LANGUAGE=de-DE:\\n
SUMMARY;LANGUAGE=de-DE:Zugesagt: {topic}
DTSTART;TZID=W. Europe Standard Time:20261202T140000
DTEND;TZID=W. Europe Standard Time:20261202T143000
UID:040000008200E00074C5B7101A82E008000000000{rhex(24).upper()}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261125T100500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    hdrs = trace(frm, "mail-fr2deu01on2100.outbound.protection.outlook.com", "40.107.135.100", when, sel="selector1") + [
        f"From: Anna Schmidt <{frm}>",
        "To: RCP2P Inbox <opportunities@rcp2p.test>",
        "Subject: Accepted: " + ew(topic, enc="Q"),
        "Thread-Topic: " + ew(topic, enc="Q"),
        "Thread-Index: " + thread_index(),
        f"Date: {rfc(when)}",
        "Message-ID: " + outlook_ids("FR2P281MB"),
        "Content-Language: de-DE",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
        "Content-class: urn:content-classes:calendarmessage",
        f'Content-Type: multipart/alternative; boundary="{b}"',
    ]
    body = multipart(b, [part('text/plain; charset="us-ascii"', "\n", "quoted-printable"),
                         part('text/calendar; charset="utf-8"; method=REPLY', b64(ics), "base64")])
    emit("k-outlook-calendar-accepted.eml", message(hdrs, body), other(
        "auto_reply", frm, "Outlook (Exchange Online) meeting response, English UI",
        "A meeting acceptance: 'Accepted: Partner-Call: Power BI Opportunity Klinikverbund', an empty text "
        "part and text/calendar; method=REPLY (PARTSTAT=ACCEPTED), Content-class calendarmessage. The client "
        "generated it when the person clicked Accept: not a submission (though 'Power BI' is in the subject), "
        "nothing to answer. Recorded as auto_reply."))


def k28_sharepoint_notification():
    when = dt("Mon, 23 Nov 2026 08:02:11 +0000")
    frm = "no-reply@sharepointonline.com"
    subject = "Jonas Weber hat „Partner-Pipeline Power BI Q1.xlsx“ für Sie freigegeben"
    html = ('<html><body><table role="presentation" width="100%"><tr><td><p>Jonas Weber hat eine Datei für Sie '
            'freigegeben.</p><p><b>Partner-Pipeline Power BI Q1.xlsx</b></p><p>Hier ist die Liste der Intune- und '
            'Sentinel-Opportunities für Q1 (Budget ca. 250.000 EUR gesamt).</p><p><a href="https://contoso.sharepoint.com'
            '/:x:/s/Partner/E' + rnd(ALNUM, 40) + '">Öffnen</a></p><p style="font-size:9pt;color:#666">Microsoft '
            'respektiert Ihre Privatsphäre. Lesen Sie unsere Datenschutzbestimmungen. Microsoft Corporation, One '
            'Microsoft Way, Redmond, WA 98052</p></td></tr></table></body></html>')
    hdrs = mx_top("bounces+SRS=" + rnd(ALNUM, 5) + "@sharepointonline.com", "mail-db8eur05on2050.outbound.protection.outlook.com",
                  "40.107.20.50", when, ar=ar_pass(frm, "40.107.20.50", dkim_d="sharepointonline.com",
                                                   mailfrom="bounces@sharepointonline.com")) + [
        dkim("sharepointonline.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version", when),
        f"From: SharePoint Online <{frm}>",
        "To: <opportunities@rcp2p.test>",
        "Subject: " + ew(subject),
        f"Date: {rfc(when)}",
        f"Message-ID: <{ruuid()}@odspnotify>",
        "X-MS-Exchange-Organization-SCL: -1",
        "X-Sharing-Notification: true",
        "MIME-Version: 1.0",
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: base64",
    ]
    emit("k-sharepoint-sharing-notification-no-reply.eml", message(hdrs, b64(html)), other(
        "unknown_sender", frm, "SharePoint Online sharing notification (Microsoft 365)",
        "A partner shared a file with the service address and SharePoint mailed it from no-reply@"
        "sharepointonline.com. It carries no Auto-Submitted, Precedence or List-* header, so by DESIGN's "
        "order it is mail from an unregistered sender: unknown_sender, recorded; and since a no-reply address "
        "is no person, no explanation is sent. Its Power BI/Intune/Sentinel words must not create anything."))


def k29_dmarc_aggregate():
    when = dt("Sun, 22 Nov 2026 23:59:59 -0800")
    frm = "noreply-dmarc-support@google.com"
    rid = rnd("0123456789", 20)
    import io
    import zipfile
    xml = (f'<?xml version="1.0" encoding="UTF-8" ?>\n<feedback>\n  <report_metadata>\n    <org_name>google.com</org_name>\n'
           f'    <email>noreply-dmarc-support@google.com</email>\n    <report_id>{rid}</report_id>\n'
           '    <date_range><begin>1795651200</begin><end>1795737599</end></date_range>\n  </report_metadata>\n'
           '  <policy_published><domain>rcp2p.test</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p>'
           '<pct>100</pct></policy_published>\n  <record><row><source_ip>192.0.2.25</source_ip><count>42</count>'
           '<policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated>'
           '</row><identifiers><header_from>rcp2p.test</header_from></identifiers></record>\n</feedback>\n')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(f"google.com!rcp2p.test!1795651200!1795737599.xml", date_time=(2026, 11, 22, 23, 59, 58))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, xml)
    name = "google.com!rcp2p.test!1795651200!1795737599.zip"
    b = "000000000000" + rhex(16)
    hdrs = mx_top(frm, "mail-yb1-f201.google.com", "209.85.219.201", when,
                  ar=ar_pass(frm, "209.85.219.201", dkim_d="google.com", sel="20230601")) + [
        dkim("google.com", "20230601", "date:mime-version:message-id:subject:from:to", when),
        f"Date: {rfc(when)}",
        "MIME-Version: 1.0",
        f"Message-ID: <{rnd('0123456789', 20)}@google.com>",
        f"Subject: Report domain: rcp2p.test Submitter: google.com Report-ID: {rid}",
        f"From: noreply-dmarc-support@google.com",
        "To: opportunities@rcp2p.test",
        f'Content-Type: multipart/mixed; boundary="{b}"',
    ]
    body = multipart(b, [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes',
             "This is an aggregate report from google.com.\n\nReport domain: rcp2p.test\nSubmitter: google.com\n"
             f"Report-ID: {rid}\n", "7bit"),
        part(f'application/zip; \n\tname="{name}"', b64(buf.getvalue()), "base64",
             [f'Content-Disposition: attachment; \n\tfilename="{name}"'])])
    emit("k-google-dmarc-aggregate-report-zip.eml", message(hdrs, body), other(
        "unknown_sender", frm, "Google DMARC aggregate report (RUA) with a zip attachment",
        "A DMARC aggregate report for rcp2p.test, because the service address appears as a rua= target. No "
        "Auto-Submitted or list headers; the sender is a no-reply address that is no partner: unknown_sender, "
        "kept, never answered. An operator may want to point rua= elsewhere."))


def k30_seo_spam():
    when = dt("Sat, 21 Nov 2026 04:12:55 +0530")
    frm = "ravi.digitalexpert@rankboost-seo.example"
    text = """Hi,

I was checking your website and noticed that it is not ranking on the first page of Google for many important keywords like "Azure partner", "Power BI consulting" and "Microsoft security services".

We are a leading SEO company with 10+ years of experience. We can help you with:

1. On-page SEO and technical SEO audit
2. Link building (high DA backlinks)
3. Local SEO and Google Business Profile
4. Content marketing and social media

Our packages start from only $199 per month. We guarantee first page ranking within 90 days.

Can I send you a free website audit report? Please reply with "YES".

Thanks & Regards,
Ravi Kumar
Digital Marketing Consultant
"""
    hdrs = mx_top(frm, "mail-pl1-f195.google.com", "209.85.214.195", when,
                  ar=ar_pass(frm, "209.85.214.195", dkim_d="rankboost-seo.example", policy="none")) + [
        dkim("rankboost-seo.example", "google", "to:subject:message-id:date:from:mime-version", when),
        "MIME-Version: 1.0",
        f"From: Ravi Kumar <{frm}>",
        f"Date: {rfc(when)}",
        f"Message-ID: <{gmail_id()}>",
        "Subject: Re: Website ranking on Google",
        "To: opportunities@rcp2p.test",
        'Content-Type: text/plain; charset="UTF-8"',
    ]
    emit("k-unknown-sender-seo-spam-fake-re.eml", message(hdrs, text), other(
        "unknown_sender", frm, "Gmail-sent cold SEO pitch from an unknown domain",
        "Classic SEO spam with a fake 'Re:' subject and product words ('Azure partner', 'Power BI consulting') "
        "in the pitch. The sender is no partner and the mail has no bulk headers: unknown_sender, which gets "
        "the one polite, rate-limited explanation."))


BUILDERS = [k01_ja_iso2022jp, k02_tr_gmail, k03_cs_seznam, k04_el_k9, k05_ru_koi8, k06_uk_roundcube, k07_vi_zimbra,
            k08_th_bluemail, k09_id_mailspring, k10_ro_markdown_table, k11_hu_sogo, k12_de_ch_outlook_mac,
            k13_fr_be_outlook, k14_es_ar_gmail_mobile, k15_pt_br_apple_mail, k16_en_ng_disclaimer_above_ul,
            k17_en_us_owa_external, k18_en_in_gmail_lakhs, k19_en_gb_outlook2016_word, k20_de_thunderbird_long_sig,
            k21_reply_all_top_post_quoted_opportunity, k22_subject_opportunity_budget_words, k23_caps_emoji_day_rate,
            k24_long_prose_en_za, k25_outlook_recall, k26_read_receipt_mdn, k27_calendar_accepted,
            k28_sharepoint_notification, k29_dmarc_aggregate, k30_seo_spam]


def main():
    for f in MAILDIR.glob("k-*.eml"):
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
    corpus = [e for e in json.loads(path.read_text(encoding="utf-8")) if not e["file"].startswith("k-")]
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
