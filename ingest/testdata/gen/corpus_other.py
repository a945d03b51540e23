"""Everything that is not a clean submission: DMARC, auto-replies, bounces,
bulk and list mail, unknown senders, not understood, commands, malformed."""

import base64

from infra import *  # noqa: F401,F403
from corpus_submissions import E, qp_part, zoho_headers, SVC

DIGEST_IDS = {}


def digest_id(pid):
    """Message-ID of a digest the service sent to partner pid (for replies)."""
    if pid not in DIGEST_IDS:
        DIGEST_IDS[pid] = f"<digest.{R.randint(100, 999)}.{rnd(ALNUM, 12)}@rcp2p.test>"
    return DIGEST_IDS[pid]


# --- DMARC ------------------------------------------------------------------

def dmarc_fail_spoofed():
    date_s = "Thu, 19 Nov 2026 14:22:33 +0000"
    d = dt(date_s)
    subj = "URGENT: Azure tender – RFP documents for partners"
    txt = """Hi all,

A bank in London has asked us to find a partner for a £250k Azure migration. The RFP pack is too large to attach, please download it before Friday:

http://northwind-docs.evil.example/rfp/download?id=88213

You will need to sign in with your Microsoft 365 account to access the documents.

Regards,
Joseph Okafor
Northwind Traders Ltd
"""
    q = qid()
    h = ["Return-Path: <bounce-7731@evil.example>",
         "Delivered-To: opportunities@rcp2p.test",
         f"Received: from mx.rcp2p.test\n\tby imap.rcp2p.test with LMTP\n\tid {rnd(ALNUM, 22)}\n"
         f"\t(envelope-from <bounce-7731@evil.example>)\n\tfor <opportunities@rcp2p.test>; {rfc(later(d, 5))}",
         f"Received: from vps-7731.cheaphost.example (vps-7731.cheaphost.example [203.0.113.77])\n"
         f"\tby mx.rcp2p.test (Postfix) with ESMTP id {q}\n\tfor <opportunities@rcp2p.test>; {postfix_date(later(d, 4))}",
         "Authentication-Results: mx.rcp2p.test; dkim=fail; spf=fail smtp.mailfrom=evil.example; "
         "dmarc=fail (p=reject) header.from=northwind.example",
         f"X-Rspamd-Queue-Id: {q}",
         "X-Rspamd-Server: mx.rcp2p.test",
         "X-Spam-Status: Yes, score=9.87",
         dkim("northwind.example", "selector1", "From:To:Subject:Date:Message-ID", d),
         "From: Joseph Okafor <j.okafor@northwind.example>",
         "Reply-To: Joseph Okafor <j.okafor.northwind@freemail.example>",
         f"To: {SVC}",
         f"Subject: {ew(subj, 'utf-8')}",
         f"Date: {date_s}",
         f"Message-ID: <20261119142233.1F2E3D4C5B@vps-7731.cheaphost.example>",
         "X-Mailer: Microsoft Outlook 16.0",
         "MIME-Version: 1.0",
         'Content-Type: text/plain; charset="utf-8"',
         "Content-Transfer-Encoding: quoted-printable"]
    emit("dmarc-fail-spoofed-partner.eml", message(h, qp(txt)), meta(
        "dmarc_fail", "j.okafor@northwind.example", "Spoofed (PHP mailer on a VPS, pretending to be Outlook)",
        "From is a registered contact, but our own MX (authserv-id mx.rcp2p.test) recorded dkim=fail, spf=fail "
        "and dmarc=fail for northwind.example. The From is not believed and the sender gets no answer at all, "
        "even though the text reads like a submission (Azure, London, £250k)."), crlf=True)


def dmarc_foreign_authserv():
    date_s = "Fri, 20 Nov 2026 12:48:31 +0530"
    d = dt(date_s)
    subj = "AKS and CI/CD partner for health-tech startup (remote)"
    addr = "deepa.menon@indigoinfotech.example"
    segs = [
        T("""Hi Partners,

A health-tech startup (one of our long-time clients) is moving its platform onto Azure Kubernetes Service (AKS) and needs a partner to set up the cluster, GitOps and CI/CD pipelines. Their team is distributed, so the work is fully remote.

Competencies: Cloud Platform, DevOps
Region: Remote
Industry: Healthcare
Budget: USD 45,000
Respond by: 2026-12-02

Thanks,
Deepa"""),
        SIG("""Deepa Menon | Practice Head – Digital Engineering
Indigo Infotech Pvt Ltd | Pune"""),
    ]
    html = zoho_html(segs)
    zh = zoho_headers(date_s, "Deepa Menon <deepa.menon@indigoinfotech.example>", addr, SVC, subj, ar=False)
    # Drop our MX's part of zoho_headers and rebuild it: the message came
    # through the partner's own outbound gateway, which stamped its own verdict.
    start = next(i for i, x in enumerate(zh) if x.startswith("ARC-Seal"))
    mine = mx_top(addr, "gw1.indigoinfotech.example", "203.0.113.150", d, ar=None)
    gw = [f"Received: from sender4-op-o51.zoho.in (sender4-op-o51.zoho.in [136.143.188.51])\n"
          f"\tby gw1.indigoinfotech.example (Postfix) with ESMTPS id {qid()}\n\tfor <{SVC}>; "
          f"{rfc(later(d, 2))}",
          "Authentication-Results: gw1.indigoinfotech.example; dkim=none;\n"
          "\tspf=softfail smtp.mailfrom=indigoinfotech.example;\n"
          "\tdmarc=fail (p=none dis=none) header.from=indigoinfotech.example"]
    h = mine + gw + zh[start:]
    h += ['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"]
    emit("dmarc-fail-foreign-authserv-submission.eml", message(h, qp(html)), meta(
        "submission", addr, "Zoho Mail (web) relayed through the partner's outbound gateway",
        "The only Authentication-Results with dmarc=fail was written by gw1.indigoinfotech.example, a "
        "sender-side relay, not by our MX: with ingest.trusted_authserv_id = mx.rcp2p.test it must be ignored, "
        "and the mail is classified by content (a submission). HTML-only. Deepa is listed in the CSV as "
        "Deepa.Menon@…. 'Remote' is the only region.",
        expect=E(subj, ["Cloud Platform", "DevOps"], ["Remote"], "Healthcare", money(45000, "USD"),
                 "2026-12-02")),
        crlf=False, lint_text=read_text(subj, segs))


# --- Auto-replies -----------------------------------------------------------

def gmail_vacation():
    date_s = "Mon, 23 Nov 2026 07:00:41 -0300"
    subj = "Férias – retorno em 30/11"
    txt = """Olá! Estou de férias até 30/11, com acesso limitado ao e-mail. Para assuntos urgentes sobre ERP, Power Platform ou Azure, fale com comercial@verdetec.example.

Hi! I'm on vacation until 30 November with limited access to email. For anything urgent about ERP, Power Platform or Azure projects, please contact comercial@verdetec.example.

Rafael Souza
Verde Tecnologia
"""
    html = '<div dir="ltr">' + txt.strip().replace("\n\n", "<br><br>").replace("\n", "<br>") + "</div>\n"
    b = gmail_boundary()
    body = multipart(b, [qp_part('text/plain; charset="UTF-8"', txt), qp_part('text/html; charset="UTF-8"', html)])
    ref = digest_id("verde")
    h = google_trace(date_s=date_s, dom="verdetec.example", env_from="rafael.souza@verdetec.example", host="sa")
    h += ["MIME-Version: 1.0",
          f"References: {ref}",
          f"In-Reply-To: {ref}",
          "Auto-Submitted: auto-replied",
          "From: Rafael Souza <rafael.souza@verdetec.example>",
          f"Date: {date_s}",
          f"Message-ID: <{gmail_id()}>",
          f"Subject: {ew(subj, 'UTF-8', enc='Q')}",
          f"To: RCP2P Inbox <{SVC}>",
          f'Content-Type: multipart/alternative; boundary="{b}"']
    emit("gmail-vacation-responder.eml", message(h, body), meta(
        "auto_reply", "rafael.souza@verdetec.example", "Gmail vacation responder",
        "Gmail's out-of-office: 'Auto-Submitted: auto-replied' and no Precedence header; custom subject with no "
        "'Automatic reply' wording; In-Reply-To names a digest. The body names ERP, Power Platform and Azure: "
        "must not become a submission, and must never be answered."), crlf=True)


def exchange_automatic_reply():
    date_s = "Mon, 23 Nov 2026 07:00:19 +0000"
    topic = "3 new opportunities for Northwind Traders Ltd"
    mb, pod, tag = "LO4P265MB6071", "LO2P265MB3374", "GBRP265"
    mid = exo_mid(mb, tag)
    d = dt(date_s)
    txt = """I am out of the office until Monday 30 November with limited access to email.

For urgent Security or Intune matters please contact bids@northwind.example or call +44 20 7946 0321.

Kind regards,
Joseph Okafor
"""
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            '<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
            'font-size: 12pt; color: rgb(0, 0, 0);">\n'
            + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>\n" for p in txt.strip().split("\n\n"))
            + "</div>\n</body>\n</html>\n")
    b = exo_boundary(mid)
    body = multipart(b, [qp_part('text/plain; charset="utf-8"', txt), qp_part('text/html; charset="utf-8"', html)])
    ref = digest_id("northwind")
    helo, rdns, ip = EXO["GBR"]
    ar = ("Authentication-Results: mx.rcp2p.test;\n\tdkim=pass header.d=northwind.example header.s=selector1 "
          f"header.b={rnd(ALNUM, 8)};\n\tspf=none (mx.rcp2p.test: {rdns} does not designate permitted sender hosts) "
          f"smtp.helo={helo};\n\tdmarc=pass (policy=quarantine) header.from=northwind.example")
    h = mx_top("", helo, ip, d, rdns=rdns, tls="TLS1.2", ar=ar)
    h += exo_trace(region="GBR", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="northwind.example",
                   env_from="", mx=False)
    h += outlook_headers(frm="Joseph Okafor <j.okafor@northwind.example>", to=f"RCP2P Inbox <{SVC}>",
                         subject=f"Automatic reply: {topic}", date_s=date_s, mid=mid, thread_topic=topic,
                         lang="en-GB", accept="en-GB, en-US", references=ref, in_reply_to=ref,
                         extra=["X-MS-Exchange-Inbox-Rules-Loop: j.okafor@northwind.example",
                                "X-Auto-Response-Suppress: All",
                                "Auto-Submitted: auto-generated",
                                "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"])
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="northwind.example")
    emit("exchange-automatic-reply.eml", message(h, body), meta(
        "auto_reply", "j.okafor@northwind.example", "Exchange Online out-of-office",
        "Exchange OOF: 'Automatic reply:' subject, X-MS-Exchange-Inbox-Rules-Loop, X-Auto-Response-Suppress: "
        "All, Auto-Submitted: auto-generated, null Return-Path. Body names Security and Intune."), crlf=True)


