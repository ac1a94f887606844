"""A Bayesian latent-class estimate of the total (Manrique-Vallier 2016, the model of HRDAG's
LCMCR): people fall into up to K unseen classes, each with its own chance of being on each
list, so the heterogeneity that biases log-linear models down is modelled, not assumed away.

The class weights have a truncated stick-breaking (Dirichlet process) prior with
concentration α ~ Gamma(a, b); each list's chance within a class is Beta(1, 1); the total N
has the prior 1/N. A Gibbs sampler augments the data with the unlisted people: their number
is negative binomial given the chance of being on no list, and every person, listed or not,
is given a class. Capture histories are handled as counts per history, so the cost of an
iteration does not grow with the number of people.
"""

from __future__ import annotations

import numpy as np

from .estimate import Estimate, Histories


def sample_totals(h: Histories, classes: int = 10, iterations: int = 20_000,
                  burnin: int = 5_000, thin: int = 10, a_alpha: float = 0.25,
                  b_alpha: float = 0.25, seed: int = 1) -> np.ndarray:
    """Posterior draws of the total N."""
    rng = np.random.default_rng(seed)
    x = np.array(h.cells, dtype=float)  # histories × lists
    counts = np.array(h.counts)
    n = int(counts.sum())
    k = classes
    lam = rng.uniform(0.2, 0.8, size=(k, x.shape[1]))
    weights = np.full(k, 1.0 / k)
    alpha = 1.0
    draws = []
    for step in range(iterations):
        # the chance of each history in each class, and of none
        log_lam, log_not = np.log(lam), np.log1p(-lam)
        cell = np.exp(x @ log_lam.T + (1 - x) @ log_not.T)  # histories × classes
        none = np.exp(log_not.sum(axis=1))  # classes
        p0 = float(weights @ none)
        # the unlisted: how many (prior 1/N), then their classes
        n0 = int(rng.negative_binomial(n, 1 - p0)) if p0 < 1 else 0
        z0 = rng.multinomial(n0, weights * none / p0) if n0 else np.zeros(k, dtype=int)
        # the listed: classes per history
        post = cell * weights
        post /= post.sum(axis=1, keepdims=True)
        alloc = np.array([rng.multinomial(c, p) for c, p in zip(counts, post, strict=True)])
        per_class = alloc.sum(axis=0) + z0
        on = alloc.T @ x  # classes × lists: listed people of each class on each list
        lam = rng.beta(1 + on, 1 + per_class[:, None] - on)
        lam = np.clip(lam, 1e-10, 1 - 1e-10)
        # stick-breaking weights and their concentration
        later = np.concatenate([np.cumsum(per_class[::-1])[::-1][1:], [0]])
        v = rng.beta(1 + per_class[:-1], alpha + later[:-1])
        v = np.clip(v, 1e-12, 1 - 1e-12)
        weights = np.append(v, 1.0) * np.concatenate([[1.0], np.cumprod(1 - v)])
        alpha = rng.gamma(a_alpha + k - 1, 1.0 / (b_alpha - np.log1p(-v).sum()))
        if step >= burnin and (step - burnin) % thin == 0:
            draws.append(n + n0)
    return np.array(draws)


def latent_class_estimate(h: Histories, level: float = 0.95, stratum: str | None = None,
                          **options: float) -> Estimate:
    """The posterior median of the total and its central credible interval."""
    draws = sample_totals(h, **options)  # type: ignore[arg-type]
    tail = (1 - level) / 2
    low, mid, high = np.quantile(draws, [tail, 0.5, 1 - tail])
    warnings = ["a Bayesian latent-class model (LCMCR): the interval is a credible interval; "
                "check that it does not move with the number of classes or a longer chain"]
    if len(h.lists) < 3:
        warnings.append("with two lists a latent-class model is not identified")
    return Estimate(h.observed, float(mid), float(low), float(high), level, [], "lcmcr",
                    warnings, stratum)
