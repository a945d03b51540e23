"""Small helpers for writing raw RFC 5322 messages the way real clients do.

Only the standard library is used. Everything random is seeded so that
re-running build.py reproduces the same bytes.
"""

import base64
import binascii
import email.utils
import html
import io
import quopri
import random
import string
import struct
import zipfile
import zlib
from datetime import timedelta, timezone

R = random.Random(20261125)

HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
ALNUM = string.ascii_letters + string.digits
UPPERNUM = string.ascii_uppercase + string.digits


def rnd(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def rhex(n):
    return rnd(HEX, n)


def ruuid(upper=False):
    u = "-".join(rhex(k) for k in (8, 4, 4, 4, 12))
    return u.upper() if upper else u


# --- dates ---------------------------------------------------------------

def dt(s):
    """Parse an RFC 5322 date string into an aware datetime."""
    return email.utils.parsedate_to_datetime(s)


def later(d, seconds):
    return d + timedelta(seconds=seconds)


def rfc(d, pad=False):
    day = f"{d.day:02d}" if pad else str(d.day)
    return f"{d:%a}, {day} {d:%b} {d.year} {d:%H:%M:%S} {d:%z}"


def postfix_date(d):
    """Postfix style: 'Tue,  3 Nov 2026 09:14:27 +0000 (UTC)'."""
    u = d.astimezone(timezone.utc)
    return f"{u:%a}, {u.day:2d} {u:%b} {u.year} {u:%H:%M:%S} +0000 (UTC)"


def ts(d):
    return int(d.timestamp())


# --- encodings -----------------------------------------------------------

def qp(text, codec="utf-8"):
    if not text.endswith("\n"):
        text += "\n"
    return quopri.encodestring(text.encode(codec)).decode("ascii")


def b64(data, width=76):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def _ew1(text, label, codec, enc):
    b = text.encode(codec)
    if enc == "B":
        return f"=?{label}?B?{base64.b64encode(b).decode()}?="
    out = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif byte < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return f"=?{label}?Q?{''.join(out)}?="


def ew(text, label="UTF-8", codec=None, enc="B", maxlen=75):
    """Encode text as one or more RFC 2047 encoded words joined by folding."""
    codec = codec or label
    words, chunk = [], ""
    for ch in text:
        cand = chunk + ch
        if chunk and len(_ew1(cand, label, codec, enc)) > maxlen:
            words.append(_ew1(chunk, label, codec, enc))
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(_ew1(chunk, label, codec, enc))
    return "\n ".join(words)


def rfc2231(value, charset="utf-8", label=None):
    """RFC 2231 percent encoding for a parameter value."""
    out = []
    for byte in value.encode(charset):
        c = chr(byte)
        if byte < 128 and (c.isalnum() or c in "!#$&+-.^_`|~"):
            out.append(c)
        else:
            out.append("%%%02X" % byte)
    return f"{label or charset}''{''.join(out)}"


def flowed(text, width=72):
    """format=flowed (RFC 3676): long lines wrapped with a trailing space."""
    out = []
    for line in text.split("\n"):
        if line == "-- " or len(line) <= width:
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def wrap_quoted(text, width=76, prefix="> "):
    lines = []
    for line in text.split("\n"):
        if line == "":
            lines.append(prefix.rstrip())
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width - len(prefix):
                lines.append(prefix + cur)
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        lines.append(prefix + cur)
    return "\n".join(lines)


def esc(s):
    return html.escape(s, quote=False)


# --- MIME assembly -------------------------------------------------------

def part(ctype, body, cte=None, extra=()):
    h = [f"Content-Type: {ctype}"]
    if cte:
        h.append(f"Content-Transfer-Encoding: {cte}")
    h.extend(extra)
    return "\n".join(h) + "\n\n" + body


def multipart(boundary, parts, preamble=None, epilogue="", close=True):
    s = ""
    if preamble is not None:
        s += preamble + "\n"
    for p in parts:
        if not p.endswith("\n"):
            p += "\n"
        s += f"\n--{boundary}\n" + p
    if close:
        s += f"\n--{boundary}--\n" + epilogue
    return s


def message(headers, body):
    return "\n".join(h for h in headers if h) + "\n\n" + body


# --- binary stubs --------------------------------------------------------

def png(w=1, h=1, rgb=(0x1F, 0x4E, 0x79)):
    """A genuine (tiny) PNG image."""
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def pdf(title):
    """A minimal, valid one-page PDF whose only text is title (ASCII)."""
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        None,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = f"BT /F1 14 Tf 72 770 Td ({title}) Tj ET"
    objs[3] = f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def xlsx(rows):
    """A minimal but valid .xlsx workbook with inline strings."""
    def cell(ref, v):
        return f'<c r="{ref}" t="inlineStr"><is><t>{esc(v)}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Scope" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(sheet_rows) + "</sheetData></worksheet>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 17, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content)
    return out.getvalue()


# --- trace and authentication headers -----------------------------------

def qid():
    """A Postfix long queue id."""
    return R.choice("456789") + rnd(string.ascii_uppercase[:10], 1) + rnd(ALNUM, 13)


def dkim(d, s, h, when, style="relaxed", width="\t"):
    b = rnd(B64, 342) + "=="
    lines = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/{style}; d={d};",
             f"{width}s={s}; t={ts(when)}; h={h};",
             f"{width}bh={rnd(B64, 43)}=;",
             f"{width}b=" + b[:70]]
    for i in range(70, len(b), 76):
        lines.append(f"{width} " + b[i:i + 76])
    return "\n".join(lines)


