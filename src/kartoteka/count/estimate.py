"""Multiple systems estimation: how many victims no list recorded, from how the lists overlap.

The capture histories (which lists name each person) are fitted with Poisson log-linear
models, main effects for the lists and two-list interaction terms for their dependence, as
in Rcapture and SparseMSE. The model is chosen stepwise as in SparseMSE (Chan, Silverman and
Vincent 2019): starting from main effects, the two-list term with the smallest p-value below
`pthresh` is added while the fit stays finite; or by AIC/BIC over the same steps. Before any
fit, the linear-programming test of Fienberg and Rinaldo (2012) says whether the maximum
likelihood estimate exists at all, which sparse overlaps often prevent. The interval is the
profile likelihood interval of the total (Cormack 1992, as Rcapture's `closedpCI`).

The method assumes a closed population, people equally likely to be listed inside a stratum
(heterogeneity biases it down) and dependence between lists captured by the terms chosen:
`Estimate.warnings` names what the data says about each.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import optimize, special, stats

Pair = tuple[int, int]


@dataclass(frozen=True)
class Histories:
    """Counts per capture history: `lists` names the columns, `cells` every non-empty history
    (a tuple of 0/1 per list) in a fixed order, `counts` the people with that history."""

    lists: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]
    counts: tuple[int, ...]

    @property
    def observed(self) -> int:
        return sum(self.counts)

    @classmethod
    def from_sets(cls, lists: Sequence[str], people: Iterable[frozenset[str]]) -> Histories:
        """From the set of lists that names each person."""
        index = {name: i for i, name in enumerate(lists)}
        tally: dict[tuple[int, ...], int] = {}
        for found in people:
            if not found:
                continue
            key = tuple(1 if name in found else 0 for name in lists)
            if len(found) != sum(key) or any(name not in index for name in found):
                raise ValueError(f"a person is on a list not among {list(lists)}")
            tally[key] = tally.get(key, 0) + 1
        return cls.from_table(lists, tally)

    @classmethod
    def from_table(cls, lists: Sequence[str], table: dict[tuple[int, ...], int]) -> Histories:
        """From a count table (a history not given has no one)."""
        t = len(lists)
        cells = tuple(c for c in itertools.product((0, 1), repeat=t) if any(c))
        for key, n in table.items():
            if len(key) != t or not any(key) or n < 0:
                raise ValueError(f"bad capture history {key} with count {n}")
        return cls(tuple(lists), cells, tuple(int(table.get(c, 0)) for c in cells))

    def merged(self, groups: Sequence[Sequence[str]]) -> Histories:
        """The same people with some lists combined into one ("PF" and "NCA" as "PFNCA")."""
        names = tuple("+".join(g) for g in groups)
        where = [[self.lists.index(x) for x in g] for g in groups]
        table: dict[tuple[int, ...], int] = {}
        for cell, n in zip(self.cells, self.counts, strict=True):
            key = tuple(int(any(cell[i] for i in idx)) for idx in where)
            table[key] = table.get(key, 0) + n
        return Histories.from_table(names, table)


@dataclass
class Fit:
    terms: tuple[Pair, ...]
    coef: np.ndarray
    deviance: float
    loglik: float
    dark: float  # the fitted count of the unobserved cell

    @property
    def parameters(self) -> int:
        return len(self.coef)


@dataclass
class Estimate:
    """The total (listed and unlisted) with its interval and what the data says about it."""

    observed: int
    total: float
    low: float
    high: float
    level: float
    terms: list[str]
    method: str
    warnings: list[str] = field(default_factory=list)
    stratum: str | None = None

    @property
    def dark_figure(self) -> float:
        return self.total - self.observed


def _structure(h: Histories, terms: Sequence[Pair]) -> tuple[list[Pair], list[int]]:
    """The terms kept and the cells fitted. A two-list term whose lists share no one is, as in
    SparseMSE, a parameter at minus infinity: the term leaves the matrix and the cells where
    both lists meet are structural zeros."""
    kept, cells = [], list(range(len(h.cells)))
    for i, j in terms:
        if any(n and c[i] and c[j] for c, n in zip(h.cells, h.counts, strict=True)):
            kept.append((i, j))
        else:
            cells = [k for k in cells if not (h.cells[k][i] and h.cells[k][j])]
    return kept, cells


def design(h: Histories, terms: Sequence[Pair], with_dark: bool = False) -> np.ndarray:
    """Model matrix: intercept, one column per list, one per two-list term; the unobserved
    cell (all zeros) first when `with_dark`."""
    kept, rows = _structure(h, terms)
    cells = ([(0,) * len(h.lists)] if with_dark else []) + [h.cells[k] for k in rows]
    x = np.array(cells, dtype=float)
    cols = [np.ones(len(cells)), *x.T, *(x[:, i] * x[:, j] for i, j in kept)]
    return np.column_stack(cols)


def _counts(h: Histories, terms: Sequence[Pair]) -> list[float]:
    return [float(h.counts[k]) for k in _structure(h, terms)[1]]


def mle_exists(h: Histories, terms: Sequence[Pair]) -> bool:
    """Fienberg and Rinaldo's test: the estimate is finite iff some strictly positive table
    over the observed cells has the data's sufficient statistics (maximise the smallest cell
    of such a table; zero means the likelihood climbs to infinity along some direction)."""
    a = design(h, terms).T
    t = a @ np.array(_counts(h, terms))
    n_cells = a.shape[1]
    # variables: one per cell, then s; maximise s with A u = t, u >= s, 0 <= s <= 1
    c = np.zeros(n_cells + 1)
    c[-1] = -1.0
    a_eq = np.hstack([a, np.zeros((a.shape[0], 1))])
    a_ub = np.hstack([-np.eye(n_cells), np.ones((n_cells, 1))])
    res = optimize.linprog(c, A_ub=a_ub, b_ub=np.zeros(n_cells), A_eq=a_eq, b_eq=t,
                           bounds=[(0, None)] * n_cells + [(0, 1)], method="highs")
    rank_ok = np.linalg.matrix_rank(a) == a.shape[0]
    return bool(res.status == 0 and -res.fun > 1e-7 and rank_ok)


def fit(h: Histories, terms: Sequence[Pair], dark: float | None = None) -> Fit:
    """Poisson log-linear fit by iteratively reweighted least squares. With `dark` given, the
    unobserved cell is fitted too with that count (for the profile likelihood)."""
    x = design(h, terms, with_dark=dark is not None)
    y = np.array(([dark] if dark is not None else []) + _counts(h, terms), dtype=float)
    mu = np.maximum(y, 0.5)
    eta = np.log(mu)
    coef = np.zeros(x.shape[1])
    for _ in range(100):
        w = mu
        z = eta + (y - mu) / mu
        xw = x * w[:, None]
        new = np.linalg.lstsq(xw.T @ x, xw.T @ z, rcond=None)[0]
        eta = np.clip(x @ new, -50, 50)
        mu = np.exp(eta)
        if np.max(np.abs(new - coef)) < 1e-9:
            coef = new
            break
        coef = new
    with np.errstate(divide="ignore", invalid="ignore"):
        dev_terms = np.where(y > 0, y * np.log(y / mu), 0.0) - (y - mu)
        loglik = float(np.sum(y * np.log(mu) - mu - special.gammaln(y + 1)))
    return Fit(tuple(terms), coef, float(2 * dev_terms.sum()), loglik,
               float(math.exp(coef[0])))


def _criterion(f: Fit, n: int, how: str) -> float:
    penalty = 2.0 if how == "aic" else math.log(n)
    return -2 * f.loglik + penalty * f.parameters


def select(h: Histories, how: str = "stepwise", pthresh: float = 0.02) -> Fit:
    """Forward selection of two-list terms from the main-effects model: by p-value of the
    likelihood-ratio test (`stepwise`, SparseMSE's rule) or while AIC/BIC falls."""
    if how not in ("stepwise", "aic", "bic"):
        raise ValueError(f"unknown model selection {how!r} (stepwise, aic, bic)")
    current = fit(h, [])
    # a term for lists that never meet is a structural zero, not a dependence the data shows
    candidates = [p for p in itertools.combinations(range(len(h.lists)), 2) if _structure(h, [p])[0]]
    while True:
        best: tuple[float, Fit] | None = None
        for pair in candidates:
            if pair in current.terms or not mle_exists(h, [*current.terms, pair]):
                continue
            trial = fit(h, [*current.terms, pair])
            if how == "stepwise":
                score = float(stats.chi2.sf(max(current.deviance - trial.deviance, 0.0), 1))
                if score >= pthresh:
                    continue
            else:
                score = _criterion(trial, h.observed, how)
                if score >= _criterion(current, h.observed, how):
                    continue
            if best is None or score < best[0]:
                best = (score, trial)
        if best is None:
            return current
        current = best[1]


def _profile(h: Histories, terms: Sequence[Pair], total: float) -> float:
    """Multinomial log-likelihood of `total` people, maximised over the model's parameters."""
    n = h.observed
    f = fit(h, terms, dark=total - n)
    mu = np.exp(design(h, terms, with_dark=True) @ f.coef)
    y = np.array([total - n, *_counts(h, terms)], dtype=float)
    p = mu / mu.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        cells = np.where(y > 0, y * np.log(p), 0.0).sum()
    return float(special.gammaln(total + 1) - special.gammaln(total - n + 1) + cells)


def interval(h: Histories, f: Fit, level: float = 0.95) -> tuple[float, float]:
    """Profile likelihood interval of the total."""
    n = h.observed
    best = n + f.dark
    top = _profile(h, f.terms, best)
    cut = stats.chi2.ppf(level, 1) / 2

    def gap(total: float) -> float:
        return top - _profile(h, f.terms, total) - cut

    low = n + 1e-6 if gap(n + 1e-6) <= 0 else optimize.brentq(gap, n + 1e-6, best)
    far = best * 2 + 10
    while gap(far) < 0 and far < best * 1e4:
        far *= 2
    high = optimize.brentq(gap, best, far) if gap(far) >= 0 else math.inf
    return low, high


def estimate(h: Histories, how: str = "stepwise", level: float = 0.95,
             stratum: str | None = None) -> Estimate:
    """The total with its interval, the model chosen and the warnings the literature gives."""
    warnings: list[str] = []
    listed = h.observed
    informative = [i for i in range(len(h.lists))
                   if any(n and c[i] and sum(c) > 1 for c, n in zip(h.cells, h.counts, strict=True))]
    if len(informative) < len(h.lists):
        dropped = [h.lists[i] for i in range(len(h.lists)) if i not in informative]
        warnings.append(f"lists sharing no one with another carry no information: "
                        f"{', '.join(dropped)}; their people are counted as listed, and the "
                        f"estimate of the unlisted rests on the other lists")
        keep = [h.lists[i] for i in informative]
        table: dict[tuple[int, ...], int] = {}
        for c, n in zip(h.cells, h.counts, strict=True):
            if any(c[i] for i in informative):
                key = tuple(c[i] for i in informative)
                table[key] = table.get(key, 0) + n
        h = Histories.from_table(keep, table) if len(keep) >= 2 else h
    if len(informative) < 2:
        raise ValueError("no two lists share anyone: the overlap that estimation needs is missing")
    if not mle_exists(h, []):
        raise ValueError("the lists' overlaps are too sparse for a finite estimate even with "
                         "independent lists")
    overlaps = sum(n for c, n in zip(h.cells, h.counts, strict=True) if sum(c) > 1)
    if overlaps < 20:
        warnings.append(f"only {overlaps} people are on more than one list: the estimate and its "
                        f"interval are fragile")
    f = select(h, how)
    low, high = interval(h, f, level)
    names = [f"{h.lists[i]}×{h.lists[j]}" for i, j in f.terms]
    for (i, j), c in zip(_structure(h, f.terms)[0], f.coef[1 + len(h.lists):], strict=True):
        sign = "positive" if c > 0 else "negative"
        effect = "lower" if c > 0 else "higher"
        warnings.append(f"{h.lists[i]} and {h.lists[j]} are {sign}ly dependent (a model without "
                        f"that term would give a {effect} total)")
    if math.isinf(high):
        warnings.append("the interval has no upper bound: the data cannot rule out any total")
    warnings.append("assumes a closed population and equal chances of being listed within the "
                    "stratum; heterogeneity biases the total down (stratify by year, region or "
                    "sentencing body)")
    alone = listed - h.observed  # people only on lists left out: known, not estimated
    return Estimate(listed, listed + f.dark, low + alone, high + alone, level, names, how,
                    warnings, stratum)
