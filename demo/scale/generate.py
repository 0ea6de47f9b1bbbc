"""One pass over the cases, in creation order: each case and then its children, every row drawn
from the one seeded random source (so one seed always gives the same world)."""

from __future__ import annotations

from demo.scale.assets import assets_seed
from demo.scale.case_file import (
    CaseReferences,
    case_instants,
    case_seed,
    shares_seed,
    subjects_seed,
)
from demo.scale.mla import mla_requests_seed
from demo.scale.people import people_seed
from demo.scale.tables import Progress
from demo.scale.world import Seed


def world_generate(seed: Seed, *, cases: int, due: int, progress: bool) -> None:
    """Every row of the world into `seed.tables`: `due` cases (at most all) have one MLA request
    whose answer is due at the benchmark's now."""
    people = people_seed(seed, cases)
    instants = case_instants(seed, cases)
    due_cases = set(seed.rng.sample(range(cases), min(due, cases)))
    references = CaseReferences()
    bar = Progress("generating cases and children", cases, progress)
    for index, created_at in enumerate(instants):
        case = case_seed(seed, people, references, index, created_at)
        shares_seed(seed, people, case)
        subjects_seed(seed, case)
        assets_seed(seed, case)
        mla_requests_seed(seed, case, due_now=index in due_cases)
        bar.step()
    references.seed_counters(seed)