def abwesenheitsnotiz_de():
    date_s = "Mon, 23 Nov 2026 08:00:12 +0100"
    topic = "2 new opportunities for Contoso Analytics GmbH"
    mb, pod, tag = "DB9PR04MB8410", "AS8PR04MB7925", "eurprd04"
    mid = exo_mid(mb, tag)
    segs = [T("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. November 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen zu Power BI- und Fabric-Projekten wenden Sie sich bitte an anna.schmidt@contoso.example.

Thank you for your message. I am out of the office until 27 November 2026. For urgent Power BI or Fabric matters please contact anna.schmidt@contoso.example.

Mit freundlichen Grüßen
Jonas Weber""")]
    txt, html = text(segs), word_html(segs, lang="DE", font="Calibri", page="595.3pt 841.9pt")
    b = exo_boundary(mid)
    body = multipart(b, [qp_part('text/plain; charset="utf-8"', txt), qp_part('text/html; charset="utf-8"', html)])
    ref = digest_id("contoso")
    h = exo_trace(region="EUR", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="contoso.example",
                  env_from="jonas.weber@contoso.example")
    h += outlook_headers(frm="Jonas Weber <jonas.weber@contoso.example>", to=f"RCP2P Inbox <{SVC}>",
                         subject=f"Abwesenheitsnotiz: {topic}", date_s=date_s, mid=mid, thread_topic=topic,
                         lang="de-DE", accept="de-DE, en-US", references=ref, in_reply_to=ref,
                         extra=["X-MS-Exchange-Inbox-Rules-Loop: jonas.weber@contoso.example",
                                "X-Auto-Response-Suppress: All"])
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="contoso.example")
    emit("outlook-abwesenheitsnotiz-de.eml", message(h, body), meta(
        "auto_reply", "jonas.weber@contoso.example", "Exchange Online inbox rule 'reply using a template', German",
        "A rule-based German out-of-office ('Abwesenheitsnotiz:' subject). No Auto-Submitted header: only "
        "X-MS-Exchange-Inbox-Rules-Loop and X-Auto-Response-Suppress give it away. Body names Power BI and "
        "Fabric."), crlf=True)


def zimbra_reponse_automatique():
    date_s = "Mon, 23 Nov 2026 07:00:55 +0100"
    d = dt(date_s)
    subj = "Réponse automatique : absente jusqu'au 30 novembre"
    txt = """Bonjour,

Je suis absente du bureau jusqu'au lundi 30 novembre 2026 inclus. Pour toute demande urgente concernant Dynamics 365 ou la Power Platform, merci de contacter marc.lefevre@lumiere-conseil.example.

Cordialement,
Claire Dubois
Lumière Conseil SAS
"""
    env = ""
    h = mx_top(env, "zimbra.lumiere-conseil.example", "198.51.100.42", d,
               ar="Authentication-Results: mx.rcp2p.test;\n\tdkim=pass header.d=lumiere-conseil.example "
                  f"header.s=zm2024 header.b={rnd(ALNUM, 8)};\n\tspf=pass (mx.rcp2p.test: domain of "
                  "postmaster@zimbra.lumiere-conseil.example designates 198.51.100.42 as permitted sender) "
                  "smtp.helo=zimbra.lumiere-conseil.example;\n\tdmarc=pass (policy=none) header.from=lumiere-conseil.example")
    h += [dkim("lumiere-conseil.example", "zm2024", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", d),
          f"Received: from zimbra.lumiere-conseil.example (localhost [127.0.0.1])\n\tby zimbra.lumiere-conseil.example"
          f" (Postfix) with ESMTP id {qid()[:10]}\n\tfor <{SVC}>; {postfix_date(d).replace('+0000 (UTC)', '+0100 (CET)')}",
          f"Date: {date_s}",
          "From: Claire Dubois <claire.dubois@lumiere-conseil.example>",
          f"To: {SVC}",
          f"Message-ID: <{R.randint(1000000, 9999999)}.{R.randint(100000, 999999)}.{ts(d)}{R.randint(100, 999)}.JavaMail.zimbra@lumiere-conseil.example>",
          f"In-Reply-To: {digest_id('lumiere')}",
          f"Subject: {ew(subj, 'utf-8', enc='Q')}",
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=utf-8",
          "Content-Transfer-Encoding: quoted-printable",
          "Auto-Submitted: auto-replied (zimbra; vacation)",
          "Precedence: bulk"]
    emit("zimbra-reponse-automatique-fr.eml", message(h, qp(txt)), meta(
        "auto_reply", "claire.dubois@lumiere-conseil.example", "Zimbra 9 vacation reply, French",
        "Zimbra's out-of-office: 'Auto-Submitted: auto-replied (zimbra; vacation)' with a comment, plus "
        "'Precedence: bulk', null Return-Path; RFC 2047 Q-encoded 'Réponse automatique :' subject. It is an "
        "auto-reply (the more specific kind), not bulk."), crlf=False)


def x_autoreply_only():
    date_s = "Mon, 23 Nov 2026 07:01:03 +0100"
    d = dt(date_s)
    env = "m.brunner@alpenblick.example"
    txt = """Guten Tag

Ich bin bis am 1. Dezember 2026 abwesend und lese meine E-Mails nur unregelmässig. Bei dringenden Anliegen zu VMware oder Exchange wenden Sie sich bitte an support@alpenblick.example.

Good day, I am away until 1 December 2026. For urgent VMware or Exchange matters please contact support@alpenblick.example.

Markus Brunner
"""
    h = mx_top(env, "server42.swisshost.example", "192.0.2.142", d,
               ar=ar_pass(env, "192.0.2.142", dkim_d="alpenblick.example", sel="default", policy="none"))
    h += [dkim("alpenblick.example", "default", "Subject:To:From:Date:Message-Id:Content-Type", d),
          f"Received: from alpenblic by server42.swisshost.example with local (Exim 4.98)\n"
          f"\t(envelope-from <{env}>)\n\tid 1tEm2P-0007Qs-0a\n\tfor {SVC};\n\t{rfc(d)}",
          f"To: {SVC}",
          "Subject: Re: 2 new opportunities for Alpenblick Informatik AG",
          f"In-Reply-To: {digest_id('alpenblick')}",
          "X-Autoreply: yes",
          "Content-Type: text/plain; charset=utf-8",
          "Content-Transfer-Encoding: 8bit",
          f"Message-Id: <E1tEm2P-0007Qs-0a@server42.swisshost.example>",
          f"From: Markus Brunner <{env}>",
          f"Date: {date_s}"]
    emit("exim-x-autoreply-only.eml", message(h, txt), meta(
        "auto_reply", env, "cPanel/Exim autoresponder",
        "The only machine signal is 'X-Autoreply: yes': no Auto-Submitted, no Precedence, a real Return-Path "
        "and an ordinary 'Re:' subject. Body (8bit UTF-8) names VMware and Exchange."), crlf=False)


def osticket_precedence_auto_reply():
    date_s = "Mon, 23 Nov 2026 16:00:27 +0900"
    d = dt(date_s)
    env = "info@sakura-sys.example"
    subj = "[#SK-202611-0042] お問い合わせを受け付けました / We have received your message"
    txt = """RCP2P Inbox 様

お問い合わせいただきありがとうございます。
チケット番号 #SK-202611-0042 で受け付けました。担当者より2営業日以内にご連絡いたします。

Thank you for contacting Sakura Systems. Your message has been logged as ticket #SK-202611-0042 (queue: Data Center / Windows devices). An engineer will reply within two business days.

Sakura Systems サポートデスク
https://support.sakura-sys.example/
"""
    html = ("<html><body>" + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in txt.strip().split("\n\n"))
            + "</body></html>\n")
    b = "=_" + rhex(32)
    body = multipart(b, [part('text/plain; charset="utf-8"', b64(txt), "base64"),
                         part('text/html; charset="utf-8"', b64(html), "base64")])
    h = mx_top(env, "smtp.sakura-sys.example", "203.0.113.45", d,
               ar=ar_pass(env, "203.0.113.45", dkim_d="sakura-sys.example", sel="default", policy="none"))
    h += [dkim("sakura-sys.example", "default", "Date:From:To:Subject:Message-Id:MIME-Version:Content-Type", d),
          f"Received: from helpdesk.sakura-sys.example (helpdesk.sakura-sys.example [10.1.4.20])\n"
          f"\tby smtp.sakura-sys.example (8.17.1/8.17.1) with ESMTP id 5AN70R{rnd(ALNUM, 8)}\n"
          f"\tfor <{SVC}>; {rfc(later(d, 1))}",
          f"Date: {date_s}",
          f"From: Sakura Systems Support <{env}>",
          f"To: {SVC}",
          f"Subject: {ew(subj, 'UTF-8')}",
          f"Message-Id: <{rhex(12)}-{R.randint(1000000000, 9999999999)}@helpdesk.sakura-sys.example>",
          f"In-Reply-To: {digest_id('sakura')}",
          "X-Mailer: osTicket Mailer",
          "Precedence: auto_reply",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/alternative;\n boundary="{b}"']
    emit("osticket-precedence-auto-reply.eml", message(h, body), meta(
        "auto_reply", env, "osTicket helpdesk auto-acknowledgement",
        "A ticket system on a registered partner address acknowledging our digest: only 'Precedence: "
        "auto_reply' marks it. Japanese/English, base64 parts. Answering it would start a mail loop."),
        crlf=True)


# --- Bounces ----------------------------------------------------------------

DIGEST_SUBJ = {"contoso": "2 new opportunities for Contoso Analytics GmbH"}


def original_headers(to, subject, date_s, mid, ctype=None):
    return f"""Return-Path: <opportunities@rcp2p.test>
Received: from rcp2p-app (localhost [127.0.0.1])
	by mail.rcp2p.test (Postfix) with ESMTP id {qid()[:10]}
	for <{to}>; {postfix_date(dt(date_s))}
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=rcp2p.test; s=rcp2p;
	t={ts(dt(date_s))}; h=From:To:Subject:Date:Message-ID;
	bh={rnd(B64CHARS, 43)}=;
	b={rnd(B64CHARS, 70)}
Date: {date_s}
From: RCP2P Inbox <opportunities@rcp2p.test>
To: {to}
Subject: {subject}
Message-ID: {mid}
Auto-Submitted: auto-generated
List-Id: RCP2P opportunities <digest.rcp2p.test>
List-Unsubscribe: <mailto:opportunities+u.{rnd(ALNUM, 22)}@rcp2p.test>,
 <http://127.0.0.1:8080/u/{rnd(ALNUM, 22)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: {ctype or 'multipart/alternative; boundary="' + rhex(28) + '"'}
"""


B64CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def postfix_dsn():
    date_s = "Mon, 23 Nov 2026 06:00:31 +0000"
    d = dt(date_s)
    q = qid()[:10].upper()
    rcpt = "anna.schmidt@contoso.example"
    b = f"{q}.{ts(d)}/mail.rcp2p.test"
    notice = f"""This is the mail system at host mail.rcp2p.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx1.contoso.example[198.51.100.17] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    status = f"""Reporting-MTA: dns; mail.rcp2p.test
X-Postfix-Queue-ID: {q}
X-Postfix-Sender: rfc822; opportunities@rcp2p.test
Arrival-Date: {postfix_date(later(d, -3))}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.contoso.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:
    User unknown in virtual mailbox table
"""
    orig = original_headers(rcpt, DIGEST_SUBJ["contoso"], rfc(later(d, -3)), digest_id("contoso-b"))
    body = multipart(b, [
        part("text/plain; charset=utf-8", notice, "8bit", extra=["Content-Description: Notification"]),
        part("message/delivery-status", status, extra=["Content-Description: Delivery report"]),
        part("text/rfc822-headers", orig, "8bit", extra=["Content-Description: Undelivered Message Headers"]),
    ], preamble="This is a MIME-encapsulated message.")
    h = ["Return-Path: <>",
         "Delivered-To: opportunities@rcp2p.test",
         f"Received: from mail.rcp2p.test\n\tby imap.rcp2p.test with LMTP\n\tid {rnd(ALNUM, 22)}\n"
         f"\t(envelope-from <>)\n\tfor <opportunities@rcp2p.test>; {rfc(later(d, 1))}",
         f"Received: by mail.rcp2p.test (Postfix)\n\tid {q}; {postfix_date(d)}",
         f"Date: {postfix_date(d)}",
         "From: MAILER-DAEMON@mail.rcp2p.test (Mail Delivery System)",
         "Subject: Undelivered Mail Returned to Sender",
         "To: opportunities@rcp2p.test",
         "Auto-Submitted: auto-replied",
         "MIME-Version: 1.0",
         f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"',
         "Content-Transfer-Encoding: 8bit",
         f"Message-Id: <{d:%Y%m%d%H%M%S}.{q}@mail.rcp2p.test>"]
    emit("postfix-bounce-dsn.eml", message(h, body), meta(
        "bounce", "mailer-daemon@mail.rcp2p.test", "Postfix 3.x DSN",
        "RFC 3464 multipart/report from our own relay: MAILER-DAEMON, Return-Path <>, message/delivery-status "
        "with Final-Recipient and Status 5.1.1 (permanent), text/rfc822-headers of the digest sent to Anna "
        "(Contoso's digest address). Date has Postfix's '(UTC)' comment.",
        bounce={"recipient": rcpt, "status": "5.1.1"}), crlf=False)


def exchange_ndr():
    date_s = "Tue, 24 Nov 2026 10:12:06 +0000"
    d = dt(date_s)
    rcpt = "bids@northwind.example"
    mb = "LO4P265MB6071"
    mid = exo_mid(mb, "GBRP265")
    gen = f"{mb}.GBRP265.PROD.OUTLOOK.COM"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup"
    osubj = "Introduction: OPP-7 Power BI and data warehouse modernisation for London insurer"
    omid = f"<intro.7.{rnd(ALNUM, 12)}@rcp2p.test>"
    txt = f"""Your message to {rcpt} couldn't be delivered.
{rcpt.split('@')[0]} wasn't found at northwind.example.
opportunities      Office 365      {rcpt.split('@')[0]}
Action Required                     Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
  *   Retype the recipient's address, then resend the message.
  *   If the address is correct, contact the recipient by some other means and ask the mail administrator to check it.

Was this helpful? Send feedback to Microsoft<https://go.microsoft.com/fwlink/?LinkId=525920>.
________________________________

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain.

Original Message Details
Created Date:    11/24/2026 10:11:58 AM
Sender Address:    opportunities@rcp2p.test
Recipient Address:    {rcpt}
Subject:    {osubj}

Error Details
Error:    {diag}
Message rejected by:    {gen}

Notification Details
Sent by:    {gen}
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
            f"<p style=\"font-size:17pt;color:#000000\">Your message to <a href=\"mailto:{rcpt}\">{rcpt}</a> couldn't be delivered.</p>"
            f"<p style=\"font-size:17pt;color:#C00000\"><b>{rcpt.split('@')[0]}</b> wasn't found at <b>northwind.example</b>.</p>"
            "<table><tr><td>opportunities</td><td>Office 365</td><td>bids</td></tr>"
            "<tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>"
            "<p><b>Unknown To address</b></p><p>How to Fix It</p>"
            f"<p>Status code: 550 5.1.10</p><p>{esc(diag)}</p></div></body></html>\n")
    status = f"""Reporting-MTA: dns;{gen}
Received-From-MTA: dns;mail.rcp2p.test
Arrival-Date: Tue, 24 Nov 2026 10:12:04 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;{diag}
"""
    orig = original_headers(rcpt, osubj, "Tue, 24 Nov 2026 10:11:58 +0000", omid)
    b_rep, b_alt = exo_boundary(mid, 0), exo_boundary(mid, 1)
    alt = multipart(b_alt, [qp_part('text/plain; charset="us-ascii"', txt, "ascii"),
                            qp_part('text/html; charset="utf-8"', html)])
    body = multipart(b_rep, [part(f'multipart/alternative; differences=Content-Type;\n\tboundary="{b_alt}"', alt),
                             part("message/delivery-status", status),
                             part("text/rfc822-headers", orig)])
    helo, rdns, ip = EXO["GBR"]
    ar = ("Authentication-Results: mx.rcp2p.test;\n\tdkim=pass header.d=northwind.example header.s=selector1 "
          f"header.b={rnd(ALNUM, 8)};\n\tspf=none smtp.helo={helo};\n\tdmarc=pass (policy=quarantine) "
          "header.from=northwind.example")
    h = mx_top("", helo, ip, d, rdns=rdns, tls="TLS1.2", ar=ar)
    h += [dkim("northwind.example", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version", d, width=" "),
          f"Received: from {gen} ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by\n {gen}\n"
          f" ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%5]) with mapi id 15.20.8158.021; {rfc(d)}",
          "From: Microsoft Outlook <postmaster@northwind.example>",
          "To: <opportunities@rcp2p.test>",
          f"Date: {date_s}",
          f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{b_rep}\"",
          "X-MS-Exchange-Message-Is-Ndr:",
          "Content-Language: en-US",
          f"Message-ID: {mid}",
          f"In-Reply-To: {omid}",
          f"References: {omid}",
          f"Thread-Topic: {osubj}",
          f"Thread-Index: {thread_index()}",
          f"Subject: Undeliverable: {osubj}",
          "Auto-Submitted: auto-replied",
          "MIME-Version: 1.0",
          "X-MS-PublicTrafficType: Email",
          "X-MS-Exchange-Organization-AuthAs: Internal",
          "X-MS-Exchange-Organization-AuthSource: " + gen]
    emit("exchange-online-ndr-5-1-10.eml", message(h, body), meta(
        "bounce", "postmaster@northwind.example", "Exchange Online non-delivery report",
        "Exchange Online accepted an introduction Cc'd to bids@northwind.example and then returned an NDR: "
        "From postmaster@ (a registered partner's domain, but not a contact), Return-Path <>, "
        "multipart/report whose first part is multipart/alternative, Status 5.1.10 "
        "(RESOLVER.ADR.RecipientNotFound): the detail code has two digits, keep it as written.",
        bounce={"recipient": rcpt, "status": "5.1.10"}), crlf=True)


def sendmail_returned_mail():
    date_s = "Mon, 23 Nov 2026 15:00:31 +0900"
    d = dt(date_s)
    rcpt = "tanaka.hiroshi@sakura-sys.example"
    sid = f"5AN60T{rnd(ALNUM, 8)}"
    b = f"{sid}.{ts(d)}/smtp.sakura-sys.example"
    transcript = f"""The original message was received at Mon, 23 Nov 2026 15:00:29 +0900
from mail.rcp2p.test [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<{rcpt}>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mailstore.sakura-sys.example.:
>>> DATA
<<< 552 5.2.2 <{rcpt}>... Mailbox full
554 5.0.0 Service unavailable
"""
    status = f"""Reporting-MTA: dns; smtp.sakura-sys.example
Received-From-MTA: DNS; mail.rcp2p.test
Arrival-Date: Mon, 23 Nov 2026 15:00:29 +0900

Final-Recipient: RFC822; {rcpt}
Action: failed
Status: 5.2.2
Remote-MTA: DNS; mailstore.sakura-sys.example
Diagnostic-Code: SMTP; 552 5.2.2 <{rcpt}>... Mailbox full
Last-Attempt-Date: Mon, 23 Nov 2026 15:00:31 +0900
"""
    omid = digest_id("sakura-b")
    orig_msg = original_headers(rcpt, "1 new opportunity for Sakura Systems K.K.", "Mon, 23 Nov 2026 06:00:27 +0000",
                                omid, ctype='text/plain; charset="utf-8"') + \
        "\nHello Sakura Systems K.K.,\n\n1. Data platform partner for NBFC in Mumbai (OPP-9)\n"
    body = multipart(b, [part("text/plain", transcript),
                         part("message/delivery-status", status),
                         part("message/rfc822", orig_msg)],
                     preamble="This is a MIME-encapsulated message")
    h = mx_top("", "smtp.sakura-sys.example", "203.0.113.45", d,
                ar="Authentication-Results: mx.rcp2p.test;\n\tdkim=none;\n\tspf=pass (mx.rcp2p.test: "
                   "smtp.sakura-sys.example designates 203.0.113.45 as permitted sender) "
                   "smtp.helo=smtp.sakura-sys.example;\n\tdmarc=none")
    h += [f"Received: from localhost (localhost)\n\tby smtp.sakura-sys.example (8.17.1/8.17.1) id {sid};\n\t{rfc(d)}",
          f"Date: {date_s}",
          "From: Mail Delivery Subsystem <MAILER-DAEMON@smtp.sakura-sys.example>",
          f"Message-Id: <202611230600.{sid}@smtp.sakura-sys.example>",
          "To: <opportunities@rcp2p.test>",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"',
          "Subject: Returned mail: see transcript for details",
          "Auto-Submitted: auto-generated (failure)"]
    emit("sendmail-returned-mail.eml", message(h, body), meta(
        "bounce", "mailer-daemon@smtp.sakura-sys.example", "Sendmail 8.17 DSN",
        "Classic sendmail 'Returned mail: see transcript for details' with the transcript, a "
        "message/delivery-status part (upper-case 'RFC822;'/'DNS;' type names) and the original digest as "
        "message/rfc822. Status 5.2.2 (mailbox full): permanent per its class digit.",
        bounce={"recipient": rcpt, "status": "5.2.2"}), crlf=True)


def gmail_dsn():
    date_s = "Mon, 23 Nov 2026 01:00:42 -0800"
    d = dt(date_s)
    rcpt = "comercial@verdetec.example"
    omid = digest_id("verde-b")
    b_rep, b_rel, b_alt = gmail_boundary(), gmail_boundary(), gmail_boundary()
    txt = f"""
** Message not delivered **

Your message couldn't be delivered to {rcpt} because the account is disabled.

Learn more here: https://support.google.com/mail/?p=DisabledUser

The response was:

550-5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser
"""
    html = (f'<html>\n<head>\n<style>\n* {{\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}}\n'
            '</style>\n</head>\n<body>\n<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;'
            'background-color:#ffffff;"><tbody>\n<tr><td>\n<table cellpadding=0 cellspacing=0><tbody>\n'
            '<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;'
            'border-radius:2px">\n<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" '
            'src="cid:icon.png">\n<table style="min-width:272px;padding-top:8px"><tbody>\n<tr><td><h2 style="font-size:'
            '20px;color:#212121;font-weight:bold;margin:0">\nMessage not delivered\n</h2></td></tr>\n'
            f'<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">\n'
            f'Your message couldn\'t be delivered to <a style=\'color:#212121;text-decoration:none\'><b>{rcpt}</b></a> '
            'because the account is disabled.\n</td></tr>\n</tbody></table>\n</td></tr>\n</tbody></table>\n</td></tr>\n'
            '<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">\n<td align="left" style="padding:'
            '48px 10px">\nThe response was:<br/>\n<p style="font-family:monospace">\n550-5.2.1 The email account that '
            'you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser\n'
            '</p>\n</td>\n</tr>\n</tbody></table>\n</body>\n</html>\n')
    alt = multipart(b_alt, [part('text/plain; charset="UTF-8"', txt), part('text/html; charset="UTF-8"', html)])
    rel = multipart(b_rel, [part(f'multipart/alternative; boundary="{b_alt}"', alt),
                            part('image/png; name="icon.png"', b64(ICON), "base64",
                                 extra=['Content-Disposition: attachment; filename="icon.png"',
                                        "Content-ID: <icon.png>"])])
    status = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; opportunities@rcp2p.test
Arrival-Date: Mon, 23 Nov 2026 01:00:41 -0800 (PST)
X-Original-Message-ID: {omid}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.2.1
Remote-MTA: dns; aspmx.l.google.com. (2607:f8b0:4004:c1b::1a, the server for the
 domain verdetec.example.)
Diagnostic-Code: smtp; 550-5.2.1 The email account that you tried to reach is disabled.
 For more information, go to  550 5.2.1
 https://support.google.com/mail/?p=DisabledUser 41be03b00d2f7-7f41c3a9b1asi1234567a12.421 - gsmtp
Last-Attempt-Date: Mon, 23 Nov 2026 01:00:42 -0800 (PST)
"""
    orig_msg = original_headers(rcpt, "3 new opportunities for Verde Tecnologia Ltda",
                                "Mon, 23 Nov 2026 06:00:40 -0300", omid,
                                ctype='text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 8bit') + \
        "\n1. Power BI expert needed – Germany (OPP-3)\n2. Fabric data warehouse migration – supermarket chain (OPP-21)\n"
    body = multipart(b_rep, [part(f'multipart/related; boundary="{b_rel}"', rel),
                             part("message/delivery-status", status),
                             part("message/rfc822", orig_msg)])
    h = mx_top("", "mail-sor-f69.google.com", "209.85.220.69", d, tls="TLS1.3",
               ar="Authentication-Results: mx.rcp2p.test;\n\tdkim=pass header.d=googlemail.com header.s=20230601 "
                  f"header.b={rnd(ALNUM, 8)};\n\tspf=pass (mx.rcp2p.test: domain of postmaster@mail-sor-f69.google.com "
                  "designates 209.85.220.69 as permitted sender) smtp.helo=mail-sor-f69.google.com;\n"
                  "\tdmarc=pass (policy=quarantine) header.from=googlemail.com")
    h += [google_dkim("googlemail.com", "to:from:content-type:date:message-id:auto-submitted:subject:references:in-reply-to",
                      d, s="20230601"),
          f"Received: by 2002:a05:6a20:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rnd(ALNUM, 14)}csp{R.randint(100000, 999999)}pzb;\n"
          f"        {rfc(d, pad=True)} (PST)",
          "Content-Type: multipart/report; boundary=\"" + b_rep + "\"; report-type=delivery-status",
          f"Received: by 2002:a05:6a20:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rnd(ALNUM, 14)}csp{R.randint(100000, 999999)}pzb;\n"
          f"        {rfc(d, pad=True)} (PST)",
          "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
          "To: opportunities@rcp2p.test",
          "Auto-Submitted: auto-replied",
          "Subject: Delivery Status Notification (Failure)",
          f"References: {omid}",
          f"In-Reply-To: {omid}",
          "X-Failed-Recipients: " + rcpt,
          f"Message-ID: <{rhex(8)}.{rhex(4)}0220.{rhex(6)}.{rhex(4)}.GMR@mx.google.com>",
          f"Date: {date_s}"]
    emit("gmail-dsn-failure.eml", message(h, body), meta(
        "bounce", "mailer-daemon@googlemail.com", "Google (smtp-relay) Delivery Status Notification",
        "Gmail DSN as sent when the operator relays through Google: mailer-daemon@googlemail.com, "
        "'Delivery Status Notification (Failure)', multipart/report > multipart/related (inline icon) > "
        "alternative, X-Failed-Recipients, Status 5.2.1 (account disabled), original as message/rfc822 "
        "with UTF-8 digest lines.",
        bounce={"recipient": rcpt, "status": "5.2.1"}), crlf=True)


def exchange_delayed():
    date_s = "Tue, 24 Nov 2026 07:15:22 +0000"
    d = dt(date_s)
    rcpt = "erik.lindqvist@fjordsoft.example"
    mb = "AM0PR07MB6322"
    mid = exo_mid(mb, "eurprd07")
    gen = f"{mb}.eurprd07.prod.outlook.com"
    osubj = "2 new opportunities for Fjordsoft AB"
    omid = digest_id("fjordsoft-b")
    txt = f"""Delivery is delayed to these recipients or groups:

{rcpt} ({rcpt})<mailto:{rcpt}>

Subject: {osubj}

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 54 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:

Generating server: {gen}
Receiving server: mail.fjordsoft.example (198.51.100.25)

{rcpt}
Remote Server at mail.fjordsoft.example (198.51.100.25) returned '400 4.4.7 Message delayed'
24/11/2026 07:15:18 - Remote Server at mail.fjordsoft.example (198.51.100.25) returned '441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.25:25'
"""
    status = f"""Reporting-MTA: dns;{gen}
Received-From-MTA: dns;mail.rcp2p.test
Arrival-Date: Tue, 24 Nov 2026 03:09:41 +0000

Final-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp;400 4.4.7 Message delayed
Will-Retry-Until: Thu, 26 Nov 2026 03:09:41 +0000
X-Display-Name: Erik Lindqvist
"""
    b = exo_boundary(mid)
    body = multipart(b, [qp_part('text/plain; charset="us-ascii"', txt, "ascii"),
                         part("message/delivery-status", status),
                         part("text/rfc822-headers", original_headers(rcpt, osubj, "Tue, 24 Nov 2026 03:09:38 +0000", omid))])
    helo, rdns, ip = EXO["EUR2"]
    h = mx_top("", helo, ip, d, rdns=rdns, tls="TLS1.2",
               ar="Authentication-Results: mx.rcp2p.test;\n\tdkim=pass header.d=fjordsoft.example header.s=selector1 "
                  f"header.b={rnd(ALNUM, 8)};\n\tspf=none smtp.helo={helo};\n\tdmarc=pass (policy=none) "
                  "header.from=fjordsoft.example")
    h += [dkim("fjordsoft.example", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version", d, width=" "),
          "From: Microsoft Outlook <postmaster@fjordsoft.example>",
          "To: <opportunities@rcp2p.test>",
          f"Date: {date_s}",
          f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"",
          "X-MS-Exchange-Message-Is-Ndr:",
          "Content-Language: en-US",
          f"Message-ID: {mid}",
          f"In-Reply-To: {omid}",
          f"References: {omid}",
          f"Thread-Topic: {osubj}",
          f"Subject: Delivery delayed:{osubj}",
          "Auto-Submitted: auto-replied",
          "MIME-Version: 1.0"]
    emit("exchange-delivery-delayed-4-4-7.eml", message(h, body), meta(
        "bounce", "postmaster@fjordsoft.example", "Exchange Online delay notification",
        "A delay DSN, not a failure: Action: delayed, Status 4.4.7, 'Delivery delayed:' subject (no space, as "
        "Exchange writes it). Still a bounce-kind automaton mail (never answered), but transient: it must not "
        "mark the partner as bouncing.",
        bounce={"recipient": rcpt, "status": "4.4.7"}), crlf=True)


# --- Bulk and list mail -------------------------------------------------------

def ses_newsletter():
    date_s = "Tue, 24 Nov 2026 14:03:11 +0000"
    d = dt(date_s)
    subj = "Partner Pulse #212: Azure price changes, Power BI Copilot and the Sentinel data lake"
    txt = """PARTNER PULSE - Issue #212 - 24 November 2026

This week for Microsoft partners:

* Azure price changes from 1 January: what your customers will notice
* Power BI Copilot is now generally available in Fabric F64 and above
* Sentinel data lake: first impressions from three SOC teams
* Intune Suite licensing changes explained
* Events: Partner Summit Berlin, 3 December

Read online: https://partnerpulse.example/issues/212

You are receiving this because opportunities@rcp2p.test subscribed to Partner Pulse.
Unsubscribe: https://partnerpulse.example/u/8f2a1c9e4b7d
Partner Pulse, 1 Example Way, Dublin, Ireland
"""
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Partner Pulse #212</title></head>'
            '<body style="margin:0;background:#f4f4f4"><table role="presentation" width="100%" cellpadding="0" '
            'cellspacing="0"><tr><td align="center"><table width="600" style="background:#ffffff;font-family:Arial,'
            'sans-serif">' + "".join(f"<tr><td style=\"padding:8px 24px\">{esc(x)}</td></tr>" for x in txt.strip().split("\n") if x)
            + '</table><img src="https://partnerpulse.example/o/8f2a1c9e4b7d.gif" width="1" height="1" alt="">'
              "</td></tr></table></body></html>\n")
    b = f"----=_Part_{R.randint(1000000, 9999999)}_{R.randint(100000000, 999999999)}.{ts(d)}123"
    body = multipart(b, [qp_part("text/plain; charset=UTF-8", txt), qp_part("text/html; charset=UTF-8", html)])
    env = f"0102019a{rhex(8)}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000@eu-west-1.amazonses.com"
    h = mx_top(env, "b224-13.smtp-out.eu-west-1.amazonses.com", "54.240.4.13", d,
               ar="Authentication-Results: mx.rcp2p.test;\n\tdkim=pass header.d=partnerpulse.example header.s=ses1 "
                  f"header.b={rnd(ALNUM, 8)};\n\tdkim=pass header.d=amazonses.com header.s=shh3fegwg5fppqsuzphvschd53n6ihuv "
                  f"header.b={rnd(ALNUM, 8)};\n\tspf=pass (mx.rcp2p.test: domain of {env} designates 54.240.4.13 as "
                  "permitted sender) smtp.mailfrom=eu-west-1.amazonses.com;\n\tdmarc=pass (policy=reject) "
                  "header.from=partnerpulse.example")
    h += [dkim("partnerpulse.example", "ses1", "From:To:Subject:MIME-Version:Content-Type:List-Unsubscribe:"
               "List-Unsubscribe-Post:Message-ID:Date:Feedback-ID", d, style="simple"),
          "From: Partner Pulse <newsletter@partnerpulse.example>",
          f"To: {SVC}",
          f"Subject: {subj}",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/alternative;\n\tboundary="{b}"',
          "List-Id: Partner Pulse Weekly <weekly.partnerpulse.example>",
          "List-Unsubscribe: <https://partnerpulse.example/u/8f2a1c9e4b7d?one-click=1>,\n"
          " <mailto:unsubscribe@partnerpulse.example?subject=unsubscribe-8f2a1c9e4b7d>",
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
          f"Message-ID: <{env}>",
          f"Date: {date_s}",
          f"Feedback-ID: ::1.eu-west-1.{rnd(ALNUM, 43)}=:AmazonSES",
          "X-SES-Outgoing: 2026.11.24-54.240.4.13"]
    emit("ses-newsletter-list-unsubscribe.eml", message(h, body), meta(
        "bulk", "newsletter@partnerpulse.example", "Newsletter via Amazon SES",
        "List-Id, List-Unsubscribe (HTTPS + mailto) and List-Unsubscribe-Post, no Precedence. Full of "
        "competency words (Azure, Power BI, Fabric, Sentinel, SOC, Intune, Berlin). Never a submission, "
        "never answered."), crlf=True)


def mailchimp_from_partner():
    date_s = "Wed, 18 Nov 2026 15:12:03 +0000"
    d = dt(date_s)
    subj = "Webinar 3 Dec: cut your Azure Kubernetes bill by 30%"
    cid = rhex(10)
    uid = rhex(25)
    txt = f"""** Cut your Azure Kubernetes bill by 30%
------------------------------------------------------------
Live webinar, Thursday 3 December 2026, 9:00 PT

Join Fabrikam's cloud architects for a practical hour on AKS cost optimisation: right-sizing node pools, spot instances, and FinOps dashboards your CFO will actually read.

Register now (https://fabrikam.us21.list-manage.com/track/click?u={uid}&id={rhex(10)}&e={rhex(10)})

============================================================
Copyright (C) 2026 Fabrikam Cloud Services, Inc. All rights reserved.
You are receiving this email because you opted in via our website.

Want to change how you receive these emails?
You can ** update your preferences (https://fabrikam.us21.list-manage.com/profile?u={uid}&id={rhex(10)}&e={rhex(10)})
or ** unsubscribe from this list (https://fabrikam.us21.list-manage.com/unsubscribe?u={uid}&id={rhex(10)}&e={rhex(10)})
"""
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="UTF-8"><meta http-equiv="X-UA-'
            'Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(subj)}</title></head><body><center><table class=\"bodyTable\" width=\"100%\"><tr><td>"
            + "".join(f"<p class=\"mcnTextContent\">{esc(x)}</p>" for x in txt.strip().split("\n") if x.strip())
            + f'<img src="https://fabrikam.us21.list-manage.com/track/open.php?u={uid}&id={rhex(10)}&e={rhex(10)}" '
              'height="1" width="1" alt=""></td></tr></table></center></body></html>\n')
    b = f"_----------=_MCPart_{R.randint(100000000, 999999999)}"
    body = multipart(b, [part('text/plain; charset="utf-8"; format="fixed"', qp(txt), "quoted-printable"),
                         part('text/html; charset="utf-8"', qp(html), "quoted-printable")],
                     preamble="This is a multi-part message in MIME format")
    env = f"bounce-mc.us21_{R.randint(10000000, 99999999)}.{R.randint(1000000, 9999999)}-{rhex(10)}=rcp2p.test@mail{R.randint(10, 99)}.atl121.mcdlv.net"
    env = env.replace("=rcp2p.test", "-opportunities=rcp2p.test")
    h = mx_top(env, "mail52.atl121.mcdlv.net", "198.2.139.52", d,
               ar="Authentication-Results: mx.rcp2p.test;\n\tdkim=pass header.d=fabrikam.example header.s=k2 "
                  f"header.b={rnd(ALNUM, 8)};\n\tdkim=pass header.d=mcdlv.net header.s=k3 header.b={rnd(ALNUM, 8)};\n"
                  f"\tspf=pass (mx.rcp2p.test: domain of {env} designates 198.2.139.52 as permitted sender) "
                  "smtp.mailfrom=mail52.atl121.mcdlv.net;\n\tdmarc=pass (policy=quarantine) header.from=fabrikam.example")
    h += [dkim("fabrikam.example", "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:"
               "List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:Message-ID", d),
          dkim("mcdlv.net", "k3", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:"
               "List-Unsubscribe-Post:Content-Type:MIME-Version:CC", d),
          f"Received: from localhost (localhost [127.0.0.1])\n\tby mail52.atl121.mcdlv.net (Mailchimp) with ESMTP id"
          f" 4X{rnd(ALNUM, 12)}\n\tfor <{SVC}>; {rfc(d)} (GMT)",
          f"Subject: {subj}",
          "From: =?utf-8?Q?Fabrikam=20Cloud=20Services?= <sales@fabrikam.example>",
          "Reply-To: =?utf-8?Q?Fabrikam=20Cloud=20Services?= <sales@fabrikam.example>",
          f"To: <{SVC}>",
          f"Date: {date_s}",
          f"Message-ID: <{rhex(40)}.{d:%Y%m%d%H%M%S}.{rhex(10)}@mail52.atl121.mcdlv.net>",
          "X-Mailer: MailChimp Mailer - **CID" + cid + "**",
          f"X-Campaign: mailchimp{uid}.{cid}",
          f"X-campaignid: mailchimp{uid}.{cid}",
          f"X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={uid}&id={cid}&e={rhex(10)}",
          f"X-MC-User: {uid}",
          f"Feedback-ID: {R.randint(10000000, 99999999)}:{R.randint(10000000, 99999999)}.{R.randint(100000, 999999)}:us21:mc",
          f"List-ID: {uid}mc list <{uid}.{R.randint(1000000, 9999999)}.list-id.mcsv.net>",
          "X-Accounttype: pd",
          f"List-Unsubscribe: <https://fabrikam.us21.list-manage.com/unsubscribe?u={uid}&id={rhex(10)}&t=h&e={rhex(10)}&c={cid}>,\n"
          f" <mailto:unsubscribe-mc.us21_{uid}.{cid}-{rhex(10)}@unsubscribe.mailchimpapp.net?subject=unsubscribe>",
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
          "Precedence: bulk",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/alternative; boundary="{b}"']
    emit("mailchimp-campaign-from-partner.eml", message(h, body), meta(
        "bulk", "sales@fabrikam.example", "Mailchimp campaign",
        "A marketing campaign whose From is a registered partner contact (sales@fabrikam.example) and which "
        "passes DMARC: Precedence: bulk, List-ID, List-Unsubscribe, X-Campaign. Azure/AKS words must not make "
        "it a submission."), crlf=False)


def google_groups():
    date_s = "Thu, 19 Nov 2026 16:41:09 +0100"
    d = dt(date_s)
    subj = "Suche Partner: Power BI Migration für Automobilzulieferer (Stuttgart)"
    mb, pod, tag = "DB9PR04MB8410", "AS8PR04MB7925", "eurprd04"
    mid = exo_mid(mb, tag)
    txt = """Hallo zusammen,

wir suchen kurzfristig Unterstützung bei der Migration von rund 120 Qlik-Reports nach Power BI für einen Automobilzulieferer in Stuttgart. Budget ca. 60.000 EUR, Start Januar.

Bei Interesse gerne direkt bei mir melden.

Viele Grüße
Anna Schmidt
Contoso Analytics GmbH
"""
    b = exo_boundary(mid)
    body = multipart(b, [qp_part('text/plain; charset="utf-8"', txt),
                         qp_part('text/html; charset="utf-8"', word_html([T(txt.strip())], lang="DE", font="Calibri"))])
    list_ret = f"dach-partners+bncBD{rnd(ALNUM, 36)}@googlegroups.com"
    h = mx_top(list_ret, "mail-wr1-x43a.google.com", "2a00:1450:4864:20::43a", d, tls="TLS1.3",
               ar="Authentication-Results: mx.rcp2p.test;\n\tdkim=pass header.d=googlegroups.com header.s=20230601 "
                  f"header.b={rnd(ALNUM, 8)};\n\tdkim=pass header.d=contoso.example header.s=selector1 "
                  f"header.b={rnd(ALNUM, 8)};\n\tspf=pass (mx.rcp2p.test: domain of {list_ret} designates "
                  "2a00:1450:4864:20::43a as permitted sender) smtp.mailfrom=googlegroups.com;\n"
                  "\tdmarc=pass (policy=none) header.from=contoso.example")
    h += [google_dkim("googlegroups.com", "list-unsubscribe:list-subscribe:list-archive:list-help:list-post\n"
                      "         :list-id:mailing-list:precedence:x-original-authentication-results\n"
                      "         :x-original-sender:mime-version:content-language:accept-language\n"
                      "         :message-id:date:thread-index:thread-topic:subject:to:from:sender", d, s="20230601"),
          f"Received: by 2002:a05:6000:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id "
          f"{rnd(HEX, 14)}-{rhex(8)}{R.randint(100000, 999999)}f8f.{R.randint(10, 99)};\n        {rfc(later(d, 3), pad=True)} (PST)".replace("+0100 (PST)", "+0100 (CET)"),
          "X-BeenThere: dach-partners@googlegroups.com",
          f"Sender: dach-partners@googlegroups.com",
          dkim("contoso.example", "selector1",
               "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", d, width=" "),
          "From: Anna Schmidt <anna.schmidt@contoso.example>",
          "To: DACH Partners <dach-partners@googlegroups.com>",
          f"Subject: {ew(subj, 'utf-8')}",
          f"Thread-Topic: {ew(subj, 'utf-8')}",
          f"Thread-Index: {thread_index()}",
          f"Date: {date_s}",
          f"Message-ID: {mid}",
          "Accept-Language: de-DE, en-US",
          "Content-Language: de-DE",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/alternative;\n\tboundary="{b}"',
          "X-Original-Sender: anna.schmidt@contoso.example",
          "X-Original-Authentication-Results: gmr-mx.google.com;       dkim=pass header.i=@contoso.example "
          "header.s=selector1 header.b=Ab3dE9fG;       spf=pass (google.com: domain of anna.schmidt@contoso.example "
          "designates 40.107.22.105 as permitted sender) smtp.mailfrom=anna.schmidt@contoso.example;       "
          "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=contoso.example",
          "Precedence: list",
          "Mailing-list: list dach-partners@googlegroups.com; contact dach-partners+owners@googlegroups.com",
          "List-ID: <dach-partners.googlegroups.com>",
          "X-Spam-Checked-In-Group: anna.schmidt@contoso.example",
          "X-Google-Group-Id: 483920175562",
          "List-Post: <https://groups.google.com/group/dach-partners/post>, <mailto:dach-partners@googlegroups.com>",
          "List-Help: <https://support.google.com/a/contact/googlegroups_help>,\n <mailto:dach-partners+help@googlegroups.com>",
          "List-Archive: <https://groups.google.com/group/dach-partners/>",
          "List-Subscribe: <https://groups.google.com/group/dach-partners/subscribe>,\n <mailto:dach-partners+subscribe@googlegroups.com>",
          "List-Unsubscribe: <mailto:googlegroups-manage+483920175562+unsubscribe@googlegroups.com>,\n"
          " <https://groups.google.com/group/dach-partners/subscribe>"]
    emit("google-groups-list-post.eml", message(h, body), meta(
        "bulk", "anna.schmidt@contoso.example", "Google Groups (post by Outlook user)",
        "A registered contact posted to a Google Group that the service address is a member of. It reads like "
        "a submission (Power BI, Stuttgart, 60.000 EUR) and passes DMARC, but List-ID, Mailing-list, "
        "Precedence: list and To: the group make it list mail."), crlf=True)


def precedence_junk():
    date_s = "Fri, 27 Nov 2026 05:30:00 -0500"
    d = dt(date_s)
    subj = "Black Friday: 40% off Microsoft 365 Business Premium – 72 hours only"
    html = """<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#d00">BLACK FRIDAY</h1>
<p>Save <b>40%</b> on Microsoft 365 Business Premium, Defender for Business and Intune licences.</p>
<p>Reseller pricing for partners in the US, UK, Germany and Australia. CSP and EA transfers welcome.</p>
<p><a href="https://licensedeals.example/bf2026?r=op">Shop the deals &raquo;</a></p>
<p style="font-size:10px;color:#999">LicenseDeals Ltd, Example Plaza, Miami FL. To stop receiving offers reply REMOVE.</p>
</body></html>
"""
    env = "promo@licensedeals.example"
    h = mx_top(env, "smtp7.licensedeals.example", "198.51.100.203", d,
               ar=ar_pass(env, "198.51.100.203", dkim_d="licensedeals.example", sel="s1", policy="none"))
    h += [dkim("licensedeals.example", "s1", "From:To:Subject:Date:Message-ID", d),
          f"Message-ID: <bf2026.{rnd(ALNUM, 16)}@licensedeals.example>",
          f"Date: {date_s}",
          "From: LicenseDeals Team <deals@licensedeals.example>",
          f"To: {SVC}",
          f"Subject: {ew(subj, 'UTF-8', enc='Q')}",
          "Precedence: junk",
          "X-Mailer: SendBlaster 4.4.2",
          "MIME-Version: 1.0",
          'Content-Type: text/html; charset="UTF-8"',
          "Content-Transfer-Encoding: 7bit"]
    emit("precedence-junk-promo.eml", message(h, html), meta(
        "bulk", "deals@licensedeals.example", "Bulk mailer (SendBlaster)",
        "'Precedence: junk', HTML only, no List-* headers, unknown sender. Bulk wins over unknown_sender: a "
        "junk mailing gets no polite explanation."), crlf=False)


# --- Unknown senders --------------------------------------------------------

def unknown_real_submission():
    date_s = "Tue, 17 Nov 2026 13:05:44 +0100"
    subj = "Power BI and Fabric partner wanted – Oslo energy company"
    segs = [
        T("""Hi,

I was given this address by a colleague at Fjordsoft. We are a small consultancy in Oslo and have a client in the energy sector who needs help with Power BI and Microsoft Fabric.

Competencies: Data Analytics, Data Platform
Region: Norway
Industry: Energy
Budget: EUR 70,000
Respond by: 2026-12-11

Can you share this with your partners?

Best regards,
Hannah Berg"""),
        SIG("Hannah Berg | Nordlys Consulting AS | +47 22 00 00 00", dash=True)]
    txt, html = text(segs), gmail_html(segs)
    b = gmail_boundary()
    body = multipart(b, [qp_part('text/plain; charset="UTF-8"', txt), qp_part('text/html; charset="UTF-8"', html)])
    h = google_trace(date_s=date_s, dom="nordlys-consulting.example", env_from="hannah.berg@nordlys-consulting.example")
    h += ["MIME-Version: 1.0",
          "From: Hannah Berg <hannah.berg@nordlys-consulting.example>",
          f"Date: {date_s}",
          f"Message-ID: <{gmail_id()}>",
          f"Subject: {ew(subj, 'UTF-8', enc='Q')}",
          f"To: {SVC}",
          f'Content-Type: multipart/alternative; boundary="{b}"']
    emit("unknown-sender-real-submission.eml", message(h, body), meta(
        "unknown_sender", "hannah.berg@nordlys-consulting.example", "Gmail web (Google Workspace)",
        "A well-formed, DMARC-passing submission from a company that is not in the partner directory: it must "
        "not become an opportunity; the sender gets one polite explanation."), crlf=True)


def unknown_cold_pitch():
    date_s = "Wed, 18 Nov 2026 03:17:52 +0200"
    d = dt(date_s)
    env = "daniel.morgan@growthleads-pro.example"
    txt = """Hi there,

I noticed your company works with Microsoft partners, so I thought I'd reach out.

We provide dedicated .NET and mobile app development teams (Azure certified) from $18/hour, with a free 2-week trial. Clients include banks, hospitals and retailers across the US and Europe.

Would you be open to a 15-minute call this week?

Best,
Daniel Morgan
Business Development Manager
GrowthLeads Pro

If this isn't relevant, just reply "no thanks" and I won't follow up.
"""
    h = mx_top(env, "vps-20931.hostlane.example", "203.0.113.31", d,
               ar=ar_pass(env, "203.0.113.31", dkim_d="growthleads-pro.example", sel="mail", policy="none"))
    h += [dkim("growthleads-pro.example", "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", d),
          f"Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby vps-20931.hostlane.example (Postfix) with ESMTPSA"
          f" id {qid()[:10]}\n\tfor <{SVC}>; {rfc(d)}",
          "MIME-Version: 1.0",
          f"Date: {date_s}",
          f"From: Daniel Morgan <{env}>",
          f"To: {SVC}",
          "Subject: Re: partnership opportunity",
          f"Message-ID: <{rhex(32)}@growthleads-pro.example>",
          "User-Agent: Roundcube Webmail/1.6.9",
          "X-Sender: " + env,
          "Content-Type: text/plain; charset=US-ASCII;\n format=flowed",
          "Content-Transfer-Encoding: 7bit"]
    emit("unknown-sender-cold-pitch.eml", message(h, flowed(txt)), meta(
        "unknown_sender", env, "Roundcube Webmail",
        "Cold sales pitch with a fake 'Re:' and no In-Reply-To, from an unregistered address, no bulk headers. "
        "Mentions .NET, Azure, banks, hospitals: irrelevant, the sender is unknown."), crlf=False)


def unknown_lookalike():
    date_s = "Fri, 20 Nov 2026 09:48:13 +0100"
    d = dt(date_s)
    env = "anna.schmidt@contoso-analytics.example"
    txt = """Hallo zusammen,

wir suchen einen Partner für Power BI Dashboards in einer Klinik in Hamburg (Healthcare). Budget 35.000 EUR, Rückmeldung bis 10.12.2026.

Viele Grüße
Anna Schmidt
"""
    h = mx_top(env, "mail.contoso-analytics.example", "192.0.2.77", d,
               ar=ar_pass(env, "192.0.2.77", dkim_d="contoso-analytics.example", sel="default", policy="none"))
    h += [dkim("contoso-analytics.example", "default", "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type", d),
          f"Received: from webmail.contoso-analytics.example (localhost [127.0.0.1])\n\tby mail.contoso-analytics.example"
          f" (Postfix) with ESMTPA id {qid()[:10]}\n\tfor <{SVC}>; {rfc(d)}",
          "MIME-Version: 1.0",
          f"Date: {date_s}",
          f"From: Anna Schmidt <{env}>",
          f"To: {SVC}",
          "Subject: Partner gesucht: Power BI Klinik Hamburg",
          f"Message-ID: <{rhex(32)}@contoso-analytics.example>",
          "User-Agent: Roundcube Webmail/1.6.9",
          "Content-Type: text/plain; charset=UTF-8;\n format=flowed",
          "Content-Transfer-Encoding: 8bit"]
    emit("unknown-sender-lookalike-domain.eml", message(h, txt), meta(
        "unknown_sender", env, "Roundcube Webmail",
        "Same display name and local part as a registered contact (anna.schmidt@contoso.example) but a "
        "different domain (contoso-analytics.example); DMARC passes for that domain. Matching is on the whole "
        "address, so this is an unknown sender."), crlf=False)


# --- Not understood -----------------------------------------------------------

def owa_call_me():
    date_s = "Mon, 16 Nov 2026 11:20:09 -0800"
    subj = "Quick question"
    mb, pod, tag = "BY5PR11MB4151", "SJ0PR11MB5896", "namprd11"
    mid = exo_mid(mb, tag)
    segs = [
        T("""Hi,

Can you call me when you have a moment? I have a question about how the digest works.

+1 206 555 0117

Thanks,
Priya"""),
        SIG("""Priya Natarajan | Partner Development Manager
Fabrikam Cloud Services, Inc.
Azure Expert MSP | Kubernetes | DevOps | Microsoft Security"""),
        DISC("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended "
             "recipient(s) and may contain confidential and privileged information. Fabrikam provides Azure, "
             "Power BI and Dynamics 365 services to financial institutions in Seattle and New York; nothing in "
             "this message is an offer to contract."),
    ]
    txt, html = text(segs), owa_html(segs)
    b = exo_boundary(mid)
    body = multipart(b, [qp_part('text/plain; charset="us-ascii"', txt, "ascii"),
                         qp_part('text/html; charset="us-ascii"', html.replace("utf-8", "us-ascii"), "ascii")])
    h = exo_trace(region="NAM", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fabrikam.example",
                  env_from="priya.natarajan@fabrikam.example")
    h += outlook_headers(frm="Priya Natarajan <priya.natarajan@fabrikam.example>", to=f"Opportunities <{SVC}>",
                         subject=subj, date_s=date_s, mid=mid, thread_topic=subj, lang="en-US")
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fabrikam.example")
    emit("owa-not-understood-call-me.eml", message(h, body), meta(
        "not_understood", "priya.natarajan@fabrikam.example", "Outlook on the web (Exchange Online)",
        "A registered contact asks for a call; no competency in the new text. The signature (Azure, "
        "Kubernetes, DevOps, Security) and the disclaimer (Azure, Power BI, Dynamics 365, Seattle, New York) "
        "must not turn it into a submission. She gets one reply saying what a submission needs."), crlf=True)


def gmail_empty_body():
    date_s = "Wed, 25 Nov 2026 10:02:17 +0900"
    subj = "案件のご相談"
    b = gmail_boundary()
    body = multipart(b, [part('text/plain; charset="UTF-8"', "\n"),
                         part('text/html; charset="UTF-8"', '<div dir="ltr"><br></div>\n')])
    h = google_trace(date_s=date_s, dom="sakura-sys.example", env_from="tanaka.hiroshi@sakura-sys.example",
                     host="asia")
    h += ["MIME-Version: 1.0",
          f"From: {ew('田中 宏', 'UTF-8')} <tanaka.hiroshi@sakura-sys.example>",
          f"Date: {date_s}",
          f"Message-ID: <{gmail_id()}>",
          f"Subject: {ew(subj, 'UTF-8')}",
          f"To: {SVC}",
          f'Content-Type: multipart/alternative; boundary="{b}"']
    emit("gmail-not-understood-empty-body.eml", message(h, body), meta(
        "not_understood", "tanaka.hiroshi@sakura-sys.example", "Gmail web (Google Workspace)",
        "Sent too early: empty body (a blank text part and <div dir=ltr><br></div>), subject '案件のご相談' "
        "(\"about a project\") names no competency and is not a command."), crlf=True)


def apple_attachment_only():
    date_s = "Thu, 19 Nov 2026 16:27:40 -0500"
    mb, pod, tag = "YT2PR01MB9104", "YQBPR0101MB6412", "CANPRD01"
    fname = "RFP – Azure landing zone.pdf"
    doc = pdf("Request for Proposal")
    b = f"Apple-Mail=_{ruuid(upper=True)}"
    body = multipart(b, [
        part("text/plain;\n\tcharset=us-ascii", "\n", "7bit"),
        part(f"application/pdf;\n\tx-unix-mode=0644;\n\tname*={rfc2231(fname)}", b64(doc), "base64",
             extra=[f"Content-Disposition: attachment;\n\tfilename*={rfc2231(fname)}"]),
        part("text/plain;\n\tcharset=us-ascii", "\n\n", "7bit"),
    ])
    h = exo_trace(region="CAN", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="mapleleafit.example",
                  env_from="sarah.tremblay@mapleleafit.example")
    h += ["From: Sarah Tremblay <sarah.tremblay@mapleleafit.example>",
          f'Content-Type: multipart/mixed;\n\tboundary="{b}"',
          "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))",
          "Subject: RFP for the network",
          f"Message-Id: <{ruuid(upper=True)}@mapleleafit.example>",
          f"Date: {date_s}",
          f"To: {SVC}",
          "X-Mailer: Apple Mail (2.3826.200.121)"]
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="mapleleafit.example", mime=False)
    emit("apple-mail-not-understood-attachment-only.eml", message(h, body), meta(
        "not_understood", "sarah.tremblay@mapleleafit.example", "Apple Mail 16 (macOS)",
        "Only a PDF attachment: empty text parts before and after it (Apple's layout). The RFC 2231 filename "
        "'RFP – Azure landing zone.pdf' names Azure, but attachments and their names are not read."), crlf=False)


# --- Commands -----------------------------------------------------------------

def owa_unsubscribe():
    date_s = "Tue, 24 Nov 2026 16:44:51 -0800"
    mb, pod, tag = "BY5PR11MB4151", "SJ0PR11MB5896", "namprd11"
    mid = exo_mid(mb, tag)
    segs = [T("unsubscribe"), SIG("""Priya Natarajan
Partner Development Manager
Fabrikam Cloud Services, Inc. | Seattle, WA
+1 206 555 0117""")]
    txt, html = text(segs), owa_html(segs)
    b = exo_boundary(mid)
    body = multipart(b, [qp_part('text/plain; charset="us-ascii"', txt, "ascii"),
                         qp_part('text/html; charset="us-ascii"', html.replace("utf-8", "us-ascii"), "ascii")])
    h = exo_trace(region="NAM", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fabrikam.example",
                  env_from="priya.natarajan@fabrikam.example")
    h += outlook_headers(frm="Priya Natarajan <priya.natarajan@fabrikam.example>", to=f"Opportunities <{SVC}>",
                         subject="Unsubscribe", date_s=date_s, mid=mid, thread_topic="Unsubscribe", lang="en-US")
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fabrikam.example")
    emit("owa-command-unsubscribe.eml", message(h, body), meta(
        "command", "priya.natarajan@fabrikam.example", "Outlook on the web (Exchange Online)",
        "Fresh mail whose body is 'unsubscribe' followed by a signature. Any contact may unsubscribe the whole "
        "partner.", command="unsubscribe"), crlf=True)


def iphone_stop():
    date_s = "Tue, 24 Nov 2026 22:10:05 +0100"
    mb, pod, tag = "AM0PR07MB6322", "PAXPR07MB8771", "eurprd07"
    h = exo_trace(region="EUR2", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fjordsoft.example",
                  env_from="erik.lindqvist@fjordsoft.example")
    h += ["Content-Type: text/plain;\n\tcharset=us-ascii",
          "Content-Transfer-Encoding: 7bit",
          "From: Erik Lindqvist <erik.lindqvist@fjordsoft.example>",
          "Mime-Version: 1.0 (1.0)",
          f"Date: {date_s}",
          "Subject: STOP",
          f"Message-Id: <{ruuid(upper=True)}@fjordsoft.example>",
          f"To: {SVC}",
          "X-Mailer: iPhone Mail (22B91)"]
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="fjordsoft.example", mime=False)
    emit("iphone-command-stop-subject-only.eml", message(h, ""), meta(
        "command", "erik.lindqvist@fjordsoft.example", "Apple Mail on iOS 18 (Exchange account)",
        "Subject 'STOP' and a completely empty body: the command comes from the subject. STOP is the "
        "'stop' spelling of unsubscribe.", command="unsubscribe"), crlf=False)


def outlook_de_pause():
    date_s = "Mon, 23 Nov 2026 09:31:50 +0100"
    topic = "2 new opportunities for Contoso Analytics GmbH"
    mb, pod, tag = "DB9PR04MB8410", "AS8PR04MB7925", "eurprd04"
    mid = exo_mid(mb, tag)
    ref = digest_id("contoso")
    segs = [
        T("""Please pause until 15 January 2027 – we are fully booked until then.

Thanks,
Anna"""),
        SIG("""Anna Schmidt
Partner Managerin
Contoso Analytics GmbH"""),
        FWD("outlook", [("Von", f"RCP2P Inbox <{SVC}> "),
                        ("Gesendet", "Montag, 23. November 2026 07:00"),
                        ("An", "Anna Schmidt <anna.schmidt@contoso.example>"),
                        ("Betreff", topic)],
            """Hello Contoso Analytics GmbH,

2 new opportunities match your competencies this week.

1. Teams Phone / contact center partner wanted - Chicago manufacturer (OPP-8)
   Data Analytics (gold) · US-Central
   I'm interested: mailto:opportunities+i.Xk2p9QdL@rcp2p.test

2. Power BI and Fabric partner for a municipality in Stockholm (OPP-11)
   Data Analytics (gold) · Nordics
   I'm interested: mailto:opportunities+i.Tq7mW3zR@rcp2p.test

Reply with the numbers you want (for example "#2"). To stop these emails, reply "unsubscribe"; to take a break, reply "pause until <date>"."""),
    ]
    txt, html = text(segs), word_html(segs, lang="DE", font="Calibri", reply=True, page="595.3pt 841.9pt")
    b = exo_boundary(mid)
    body = multipart(b, [qp_part('text/plain; charset="utf-8"', txt), qp_part('text/html; charset="utf-8"', html)])
    h = exo_trace(region="EUR", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="contoso.example",
                  env_from="anna.schmidt@contoso.example")
    h += outlook_headers(frm="Anna Schmidt <anna.schmidt@contoso.example>", to=f"RCP2P Inbox <{SVC}>",
                         subject=f"AW: {topic}", date_s=date_s, mid=mid, thread_topic=topic, lang="de-DE",
                         accept="de-DE, en-US", references=ref, in_reply_to=ref)
    h.append(f'Content-Type: multipart/alternative;\n\tboundary="{b}"')
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="contoso.example")
    emit("outlook-de-command-pause-polite.eml", message(h, body), meta(
        "command", "anna.schmidt@contoso.example", "Outlook 16 (Windows), German UI, reply to a digest",
        "'AW:' reply to a digest (In-Reply-To names it; bare service address, no token). First meaningful line "
        "is a polite command with a written-out date. The quoted digest below says 'unsubscribe' and lists "
        "items with 'I'm interested' links: neither counts, only the new text does.",
        command="pause", pause_until="2027-01-15"), crlf=True)


