"""Checks on the patient-facing message catalogues (her2cli/data/messages/*.toml).

These files are data that a patient reads, so the tests guard structure (every language has every
key), the renderer's placeholders, and a few content rules that protect the reader: no treatment
directives, no alarm words, short sentences, and the key caveats always present.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

MESSAGES_DIR = Path(__file__).parents[1] / "her2cli" / "data" / "messages"
LANGUAGES = ("en", "es")

STATUSES = ("positive", "negative", "equivocal", "not_found")
CANCER_TYPES = ("colorectal", "breast", "gastric", "esophageal", "other", "unknown")
BREAST_VARIANTS = ("low", "ultralow")  # used when status is negative and her2_low / her2_ultralow is true

REQUIRED_HEADLINES = {"positive", "negative", "equivocal", "not_found", "low", "ultralow"}
REQUIRED_EXTRA_QUESTIONS = {
    "equivocal_no_ish",
    "not_found_crc_ras_wildtype",
    "ctdna_only",
    "ctdna_not_detected",
    "breast_low",
    "breast_ultralow",
    "mutation_only",
    "positive_crc",
    "pending",
    "conflict",
    "ocr",
}
REQUIRED_WARNINGS = {
    "ctdna_not_detected",
    "ctdna_positive_only",
    "mutation_not_positive",
    "conflict",
    "revised_by_addendum",
    "ocr_read",
    "low_ocr_confidence",
    "pending",
    "history_only",
    "ihc_equivocal_no_ish",
    "unknown_cancer_type",
    "plasma_cn_not_tissue",
}
REQUIRED_LABELS = {
    "ihc_score",
    "ish_result",
    "ish_ratio",
    "her2_copy_number",
    "ngs_amplification",
    "ngs_copy_number",
    "plasma_copy_number",
    "mutations",
    "test_type",
    "specimen_tissue",
    "specimen_blood",
    "page",
}
REQUIRED_SECTIONS = {"report", "sources", "meaning", "questions", "unreadable"}

# The renderer fills these; anything else in braces is a typo.
ALLOWED_PLACEHOLDERS = {"mutation", "first", "second", "page", "pages", "copy_number"}
ALLOWED_PLACEHOLDERS |= {"value", "where", "low", "high"}  # [scale]: render/scale.py
ALLOWED_PLACEHOLDERS |= {"date", "day", "month", "year"}  # [page]: render/html.py
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

# Directives and alarm words that must never reach a patient (matched case-insensitively, whole words).
BANNED_PHRASES = (
    # English directives
    "should take",
    "must take",
    "need to take",
    "you should start",
    "you should stop",
    "stop taking",
    "start taking",
    "you must",
    "is the right treatment",
    # Spanish directives
    "debe tomar",
    "debería tomar",
    "tiene que tomar",
    "deje de tomar",
    "empiece a tomar",
    "comience a tomar",
    "usted debe",
    "es el tratamiento adecuado",
    # alarm words / overclaiming
    "aggressive",
    "deadly",
    "fatal",
    "incurable",
    "guaranteed",
    "cure",
    "agresivo",
    "agresiva",
    "mortal",
    "letal",
    "garantiza",
    "cura",
)

MAX_AVERAGE_WORDS_PER_SENTENCE = 30
MAX_WORDS_PER_SENTENCE = 40


def _load(lang: str) -> dict:
    with (MESSAGES_DIR / f"{lang}.toml").open("rb") as fh:
        return tomllib.load(fh)


@pytest.fixture(scope="module")
def catalogues() -> dict[str, dict]:
    return {lang: _load(lang) for lang in LANGUAGES}


def _leaves(node, path=()):
    """Yield (path, string) for every string in the catalogue, lists included (index in the path)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _leaves(value, (*path, i))
    elif isinstance(node, str):
        yield path, node
    else:  # pragma: no cover - catalogues hold only strings, tables and lists
        raise AssertionError(f"unexpected value type at {'.'.join(map(str, path))}: {type(node).__name__}")


def _key_paths(node, path=()):
    """All table/key paths (list values count as one leaf; their length is checked separately)."""
    paths = set()
    if isinstance(node, dict):
        for key, value in node.items():
            paths.add((*path, key))
            paths |= _key_paths(value, (*path, key))
    return paths


def _list_lengths(node, path=()):
    out = {}
    if isinstance(node, dict):
        for key, value in node.items():
            out.update(_list_lengths(value, (*path, key)))
    elif isinstance(node, list):
        out[path] = len(node)
    return out


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def _is_user_text(path: tuple) -> bool:
    """Sources are citations for the 'Where this comes from' list; everything else is prose."""
    return "sources" not in path and path[0] != "meta" or path == ("meta", "disclaimer")


