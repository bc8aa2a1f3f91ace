"""The earlier result a note names ("This report also restates a HER2 result from a sample taken
before treatment (IHC 3+)"), less what cannot be that sample's: the current score caught in the
same sentence, a category beside a score it cannot have, a call word that is the current sample's
(split from explain_notes.py by job: that module words the notes, this one trims their earlier items)."""

from __future__ import annotations

from typing import Any

from .model import Result

__all__ = ["earlier_calls", "earlier_consistent", "earlier_without_current"]


def earlier_without_current(result: Result, params: dict[str, Any]) -> dict[str, Any]:
    """The earlier result a note names, less the current score the engine also caught in the
    sentence that compares them ("HER2 3+ before treatment; HER2 0 in the residual tumour" gave
    "IHC 3+, HER2 0, IHC 0", devset13 b13-f08-06), when another stain or ISH result is left."""
    score = result.ihc.score if result.ihc else None
    items = [item.strip() for item in str(params["earlier"]).split(",")]
    if score is None:
        return params
    kept = [item for item in items if item not in (f"IHC {score}", f"HER2 {score}")]
    if kept == items or not any(item.startswith(("IHC ", "ISH ")) for item in kept):
        return params
    return {**params, "earlier": ", ".join(kept)}


# the stain scores a HER2 category can stand beside: a 3+ or a 0 is never "HER2-low"
CATEGORY_SCORES = {"HER2-low": ("1+", "2+"), "HER2-ultralow": ("0",)}
# the side of the 2.0 cut-off each ISH result's ratio lies on
ISH_SIDE = {"amplified": True, "not_amplified": False}


def earlier_consistent(result: Result, params: dict[str, Any]) -> dict[str, Any]:
    """The earlier result a note names, less what cannot be that sample's: a category beside a
    score it cannot have ("IHC 3+, HER2-low" where the report's HER2-low was the current 1+,
    devset14 b14-f02-10, b14-f11-10), and, when it names both ISH results, the current one and the
    ratios on its side of 2.0 ("ISH amplified, ISH ratio 1.1, ISH not amplified" where the liver
    metastasis was the ratio 1.1, b14-f02-04). A list with nothing else left stays as it is."""
    items = [item.strip() for item in str(params["earlier"]).split(",")]
    scores = {item[4:] for item in items if item.startswith("IHC ")}
    kept = [
        item
        for item in items
        if not (scores and item in CATEGORY_SCORES and not scores & set(CATEGORY_SCORES[item]))
    ]
    # a bare test name beside that test's own result says nothing more ("ISH amplified, ISH, positive",
    # sentences13: devset15 b15-f02-08)
    kept = [
        item for item in kept if not any(other.startswith(item + " ") for other in kept if item in TEST_NAMES)
    ]
    # one score said twice ("HER2 0 by IHC" read as "HER2 0" and "IHC 0"): once, as the stain's
    # (sentences16: devset18 b18-f02-03 said "(HER2 0, IHC 0)")
    kept = [item for item in kept if not (item.startswith("HER2 ") and "IHC " + item[5:] in kept)]
    current = result.ish.result if result.ish else None
    if current in ISH_SIDE and {"ISH amplified", "ISH not amplified"} <= set(kept):
        own = "ISH " + current.replace("_", " ")
        kept = [item for item in kept if item != own and not _ratio_on_side(item, ISH_SIDE[current])]
    if kept == items or not kept:
        return params
    return {**params, "earlier": ", ".join(kept)}


TEST_NAMES = frozenset({"IHC", "ISH", "FISH", "SISH", "CISH", "DISH", "NGS"})

# how high each result a note can name places the status: 2 positive, 0 negative (2+ says neither)
ITEM_LEVEL = {
    "IHC 3+": 2,
    "IHC 1+": 0,
    "IHC 0": 0,
    "ISH amplified": 2,
    "ISH not amplified": 0,
    "HER2 0": 0,
    "HER2-low": 0,
    "HER2-ultralow": 0,
}
CALL_LEVEL = {"positive": 2, "negative": 0}


def _own_items(result: Result) -> set[str]:
    """The results this summary shows, as a note would name them ("IHC 3+", "ISH not amplified")."""
    own = {f"IHC {result.ihc.score}"} if result.ihc and result.ihc.score else set()
    if result.ish and result.ish.result in ISH_SIDE:
        own.add("ISH " + result.ish.result.replace("_", " "))
    return own


def earlier_calls(result: Result, params: dict[str, Any]) -> dict[str, Any]:
    """The earlier result a note names, less a call word that cannot be that sample's: the engine
    catches the sentence that compares the two samples whole ("Comment: HER2 result differs from
    the 2020 primary (1+). Metastasis is HER2 positive" gave "IHC 1+, positive", devset16
    b16-f02-07; "In contrast to the primary tumor (HER2 2+ / FISH amplified) ... SUMMARY FOR THIS
    SPECIMEN: NEGATIVE" gave "IHC 2+, ISH amplified, negative", b16-f02-05). A call that disagrees
    with the earlier results beside it and is the current status is the current sample's: it goes.
    One that is not the current status stays with them: it may be the earlier sample's call (the
    metastasis's "ISH not amplified" beside "the reported HER2-positive primary", b16-f02-08) or a
    question's ("Rule out HER2-positive disease" beside the core's 1+, devset8 b8-f01-10), and
    which of the two results is the earlier one's the words do not say. Then a result this summary shows is not named as the earlier one while the note names another
    ("HER2-low, IHC 1+, ISH ratio 1.2, ISH not amplified" where the review's own ISH was the ratio
    1.2, not amplified; b16-f10-03)."""
    items = [item.strip() for item in str(params["earlier"]).split(",")]
    kept = list(items)
    for call, high in CALL_LEVEL.items():
        against = [i for i in kept if i in ITEM_LEVEL and ITEM_LEVEL[i] != high]
        if call not in kept or not against:
            continue
        if result.status == call:
            kept.remove(call)
    own = _own_items(result) & set(kept)
    # (only while another stain or ISH result is left: a category word alone names no result)
    if own and any(i not in own and i.startswith(("IHC ", "ISH ")) for i in kept):
        current = result.ish.result if result.ish else None
        kept = [
            i
            for i in kept
            if i not in own and not (current in ISH_SIDE and _ratio_on_side(i, ISH_SIDE[str(current)]))
        ]
    if kept == items or not kept:
        return params
    return {**params, "earlier": ", ".join(kept)}


def _ratio_on_side(item: str, amplified: bool) -> bool:
    """An "ISH ratio 1.1" item whose ratio lies on the amplified (>= 2.0) or the other side."""
    if not item.startswith("ISH ratio "):
        return False
    try:
        return (float(item[len("ISH ratio ") :]) >= 2.0) == amplified
    except ValueError:
        return False