def thunderbird_resume():
    date_s = "Tue, 24 Nov 2026 08:05:31 +0100"
    d = dt(date_s)
    env = "m.brunner@alpenblick.example"
    txt = """resume

Danke!
Markus

-- 
Alpenblick Informatik AG
Markus Brunner, Leiter Infrastruktur
"""
    h = mx_top(env, "server42.swisshost.example", "192.0.2.142", d,
               ar=ar_pass(env, "192.0.2.142", dkim_d="alpenblick.example", sel="default", policy="none"))
    h += [dkim("alpenblick.example", "default", "Content-Type:Subject:From:To:MIME-Version:Date:Message-ID", d),
          f"Received: from [192.0.2.14] (port=51890 helo=[10.0.1.23])\n\tby server42.swisshost.example with esmtpsa"
          f"  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <{env}>)\n"
          f"\tid 1tFb4k-0002Wc-2m\n\tfor {SVC};\n\t{rfc(later(d, 2))}",
          f"Message-ID: <{ruuid()}@alpenblick.example>",
          f"Date: {date_s}",
          "MIME-Version: 1.0",
          "User-Agent: Mozilla Thunderbird",
          "Content-Language: de-CH",
          f"To: {SVC}",
          f"From: Markus Brunner <{env}>",
          "Subject: Digest wieder aktivieren",
          "Content-Type: text/plain; charset=UTF-8; format=flowed",
          "Content-Transfer-Encoding: 7bit"]
    emit("thunderbird-command-resume.eml", message(h, txt), meta(
        "command", env, "Thunderbird 128 (Windows)",
        "Body's first line is 'resume'; the German subject ('Digest wieder aktivieren') is not the command.",
        command="resume"), crlf=False)


