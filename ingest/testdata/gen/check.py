#!/usr/bin/env python3
"""Validates ingest/testdata: every .eml parses, corpus.json lists each one
exactly once with consistent fields, and the dev sample data is sound.

    python3 ingest/testdata/gen/check.py

Exit status 1 on any problem. Messages marked malformed in their file name
are allowed parser defects but must still be readable as text.
"""

import csv
import email
import email.policy
import email.utils
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
TD = ROOT / "ingest" / "testdata"
DEV = ROOT / "cmd" / "rcp2p" / "devdata"

KINDS = {"submission", "reply", "command", "auto_reply", "bounce", "bulk", "unknown_sender", "dmarc_fail",
         "not_understood", "too_large"}
COMPETENCIES = {
    "Application Development", "Application Integration", "Cloud Business Applications",
    "Cloud Customer Relationship Management", "Cloud Platform", "Cloud Productivity", "Collaboration and Content",
    "Communications", "Data Analytics", "Data Center", "Data Platform", "DevOps", "Enterprise Mobility Management",
    "Enterprise Resource Planning", "Learning", "Messaging", "Midmarket Solution Provider",
    "Project and Portfolio Management", "Security", "Small and Midmarket Cloud Solutions",
    "Software Asset Management", "Volume Licensing", "Windows and Devices", "AI and Machine Learning"}
REGIONS = {"North America", "US", "US-West", "US-Central", "US-East", "Canada", "Europe", "UK", "Germany", "France",
           "Nordics", "Benelux", "APAC", "Australia", "India", "Japan", "Singapore", "LATAM", "Brazil", "Mexico",
           "Remote"}
INDUSTRIES = {"Healthcare", "Financial Services", "Manufacturing", "Retail", "Public Sector", "Education", "Energy",
              "Professional Services", "Nonprofit", "Media"}
# Any ISO 4217 code a partner may write; the fx table only decides which
# budgets can be compared with a partner's minimum.
CURRENCIES = {"USD", "EUR", "GBP", "CAD", "AUD", "INR", "JPY", "BRL", "SEK", "CHF", "CNY", "CZK", "DKK", "HUF",
              "IDR", "ILS", "KES", "KRW", "MXN", "MYR", "NGN", "NOK", "PHP", "PLN", "RUB", "THB", "TRY", "VND",
              "ZAR", "UAH", "RON", "ARS", "AED", "SAR", "NZD", "SGD", "HKD"}
PREFIX = re.compile(r"^(?:(?:re|fwd?|wg|tr|aw)\s*:\s*|\[(?:external|ext)\]\s*)+", re.I)

problems = []


def bad(msg):
    problems.append(msg)


