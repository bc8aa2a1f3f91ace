#!/usr/bin/env python3
"""Build the labelled sample-report corpus in ``sample_reports/``.

    python tools/make_samples.py            # (re)write every sample, expected JSON and MANIFEST.md
    python tools/make_samples.py --check    # also re-read each PDF/text and sanity-check it

Every report is fictional and written for this project. Output is deterministic: seeded random
per sample, fixed dates, reportlab invariant mode (byte-identical PDFs across runs).

For each sample ``<stem>`` the tool writes the report (``<stem>.pdf`` or ``<stem>.txt``) and
``expected/<stem>.json``: a *partial* her2cli result (docs/json-contract.md). The test compares
every key present, recursively; ``null`` means the actual value must be null; keys starting
with ``_`` are notes and are ignored.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _samples_breast  # noqa: E402,F401  (registers samples)
import _samples_crc  # noqa: E402,F401
import _samples_other  # noqa: E402,F401
from _builders import REGISTRY  # noqa: E402
from _doc import render_pdf, render_text  # noqa: E402
from _layouts import Sample  # noqa: E402

ROOT = HERE.parent
OUT = ROOT / "sample_reports"
STATUSES = ("positive", "negative", "equivocal", "not_found")
CANCERS = ("breast", "colorectal", "gastric", "esophageal", "other", "unknown")
SCORES = ("0", "1+", "2+", "3+", None)
TOP_KEYS = ("status", "cancer_type", "her2_low", "ihc", "ish", "ngs", "related")


def collect() -> list[Sample]:
    samples: list[Sample] = []
    for fn in REGISTRY:
        got = fn()
        samples.extend(got if isinstance(got, list) else [got])
    return samples


def derive(e: dict) -> tuple[str, bool | None]:
    """Re-derive (status, her2_low) from the structured truth with the corpus's truth rules, as a
    consistency check on the hand-written expected files."""
    cancer, i, h, n = e["cancer_type"], e["ihc"] or {}, e["ish"] or {}, e["ngs"] or {}
    score = i.get("score") or {"0-1+": "1+", "1-2+": "2+"}.get(i.get("score_range"))
    res, ratio, cn = h.get("result"), h.get("ratio"), h.get("her2_copy_number")
    if h and res is None and ratio is not None and cn is not None and cancer == "breast":
        if ratio >= 2.0:
            res = "amplified" if cn >= 4.0 or score == "3+" else "not_amplified"
        elif cn >= 6.0:
            res = "amplified" if score in ("2+", "3+") else "not_amplified"
        else:
            res = "amplified" if cn >= 4.0 and score == "3+" else "not_amplified"
    if h and res is None and ratio is not None and cancer != "breast":
        res = "amplified" if ratio >= 2.0 else "not_amplified"
    amp = n.get("amplification")
    if score == "3+" or res == "amplified" or (amp == "amplified" and cancer != "breast"):
        status = "positive"
    elif res == "not_amplified":
        status = "negative"
    elif score == "2+" or amp == "equivocal" or res == "equivocal":
        status = "equivocal"
    elif (amp == "not_amplified" and not n.get("ctdna")) or score in ("0", "1+"):
        status = "negative"
    else:
        status = "not_found"
    low = None
    if cancer == "breast":
        if status == "positive":
            low = False
        elif status == "negative":
            rng = i.get("score_range")
            if i.get("score") == "0":
                low = False
            elif i.get("score") in ("1+", "2+") or rng == "1-2+":
                low = True
    return status, low


def validate(s: Sample) -> None:
    st, low = derive(s.expected)
    assert (st, low) == (s.expected["status"], s.expected["her2_low"]), (
        f"{s.stem}: truth rules give {st}/{low}, expected file says "
        f"{s.expected['status']}/{s.expected['her2_low']}"
    )
    e = s.expected
    for k in TOP_KEYS:
        assert k in e, f"{s.stem}: expected lacks {k}"
    assert isinstance(e.get("_notes"), str) and e["_notes"], s.stem
    assert e["status"] in STATUSES, s.stem
    assert e["cancer_type"] in CANCERS, s.stem
    if e["cancer_type"] != "breast":
        assert e["her2_low"] is None, f"{s.stem}: her2_low must be null outside breast"
        assert "her2_ultralow" not in e or e["her2_ultralow"] is None, s.stem
    if e["status"] in ("equivocal", "not_found"):
        assert e["her2_low"] is None, f"{s.stem}: her2_low must be null when {e['status']}"
    if e["status"] == "positive":
        assert e["her2_low"] in (False, None), s.stem
    if e["ihc"] is not None:
        assert e["ihc"]["score"] in SCORES, s.stem
        if e["ihc"]["score"] is None:
            assert "score_range" in e["ihc"], s.stem
    if e["ish"] is not None:
        assert e["ish"].get("result", "amplified") in ("amplified", "not_amplified", "equivocal"), s.stem
    if e["ngs"] is not None:
        assert set(e["ngs"]) == {"amplification", "copy_number", "mutations", "ctdna"}, s.stem
        assert e["ngs"]["amplification"] in ("amplified", "not_amplified", "equivocal", None), s.stem
    assert set(e["related"]) >= {"kras", "nras", "braf", "msi", "mmr"}, s.stem
    assert s.fmt in ("pdf", "txt", "txt-utf16", "txt-latin1"), s.stem


def write(samples: list[Sample]) -> dict[str, str]:
    OUT.mkdir(exist_ok=True)
    (OUT / "expected").mkdir(exist_ok=True)
    # this tool owns sample_reports/: clear its previous output first
    for p in list(OUT.glob("*.pdf")) + list(OUT.glob("*.txt")) + list((OUT / "expected").glob("*.json")):
        p.unlink()
    hashes: dict[str, str] = {}
    for s in samples:
        if s.fmt == "pdf":
            path = OUT / f"{s.stem}.pdf"
            data = render_pdf(s.doc)
        else:
            path = OUT / f"{s.stem}.txt"
            text = render_text(s.doc)
            enc = {"txt": "utf-8", "txt-utf16": "utf-16", "txt-latin1": "latin-1"}[s.fmt]
            data = text.encode(enc)
        path.write_bytes(data)
        hashes[path.name] = hashlib.sha256(data).hexdigest()
        exp = json.dumps(s.expected, indent=2, ensure_ascii=False) + "\n"
        (OUT / "expected" / f"{s.stem}.json").write_text(exp, encoding="utf-8")
    return hashes


def manifest(samples: list[Sample]) -> str:
    lines = [
        "# Sample report corpus",
        "",
        "Generated by `python tools/make_samples.py`; do not edit by hand. Every report, patient, clinician,",
        "institution and identifier is fictional and was written for this project. `expected/<stem>.json` holds",
        "the truth as a *partial* her2cli result: the test checks every key present (recursively), `null` means",
        "the actual value must be null, keys starting with `_` are notes.",
        "",
        "Text files separate pages with a form feed (`\\f`). All are UTF-8 except",
        "`crc_biopsy_her_2_space_utf16.txt` (UTF-16 with BOM) and `crc_latin1_medico_ihc2_ish_amp.txt` (Latin-1).",
        "",
        "## Counts (cancer type x expected status)",
        "",
    ]
    cnt = Counter((s.expected["cancer_type"], s.expected["status"]) for s in samples)
    lines.append("| cancer type | " + " | ".join(STATUSES) + " | total |")
    lines.append("|---|" + "---|" * (len(STATUSES) + 1))
    for c in CANCERS:
        row = [cnt[(c, st)] for st in STATUSES]
        if sum(row):
            lines.append(f"| {c} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(cnt[(c, st)] for c in CANCERS) for st in STATUSES]
    lines.append("| **all** | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    lay = Counter(s.layout for s in samples)
    fmt = Counter("pdf" if s.fmt == "pdf" else "txt" for s in samples)
    lines += [
        "",
        f"Files: {fmt['pdf']} PDF, {fmt['txt']} text. Layouts: "
        + ", ".join(f"{k} ({v})" for k, v in sorted(lay.items()))
        + ".",
        "",
        "## Samples",
        "",
        "| stem | file | layout | cancer type | expected status | exercises |",
        "|---|---|---|---|---|---|",
    ]
    for s in sorted(samples, key=lambda x: x.stem):
        ext = "pdf" if s.fmt == "pdf" else "txt"
        enc = {"txt-utf16": " (UTF-16)", "txt-latin1": " (Latin-1)"}.get(s.fmt, "")
        notes = s.expected["_notes"].replace("|", "/")
        lines.append(
            f"| `{s.stem}` | {ext}{enc} | {s.layout} | {s.expected['cancer_type']} | "
            f"**{s.expected['status']}** | {s.exercises}: {notes} |"
        )
    return "\n".join(lines) + "\n"


def check(samples: list[Sample]) -> int:
    """Re-read every output and look for obvious breakage. Returns the number of problems."""
    import pdfplumber
    import pypdfium2 as pdfium

    problems = 0
    for s in samples:
        if s.fmt == "pdf":
            path = OUT / f"{s.stem}.pdf"
            pdf = pdfium.PdfDocument(str(path))
            n = len(pdf)
            txt = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(n))
            pdf.close()
            with pdfplumber.open(path) as pl:
                txt2 = "\n".join((pg.extract_text() or "") for pg in pl.pages)
            size = path.stat().st_size
            if len(txt) < 300 or len(txt2) < 300 or size > 60_000:
                print(f"PROBLEM {s.stem}: pages={n} chars={len(txt)}/{len(txt2)} size={size}")
                problems += 1
            print(f"{s.stem:52s} pdf  pages={n:<2d} size={size:6d} chars={len(txt)}")
        else:
            path = OUT / f"{s.stem}.txt"
            raw = path.read_bytes()
            enc = {"txt": "utf-8", "txt-utf16": "utf-16", "txt-latin1": "latin-1"}[s.fmt]
            text = raw.decode(enc)
            n = text.count("\f") + 1
            print(f"{s.stem:52s} txt  pages={n:<2d} size={len(raw):6d} enc={enc}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="re-read the outputs and sanity-check them")
    args = ap.parse_args(argv)
    samples = collect()
    stems = [s.stem for s in samples]
    dup = [k for k, v in Counter(stems).items() if v > 1]
    if dup:
        raise SystemExit(f"duplicate stems: {dup}")
    for s in samples:
        validate(s)
    hashes = write(samples)
    (OUT / "MANIFEST.md").write_text(manifest(samples), encoding="utf-8")
    digest = hashlib.sha256("".join(f"{k}{v}" for k, v in sorted(hashes.items())).encode()).hexdigest()
    print(f"wrote {len(samples)} samples to {OUT} (corpus digest {digest[:16]})")
    if args.check:
        return 1 if check(samples) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