def samsung_status():
    date_s = "Wed, 25 Nov 2026 07:41:12 -0600"
    d = dt(date_s)
    segs = [T("status"), SIG("Enviado desde mi smartphone Samsung Galaxy.")]
    txt, html = text(segs), samsung_html(segs)
    b = f"--_com.samsung.android.email_{ts(d)}{R.randint(100000, 999999)}"
    body = multipart(b, [part("text/plain; charset=utf-8", b64(txt), "base64"),
                         part("text/html; charset=utf-8", b64(html), "base64")])
    env = "alejandro.ruiz@nubeazteca.example"
    h = mx_top(env, "mail.nubeazteca.example", "203.0.113.88", d,
               ar=ar_pass(env, "203.0.113.88", dkim_d="nubeazteca.example", sel="default", policy="none"))
    h += [dkim("nubeazteca.example", "default", "Subject:To:From:Date:Message-ID:MIME-Version:Content-Type", d),
          f"Received: from [10.42.0.17] (unknown [189.203.45.12])\n\tby mail.nubeazteca.example (Postfix) with ESMTPSA id"
          f" {qid()[:11]}\n\tfor <{SVC}>; {rfc(later(d, 2))}",
          f"Message-ID: <{rnd('abcdefghijklmnopqrstuvwxyz0123456789', 24)}@email.android.com>",
          f"Date: {date_s}",
          f"From: Alejandro Ruiz <{env}>",
          f"To: {SVC}",
          "Subject: status",
          "MIME-Version: 1.0",
          f'Content-Type: multipart/alternative; boundary="{b}"',
          "Importance: Normal",
          "X-Priority: 3",
          "X-MSMail-Priority: Normal"]
    emit("samsung-email-command-status.eml", message(h, body), meta(
        "command", env, "Samsung Email (Android)",
        "'status' as subject and first body line, base64 parts, Samsung's Spanish signature.", command="status"),
        crlf=True)


