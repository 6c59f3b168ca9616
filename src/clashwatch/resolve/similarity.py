"""Text similarity between reports: TF-IDF over words and over names.

An article is two sparse vectors: its content words, and its names (capitalised
words inside a sentence, the places and actors the extractor found, years). Two
reports of one event share names (people, towns, units) far more than two reports
of look-alike events do, which share the topic's vocabulary; so the similarity is
the mean of the word cosine and the name cosine, each weighted by TF-IDF.

Document frequencies are counted once over the articles at hand (`fit`) and go on
counting as articles are added, so no vocabulary has to be fixed in advance.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from clashwatch.ingest.portal import page_of
from clashwatch.model import Article
from clashwatch.resolve.lexicon import NOT_NAMES, SENTENCE_BREAK, STOP_WORDS, TOKEN, YEAR

Vector = dict[str, float]

# the strongest features of an article kept for comparison: enough to hold its names
# and key words, few enough that one comparison is ~100 multiplications
TOP_FEATURES = 100
TITLE_REPEAT = 2
QUOTE_OPENERS = frozenset(".!?:\"\u201c")
# Rarity judged in a handful of reports is noise: in 40 reports of two stories, the words
# of one story are in a quarter of them and weigh little. Below this many documents,
# frequencies are read as if the rest of a corpus of this size held none of the words.
MIN_DOCUMENTS = 300  # a headline states the event: its words count twice


@dataclass
class Features:
    """Raw term counts of one article."""

    words: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    years: Counter[str] = field(default_factory=Counter)


def article_features(article: Article) -> Features:
    """Word and name counts from the title, text, places and actors of an article."""
    feats = Features()
    title = (article.title or "").strip()
    page = page_of(article)
    # a current-events page reports its summary and lead; its Related list is other events
    body = page.report_text if page else article.text
    # the headline counts TITLE_REPEAT times in all, also when the text opens with it
    repeats = TITLE_REPEAT - (1 if title and title in body[:len(title) + 200] else 0)
    for _ in range(repeats if title else 0):
        _count_text(title, feats)
    _count_text(body, feats)
    # a toponym or a party is already a name of the text, counted once per mention; the
    # extractor's place or actor adds a feature only where the words lack it (a name of
    # several words, another spelling, a party named by its demonym), else it would weigh
    # twice: a shared city or a misread surname would pull look-alike events together
    found = {"place:" + p.name.lower() for p in article.places}
    found |= {"actor:" + a.name.lower() for a in article.actors}
    for feature in found:
        if feature.split(":", 1)[1] not in feats.names:
            feats.names[feature] += 1
    feats.years.update(YEAR.findall(body))
    return feats


def _count_text(text: str, feats: Features) -> None:
    words, names = feats.words, feats.names
    for line in (s for para in text.split("\n") for s in SENTENCE_BREAK.split(para)):
        headline = _title_case(line)
        first = True  # the first word of a line or sentence is capitalised anyway
        for match in TOKEN.finditer(line):
            token = match.group()
            lower = token.lower()
            was_first, first = first, False
            if lower in STOP_WORDS or len(lower) < 2:
                continue
            if token.isdigit():
                names["year:" + token] += 1
                continue
            words[lower] += 1
            if headline or was_first or not token[0].isupper() or lower in NOT_NAMES:
                continue
            before = line[max(0, match.start() - 2):match.start()]
            if not any(ch in QUOTE_OPENERS for ch in before):  # after ": or a quote: no name
                names[lower] += 1


def _title_case(line: str) -> bool:
    """A headline in title case ("Heavy Losses on Azeri Side"): its capitals name nothing."""
    tokens = line.split()
    # stop words capitalised inside a line ("Falls On The City") are only ever title case;
    # one may follow a colon or open a quote, two do not
    capital_stops = sum(1 for t in tokens[1:] if len(t) > 1 and t[0].isupper()
                        and t[1:].islower() and t.lower() in STOP_WORDS)
    if capital_stops >= 2:
        return True
    words = [w for w in tokens if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


class DocumentFrequencies:
    """How many articles hold each feature; grows as articles are added."""

    def __init__(self) -> None:
        self.count: Counter[str] = Counter()
        self.documents = 0

    def add(self, features: Features) -> None:
        self.documents += 1
        self.count.update(features.words.keys())
        self.count.update(features.names.keys())

    def fit(self, all_features: Iterable[Features]) -> DocumentFrequencies:
        for features in all_features:
            self.add(features)
        return self

    def idf(self, feature: str) -> float:
        # smoothed like scikit-learn's TfidfVectorizer: never zero, never infinite
        documents = max(self.documents, MIN_DOCUMENTS)
        return math.log((1 + documents) / (1 + self.count.get(feature, 0))) + 1.0


def weigh(counts: Counter[str], df: DocumentFrequencies, top: int = TOP_FEATURES) -> Vector:
    """Sublinear TF-IDF of `counts`, cut to the `top` strongest features, unit length."""
    weights = {f: (1.0 + math.log(c)) * df.idf(f) for f, c in counts.items()}
    if len(weights) > top:
        weights = dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:top])
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {f: w / norm for f, w in weights.items()}


def dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(f, 0.0) for f, w in a.items())


@dataclass
class ArticleVector:
    """The comparable form of an article: unit word and name vectors."""

    words: Vector
    names: Vector

    def top(self, n: int) -> list[str]:
        """The article's `n` strongest features, names first: the blocking keys."""
        ranked = sorted(self.names.items(), key=lambda kv: (-kv[1], kv[0]))[: n // 2]
        ranked += sorted(self.words.items(), key=lambda kv: (-kv[1], kv[0]))[: n - len(ranked)]
        return [f for f, _ in ranked]


def vectorize(features: Features, df: DocumentFrequencies) -> ArticleVector:
    return ArticleVector(words=weigh(features.words, df), names=weigh(features.names, df))


def add_into(total: Vector, part: Vector) -> None:
    for f, w in part.items():
        total[f] = total.get(f, 0.0) + w


def combine(word_sim: float, name_sim: float, has_names: bool) -> float:
    """One similarity from the two: their mean, or the word cosine alone without names."""
    return (word_sim + name_sim) / 2 if has_names else word_sim
