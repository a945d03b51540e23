"""Shared pieces for the corpus builders: emit(), sender infrastructure, partners."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mimekit import (R, ALNUM, HEX, esc, b64, dkim, dt, ew, flowed, gmail_boundary, gmail_id, google_dkim,  # noqa: E402
                     later, message, multipart, mx_top, ar_pass, part, pdf, png, postfix_date, qp, rfc,
                     rfc2231, rhex, rnd, ruuid, thread_index, ts, xlsx, arc_ms, qid)
from clients import (T, SIG, DISC, IMG, FWD, text, word_html, owa_html, gmail_html, apple_html,  # noqa: E402
                     notes_html, zoho_html, samsung_html, outlook_mac_html, thunderbird_html)
import lint  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
TESTDATA = ROOT / "ingest" / "testdata"
MAILDIR = TESTDATA / "mail"
DEVDIR = ROOT / "cmd" / "rcp2p" / "devdata"

CORPUS = []
WRITTEN = {}


def emit(name, raw, meta, crlf=False, codec="utf-8", folder=MAILDIR, lint_text=None):
    """Write one .eml. raw is a str; codec turns it into bytes (8bit parts)."""
    if name in WRITTEN:
        raise SystemExit(f"duplicate file {name}")
    if isinstance(raw, str):
        data = raw.encode(codec, errors="strict")
    else:
        data = raw
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    WRITTEN[name] = True
    if meta is not None:
        meta = {"file": name, **meta}
        CORPUS.append(meta)
        if lint_text is not None:
            lint.check(name, lint_text, meta)


# ---------------------------------------------------------------------------
# Sender-side infrastructure. Each partner's mail goes out the way its real
# provider would send it; our MX (mx.rcp2p.test) then adds its own trace.
# ---------------------------------------------------------------------------

EXO = {  # outbound hosts of Exchange Online per region: (helo, rdns, ip)
    "EUR": ("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05on2105.outbound.protection.outlook.com", "40.107.22.105"),
    "EUR2": ("EUR03-DBA-obe.outbound.protection.outlook.com", "mail-dbaeur03on2129.outbound.protection.outlook.com", "40.107.104.129"),
    "GBR": ("GBR01-LO4-obe.outbound.protection.outlook.com", "mail-lo4gbr01on2120.outbound.protection.outlook.com", "40.107.138.120"),
    "NAM": ("NAM12-DM6-obe.outbound.protection.outlook.com", "mail-dm6nam12on2107.outbound.protection.outlook.com", "40.107.243.107"),
    "CAN": ("CAN01-YT3-obe.outbound.protection.outlook.com", "mail-yt3can01on2104.outbound.protection.outlook.com", "40.107.66.104"),
}

HEXU = "0123456789ABCDEF"


def exo_mid(mailbox, tag):
    return f"<{mailbox}{rnd(HEXU, 32)}@{mailbox}.{tag}.prod.outlook.com>"


def exo_boundary(mid, n=0):
    """Outlook's boundary style: _000_<local part><host prefix>_."""
    local, host = mid.strip("<>").split("@")
    first, second = host.split(".")[:2]
    return f"_{n:03d}_{local}{first}{second[:4]}_"


def exo_trace(*, region, mailbox, pod, tag, date_s, dom, env_from, ar=True, mx=True):
    """Trace an Exchange Online tenant puts on a message a user sends, plus our MX's."""
    d = dt(date_s)
    helo, rdns, ip = EXO[region]
    h = []
    if mx:
        h += mx_top(env_from, helo, ip, d, rdns=rdns, tls="TLS1.2",
                    ar=ar_pass(env_from, ip, dkim_d=dom) if ar else None)
    h += arc_ms(dom, d)
    h.append(dkim(dom, "selector1",
                  "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", d,
                  width=" "))
    h.append(f"Received: from {pod}.{tag}.prod.outlook.com (2603:10a6:20b:{rhex(3)}::{rhex(2)})\n"
             f" by {mailbox}.{tag}.prod.outlook.com (2603:10a6:20b:{rhex(3)}::{rhex(2)}) with\n"
             " Microsoft SMTP Server (version=TLS1_2,\n"
             " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.21; "
             f"{rfc(later(d, 2).astimezone(_UTC))}")
    h.append(f"Received: from {mailbox}.{tag}.prod.outlook.com\n"
             f" ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by {mailbox}.{tag}.prod.outlook.com\n"
             f" ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%4]) with mapi id 15.20.8158.021; "
             f"{rfc(later(d, 1).astimezone(_UTC))}")
    return h


