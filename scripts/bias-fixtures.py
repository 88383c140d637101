#!/usr/bin/env python3
"""Writes the bias-audit fixtures of Tests/AnalyticsTests/Fixtures: a small synthetic decision log and the
selection rates and demographic parity ratios that fairlearn computes on it.

The log is made up here from a seeded generator (no real people): a `sex` and a `race` column (with a group
under 2 % of the rows and some unknown values), a `selected` outcome written in several spellings, and a `score`.
Each group's selection rate is fairlearn's `selection_rate`; each breakdown's smallest impact ratio is fairlearn's
`demographic_parity_ratio` over the groups holding at least 2 % of the rows (New York City's exclusion rule).
For scores, a row counts as selected when its score is above the median of all scores.

    python3 -m pip install fairlearn pandas
    python3 scripts/bias-fixtures.py
"""
import json
import random
from pathlib import Path

import fairlearn
import pandas as pd
from fairlearn.metrics import MetricFrame, demographic_parity_ratio, selection_rate

SEED = 144
ROWS = 2000
MINIMUM_SHARE = 0.02
FIXTURES = Path(__file__).resolve().parent.parent / "Tests" / "AnalyticsTests" / "Fixtures"


def make_log(rng: random.Random) -> pd.DataFrame:
    """Synthetic decisions in which some groups are selected less often than others."""
    races = ["Asian", "Black", "Hispanic or Latino", "White", "Two or more, \"other\"", "Native Hawaiian"]
    race_weights = [0.15, 0.2, 0.2, 0.36, 0.08, 0.01]
    base = {"Asian": 0.45, "Black": 0.3, "Hispanic or Latino": 0.35, "White": 0.5, "Native Hawaiian": 0.2}
    yes_words, no_words = ["1", "Yes", "TRUE", "selected"], ["0", "no", "False", "not selected", "rejected"]
    rows = []
    for index in range(ROWS):
        sex = rng.choices(["F", "M", "X", ""], weights=[0.48, 0.48, 0.025, 0.015])[0]
        race = rng.choices(races, weights=race_weights)[0] if rng.random() > 0.01 else ""
        chance = base.get(race, 0.4) * (0.8 if sex == "F" else 1.0)
        score = round(rng.gauss(60 + 40 * chance, 12), 2)
        selected = rng.random() < chance
        rows.append({
            "applicant": f"A{index:05d}", "sex": sex, "race": race,
            "selected": rng.choice(yes_words if selected else no_words), "score": score,
        })
    return pd.DataFrame(rows)


def breakdown(log: pd.DataFrame, positives: pd.Series, columns: list[str]) -> dict:
    """Selection rates per group of the columns (rows with an unknown value left out) and the ratio over kept
    groups."""
    known = (log[columns] != "").all(axis=1)
    features = log.loc[known, columns]
    predicted = positives[known].astype(int)
    frame = MetricFrame(metrics=selection_rate, y_true=predicted, y_pred=predicted, sensitive_features=features)
    counts = features.value_counts()
    groups = []
    for key, rate in frame.by_group.items():
        values = key if isinstance(key, tuple) else (key,)
        count = int(counts[values] if len(columns) > 1 else counts[values[0]])
        groups.append({"group": dict(zip(columns, values)), "count": count, "selectionRate": float(rate)})
    kept = features.apply(tuple, axis=1).map(lambda k: counts[k] if len(columns) > 1 else counts[k[0]])
    kept = kept >= MINIMUM_SHARE * len(log)
    ratio = demographic_parity_ratio(
        predicted[kept], predicted[kept], sensitive_features=features[kept])
    return {"columns": columns, "groups": groups, "smallestImpactRatio": float(ratio)}


def main() -> None:
    rng = random.Random(SEED)
    log = make_log(rng)
    FIXTURES.mkdir(parents=True, exist_ok=True)
    log.to_csv(FIXTURES / "decision-log.csv", index=False, lineterminator="\r\n")
    selected = log["selected"].str.lower().isin(["1", "true", "yes", "selected"])
    scored = log["score"] > log["score"].median()
    result = {"generator": f"scripts/bias-fixtures.py, seed {SEED}, fairlearn {fairlearn.__version__}"}
    for name, positives in (("selection", selected), ("scoring", scored)):
        result[name] = [breakdown(log, positives, columns) for columns in (["sex"], ["race"], ["sex", "race"])]
    (FIXTURES / "fairlearn-rates.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