# --- structure -------------------------------------------------------------------------------------


def test_files_exist_and_parse():
    for lang in LANGUAGES:
        assert (MESSAGES_DIR / f"{lang}.toml").is_file(), f"missing {lang}.toml"
        _load(lang)


def test_meta_language_matches_file(catalogues):
    for lang, cat in catalogues.items():
        assert cat["meta"]["language"] == lang
        assert cat["meta"]["disclaimer"].strip()


def test_identical_key_sets(catalogues):
    en, es = (_key_paths(catalogues[lang]) for lang in LANGUAGES)
    only_en = sorted(".".join(p) for p in en - es)
    only_es = sorted(".".join(p) for p in es - en)
    assert not only_en and not only_es, f"only in en: {only_en}; only in es: {only_es}"


def test_identical_list_lengths(catalogues):
    en, es = (_list_lengths(catalogues[lang]) for lang in LANGUAGES)
    assert en == es


def test_required_sections_present(catalogues):
    for lang, cat in catalogues.items():
        assert set(cat["headline"]) >= REQUIRED_HEADLINES, lang
        assert set(cat["labels"]) >= REQUIRED_LABELS, lang
        assert set(cat["labels"]["sections"]) >= REQUIRED_SECTIONS, lang
        assert set(CANCER_TYPES) <= set(cat["labels"]["cancer_types"]), lang
        assert set(STATUSES) <= set(cat["labels"]["status_words"]), lang
        assert {"amplified", "not_amplified", "equivocal"} <= set(cat["labels"]["ish_results"]), lang
        assert set(cat["questions"]["extra"]) >= REQUIRED_EXTRA_QUESTIONS, lang
        assert set(cat["warnings"]) >= REQUIRED_WARNINGS, lang


def test_headlines_carry_no_symbol(catalogues):
    for lang, cat in catalogues.items():
        for key, text in cat["headline"].items():
            assert re.match(r"^[\w(]", text), f"{lang} headline.{key} starts with a symbol: {text!r}"


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("cancer_type", CANCER_TYPES)
def test_every_status_and_cancer_type_is_covered(catalogues, status, cancer_type):
    for lang, cat in catalogues.items():
        meaning = cat["meaning"][status][cancer_type]
        assert meaning["text"].strip(), f"{lang} meaning.{status}.{cancer_type}.text is empty"
        assert meaning["sources"] and all(s.strip() for s in meaning["sources"]), (
            f"{lang} meaning.{status}.{cancer_type}.sources is empty"
        )
        items = cat["questions"][status][cancer_type]["items"]
        assert len(items) >= 3 and all(q.strip() for q in items), f"{lang} questions.{status}.{cancer_type}"


@pytest.mark.parametrize("variant", BREAST_VARIANTS)
def test_breast_low_and_ultralow_variants(catalogues, variant):
    for lang, cat in catalogues.items():
        meaning = cat["meaning"][variant]["breast"]
        assert meaning["text"].strip() and meaning["sources"], f"{lang} meaning.{variant}.breast"
        assert len(cat["questions"][variant]["breast"]["items"]) >= 3, f"{lang} questions.{variant}.breast"


# --- placeholders ----------------------------------------------------------------------------------


def test_placeholders_identical_between_languages(catalogues):
    en = dict(_leaves(catalogues["en"]))
    es = dict(_leaves(catalogues["es"]))
    for path, text in en.items():
        key = ".".join(map(str, path))
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(es[path])), key


def test_placeholders_are_known_and_well_formed(catalogues):
    for lang, cat in catalogues.items():
        for path, text in _leaves(cat):
            key = f"{lang}:{'.'.join(map(str, path))}"
            names = PLACEHOLDER.findall(text)
            assert set(names) <= ALLOWED_PLACEHOLDERS, f"{key}: unknown placeholder(s) {names}"
            stripped = PLACEHOLDER.sub("", text)
            assert "{" not in stripped and "}" not in stripped, f"{key}: stray brace"
            # str.format must accept the text with the known placeholders filled.
            text.format(**{name: "X" for name in ALLOWED_PLACEHOLDERS})


def test_meaning_and_questions_have_no_placeholders(catalogues):
    for lang, cat in catalogues.items():
        for section in ("meaning", "questions", "headline"):
            for path, text in _leaves(cat[section]):
                assert not PLACEHOLDER.findall(text), f"{lang}:{section}.{'.'.join(map(str, path))}"


