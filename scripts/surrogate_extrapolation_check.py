#!/usr/bin/env python3
"""How well do simple residual extrapolations predict the remaining iterations? (developer tool)

For every converged run of the held-out families still iterating at the prefix, each estimator
extrapolates every monitored residual (in the form the run was judged by: scaled, or normalised
when normalize? was on) from the first PREFIX iterations to its criterion and takes the largest
count over the equations; the median of |estimate - actual| / actual remaining iterations, in
percent, is printed per estimator. The contraction factor over 20 iterations is the baseline
`courant surrogate evaluate` calls contraction-factor; the others are variations of it, to see
whether any simple extrapolation comes near the surrogate's 2x target.

    python3 scripts/surrogate_extrapolation_check.py surrogate.db [PREFIX]

Needs numpy.
"""
import json
import sqlite3
import sys

import numpy as np

HELD_OUT = ("backward-facing-step", "shallow-cavity")


def contraction(lag):
    """Iterations to fall `decades` at the rate of the last `lag` iterations."""
    def estimate(history, decades):
        rate = (history[-1] - history[-1 - lag]) / lag
        return decades / -rate if rate < 0 else np.inf
    return estimate


def least_squares_slope(window):
    """Iterations at the slope of a straight line fitted to the last `window` iterations."""
    def estimate(history, decades):
        slope = np.polyfit(np.arange(window), history[-window:], 1)[0]
        return decades / -slope if slope < 0 else np.inf
    return estimate


def quadratic(window):
    """First crossing of the criterion by a parabola fitted to the last `window` iterations."""
    def estimate(history, decades):
        a, b, c = np.polyfit(np.arange(window), history[-window:], 2)
        roots = [r.real for r in np.roots([a, b, c - (history[-1] - decades)])
                 if abs(r.imag) < 1e-9 and r.real > window - 1]
        return min(roots) - (window - 1) if roots else contraction(20)(history, decades)
    return estimate


ESTIMATORS = {
    "contraction factor, 10 iterations": contraction(10),
    "contraction factor, 20 (the baseline)": contraction(20),
    "contraction factor, 40": contraction(40),
    "least-squares line, 20": least_squares_slope(20),
    "least-squares line, 40": least_squares_slope(40),
    "parabola, 30": quadratic(30),
    "parabola, 40": quadratic(40),
}


def main():
    database = sqlite3.connect(sys.argv[1])
    prefix = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    criteria = {(run, equation): value for run, equation, value in
                database.execute("SELECT run_id, equation, value FROM criterion")}
    runs = database.execute(
        "SELECT id, settings, converged_at FROM run WHERE status = 'converged' AND converged_at > ?"
        f" AND case_name IN {HELD_OUT}", (prefix,)).fetchall()
    errors = {name: [] for name in ESTIMATORS}
    for run, settings, converged_at in runs:
        normalised = json.loads(settings).get("/solve/monitors/residual/normalize?") == "yes"
        rows = database.execute(
            "SELECT equation, scaled, normalised FROM residual WHERE run_id = ? AND iteration <= ?"
            " ORDER BY iteration", (run, prefix)).fetchall()
        channels = []
        for equation in sorted({row[0] for row in rows}):
            if (run, equation) not in criteria:
                continue
            values = [row[2] if normalised else row[1] for row in rows if row[0] == equation]
            history = np.log10(np.maximum(values, 1e-300))
            channels.append((history, history[-1] - np.log10(criteria[(run, equation)])))
        actual = converged_at - prefix
        for name, estimator in ESTIMATORS.items():
            needed = max((estimator(h, d) for h, d in channels if d > 0), default=0.0)
            errors[name].append(100 * abs(needed - actual) / max(actual, 1))
    print(f"{len(runs)} converged held-out runs still iterating at {prefix}")
    for name, values in errors.items():
        print(f"{name:40s} median error of remaining iterations {np.median(values):6.1f} %")


if __name__ == "__main__":
    main()