def gmail_withdraw():
    date_s = "Tue, 24 Nov 2026 11:26:03 -0300"
    txt = """withdraw OPP-12 - the client found someone internally. Thanks for the help!

Rafael
"""
    b = gmail_boundary()
    html = '<div dir="ltr">withdraw OPP-12 - the client found someone internally. Thanks for the help!<div><br></div><div>Rafael</div></div>\n'
    body = multipart(b, [part('text/plain; charset="UTF-8"', txt), part('text/html; charset="UTF-8"', html)])
    h = google_trace(date_s=date_s, dom="verdetec.example", env_from="rafael.souza@verdetec.example", host="sa")
    h += ["MIME-Version: 1.0",
          "From: Rafael Souza <rafael.souza@verdetec.example>",
          f"Date: {date_s}",
          f"Message-ID: <{gmail_id()}>",
          "Subject: Withdraw OPP-12",
          f"To: {SVC}",
          f'Content-Type: multipart/alternative; boundary="{b}"']
    emit("gmail-command-withdraw.eml", message(h, body), meta(
        "command", "rafael.souza@verdetec.example", "Gmail web (Google Workspace)",
        "'withdraw OPP-12' with a reason on the same line. Whether it succeeds depends on OPP-12 being Verde's "
        "and open in the test's store; the kind is command either way.", command="withdraw", ref="OPP-12"),
        crlf=True)