def google_dkim(d, h, when, name="DKIM-Signature", s="google"):
    b = rnd(B64, 342) + "=="
    lines = [f"{name}: v=1; a=rsa-sha256; c=relaxed/relaxed;",
             f"        d={d}; s={s}; t={ts(when)}; x={ts(when) + 604800}; darn=rcp2p.test;",
             f"        h={h};",
             f"        bh={rnd(B64, 43)}=;",
             "        b=" + b[:66]]
    for i in range(66, len(b), 68):
        lines.append("         " + b[i:i + 68])
    return "\n".join(lines)


def mx_top(env_from, helo, ip, when, ar=None, lmtp=True, rdns=None, tls="TLS1.3",
           extra_after_ar=()):
    """Headers our own MX (mx.rcp2p.test, Postfix + rspamd + Dovecot) adds."""
    q = qid()
    arrive = later(when, R.randint(2, 9))
    h = [f"Return-Path: <{env_from}>", "Delivered-To: opportunities@rcp2p.test"]
    if lmtp:
        h.append("Received: from mx.rcp2p.test\n"
                 f"\tby imap.rcp2p.test with LMTP\n\tid {rnd(ALNUM, 22)}\n"
                 f"\t(envelope-from <{env_from}>)\n"
                 f"\tfor <opportunities@rcp2p.test>; {rfc(later(arrive, 1).astimezone(timezone.utc))}")
    rd = rdns or helo
    if tls is None:
        tlsinfo = ""
    elif tls == "TLS1.3":
        tlsinfo = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                   "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                   "\t(No client certificate requested)\n")
    else:
        tlsinfo = ("\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
                   "\t(No client certificate requested)\n")
    via = "ESMTPS" if tls else "ESMTP"
    h.append(f"Received: from {helo} ({rd} [{ip}])\n{tlsinfo}"
             f"\tby mx.rcp2p.test (Postfix) with {via} id {q}\n"
             f"\tfor <opportunities@rcp2p.test>; {postfix_date(arrive)}")
    if ar:
        h.append(ar)
    h.extend(extra_after_ar)
    h.append(f"X-Rspamd-Queue-Id: {q}")
    h.append("X-Rspamd-Server: mx.rcp2p.test")
    return h


def ar_pass(from_addr, ip, dkim_d=None, sel="selector1", policy="quarantine", mailfrom=None):
    dom = from_addr.split("@")[1].lower()
    mf = mailfrom or from_addr
    parts = ["Authentication-Results: mx.rcp2p.test;"]
    if dkim_d:
        parts.append(f"\tdkim=pass header.d={dkim_d} header.s={sel} header.b={rnd(ALNUM, 8)};")
    else:
        parts.append("\tdkim=none;")
    parts.append(f"\tspf=pass (mx.rcp2p.test: domain of {mf} designates {ip} as permitted sender) "
                 f"smtp.mailfrom={mf};")
    parts.append(f"\tdmarc=pass (policy={policy}) header.from={dom}")
    return "\n".join(parts)


def exo_trace(tenant_host, region, when, out_host, out_ip, dom, internal_hops=True):
    """Trace headers Exchange Online puts on a message a user sends."""
    srv = tenant_host
    h = []
    if internal_hops:
        h.append(f"Received: from {srv}.{region}.prod.outlook.com\n"
                 f" ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by {srv}.{region}.prod.outlook.com\n"
                 f" ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%4]) with mapi id 15.20.8158.021; {rfc(when.astimezone(timezone.utc))}")
    return h


def arc_ms(dom, when):
    seal = rnd(B64, 342) + "=="
    sig = rnd(B64, 342) + "=="
    return [
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={seal[:70]}\n " + "\n ".join(seal[i:i + 76] for i in range(70, len(seal), 76)),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n"
        " s=arcselector10001;\n"
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={rnd(B64, 43)}=;\n b={sig[:70]}\n " + "\n ".join(sig[i:i + 76] for i in range(70, len(sig), 76)),
        f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={dom}; dmarc=pass action=none header.from={dom};\n dkim=pass header.d={dom}; arc=none",
    ]


def thread_index():
    """Outlook's Thread-Index: version byte 0x01, FILETIME bits, GUID."""
    return base64.b64encode(bytes([0x01, 0xDD, 0x5B]) + bytes(R.randrange(256) for _ in range(19))).decode()


def exo_id(host):
    """Exchange Online style Message-ID local part (hex, upper)."""
    return host + rnd("0123456789ABCDEF", 32)


def gmail_id():
    return "CA" + rnd("FGHJKLMNOPQRS", 1) + rnd(ALNUM + "+_=-", 55).replace("@", "") + "@mail.gmail.com"


def gmail_boundary():
    return "000000000000" + rhex(16)
