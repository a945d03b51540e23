"""How each mail client lays out the same content as text and as HTML.

A message body is a list of segments; each client renders them in its own
style (Word HTML for Outlook, div dir=ltr for Gmail, ...). The text part is
always rendered from the same segments, so text and HTML agree.
"""

import re
from dataclasses import dataclass, field

from mimekit import esc, wrap_quoted


@dataclass
class T:          # ordinary new text
    text: str


@dataclass
class SIG:        # signature block
    text: str
    dash: bool = False   # preceded by the "-- " separator


@dataclass
class DISC:       # legal disclaimer
    text: str


@dataclass
class IMG:        # inline image (HTML only)
    cid: str
    alt: str
    w: int = 120
    h: int = 32


@dataclass
class FWD:        # forwarded or quoted message
    kind: str                     # outlook | owa | gmail | apple | quote
    headers: list = field(default_factory=list)   # [(label, value)]
    body: str = ""
    intro: str = None             # e.g. "-----Original Message-----"
    attribution: str = None       # "On ..., X wrote:"


KEY_RE = re.compile(r"^([A-Za-zÀ-ÿ().' /-]{2,32}?)\s?:\s")


def text(segs):
    out = []
    for s in segs:
        if isinstance(s, T):
            out.append(s.text)
        elif isinstance(s, SIG):
            out.append(("-- \n" if s.dash else "") + s.text)
        elif isinstance(s, DISC):
            out.append(s.text)
        elif isinstance(s, FWD):
            out.append(fwd_text(s))
    return "\n\n".join(out).rstrip("\n") + "\n"


def fwd_text(f):
    hdr = "\n".join(f"{k}: {v}" for k, v in f.headers)
    if f.kind in ("outlook", "owa"):
        intro = (f.intro + "\n") if f.intro else ""
        return f"{intro}{hdr}\n\n{f.body}"
    if f.kind == "gmail":
        return f"---------- Forwarded message ---------\n{hdr}\n\n\n{f.body}"
    if f.kind == "apple":
        return "Begin forwarded message:\n\n" + wrap_quoted(f"{hdr}\n\n{f.body}")
    if f.kind == "quote":
        return f"{f.attribution}\n" + wrap_quoted(f.body)
    raise ValueError(f.kind)


def _lines_html(line, bold_keys=True):
    m = KEY_RE.match(line) if bold_keys else None
    if m and not line.startswith("http"):
        k = m.group(0)
        return f"<b>{esc(k.rstrip())}</b> {esc(line[len(k):])}"
    return esc(line)


# --- Outlook desktop (Word HTML) ----------------------------------------

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
{vml}<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:{font};
	panose-1:{panose};}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:{size};
	font-family:"{font}",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:{link};
	text-decoration:underline;}}
span.EmailStyle{style_no}
	{{mso-style-type:personal-{style_kind};
	font-family:"{font}",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;
	mso-fareast-language:EN-US;}}