# --- content rules ---------------------------------------------------------------------------------


def test_no_directives_or_alarm_words(catalogues):
    patterns = [re.compile(rf"(?<!\w){re.escape(p)}(?!\w)", re.IGNORECASE) for p in BANNED_PHRASES]
    for lang, cat in catalogues.items():
        for path, text in _leaves(cat):
            if not _is_user_text(path):
                continue
            for pat in patterns:
                assert not pat.search(text), f"{lang}:{'.'.join(map(str, path))} contains {pat.pattern!r}"


def test_sentences_are_short(catalogues):
    for lang, cat in catalogues.items():
        for path, text in _leaves(cat):
            if not _is_user_text(path):
                continue
            sentences = _sentences(text)
            counts = [len(s.split()) for s in sentences]
            key = f"{lang}:{'.'.join(map(str, path))}"
            assert sum(counts) / len(counts) <= MAX_AVERAGE_WORDS_PER_SENTENCE, f"{key}: {counts}"
            assert max(counts) <= MAX_WORDS_PER_SENTENCE, f"{key}: a sentence has {max(counts)} words"


def test_meaning_texts_are_three_to_six_sentences(catalogues):
    for lang, cat in catalogues.items():
        for status, by_type in cat["meaning"].items():
            for cancer_type, meaning in by_type.items():
                n = len(_sentences(meaning["text"]))
                assert 3 <= n <= 6, f"{lang} meaning.{status}.{cancer_type}: {n} sentences"


def test_texts_are_single_clean_paragraphs(catalogues):
    """Long values use TOML line continuation; a missing space or stray newline shows up here."""
    for lang, cat in catalogues.items():
        for path, text in _leaves(cat):
            key = f"{lang}:{'.'.join(map(str, path))}"
            assert "\n" not in text, f"{key}: contains a newline"
            assert "  " not in text, f"{key}: contains a double space"
            assert text == text.strip(), f"{key}: leading or trailing whitespace"
            assert not re.search(r"[.!?][A-ZÁÉÍÓÚÑ¿¡]", text), f"{key}: missing space between sentences"


def test_spanish_uses_usted_not_tu(catalogues):
    informal = re.compile(
        r"(?<!\w)(tú|tu|tus|te|contigo|puedes|debes|tienes|pregúntale)(?!\w)", re.IGNORECASE
    )
    for path, text in _leaves(catalogues["es"]):
        if _is_user_text(path):
            assert not informal.search(text), f"es:{'.'.join(map(str, path))}: informal form"


# Key caveats from facts.md §10 that must always be in the text, per language.
KEY_CAVEATS = {
    "en": {
        ("warnings", "ctdna_not_detected"): "not the same as negative",
        ("labels", "ctdna_results", "not_detected"): "not the same as negative",
        ("warnings", "mutation_not_positive"): "does not make the tumor HER2-positive",
        ("meaning", "negative", "breast", "text"): "0 and 1+",
        ("meaning", "negative", "colorectal", "text"): "breast cancer",
        ("meaning", "positive", "colorectal", "text"): "RAS and BRAF",
        ("meaning", "not_found", "breast", "text"): "addendum",
    },
    "es": {
        ("warnings", "ctdna_not_detected"): "no es lo mismo que negativo",
        ("labels", "ctdna_results", "not_detected"): "no es lo mismo que negativo",
        ("warnings", "mutation_not_positive"): "no hace que el tumor sea HER2 positivo",
        ("meaning", "negative", "breast", "text"): "0 y 1+",
        ("meaning", "negative", "colorectal", "text"): "cáncer de mama",
        ("meaning", "positive", "colorectal", "text"): "RAS y BRAF",
        ("meaning", "not_found", "breast", "text"): "adenda",
    },
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_key_caveats_present(catalogues, lang):
    for path, phrase in KEY_CAVEATS[lang].items():
        node = catalogues[lang]
        for part in path:
            node = node[part]
        assert phrase.lower() in node.lower(), f"{lang}:{'.'.join(path)} lacks {phrase!r}"


def test_every_meaning_points_back_to_care_team(catalogues):
    """Each meaning sends the reader back to their care team (facts.md §10), never to a decision."""
    anchors = {"en": ("care team",), "es": ("equipo de atención médica",)}
    for lang, cat in catalogues.items():
        for status, by_type in cat["meaning"].items():
            for cancer_type, meaning in by_type.items():
                text = meaning["text"].lower()
                assert any(a in text for a in anchors[lang]), f"{lang} meaning.{status}.{cancer_type}"