def partners(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    header = "id,company,emails,competencies,regions,industries,min_budget,cadence,timezone"
    if path.read_text(encoding="utf-8").splitlines()[0] != header:
        bad(f"{path}: header differs")
    addrs = {}
    for r in rows:
        for c in r["competencies"].split(";"):
            name, _, level = c.partition(":")
            if name not in COMPETENCIES or level not in ("", "gold", "silver"):
                bad(f"{path}: {r['id']}: competency {c!r}")
        for g in filter(None, r["regions"].split(";")):
            if g not in REGIONS:
                bad(f"{path}: {r['id']}: region {g!r}")
        for i in filter(None, r["industries"].split(";")):
            if i not in INDUSTRIES:
                bad(f"{path}: {r['id']}: industry {i!r}")
        if r["cadence"] not in ("weekly", "daily", "off"):
            bad(f"{path}: {r['id']}: cadence")
        for a in r["emails"].split(";"):
            addrs[a.lower()] = r["id"]
    return rows, addrs


def parse(path):
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return raw, msg


def texts(msg):
    """Decoded text of every text/* part (errors replaced)."""
    out = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            payload = p.get_payload(decode=True) or b""
            cs = p.get_content_charset() or "us-ascii"
            try:
                out.append(payload.decode(cs))
            except (LookupError, UnicodeDecodeError):
                out.append(payload.decode("latin-1"))
    return out


def check_mail(folder, corpus=None, addrs=None):
    files = sorted(folder.glob("*.eml"))
    mids = {}
    endings = {"crlf": 0, "lf": 0}
    for f in files:
        raw, msg = parse(f)
        broken = f.name.startswith("malformed-")
        endings["crlf" if b"\r\n" in raw else "lf"] += 1
        if b"\r\n" in raw and re.search(rb"[^\r]\n", raw):
            bad(f"{f.name}: mixed line endings")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            pass  # 8bit Latin-1 bodies are allowed; they are still text
        if b"\x00" in raw:
            bad(f"{f.name}: NUL byte")
        defects = [d for p in msg.walk() for d in p.defects]
        if defects and not broken:
            bad(f"{f.name}: parser defects {defects}")
        for hname in ("From", "To", "Subject"):
            if msg[hname] is None:
                bad(f"{f.name}: no {hname}")
        mid = msg["Message-ID"]
        if mid is None:
            if not broken:
                bad(f"{f.name}: no Message-ID")
        else:
            mid = str(mid).strip()
            if mid in mids:
                bad(f"{f.name}: Message-ID also in {mids[mid]}")
            mids[mid] = f.name
        if msg["Date"] is None:
            if not broken:
                bad(f"{f.name}: no Date")
        else:
            d = email.utils.parsedate_to_datetime(str(msg["Date"]))
            if folder.parent.name == "testdata" and (d.year, d.month) != (2026, 11):
                bad(f"{f.name}: Date not in Nov 2026")
        for p in msg.walk():
            if p.get_content_maintype() == "text" and not broken:
                try:
                    p.get_content()
                except Exception as e:  # noqa: BLE001
                    bad(f"{f.name}: cannot decode part {p.get_content_type()}: {e}")
                cte = (p["Content-Transfer-Encoding"] or "7bit").lower()
                if cte == "7bit" and any(b > 127 for b in (p.get_payload(decode=True) or b"")):
                    bad(f"{f.name}: 8-bit data in a 7bit part")
        if not any(t.strip() for t in texts(msg)) and "empty" not in f.name and "attachment-only" not in f.name \
                and "stop" not in f.name:
            bad(f"{f.name}: no readable text")
    return files, endings


def check_corpus(files, addrs):
    corpus = json.loads((TD / "corpus.json").read_text(encoding="utf-8"))
    names = [c["file"] for c in corpus]
    if sorted(names) != sorted(f.name for f in files) or len(set(names)) != len(names):
        bad(f"corpus.json lists {sorted(set(names) ^ set(f.name for f in files))} wrongly or twice")
    counts = {}
    for c in corpus:
        n = c["file"]
        k = c["kind"]
        counts[k] = counts.get(k, 0) + 1
        if k not in KINDS:
            bad(f"{n}: kind {k}")
        for key in ("client", "from", "notes"):
            if not c.get(key):
                bad(f"{n}: missing {key}")
        _, msg = parse(TD / "mail" / n)
        frm = email.utils.parseaddr(str(msg["From"]) if msg["From"] else "")[1].lower()
        if frm and frm != c["from"]:
            bad(f"{n}: corpus from {c['from']} but header {frm}")
        registered = c["from"] in addrs
        if k in ("submission", "command", "auto_reply", "not_understood", "dmarc_fail") and not registered:
            bad(f"{n}: {k} from unregistered {c['from']}")
        if k == "unknown_sender" and registered:
            bad(f"{n}: unknown_sender but {c['from']} is registered")
        if k == "submission":
            e = c.get("expect")
            if not e or not e.get("competencies"):
                bad(f"{n}: submission without expect.competencies")
                continue
            for comp in e["competencies"]:
                if comp not in COMPETENCIES:
                    bad(f"{n}: competency {comp}")
            for g in e.get("regions", []):
                if g not in REGIONS:
                    bad(f"{n}: region {g}")
            if "industry" in e and e["industry"] not in INDUSTRIES:
                bad(f"{n}: industry {e['industry']}")
            b = e.get("budget")
            if b is not None and (b["currency"] not in CURRENCIES or not isinstance(b["amount"], (int, float))):
                bad(f"{n}: budget {b}")
            if "respond_by" in e and not re.fullmatch(r"\d{4}-\d\d-\d\d", e["respond_by"]):
                bad(f"{n}: respond_by {e['respond_by']}")
            if "title" in e:
                subj = str(msg["Subject"])
                stripped = PREFIX.sub("", subj).strip()
                if stripped != e["title"]:
                    bad(f"{n}: title {e['title']!r} but subject decodes to {stripped!r}")
        elif "expect" in c:
            bad(f"{n}: expect on a {k}")
        if k == "bounce":
            bo = c.get("bounce") or {}
            if bo.get("recipient", "").lower() not in addrs:
                bad(f"{n}: bounce recipient not a partner address")
            raw = (TD / "mail" / n).read_text(encoding="utf-8", errors="replace")
            if f"Status: {bo.get('status')}" not in raw:
                bad(f"{n}: status {bo.get('status')} not in the delivery-status part")
        if k == "command" and not c.get("command"):
            bad(f"{n}: command without command")
    return counts


def main():
    _, addrs = partners(TD / "partners.csv")
    files, endings = check_mail(TD / "mail", addrs=addrs)
    counts = check_corpus(files, addrs)
    dev_rows, _ = partners(DEV / "partners.csv")
    dev_files, dev_endings = check_mail(DEV / "mail")
    for p in problems:
        print("problem:", p)
    print(f"corpus: {len(files)} files {endings}; kinds {dict(sorted(counts.items()))}")
    print(f"devdata: {len(dev_rows)} partners, {len(dev_files)} mails {dev_endings}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
