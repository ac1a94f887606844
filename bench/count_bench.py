"""Victim lists of known truth: linkage quality and speed against an exact-key baseline in
the same run, how linkage errors move the estimate, and a simulation study of the intervals
(coverage for independent and dependent lists, bias of each model choice).

Run: .venv/bin/python bench/count_bench.py [--people 20000] [--runs 100]
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import time
from collections import defaultdict

from kartoteka.count import simulate as sm
from kartoteka.count.estimate import Histories, estimate
from kartoteka.count.latent import latent_class_estimate
from kartoteka.count.linkage import link, parse_name
from kartoteka.count.records import PersonRecord


def _pairs(clusters: list[list[int]]) -> set[tuple[int, int]]:
    return {(a, b) for c in clusters for a, b in itertools.combinations(sorted(c), 2)}


def _exact_key(records: list[PersonRecord]) -> list[list[int]]:
    """The baseline: one person per identical (surname, given name, birth year)."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        name = parse_name(r.name)
        groups[(name.surname, name.given, r.birth_year)].append(i)
    return list(groups.values())


def _quality(clusters: list[list[int]], truth: list[int]) -> dict[str, float]:
    pred = _pairs(clusters)
    by: dict[int, list[int]] = defaultdict(list)
    for i, who in enumerate(truth):
        by[who].append(i)
    true = _pairs(list(by.values()))
    tp = len(pred & true)
    p, r = tp / max(1, len(pred)), tp / max(1, len(true))
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def linkage(people: int) -> dict:
    pop = sm.population(people, seed=1)
    caught = sm.capture(pop, [0.3, 0.25, 0.2, 0.35], seed=2)
    records, truth = sm.write_records(pop, caught, 4, seed=3)
    names = [f"list{k}" for k in range(4)]

    def total(clusters: list[list[int]]) -> float:
        return estimate(Histories.from_sets(names, (frozenset(records[i].list for i in c)
                                                    for c in clusters))).total
    t = time.perf_counter()
    found = link(records).clusters
    ours = time.perf_counter() - t
    t = time.perf_counter()
    base = _exact_key(records)
    baseline = time.perf_counter() - t
    exact = estimate(sm.histories(caught, 4)).total
    return {"people": people, "records": len(records), "seconds": round(ours, 2),
            "seconds_per_1000_records": round(ours / len(records) * 1000, 3),
            "linkage": _quality(found, truth), "exact_key_baseline": _quality(base, truth),
            "time_ratio_to_baseline": round(ours / max(baseline, 1e-9), 1),
            "estimate_true_histories": round(exact), "estimate_linked": round(total(found)),
            "estimate_exact_key": round(total(base))}


def simulation(runs: int, size: int = 1000) -> dict:
    """Coverage and bias of each model; the latent-class model (slower) on a fifth of the runs."""
    out = {}
    for label, dependence, hidden in (("independent", 1.0, 1.0),
                                      ("list0_list1_dependent", 3.0, 1.0),
                                      ("heterogeneous_half_hidden", 1.0, 0.3)):
        rows = defaultdict(list)
        for run in range(runs):
            caught = sm.capture(sm.population(size, seed=run), [0.3, 0.25, 0.35, 0.3],
                                seed=1000 + run, dependence=dependence, hidden=hidden)
            h = sm.histories(caught, 4)
            for how in ("stepwise", "aic", "bic", "lcmcr"):
                if how == "lcmcr" and run % 5:
                    continue
                e = latent_class_estimate(h, iterations=10_000, burnin=2_000) \
                    if how == "lcmcr" else estimate(h, how)
                rows[how].append((e.low <= size <= e.high, (e.total - size) / size))
        out[label] = {how: {"runs": len(v), "coverage_95": round(sum(c for c, _ in v) / len(v), 3),
                            "mean_relative_error": round(statistics.mean(b for _, b in v), 4)}
                      for how, v in rows.items()}
    return {"runs": runs, "population": size, **out}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()
    print(json.dumps({"linkage": linkage(args.people), "simulation": simulation(args.runs)},
                     indent=1))


if __name__ == "__main__":
    main()
