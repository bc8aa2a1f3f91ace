"""Checks on the patient-facing message catalogues (her2cli/data/messages/*.toml).

These files are data that a patient reads, so the tests guard structure (every language has every
key), the renderer's placeholders, and a few content rules that protect the reader: no treatment
directives, no alarm words, short sentences, and the key caveats always present.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from her2cli.fact_kinds import Assay
from her2cli.facts import ReportFacts
from her2cli.messages import TEXT_TABLES, CatalogError, Rule, fact_name, holds, load_catalog, load_messages
from her2cli.model import CANCER_TYPES, STATUSES

MESSAGES_DIR = Path(__file__).parents[1] / "her2cli" / "data" / "messages"
LANGUAGES = ("en", "es")

REQUIRED_HEADLINES = {"positive", "negative", "equivocal", "not_found", "low", "ultralow", "mutation"}
REQUIRED_LABELS = {
    "ihc_score",
    "ish_result",
    "ish_ratio",
    "her2_copy_number",
    "ngs_amplification",
    "ctdna_amplification",
    "ngs_copy_number",
    "plasma_copy_number",
    "mutations",
    "test_type",
    "specimen_tissue",
    "specimen_blood",
    "page",
    "criteria_named",
    "criteria_applied",
}
REQUIRED_SECTIONS = {"report", "sources", "meaning", "questions", "unreadable", "glossary", "learn_more"}

# The renderer fills these; anything else in braces is a typo.
ALLOWED_PLACEHOLDERS = {
    "group",  # meaning: the ISH group the report prints (explain._fill)
    "ras",  # meaning: the RAS mutation the report gives, "KRAS (G12V)" (explain._fill, qa4 32)
    "phrase",  # labels.report_phrase: the report's own name for its scoring rules
    "sample",  # labels.sample_named: a sample's label ...
    "name",  # ... and the name the report's list of samples gives it
    "value",  # labels.as_written: an ER/PR value as the report writes it
    "mutation",
    "first",
    "second",
    "page",
    "pages",
    "copy_number",
    "ratio",
    "earlier",
    "samples",
    "chosen",  # warnings.representative_specimen: the sample the report says represents the tumor
}
ALLOWED_PLACEHOLDERS |= {"value", "where", "low", "high"}  # [scale]: render/scale.py
ALLOWED_PLACEHOLDERS |= {"date", "day", "month", "year"}  # [page]: render/html.py
ALLOWED_PLACEHOLDERS |= {"n"}  # [labels.percent_qualifiers]: explain.local_percent
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
        assert {"amplified", "not_amplified", "equivocal"} <= set(cat["labels"]["ctdna_results"]), lang


def test_headlines_carry_no_symbol(catalogues):
    for lang, cat in catalogues.items():
        for key, text in cat["headline"].items():
            assert re.match(r"^[\w(]", text), f"{lang} headline.{key} starts with a symbol: {text!r}"


# --- the catalog: when each message may be said -------------------------------------------------


def test_catalog_loads_and_every_message_has_words_in_every_language():
    catalog = load_catalog()  # validates fact names and that each id has words in each language
    for lang in LANGUAGES:
        msgs = load_messages(lang)
        for section, table in TEXT_TABLES.items():
            declared = {r.id for r in catalog.rules[section]}
            unused = set(msgs[table]) - declared
            assert not unused, f"{lang}.toml [{table}] has words no catalog entry says: {sorted(unused)}"


def test_every_meaning_names_its_sources_and_an_as_of_date():
    for rule in load_catalog().rules["meaning"]:
        assert rule.sources and all(s.strip() for s in rule.sources), rule.id
        assert rule.as_of and date.fromisoformat(rule.as_of) <= date.fromisoformat(
            load_catalog().facts_checked
        ), rule.id


def test_catalog_rejects_an_unknown_fact():
    with pytest.raises(CatalogError):
        fact_name("ihc_scroe")
    assert fact_name("not_status") == ("status", True)
    assert fact_name("not_found_reason") == ("not_found_reason", False)


def test_a_message_is_said_only_when_its_facts_hold():
    rule = Rule("meaning", "x", (("deciding_test", "ihc"), ("ihc_score", "3+")))
    ihc3 = ReportFacts(status="positive", cancer_type="other", deciding_test=Assay.IHC, ihc_score="3+")
    ish = ReportFacts(status="positive", cancer_type="other", deciding_test=Assay.ISH, ihc_score="2+")
    assert holds(rule, ihc3) and not holds(rule, ish)
    absent = Rule("meaning", "y", (("ihc_score", "none"),))
    assert holds(absent, ReportFacts(status="positive", cancer_type="other")) and not holds(absent, ihc3)
    negated = Rule("meaning", "z", (("not_cancer_type", ["breast", "gastric"]),))
    assert holds(negated, ihc3) and not holds(negated, ReportFacts(status="negative", cancer_type="breast"))
    present = Rule("meaning", "w", (("rules_named", "*"),))
    assert holds(
        present, ReportFacts(status="negative", cancer_type="breast", rules_named=("ASCO/CAP 2018",))
    )
    assert not holds(present, ihc3)


def _engine_warning_codes() -> set[str]:
    """Every warning code the engine can emit, read from its source (add / add_warning calls)."""
    pattern = re.compile(r"""(?:warnings\.add|notes\.add|add_warning)\(\s*(?:\n\s*)?["']([a-z0-9_]+)["']""")
    codes: set[str] = set()
    package = MESSAGES_DIR.parents[1]
    engine = [
        package / "api.py",
        *(package / "interpret").rglob("*.py"),
        *(package / "findings").rglob("*.py"),
    ]
    for path in engine:
        codes |= set(pattern.findall(path.read_text(encoding="utf-8")))
    codes.add("hidden_text")  # api.explain_document: the loader's warnings get these two codes
    codes.add("pages_skipped")
    return codes


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_warning_code_has_a_template_in_every_language(catalogues, lang):
    codes = _engine_warning_codes()
    assert {"conflict", "pending", "ctdna_not_detected"} <= codes, "the code scan found the engine's warnings"
    missing = codes - set(catalogues[lang]["warnings"])
    assert not missing, f"{lang}.toml [warnings] lacks templates for {sorted(missing)}"


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
    # except the ISH group a meaning names ("group 4"), which explain._fill fills from the report facts
    filled = {"meaning": {"group", "ras"}}
    for lang, cat in catalogues.items():
        for section in ("meaning", "questions", "headline"):
            for path, text in _leaves(cat[section]):
                names = set(PLACEHOLDER.findall(text)) - filled.get(section, set())
                assert not names, f"{lang}:{section}.{'.'.join(map(str, path))}"


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
            if not sentences:
                continue
            counts = [len(s.split()) for s in sentences]
            key = f"{lang}:{'.'.join(map(str, path))}"
            assert sum(counts) / len(counts) <= MAX_AVERAGE_WORDS_PER_SENTENCE, f"{key}: {counts}"
            assert max(counts) <= MAX_WORDS_PER_SENTENCE, f"{key}: a sentence has {max(counts)} words"


def test_meaning_messages_are_one_to_four_sentences(catalogues):
    for lang, cat in catalogues.items():
        for key, text in cat["meaning"].items():
            n = len(_sentences(text))
            assert 1 <= n <= 4, f"{lang} meaning.{key}: {n} sentences"


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
        ("meaning", "nf_blood"): "does not rule out extra HER2 copies in the tumor",
        ("labels", "ctdna_results", "not_amplified"): "does not rule out extra copies in the tumor",
        ("warnings", "mutation_not_positive"): "does not make the tumor HER2-positive",
        ("meaning", "nf_mutation"): "not the same as HER2-positive",
        ("meaning", "low_1"): "even though it has a plus sign",
        ("meaning", "crc_low"): "breast cancer",
        ("meaning", "close_crc_positive"): "RAS and BRAF",
        ("meaning", "nf_not_mentioned"): "addendum",
        ("meaning", "low_not_early_stage"): "for early-stage breast cancer",  # its own sentence (QA 18)
        ("meaning", "neg_null"): "not HER2-low",
        ("headline", "low"): "HER2-negative",
        ("headline", "ultralow"): "HER2-negative",
    },
    "es": {
        ("warnings", "ctdna_not_detected"): "no es lo mismo que negativo",
        ("meaning", "nf_blood"): "no descarta que el tumor tenga copias de más",
        ("labels", "ctdna_results", "not_amplified"): "no descarta copias de más en el tumor",
        ("warnings", "mutation_not_positive"): "no hace que el tumor sea HER2 positivo",
        ("meaning", "nf_mutation"): "no es lo mismo que HER2 positivo",
        ("meaning", "low_1"): "aunque lleve un signo de más",
        ("meaning", "crc_low"): "cáncer de mama",
        ("meaning", "close_crc_positive"): "RAS y BRAF",
        ("meaning", "nf_not_mentioned"): "adenda",
        ("meaning", "low_not_early_stage"): "para el cáncer de mama en etapa temprana",
        ("meaning", "neg_null"): "no es HER2 bajo",
        ("headline", "low"): "HER2 negativo",
        ("headline", "ultralow"): "HER2 negativo",
    },
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_key_caveats_present(catalogues, lang):
    for path, phrase in KEY_CAVEATS[lang].items():
        node = catalogues[lang]
        for part in path:
            node = node[part]
        assert phrase.lower() in node.lower(), f"{lang}:{'.'.join(path)} lacks {phrase!r}"


def test_every_close_points_back_to_care_team(catalogues):
    """The last meaning sentence (group "close") sends the reader back to the care team (facts.md §10)."""
    anchors = {"en": "care team", "es": "equipo de atención médica"}
    closes = [r.id for r in load_catalog().rules["meaning"] if r.group == "close"]
    assert closes and load_catalog().rules["meaning"][-1].group == "close"
    assert any(not r.when for r in load_catalog().rules["meaning"] if r.group == "close"), (
        "one close always applies"
    )
    for lang, cat in catalogues.items():
        for key in closes:
            assert anchors[lang] in cat["meaning"][key].lower(), f"{lang} meaning.{key}"


def test_spanish_avoids_equivoco(catalogues):
    """'Equívoco' reads as 'a mistake' (facts.md §11): Spanish says dudoso / no concluyente."""
    for path, text in _leaves(catalogues["es"]):
        if _is_user_text(path):
            assert not re.search(r"(?i)equívoc", text), f"es:{'.'.join(map(str, path))}"