def outlook_headers(*, frm, to, subject, date_s, mid, thread_topic, lang, accept="en-US", has_attach=False,
                    cc=None, in_reply_to=None, references=None, sender=None, thread_idx=None, extra=()):
    """The headers Outlook (desktop, web, mobile) writes, in Exchange's order."""
    h = [f"From: {frm}"]
    if sender:
        h.append(f"Sender: {sender}")
    h.append(f"To: {to}")
    if cc:
        h.append(f"CC: {cc}")
    h += [f"Subject: {subject}",
          f"Thread-Topic: {thread_topic}",
          f"Thread-Index: {thread_idx or thread_index()}",
          f"Date: {date_s}",
          f"Message-ID: {mid}"]
    if references:
        h.append(f"References: {references}")
    if in_reply_to:
        h.append(f"In-Reply-To: {in_reply_to}")
    h += [f"Accept-Language: {accept}",
          f"Content-Language: {lang}",
          "X-MS-Has-Attach: yes" if has_attach else "X-MS-Has-Attach:",
          "X-MS-TNEF-Correlator:"]
    h.extend(extra)
    return h


def exo_tail(*, mailbox, pod, tag, date_s, dom, extra=(), mime=True):
    """What Exchange Online stamps on the way out."""
    d = dt(date_s)
    h = [f"authentication-results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from={dom};",
         "x-ms-publictraffictype: Email",
         f"x-ms-traffictypediagnostic: {mailbox}:EE_|{pod}:EE_",
         f"x-ms-office365-filtering-correlation-id: {ruuid()}",
         "x-ms-exchange-senderadcheck: 1",
         "x-ms-exchange-antispam-relay: 0",
         f"x-microsoft-antispam: BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;"]
    h.extend(extra)
    if mime:
        h.append("MIME-Version: 1.0")
    h += ["X-MS-Exchange-CrossTenant-AuthAs: Internal",
          f"X-MS-Exchange-CrossTenant-AuthSource: {mailbox}.{tag}.prod.outlook.com",
          f"X-MS-Exchange-CrossTenant-Network-Message-Id: {ruuid()}",
          f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {d.astimezone(_UTC):%d %b %Y %H:%M:%S}.{R.randint(1000, 9999)} (UTC)",
          f"X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
          f"X-MS-Exchange-CrossTenant-id: {ruuid()}",
          "X-MS-Exchange-CrossTenant-mailboxtype: HOSTED",
          f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {pod}",
          f"X-OriginatorOrg: {dom}"]
    return h


GOOGLE_HOSTS = {
    "web": ("mail-wr1-f54.google.com", "209.85.221.54"),
    "web2": ("mail-wm1-f47.google.com", "209.85.128.47"),
    "asia": ("mail-pl1-f170.google.com", "209.85.214.170"),
    "au": ("mail-pf1-f181.google.com", "209.85.210.181"),
    "sa": ("mail-qk1-f173.google.com", "209.85.222.173"),
}


def google_trace(*, date_s, dom, env_from, host="web", mx=True, ar=True):
    """Trace of a message sent from a Google Workspace account, plus our MX's."""
    d = dt(date_s)
    hn, ip = GOOGLE_HOSTS[host]
    h = []
    if mx:
        h += mx_top(env_from, hn, ip, d, tls="TLS1.3",
                    ar=ar_pass(env_from, ip, dkim_d=dom, sel="google", policy="none") if ar else None)
    h.append(f"Received: by {hn} with SMTP id {rnd(HEX, 14)}-{rnd(HEX, 8)}so{R.randint(1000000, 9999999)}"
             f"f8f.{R.randint(0, 3)}\n        for <opportunities@rcp2p.test>; "
             f"{rfc(later(d, 1), pad=True)} ({_tzname(d)})")
    h.append(google_dkim(dom, "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc\n"
                              "         :subject:date:message-id:reply-to", d))
    h.append(google_dkim("1e100.net", "x-gm-message-state:to:subject:message-id:date:from:in-reply-to\n"
                         "         :references:mime-version:x-gm-gg:x-google-dkim-signature:from:to:cc\n"
                         "         :subject:date:message-id:reply-to", d, name="X-Google-DKIM-Signature",
                         s="20230601"))
    h.append(f"X-Gm-Message-State: AOJu0Y{rnd(ALNUM, 58)}\n\t{rnd(ALNUM, 54)}==")
    h.append(f"X-Gm-Gg: ASbGnc{rnd(ALNUM, 66)}\n\t{rnd(ALNUM, 70)}")
    h.append(f"X-Google-Smtp-Source: AGHT+I{rnd(ALNUM, 58)}=")
    h.append(f"X-Received: by 2002:a05:6000:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id\n"
             f" {rnd(HEX, 14)}-{rhex(8)}{R.randint(100000, 999999)}f8f.{R.randint(10, 99)}.{R.randint(1000000000, 9999999999)};\n"
             f"        {rfc(later(d, 1), pad=True)} ({_tzname(d)})")
    return h


def _tzname(d):
    return {"-0800": "PST", "-0500": "EST", "-0300": "-03", "+0100": "CET", "+0000": "GMT", "+0900": "JST",
            "+1100": "AEDT", "+1000": "AEST", "+0530": "IST", "-0600": "CST"}.get(f"{d:%z}", f"{d:%z}")


