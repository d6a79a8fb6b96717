"""Which kind of section a heading opens, by what it means rather than by a word list.

A multinomial naive Bayes classifier over the heading's words, word pairs and character 4-grams
(accents and case folded, numbering dropped), trained on `data/heading_kinds.tsv`: headings in
English, French and Spanish in the styles many agencies and programmes write, labelled by what
their section holds ("About you" asks for qualifications, "About us" gives background). The
vocabulary's patterns stay the first path; the model names the kind of a heading they do not
know, and only when it is clearly more sure of one kind than of any other (precision first).

`python -m jpo.vacancy.heading_model` retrains `data/heading_model.json` from the TSV (the same
bytes every time); a test checks the shipped model is the TSV's, and measures it by
cross-validation.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

from jpo.geo._text import strip_accents

_NUMBERING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLivxl]{1,5}[.)]|[A-Ha-h][.)]|\(?[a-h0-9]\))\s+")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SMOOTHING = 0.5
_MIN_COUNT = 2
# How much more likely (log-odds) the best kind must be than the next one, and than "other".
MARGIN = 6.0
_DATA = "data"


def features(heading: str) -> list[str]:
    """The words, word pairs and character 4-grams of a heading (folded, numbering dropped)."""
    text = strip_accents(_NUMBERING.sub("", heading)).casefold().replace("’", "'")
    words = _WORD.findall(text)
    found = [f"w:{w}" for w in words]
    found += [f"b:{a}_{b}" for a, b in pairwise(words)]
    for word in words:
        padded = f"<{word}>"
        found += [f"c:{padded[i : i + 4]}" for i in range(max(1, len(padded) - 3))]
    return found


@dataclass(frozen=True, slots=True)
class HeadingModel:
    """Per kind: its log prior, the log probability of each feature seen with it, and of an unseen one."""

    priors: dict[str, float]
    log_probs: dict[str, dict[str, float]]  # feature -> kind -> log P(feature | kind)
    unseen: dict[str, float]  # kind -> log P(unseen feature | kind)

    def scores(self, heading: str) -> dict[str, float]:
        """Each kind's log-score for the heading (higher is likelier)."""
        scores = dict(self.priors)
        for feature in features(heading):
            known = self.log_probs.get(feature)
            if known is None:
                continue  # a feature never seen in training tells nothing
            for kind in scores:
                scores[kind] += known.get(kind, self.unseen[kind])
        return scores

    def kind(self, heading: str, margin: float = MARGIN) -> str | None:
        """The kind of section the heading opens, or None when the model is not clearly sure (or
        says "other")."""
        scores = self.scores(heading)
        if not scores:
            return None
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        best, best_score = ranked[0]
        if best == "other" or len(ranked) < 2 or best_score - ranked[1][1] < margin:
            return None
        return best


def train(rows: Sequence[tuple[str, str]]) -> HeadingModel:
    """Fit the model on (kind, heading) rows; deterministic for given rows."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    documents: Counter[str] = Counter()
    for kind, heading in rows:
        documents[kind] += 1
        counts[kind].update(features(heading))
    overall: Counter[str] = sum(counts.values(), Counter())
    vocabulary = sorted(f for f, n in overall.items() if n >= _MIN_COUNT)
    kinds = sorted(documents)
    total = sum(documents.values())
    priors = {k: round(math.log(documents[k] / total), 6) for k in kinds}
    sizes = {k: sum(counts[k][f] for f in vocabulary) for k in kinds}
    denominators = {k: sizes[k] + _SMOOTHING * len(vocabulary) for k in kinds}
    unseen = {k: round(math.log(_SMOOTHING / denominators[k]), 6) for k in kinds}
    log_probs = {
        f: {
            k: round(math.log((counts[k][f] + _SMOOTHING) / denominators[k]), 6)
            for k in kinds
            if counts[k][f]
        }
        for f in vocabulary
    }
    return HeadingModel(priors, log_probs, unseen)


def read_rows(text: str) -> list[tuple[str, str]]:
    """The (kind, heading) rows of the labelled TSV."""
    reader = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [(row["kind"].strip(), row["heading"].strip()) for row in reader if row["heading"].strip()]


def labelled_headings() -> str:
    """The labelled headings file's text."""
    return resources.files("jpo.vacancy").joinpath(_DATA, "heading_kinds.tsv").read_text(encoding="utf-8")


def as_json(model: HeadingModel) -> str:
    data = {"priors": model.priors, "unseen": model.unseen, "log_probs": model.log_probs}
    return json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"


@cache
def shipped() -> HeadingModel:
    """The model trained on the shipped TSV, as shipped in `data/heading_model.json`."""
    text = resources.files("jpo.vacancy").joinpath(_DATA, "heading_model.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return HeadingModel(data["priors"], data["log_probs"], data["unseen"])


def heading_kind(heading: str) -> str | None:
    """The kind the shipped model gives a heading, when it is clearly sure of it."""
    return shipped().kind(heading)


def folds(
    rows: Sequence[tuple[str, str]], k: int = 5
) -> Iterable[tuple[list[tuple[str, str]], list[tuple[str, str]]]]:
    """k train/test splits, every k-th row held out in turn (the rows' order is the TSV's)."""
    for fold in range(k):
        yield (
            [r for i, r in enumerate(rows) if i % k != fold],
            [r for i, r in enumerate(rows) if i % k == fold],
        )


def write(path: Path | None = None) -> Path:
    """Retrain from the shipped TSV and write the model file."""
    target = path or Path(__file__).parent / _DATA / "heading_model.json"
    target.write_text(as_json(train(read_rows(labelled_headings()))), encoding="utf-8")
    return target


if __name__ == "__main__":
    print(write())
