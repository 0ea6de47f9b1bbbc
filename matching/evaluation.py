"""A labelled set of name pairs and the precision and recall of the matcher on it.

Built from the demo's subjects and well-known officials, with generated variants of the kinds
that investigators meet: another script (Cyrillic, as the official's own documents write it),
the surname first, a dropped patronymic or middle name, a typo, an honorific; and the near
misses that must not match: relatives (same surname), namesakes (same given names). A pair is
found when the index would make it a candidate (the phonetic key is equal, or pg_trgm's
similarity of the name keys reaches the `%` threshold) and logic-v2 scores it at or above the
threshold. `manage.py match_evaluate` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from followthemoney import model
from followthemoney.proxy import EntityProxy

from matching import keys, scoring

#: (Latin, the same person in their own script or None).
PEOPLE: list[tuple[str, str | None]] = [
    ("Viktor Fedorovych Yanukovych", "Янукович Віктор Федорович"),
    ("Mykola Yanovych Azarov", "Азаров Микола Янович"),
    ("Arseniy Petrovych Yatsenyuk", "Яценюк Арсеній Петрович"),
    ("Serhiy Vitaliyovych Kurchenko", "Курченко Сергій Віталійович"),
    ("Oleksandr Viktorovych Yanukovych", "Янукович Олександр Вікторович"),
    ("Gulnara Islamovna Karimova", "Каримова Гульнара Исламовна"),
    ("Rakhat Mukhtarovich Aliyev", "Алиев Рахат Мухтарович"),
    ("Viktor Andriyovych Yushchenko", "Ющенко Віктор Андрійович"),
    ("Teodoro Nguema Obiang Mangue", None),
    ("Diezani Alison-Madueke", None),
    ("Sani Abacha", None),
    ("Adebayo Demo-Okonkwo", None),
    ("Folake Demo-Okonkwo", None),
    ("Tunde Demo-Okonkwo", None),
    ("Demo Mwangi", None),
    ("Demo Bello", None),
    ("Ricardo Alberto Martinelli Berrocal", None),
    ("Jean-Claude Duvalier", None),
    ("Ferdinand Emmanuel Edralin Marcos", None),
    ("Hosni Mubarak", None),
]
HONORIFICS = ["Chief", "Hon.", "Engr.", "Dr.", "Mr."]


@dataclass(frozen=True)
class Pair:
    left: str
    right: str
    same: bool
    kind: str


def _reorder(name: str, rng: random.Random) -> str:
    tokens = name.split()
    return " ".join([tokens[-1], *tokens[:-1]])


def _drop_middle(name: str, rng: random.Random) -> str:
    tokens = name.split()
    return " ".join([tokens[0], tokens[-1]]) if len(tokens) > 2 else name


def _typo(name: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(name) if c.isalpha() and i > 0]
    i = rng.choice(letters)
    return name[:i] + name[i + 1 :]  # one letter dropped


def _honorific(name: str, rng: random.Random) -> str:
    return f"{rng.choice(HONORIFICS)} {name}"


VARIANTS: dict[str, Callable[[str, random.Random], str]] = {
    "surname_first": _reorder,
    "no_middle_name": _drop_middle,
    "typo": _typo,
    "honorific": _honorific,
}


def labelled_pairs(seed: int = 21) -> Iterator[Pair]:
    rng = random.Random(seed)  # noqa: S311 (a fixed, reproducible set, not a secret)
    for latin, native in PEOPLE:
        if native:
            yield Pair(latin, native, True, "script")
        for kind, variant in VARIANTS.items():
            changed = variant(latin, rng)
            if changed != latin:
                yield Pair(latin, changed, True, kind)
    for i, (one, _) in enumerate(PEOPLE):
        for other, _ in PEOPLE[i + 1 :]:
            a, b = one.split(), other.split()
            if a[-1] == b[-1] or a[0] == b[0]:
                yield Pair(one, other, False, "relative_or_namesake")
    # Unrelated people, a sample.
    for _ in range(40):
        first, second = rng.sample(PEOPLE, 2)
        yield Pair(first[0], second[0], False, "unrelated")


def _person(entity_id: str, name: str) -> EntityProxy:
    entity = model.make_entity("Person")
    entity.id = entity_id
    entity.add("name", name)
    return entity


@dataclass
class Figures:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        same = self.true_positive + self.false_negative
        return self.true_positive / same if same else 1.0


def evaluate(
    pairs: list[Pair], *, threshold: float, similarity: Callable[[str, str], float]
) -> tuple[Figures, list[tuple[Pair, float, bool]]]:
    """`similarity` is pg_trgm's `similarity()` of two name keys (the caller asks PostgreSQL)."""
    figures = Figures()
    rows = []
    for pair in pairs:
        left, right = dict(keys.name_keys([pair.left])), dict(keys.name_keys([pair.right]))
        candidate = left.get(keys.NAME_PHONETIC) == right.get(keys.NAME_PHONETIC) or (
            similarity(left[keys.NAME], right[keys.NAME]) >= 0.3  # pg_trgm's default for `%`
        )
        score = scoring.score(_person("l", pair.left), _person("r", pair.right))[0]
        found = candidate and score >= threshold
        rows.append((pair, score, candidate))
        if found and pair.same:
            figures.true_positive += 1
        elif found:
            figures.false_positive += 1
        elif pair.same:
            figures.false_negative += 1
        else:
            figures.true_negative += 1
    return figures, rows
