#!/usr/bin/env bash
# Issue 8: does fine-tuning the shipped surrogate help on a case family it never saw?
# Family backward-facing-step (held out of models/convergence-v2). The family's runs are
# ranked by identity (case hash, then parameters), which a rebuilt history repeats whatever
# order its workers logged the runs in. Fixed test set: the 80 runs whose rank is 0 or 1
# mod 5. Training pool: the other 120.
# For each draw d (1..DRAWS) the pool is ordered by a multiplicative hash of (rank + 7919 d)
# and the first 5, 10, 20 runs are the training sets (nested within a draw); d is also the
# training seed. Per size and draw, four predictors, evaluated at 50 iterations on the test
# runs:
#   a  models/convergence-v2 unchanged
#   b  trained from scratch on the N runs only
#   c  fine-tuned from convergence-v2 with the first 2 of 3 residual blocks frozen
#   d  fine-tuned from convergence-v2 with nothing frozen
# With N this small no run is kept for validation (--validation-fraction 0): early stopping
# and the interval calibration use the training runs.
#
# usage: scripts/surrogate_finetune_experiment.sh HISTORY.db [EPOCHS] [DRAWS] [COURANT]
# prints one line per (size, draw, variant): size draw variant rem-err% macro-F1 conv/runs,
# then per (size, variant) the median over the draws of rem-err% and of macro-F1, and the
# number of draws the variant had the lowest rem-err% / the highest macro-F1.
set -euo pipefail
source_db=${1:?usage: surrogate_finetune_experiment.sh HISTORY.db [EPOCHS] [DRAWS] [COURANT]}
epochs=${2:-100}
draws=${3:-5}
courant=${4:-.build/release/courant}
root=$(cd "$(dirname "$0")/.." && pwd)
base=$root/models/convergence-v2.safetensors
family=backward-facing-step
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The history is only read, but opened read-write by the history layer: work on a copy.
cp "$source_db" "$work/history.db"
db=$work/history.db

ranked="select id, row_number() over (order by case_hash, parameters, id) - 1 as k from run
        where case_name = '$family'"
test_ids=$(sqlite3 "$db" "select id from ($ranked) where k % 5 < 2 order by id" | tr '\n' ' ')
echo "# test runs: $(echo $test_ids | wc -w) of $family; epochs $epochs; draws $draws"

# The surrogate's row at 50 iterations: rem-err% (column 5), F1 (6), conv/runs (3).
at50() {
    "$courant" surrogate evaluate --history "$db" --model "$1" --run-ids $test_ids |
        awk '$1 == "surrogate" && $2 == 50 { print $5, $6, $3 }'
}

shipped=$(at50 "$base")
start=$(date +%s)
for draw in $(seq 1 "$draws"); do
    for size in 5 10 20; do
        train_ids=$(sqlite3 "$db" "select id from ($ranked) where k % 5 >= 2
            order by ((k + $draw * 7919) * 2654435761) % 4294967296 limit $size" | tr '\n' ' ')
        common=(--history "$db" --run-ids $train_ids --validation-fraction 0
            --epochs "$epochs" --seed "$draw")
        stem=$work/n$size-d$draw
        "$courant" surrogate train "${common[@]}" --output "$stem-b" > /dev/null
        "$courant" surrogate train "${common[@]}" --output "$stem-c" \
            --init "$base" --freeze 2 > /dev/null
        "$courant" surrogate train "${common[@]}" --output "$stem-d" --init "$base" > /dev/null
        echo "$size $draw a $shipped"
        for variant in b c d; do
            echo "$size $draw $variant $(at50 "$stem-$variant.safetensors")"
        done
    done
done | tee "$work/lines"
echo "# wall time $(( $(date +%s) - start )) s for $(( draws * 9 )) trainings and evaluations"
echo "# size variant median-rem-err% median-macro-F1 best-err-draws best-F1-draws"
awk '
    function median(list,   n, v, i, j, t) {
        n = split(list, v, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
            if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
        return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    {
        key = $1 " " $3; err[key] = err[key] " " $4; f1[key] = f1[key] " " $5
        cell = $1 " " $2
        if (!(cell in lowErr) || $4 + 0 < lowErr[cell]) { lowErr[cell] = $4; errWin[cell] = $3 }
        if (!(cell in highF1) || $5 + 0 > highF1[cell]) { highF1[cell] = $5; f1Win[cell] = $3 }
    }
    END {
        for (cell in errWin) { split(cell, c, " "); errWins[c[1] " " errWin[cell]]++ }
        for (cell in f1Win) { split(cell, c, " "); f1Wins[c[1] " " f1Win[cell]]++ }
        for (key in err)
            printf "%s %.1f %.3f %d %d\n", key, median(err[key]), median(f1[key]),
                errWins[key], f1Wins[key]
    }' "$work/lines" | sort -k1,1n -k2,2