# --- Malformed ------------------------------------------------------------------

def malformed_unknown_charset():
    date_s = "Wed, 18 Nov 2026 17:55:21 +0100"
    d = dt(date_s)
    env = "marc.lefevre@lumiere-conseil.example"
    subj = "SharePoint intranet refresh - Paris retail group"
    txt = """Hello,

We need a SharePoint partner in Paris for an intranet refresh at a retail group (45 stores). Budget 20k EUR, answer before 2026-12-10.

Regards,
Marc Lef\xe8vre
Lumi\xe8re Conseil
"""
    h = mx_top(env, "zimbra.lumiere-conseil.example", "198.51.100.42", d,
               ar=ar_pass(env, "198.51.100.42", dkim_d="lumiere-conseil.example", sel="zm2024", policy="none"))
    h += [f"Received: from lefevre-t14 (lfbn-par-1-234-56.w86-200.abo.example [86.200.12.34])\n"
          f"\t(Authenticated sender: {env})\n\tby zimbra.lumiere-conseil.example (Postfix) with ESMTPSA id {qid()[:10]}\n"
          f"\tfor <{SVC}>; {postfix_date(d).replace('+0000 (UTC)', '+0100 (CET)')}",
          f"Date: {date_s}",
          f"From: Marc Lefevre <{env}>",
          f"To: {SVC}",
          f"Subject: {subj}",
          f"Message-ID: <20261118175521.{rhex(8)}@lefevre-t14>",
          "X-Mailer: Claws Mail 3.17.8 (GTK+ 2.24.33; x86_64-pc-linux-gnu)",
          "MIME-Version: 1.0",
          'Content-Type: text/plain; charset="x-unknown-9"',
          "Content-Transfer-Encoding: 8bit"]
    emit("malformed-unknown-charset.eml", message(h, txt), meta(
        "submission", env, "Claws Mail with a broken charset setting",
        "charset=\"x-unknown-9\" does not exist; the body is ASCII apart from two Latin-1 'è' bytes (0xE8). A "
        "careful reader falls back (ASCII/Latin-1/UTF-8 with replacement) instead of failing, and still "
        "finds the submission.",
        expect=E(subj, ["Collaboration and Content"], ["France"], "Retail", money(20000, "EUR"), "2026-12-10")),
        crlf=False, codec="latin-1", lint_text=subj + "\n" + txt.split("Regards")[0])