from datetime import timezone as _tz  # noqa: E402
_UTC = _tz.utc

# ---------------------------------------------------------------------------
# Partner directory the corpus is tested against
# ---------------------------------------------------------------------------

PARTNERS_CSV = """id,company,emails,competencies,regions,industries,min_budget,cadence,timezone
contoso,Contoso Analytics GmbH,anna.schmidt@contoso.example;Jonas.Weber@contoso.example,Data Analytics:gold;Data Platform:gold;AI and Machine Learning,Germany;Benelux,Healthcare;Manufacturing,20000,weekly,Europe/Berlin
fabrikam,"Fabrikam Cloud Services, Inc.",mike.chen@fabrikam.example;sales@fabrikam.example;Priya.Natarajan@fabrikam.example,Cloud Platform:gold;DevOps:gold;Application Development,US-West;US,Financial Services;Retail,50000,weekly,America/Los_Angeles
northwind,Northwind Traders Ltd,j.okafor@northwind.example;bids@northwind.example,Security:gold;Cloud Productivity;Enterprise Mobility Management,UK;Europe,Financial Services;Public Sector,15000,daily,Europe/London
lumiere,Lumière Conseil SAS,claire.dubois@lumiere-conseil.example;marc.lefevre@lumiere-conseil.example,Cloud Business Applications:gold;Cloud Customer Relationship Management,France;Benelux,Retail;Professional Services,10000,weekly,Europe/Paris
sakura,Sakura Systems K.K.,tanaka.hiroshi@sakura-sys.example;info@sakura-sys.example,Data Center:gold;Windows and Devices;Messaging,Japan;APAC,Manufacturing;Education,30000,weekly,Asia/Tokyo
verde,Verde Tecnologia Ltda,rafael.souza@verdetec.example;comercial@verdetec.example,Enterprise Resource Planning:gold;Cloud Business Applications,Brazil;LATAM,Retail;Energy,5000,weekly,America/Sao_Paulo
indigo,Indigo Infotech Pvt Ltd,ravi.iyer@indigoinfotech.example;Deepa.Menon@indigoinfotech.example,Application Development:gold;Application Integration:gold;AI and Machine Learning,India;Remote,Financial Services;Healthcare,0,daily,Asia/Kolkata
fjordsoft,Fjordsoft AB,erik.lindqvist@fjordsoft.example,Communications:gold;Collaboration and Content;Cloud Productivity,Nordics,Public Sector;Education,25000,weekly,Europe/Stockholm
mapleleaf,Maple Leaf IT Solutions,sarah.tremblay@mapleleafit.example;Bids@MapleLeafIT.example,Project and Portfolio Management:gold;Learning;Cloud Productivity,Canada;US-East,Education;Nonprofit,10000,weekly,America/Toronto
iberia,Soluciones Iberia SL,lucia.fernandez@iberiasoluciones.example,Software Asset Management:gold;Volume Licensing:gold,Europe,Public Sector,0,weekly,Europe/Madrid
southerncross,Southern Cross Cloud Pty Ltd,liam.walsh@southerncross.example,Cloud Platform;Security;Small and Midmarket Cloud Solutions,Australia;Singapore,Energy;Retail,20000,weekly,Australia/Sydney
tailspin,Tailspin Consulting LLC,dwright@tailspin.example,Midmarket Solution Provider:gold;Enterprise Resource Planning;Data Analytics,US-Central;US-East,Manufacturing;Professional Services,0,off,America/Chicago
alpenblick,Alpenblick Informatik AG,m.brunner@alpenblick.example;support@alpenblick.example,Data Center:gold;Messaging;Windows and Devices,Europe,Manufacturing,10000,weekly,Europe/Zurich
nubeazteca,Nube Azteca S.A. de C.V.,alejandro.ruiz@nubeazteca.example,Cloud Platform;Cloud Productivity,Mexico;LATAM,Financial Services;Retail,10000,weekly,America/Mexico_City
"""

LOGO = png(4, 4, (0x0B, 0x3D, 0x91))
ICON = png(2, 2, (0xD9, 0x30, 0x25))




def meta(kind, frm, client, notes, **extra):
    """One corpus.json entry (emit() adds "file" first)."""
    d = {"client": client, "kind": kind, "from": frm.lower()}
    d.update(extra)
    d["notes"] = notes
    return d


def read_text(subject, segs, history=False):
    """The text a careful reader takes requirements from: the subject, the new
    text and forwarded content, never signatures, disclaimers or reply history."""
    out = [subject]
    for s in segs:
        if isinstance(s, T):
            out.append(s.text)
        elif isinstance(s, FWD) and not history and s.kind != "quote":
            out.append(s.body)
    return "\n".join(out)


def money(amount, currency):
    return {"amount": amount, "currency": currency}
