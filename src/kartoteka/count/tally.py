"""From linked records to estimates: the capture history of each person, overall and per
stratum (a year, a place, a sentencing body), because equal chances of being listed are far
likelier inside a stratum than across a whole repression."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .estimate import Estimate, Histories, estimate
from .latent import latent_class_estimate
from .linkage import Linkage
from .records import DATES, PersonRecord

MIN_STRATUM = 20  # fewer people than this give no estimate worth printing


def stratum_of(records: Sequence[PersonRecord], person: Sequence[int], by: str) -> str:
    """The person's value of `by` (a date's year), from the first record that gives it."""
    for i in person:
        value = records[i].get(by)
        if value:
            return value[:4] if by in DATES else value
    return "(not given)"


def estimates(records: Sequence[PersonRecord], linkage: Linkage, by: str | None = None,
              how: str = "stepwise") -> list[Estimate | str]:
    """An estimate per stratum (one overall without `by`) by a log-linear model (`how`:
    stepwise, aic, bic) or the latent-class model (`lcmcr`); a stratum that cannot be
    estimated gives the reason instead."""
    lists = sorted({r.list for r in records})
    if len(lists) < 2:
        return ["multiple systems estimation needs at least two lists"]
    groups: dict[str | None, list[frozenset[str]]] = defaultdict(list)
    for person in linkage.clusters:
        key = stratum_of(records, person, by) if by else None
        groups[key].append(frozenset(records[i].list for i in person))
    out: list[Estimate | str] = []
    for key in sorted(groups, key=lambda k: (k is None, str(k))):
        people = groups[key]
        label = f"{by}={key}" if by else None
        if len(people) < MIN_STRATUM:
            out.append(f"{label}: {len(people)} people, too few to estimate")
            continue
        histories = Histories.from_sets(lists, people)
        try:
            out.append(latent_class_estimate(histories, stratum=label) if how == "lcmcr"
                       else estimate(histories, how, stratum=label))
        except ValueError as exc:
            out.append(f"{label or 'all'}: {exc}")
    return out
