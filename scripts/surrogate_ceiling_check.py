#!/usr/bin/env python3
"""How much do the surrogate's inputs say about a run's fate at a prefix? (developer tool)

Gives the issue's two targets at PREFIX iterations (median error of the remaining iterations
2x better than the contraction factor; outcome macro-F1 0.9) to a learner of another kind, a
gradient-boosted tree ensemble, on exactly the examples `courant surrogate dataset` writes,
trained on every family but the held-out ones and scored on those, as `courant surrogate
evaluate` scores the surrogate:

- outcome: a classifier trained on the examples cut at PREFIX, classes weighted N/(K N_k)
  capped at 5 as the surrogate's loss weights them, on three input sets: all inputs (case and
  trend features + resampled residual window), the case and trend features alone, and those
  plus 19 features of the full-resolution residuals read from the history (sign flips,
  roughness, swing, fall rates over five windows of the slowest and fastest equation);
- remaining iterations of converged runs: a correction to the contraction-factor estimate of
  log10(1 + remaining) trained on every prefix, held out by family and, for comparison, in a
  5-fold split by run within the whole history.

    courant surrogate dataset --history surrogate.db --output dataset.csv
    python3 scripts/surrogate_ceiling_check.py dataset.csv surrogate.db [PREFIX]

Needs numpy, pandas and scikit-learn (never a run-time dependency of Courant).
"""
import json
import sqlite3
import sys

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.metrics import f1_score

HELD_OUT = ("backward-facing-step", "shallow-cavity")
NOT_INPUTS = ("run_id", "family", "outcome", "remaining", "budget")
ANCHOR = "log10-contraction-remaining"


def residual_features(history, prefix):
    """Per run: 19 features of the monitored residuals (the form the criteria judged) up to prefix."""
    connection = sqlite3.connect(history)
    runs = pd.read_sql("select id, settings from run", connection).set_index("id")
    criteria = pd.read_sql("select run_id, equation, value from criterion", connection)
    residuals = pd.read_sql(
        f"select run_id, iteration, equation, scaled, normalised from residual "
        f"where iteration <= {prefix}", connection)
    rows = {}
    for run, group in residuals.groupby("run_id"):
        if group.iteration.max() < prefix:
            continue
        settings = json.loads(runs.settings[run])
        form = "normalised" if settings.get("/solve/monitors/residual/normalize?") == "yes" else "scaled"
        logs = np.log10(group.pivot(index="iteration", columns="equation", values=form).clip(lower=1e-30))
        criterion = criteria[criteria.run_id == run].set_index("equation").value
        decades = logs.iloc[-1] - np.log10(criterion.reindex(logs.columns).astype(float))
        steps = logs.diff()
        recent = steps.iloc[-20:]
        flips = ((recent * recent.shift(1)) < 0).sum() / 19
        row = {
            "flips-max": flips.max(), "flips-min": flips.min(),
            "roughness-max": steps.diff().iloc[-20:].abs().mean().max(),
            "swing-max": (logs.iloc[-20:].max() - logs.iloc[-20:].min()).max(),
        }
        for first, last in [(prefix - 10, prefix), (prefix - 20, prefix), (prefix - 30, prefix - 10),
                            (prefix // 2, prefix), (10, prefix // 2)]:
            fall = (logs.loc[first - 2:first + 2].mean() - logs.loc[last - 4:last].mean()) * 100 / (last - first)
            row[f"fall-{first}-{last}-min"] = fall.min()
            row[f"fall-{first}-{last}-max"] = fall.max()
        row["deceleration"] = row[f"fall-{prefix - 20}-{prefix}-min"] - row[f"fall-{prefix // 2}-{prefix}-min"]
        row["decades-max"], row["decades-min"] = decades.max(), decades.min()
        row["rebound-max"] = (logs.iloc[-1] - logs.min()).max()
        row["argmin-share"] = (logs.values.argmin(axis=0) / len(logs)).min()
        rows[run] = row
    return pd.DataFrame.from_dict(rows, orient="index")


def class_weights(labels):
    counts = labels.value_counts()
    weights = np.minimum(len(labels) / (len(counts) * counts), 5)
    return labels.map(weights).values


def median_percent_error(log_estimate, remaining):
    return 100 * np.median(np.abs(10 ** log_estimate - 1 - remaining) / remaining)


def main():
    dataset_path, history = sys.argv[1], sys.argv[2]
    prefix = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    examples = pd.read_csv(dataset_path)
    inputs = [c for c in examples.columns if c not in NOT_INPUTS]
    tabular = [c for c in inputs if "@" not in c]
    at = examples[examples.observed == prefix]
    extra = residual_features(history, prefix)
    at = at.merge(extra, left_on="run_id", right_index=True)
    train, test = at[~at.family.isin(HELD_OUT)], at[at.family.isin(HELD_OUT)]
    print(f"outcome at {prefix} iterations: {len(test)} held-out runs still iterating "
          f"{test.outcome.value_counts().to_dict()}")
    for name, columns in [("all inputs", inputs), ("case and trend features", tabular),
                          ("all inputs + residual features", inputs + list(extra.columns))]:
        model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
        model.fit(train[columns], train.outcome, sample_weight=class_weights(train.outcome))
        predicted = model.predict(test[columns])
        per_class = f1_score(test.outcome, predicted, average=None, labels=sorted(test.outcome.unique()))
        print(f"  {name:32s} macro-F1 {f1_score(test.outcome, predicted, average='macro'):.3f}  "
              + " ".join(f"{c} {f:.2f}" for c, f in zip(sorted(test.outcome.unique()), per_class)))

    converged = examples[examples.outcome == "converged"]
    target = np.log10(1 + converged.remaining) - converged[ANCHOR]
    held_out = converged.family.isin(HELD_OUT)
    scored = held_out & (converged.observed == prefix)
    model = HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05, loss="absolute_error",
                                          random_state=0)
    model.fit(converged[~held_out][tabular], target[~held_out])
    corrected = converged[scored][ANCHOR] + model.predict(converged[scored][tabular])
    print(f"remaining iterations at {prefix}, {scored.sum()} held-out converged runs: "
          f"contraction factor {median_percent_error(converged[scored][ANCHOR], converged[scored].remaining):.1f}%, "
          f"with a learned correction {median_percent_error(corrected, converged[scored].remaining):.1f}%")
    runs = converged.run_id.unique()
    fold = dict(zip(np.random.default_rng(0).permutation(runs), np.arange(len(runs)) % 5))
    folds = converged.run_id.map(fold)
    learned, anchor = [], []
    for k in range(5):
        part = (folds == k) & (converged.observed == prefix)
        model.fit(converged[folds != k][tabular], target[folds != k])
        truth = converged[part].remaining
        learned += list(np.abs(10 ** (converged[part][ANCHOR] + model.predict(converged[part][tabular])) - 1 - truth) / truth)
        anchor += list(np.abs(10 ** converged[part][ANCHOR] - 1 - truth) / truth)
    print(f"  within the history (5-fold by run): contraction factor {100 * np.median(anchor):.1f}%, "
          f"with a learned correction {100 * np.median(learned):.1f}%")


if __name__ == "__main__":
    main()