def malformed_broken_base64():
    date_s = "Thu, 19 Nov 2026 12:03:44 -0500"
    subj = "Intune partner for Toronto school board"
    mb, pod, tag = "YT2PR01MB9104", "YQBPR0101MB6412", "CANPRD01"
    mid = exo_mid(mb, tag)
    good = """Hi all,

A school board near Toronto needs a partner to roll out Intune across its 60 schools before the spring term.

Region: Canada
Industry: Education
Budget: CAD 75,000
Respond by: 2026-12-16

Sarah

"""
    raw = good.encode()
    while len(raw) % 3:
        raw += b" "
    enc = base64.b64encode(raw).decode()
    lines = [enc[i:i + 76] for i in range(0, len(enc), 76)]
    tail = base64.b64encode(b"Get Outlook for Android<https://aka.ms/AAb9ysg>\n").decode()
    lines.append(tail[:30] + "!!*&^%$#@" + tail[30:52])
    lines.append("PGh0bWw+PGJvZHk+PGRpdi")   # truncated: not a multiple of 4, no padding
    body = "\n".join(lines) + "\n"
    h = exo_trace(region="CAN", mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="mapleleafit.example",
                  env_from="sarah.tremblay@mapleleafit.example")
    h += outlook_headers(frm="Sarah Tremblay <sarah.tremblay@mapleleafit.example>", to=f"{SVC} <{SVC}>",
                         subject=subj, date_s=date_s, mid=mid, thread_topic=subj, lang="en-US",
                         extra=["x-ms-reactions: allow"])
    h += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64"]
    h += exo_tail(mailbox=mb, pod=pod, tag=tag, date_s=date_s, dom="mapleleafit.example")
    emit("malformed-broken-base64.eml", message(h, body), meta(
        "submission", "sarah.tremblay@mapleleafit.example", "Outlook for Android, damaged in transit",
        "text/plain base64 whose first lines decode cleanly to the whole submission, followed by a line with "
        "invalid characters ('!!*&^%$#@') and a truncated last quantum. Decode what decodes, keep going, "
        "record the defect.",
        expect=E(subj, ["Enterprise Mobility Management"], ["Canada"], "Education", money(75000, "CAD"),
                 "2026-12-16")),
        crlf=True, lint_text=subj + "\n" + good)