@page WordSection1
	{{size:{page};
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="{lang}" link="{link}" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""

VML = """<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]-->"""

FONTS = {
    "Aptos": ("2 11 0 4 2 2 2 2 2 4", "12.0pt", "#467886"),
    "Calibri": ("2 15 5 2 2 2 4 3 2 4", "11.0pt", "#0563C1"),
}


def word_html(segs, lang="EN-US", charset="utf-8", font="Aptos", reply=False, page="612.0pt 792.0pt"):
    panose, size, link = FONTS[font]
    head = WORD_HEAD.format(charset=charset, vml=VML, font=font, panose=panose, size=size,
                            link=link, lang=lang, style_no=19 if reply else 17,
                            style_kind="reply" if reply else "compose", page=page)
    P = '<p class="MsoNormal">{}<o:p></o:p></p>'
    blank = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    body = []

    def para_lines(t, wrap=None):
        for line in t.split("\n"):
            if line.strip() == "":
                body.append(blank)
            else:
                inner = _lines_html(line)
                body.append(P.format(wrap.format(inner) if wrap else inner))

    for i, s in enumerate(segs):
        if i:
            body.append(blank)
        if isinstance(s, T):
            para_lines(s.text)
        elif isinstance(s, SIG):
            lines = s.text.split("\n")
            for j, line in enumerate(lines):
                if not line.strip():
                    body.append(blank)
                    continue
                inner = esc(line)
                if j == 0 and len(lines) > 2:
                    inner = f"<b>{inner}</b>"
                body.append(P.format(f'<span style="font-size:10.0pt;color:#1F3864">{inner}</span>'))
        elif isinstance(s, DISC):
            for line in s.text.split("\n"):
                if line.strip():
                    body.append(P.format(f'<span style="font-size:7.5pt;color:#7F7F7F">{esc(line)}</span>'))
                else:
                    body.append(blank)
        elif isinstance(s, IMG):
            body.append(P.format(
                f'<img width="{s.w}" height="{s.h}" style="width:{s.w / 96:.4f}in;height:{s.h / 96:.4f}in" '
                f'id="Picture_x0020_1" src="cid:{s.cid}" alt="{esc(s.alt)}">'))
        elif isinstance(s, FWD):
            hdr = "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in s.headers)
            body.append('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                        + P.format(hdr) + "\n</div>\n</div>")
            body.append(blank)
            para_lines(s.body)
    return head + "\n".join(body) + "\n</div>\n</body>\n</html>\n"


# --- Outlook on the web / new Outlook -----------------------------------

OWA_DIV = ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
           'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">')


def owa_html(segs):
    out = ['<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
           '</head>\n<body dir="ltr">']

    def lines(t):
        for line in t.split("\n"):
            out.append(OWA_DIV + ("<br>" if not line.strip() else _lines_html(line)) + "</div>")

    for i, s in enumerate(segs):
        if isinstance(s, T):
            if i:
                out.append(OWA_DIV + "<br></div>")
            lines(s.text)
        elif isinstance(s, SIG):
            out.append('<div id="Signature">')
            out.append(OWA_DIV + "<br></div>")
            for line in s.text.split("\n"):
                out.append('<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
                           'Helvetica, sans-serif; font-size: 10pt; color: rgb(68, 84, 106);">'
                           + (esc(line) if line.strip() else "<br>") + "</div>")
            out.append("</div>")
        elif isinstance(s, DISC):
            out.append('<div style="font-size: 8pt; color: rgb(128, 128, 128);">' + esc(s.text) + "</div>")
        elif isinstance(s, FWD):
            hdr = "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in s.headers)
            out.append('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                       '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                       f'color="#000000">{hdr}</font>\n<div>&nbsp;</div>\n</div>')
            out.append('<div dir="ltr">')
            for line in s.body.split("\n"):
                out.append("<div>" + (esc(line) if line.strip() else "<br>") + "</div>")
            out.append("</div>")
    out.append("</body>\n</html>\n")
    return "\n".join(out)


# --- Gmail (web and Android) ---------------------------------------------

def _gmail_block(t, auto=False):
    d = ' dir="auto"' if auto else ""
    lines = t.split("\n")
    first, rest = lines[0], lines[1:]
    out = esc(first)
    for line in rest:
        out += f"<div{d}>" + (esc(line) if line.strip() else "<br>") + "</div>"
    return out


def gmail_html(segs, android=False):
    d = "auto" if android else "ltr"
    out = [f'<div dir="{d}">']
    first = True
    for s in segs:
        if isinstance(s, T):
            if not first:
                out.append(f"<div dir=\"{d}\"><br></div>")
            out.append((f'<div dir="{d}">' if not first else "") + _gmail_block(s.text, android)
                       + ("</div>" if not first else ""))
            first = False
        elif isinstance(s, SIG):
            out.append('<br clear="all"><div><br></div>')
            if s.dash:
                out.append('<span class="gmail_signature_prefix">-- </span><br>')
            out.append('<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                       + "<br>".join(esc(x) for x in s.text.split("\n")) + "</div></div>")
        elif isinstance(s, DISC):
            out.append('<div style="font-size:x-small;color:#888888">' + esc(s.text) + "</div>")
        elif isinstance(s, FWD):
            out.append("</div>" if s.kind == "gmail" else "")
            if s.kind == "gmail":
                hdr = []
                for k, v in s.headers:
                    if k == "From":
                        m = re.match(r"(.*) <(.*)>", v)
                        v = (f'<strong class="gmail_sendername" dir="auto">{esc(m.group(1))}</strong> '
                             f'<span dir="auto">&lt;<a href="mailto:{m.group(2)}">{m.group(2)}</a>&gt;</span>') if m else esc(v)
                    else:
                        v = esc(v)
                    hdr.append(f"{k}: {v}")
                out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                           "---------- Forwarded message ---------<br>" + "<br>".join(hdr) + "<br></div><br><br>"
                           f'<div dir="ltr">{_gmail_block(s.body)}</div>\n</div>')
                out.append("")
                return "\n".join(out) + "\n"
            else:  # quote
                out.append('</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                           f"{esc(s.attribution)}<br></div>"
                           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                           'rgb(204,204,204);padding-left:1ex">'
                           + "<br>".join(esc(x) for x in s.body.split("\n")) + "<br></blockquote></div>")
                return "\n".join(out) + "\n"
    out.append("</div>")
    return "\n".join(out) + "\n"


# --- Apple Mail (macOS and iOS) ------------------------------------------

def apple_html(segs, ios=False):
    if ios:
        out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
               '<body dir="auto"><div dir="ltr"></div>']
        div = '<div dir="ltr">'
    else:
        out = ['<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
               'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
               'line-break: after-white-space;">']
        div = "<div>"
    for i, s in enumerate(segs):
        if isinstance(s, (T, SIG, DISC)):
            if i:
                out.append(div + "<br></div>")
            t = s.text if not (isinstance(s, SIG) and s.dash) else "-- \n" + s.text
            for line in t.split("\n"):
                out.append(div + (esc(line) if line.strip() else "<br>") + "</div>")
        elif isinstance(s, FWD):
            hdr = "".join(f'<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;">'
                          f'<span style="font-family: -apple-system, Helvetica Neue, Helvetica, sans-serif;">'
                          f'<b>{esc(k)}: </b></span><span style="font-family: -apple-system, Helvetica Neue, '
                          f'Helvetica, sans-serif;">{esc(v)}<br></span></div>' for k, v in s.headers)
            out.append(f'{div}<br><blockquote type="cite">Begin forwarded message:<br><br></blockquote></div>'
                       f'<blockquote type="cite">{div}{hdr}<br>'
                       + "".join(f"<div>{esc(x) if x.strip() else '<br>'}</div>" for x in s.body.split("\n"))
                       + "</div></blockquote>")
    out.append("</body></html>")
    return "".join(out) + "\n"


# --- HCL Notes ------------------------------------------------------------

def notes_html(segs):
    out = []
    for s in segs:
        if isinstance(s, (T, SIG)):
            for line in s.text.split("\n"):
                out.append(f'<span style=" font-size:10pt;font-family:sans-serif">{esc(line)}</span>'
                           if line.strip() else "")
            out.append("")
    body = "<br>".join(out)
    return ('<span style=" font-size:10pt;font-family:sans-serif"></span>'
            + body + "<br><br><BR>\n")


# --- Zoho Mail ------------------------------------------------------------

def zoho_html(segs):
    out = ['<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
           '<meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
           '<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">']
    for i, s in enumerate(segs):
        if isinstance(s, T):
            if i:
                out.append("<div><br></div>")
            for line in s.text.split("\n"):
                out.append("<div>" + (_lines_html(line) + "<br>" if line.strip() else "<br>") + "</div>")
        elif isinstance(s, SIG):
            out.append('<div id="Zm-_Id_-Sgn" data-zbluepencil-ignore="true" data-sigid="2109433000000012007">'
                       "<div>--<br></div><div>" + "<br>".join(esc(x) for x in s.text.split("\n"))
                       + "<br></div></div>")
    out.append("<div><br></div></div><br></body></html>")
    return "".join(out) + "\n"


# --- Samsung Email --------------------------------------------------------

def samsung_html(segs):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>']
    for i, s in enumerate(segs):
        if isinstance(s, (T, SIG)):
            if i:
                out.append('<div dir="auto"><br></div>')
            for line in s.text.split("\n"):
                out.append('<div dir="auto">' + (esc(line) if line.strip() else "<br>") + "</div>")
    out.append("</body></html>")
    return "".join(out) + "\n"


# --- Outlook for Mac ------------------------------------------------------

def outlook_mac_html(segs):
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
           'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
           '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator '
           'content="Microsoft Word 15 (filtered medium)"><style><!--\n'
           '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
           '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
           '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
           'span.EmailStyle19\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
           '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n@page WordSection1\n'
           '\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
           '--></style></head><body lang=EN-US link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>'
           '<div class=WordSection1>']
    for i, s in enumerate(segs):
        if i:
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        t = s.text if not (isinstance(s, SIG) and s.dash) else "--\n" + s.text
        for line in t.split("\n"):
            out.append("<p class=MsoNormal>" + (_lines_html(line) if line.strip() else "<o:p>&nbsp;</o:p>")
                       + "<o:p></o:p></p>")
    out.append("</div></body></html>")
    return "".join(out) + "\n"


# --- Thunderbird HTML -----------------------------------------------------

def thunderbird_html(segs):
    out = ['<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
           '  </head>\n  <body>\n']
    for s in segs:
        if isinstance(s, T):
            out.append("    <p>" + "<br>\n      ".join(esc(x) for x in s.text.split("\n")) + "</p>\n")
        elif isinstance(s, SIG):
            out.append('    <div class="moz-signature">-- <br>\n      '
                       + "<br>\n      ".join(esc(x) for x in s.text.split("\n")) + "</div>\n")
    out.append("  </body>\n</html>\n")
    return "".join(out)
