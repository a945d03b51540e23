#!/usr/bin/env python3
"""Writes the ingest test corpus and the `rcp2p dev` sample data.

    python3 ingest/testdata/gen/build.py        # from anywhere

Outputs (all overwritten):
    ingest/testdata/partners.csv
    ingest/testdata/mail/*.eml
    ingest/testdata/corpus.json
    cmd/rcp2p/devdata/partners.csv and devdata/mail/*.eml

Every message is written by hand in corpus_*.py and devdata.py; the scripts
only do what people get wrong when typing mail by hand: quoted-printable and
base64 bodies, RFC 2047 words, non-UTF-8 charsets, line endings, and stub
attachments. Output is deterministic (seeded random). A fixture added by
hand instead must also be listed in corpus.json; check.py verifies both.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import infra  # noqa: E402
import lint  # noqa: E402
import corpus_submissions  # noqa: E402
import corpus_other  # noqa: E402
import devdata  # noqa: E402


def main():
    infra.TESTDATA.mkdir(parents=True, exist_ok=True)
    (infra.TESTDATA / "partners.csv").write_text(infra.PARTNERS_CSV, encoding="utf-8")
    corpus_submissions.build()
    corpus_other.build()
    with open(infra.TESTDATA / "corpus.json", "w", encoding="utf-8") as f:
        json.dump(infra.CORPUS, f, ensure_ascii=False, indent=2)
        f.write("\n")
    devdata.build()
    lint.report()
    print(f"wrote {len(infra.CORPUS)} corpus messages")


if __name__ == "__main__":
    main()