def malformed_missing_boundary():
    date_s = "Fri, 20 Nov 2026 15:37:08 -0300"
    subj = "Power BI dashboards – mining company, Minas Gerais"
    txt = """Hi all,

Need a partner for Power BI dashboards at a mining company in Minas Gerais, Brazil. Budget R$ 150.000, respond by 20/12/2026.

Rafael
"""
    html = ('<div dir="ltr">Hi all,<div><br></div><div>Need a partner for Power BI dashboards at a mining company in '
            'Minas Gerais, Brazil. Budget R$ 150.000, respond by 20/12/2026.</div><div><br></div><div>Rafa')
    b = gmail_boundary()
    body = multipart(b, [part('text/plain; charset="UTF-8"', txt), part('text/html; charset="UTF-8"', html)],
                     close=False)
    h = google_trace(date_s=date_s, dom="verdetec.example", env_from="rafael.souza@verdetec.example", host="sa")
    h += ["MIME-Version: 1.0",
          "From: Rafael Souza <rafael.souza@verdetec.example>",
          f"Date: {date_s}",
          f"Message-ID: <{gmail_id()}>",
          f"Subject: {ew(subj, 'UTF-8', enc='Q')}",
          f"To: {SVC}",
          f'Content-Type: multipart/alternative; boundary="{b}"']
    emit("malformed-missing-closing-boundary.eml", message(h, body), meta(
        "submission", "rafael.souza@verdetec.example", "Gmail web, truncated in storage",
        "The message stops in the middle of the HTML part: no closing boundary. The complete text/plain part "
        "still holds the submission. Industry not asserted (mining).",
        expect=E(subj, ["Data Analytics"], ["Brazil"], None, money(150000, "BRL"), "2026-12-20")),
        crlf=True, lint_text=subj + "\n" + txt)


def malformed_raw_8bit_header():
    date_s = "Mon, 16 Nov 2026 10:10:10 +0100"
    d = dt(date_s)
    env = "support@alpenblick.example"
    subj = "Power BI für Großhändler in Deutschland"
    txt = """Grüezi

Für einen Großhändler (Retail) in Deutschland suchen wir Unterstützung bei Power BI Dashboards.

Budget: 30.000 EUR
Antwort bis: 15.12.2026

Jürgen Maier
Alpenblick Informatik AG - Support
"""
    h = mx_top(env, "server42.swisshost.example", "192.0.2.142", d,
               ar=ar_pass(env, "192.0.2.142", dkim_d="alpenblick.example", sel="default", policy="none"))
    h += [f"Received: from alpenblic by server42.swisshost.example with local (Exim 4.98)\n"
          f"\t(envelope-from <{env}>)\n\tid 1tCa9Q-0004Hn-3d\n\tfor {SVC};\n\t{rfc(d)}",
          f"To: {SVC}",
          f"Subject: {subj}",
          "X-Mailer: Alpenblick-Helpdesk/2.1",
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=iso-8859-1",
          "Content-Transfer-Encoding: 8bit",
          "Message-Id: <E1tCa9Q-0004Hn-3d@server42.swisshost.example>",
          f"From: Jürgen Maier <{env}>",
          f"Date: {date_s}"]
    emit("malformed-raw-8bit-header.eml", message(h, txt), meta(
        "submission", env, "Home-grown helpdesk script (PHP mail())",
        "Subject and From display name carry raw ISO-8859-1 bytes (ü 0xFC, ß 0xDF, ä 0xE4) with no RFC 2047 "
        "encoding; they are not valid UTF-8. The body is declared iso-8859-1. Title not asserted (how raw "
        "header bytes are shown is up to the reader), the fields are.",
        expect={"competencies": ["Data Analytics"], "regions": ["Germany"], "industry": "Retail",
                "budget": money(30000, "EUR"), "respond_by": "2026-12-15"}),
        crlf=False, codec="latin-1", lint_text=subj + "\n" + txt)


def malformed_no_date():
    env = "comercial@verdetec.example"
    subj = "Fabric data warehouse migration – supermarket chain"
    d = dt("Sat, 21 Nov 2026 02:14:09 +0000")
    txt = """New opportunity from Verde Tecnologia

Competencies: Data Platform
Region: Brazil
Industry: Retail
Budget: USD 60,000
Respond by: 2026-12-20

Description: migrate the on-premises data warehouse of a supermarket chain (120 stores) to Microsoft Fabric.

Contact: comercial@verdetec.example
"""
    h = mx_top(env, "crm.verdetec.example", "198.51.100.140", d,
               ar=ar_pass(env, "198.51.100.140", dkim_d=None, policy="none"))
    h += [f"Received: by crm.verdetec.example (Postfix, from userid 33)\n\tid {qid()[:10]}; {postfix_date(d)}",
          f"To: {SVC}",
          f"Subject: {ew(subj, 'UTF-8', enc='Q')}",
          "X-Mailer: VerdeCRM-Notifier/0.9",
          "MIME-Version: 1.0",
          'Content-Type: text/plain; charset="UTF-8"',
          "Content-Transfer-Encoding: 8bit",
          f"Message-ID: <crm-notify-{R.randint(10000, 99999)}@crm.verdetec.example>",
          f"From: Verde Tecnologia <{env}>"]
    emit("malformed-no-date.eml", message(h, txt), meta(
        "submission", env, "In-house CRM notifier (sendmail binary)",
        "No Date header at all (the MTA was told not to add one); Received lines carry the only times. All "
        "dates in the text are absolute, so nothing depends on the missing Date. DKIM none, SPF and DMARC pass.",
        expect=E(subj, ["Data Platform"], ["Brazil"], "Retail", money(60000, "USD"), "2026-12-20")),
        crlf=False, lint_text=subj + "\n" + txt)


def malformed_no_message_id():
    date_s = "Mon, 23 Nov 2026 07:00:48 +0100"
    d = dt(date_s)
    env = "support@alpenblick.example"
    txt = """Guten Tag

Vielen Dank für Ihre Nachricht. Ihre Anfrage ist unter der Ticketnummer #48213 eingegangen. Unser Support-Team (Exchange, VMware, Windows) meldet sich innerhalb eines Arbeitstages.

Freundliche Grüsse
Alpenblick Informatik AG - Support
"""
    h = mx_top(env, "server42.swisshost.example", "192.0.2.142", d,
               ar=ar_pass(env, "192.0.2.142", dkim_d="alpenblick.example", sel="default", policy="none"))
    h += [f"Received: from alpenblic by server42.swisshost.example with local (Exim 4.98)\n"
          f"\t(envelope-from <{env}>)\n\tid 1tEm2I-0007Pk-1v\n\tfor {SVC};\n\t{rfc(d)}",
          f"To: {SVC}",
          f"Subject: Ihre Anfrage ist eingegangen [Ticket #48213]",
          f"In-Reply-To: {digest_id('alpenblick-s')}",
          "X-Mailer: PHP/8.1.2-1ubuntu2.19",
          "Auto-Submitted: auto-replied",
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=UTF-8",
          "Content-Transfer-Encoding: 8bit",
          f"From: Alpenblick Support <{env}>",
          f"Date: {date_s}"]
    emit("malformed-no-message-id.eml", message(h, txt), meta(
        "auto_reply", env, "PHP mail() autoresponder",
        "No Message-ID header (the store must synthesise one); otherwise an ordinary ticket auto-reply with "
        "'Auto-Submitted: auto-replied' from a registered contact address."), crlf=False)


def build():
    dmarc_fail_spoofed()
    dmarc_foreign_authserv()
    gmail_vacation()
    exchange_automatic_reply()
    abwesenheitsnotiz_de()
    zimbra_reponse_automatique()
    x_autoreply_only()
    osticket_precedence_auto_reply()
    postfix_dsn()
    exchange_ndr()
    sendmail_returned_mail()
    gmail_dsn()
    exchange_delayed()
    ses_newsletter()
    mailchimp_from_partner()
    google_groups()
    precedence_junk()
    unknown_real_submission()
    unknown_cold_pitch()
    unknown_lookalike()
    owa_call_me()
    gmail_empty_body()
    apple_attachment_only()
    owa_unsubscribe()
    iphone_stop()
    outlook_de_pause()
    thunderbird_resume()
    samsung_status()
    gmail_withdraw()
    malformed_unknown_charset()
    malformed_broken_base64()
    malformed_missing_boundary()
    malformed_raw_8bit_header()
    malformed_no_date()
    malformed_no_message_id()
