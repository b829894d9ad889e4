#!/usr/bin/env bash
# Issue 19: the degradation experiment of He et al. (2016, Fig. 1) on the surrogate's data.
# Plain and residual networks (`courant surrogate train --blocks N [--plain]`: the same layers
# with and without shortcuts) at several depths, each trained with the same budget: the same
# data (the shipped model's families; backward-facing-step and shallow-cavity held out), the
# same number of epochs and so the same number of optimiser steps, no early stop (patience =
# epochs; the weights kept are those of the best validation loss within the budget, as for
# every surrogate), the same seeds. Per network: the mean training loss of the last epoch (the
# mini-batch losses of that epoch, in training mode), the validation loss, and the held-out
# families' median % error of the remaining iterations, macro-F1 and 80% coverage at 50
# iterations (`courant surrogate evaluate` of the kept weights).
#
# usage: [KINDS=...] scripts/surrogate_depth_experiment.sh HISTORY.db OUT-DIR [EPOCHS] [SEEDS]
#            [DEPTHS] [COURANT] [EXTRA TRAIN OPTIONS...]
#   defaults: 30 epochs, seeds "1 2", depths "3 6 12 24", .build/release/courant; KINDS
#   "residual plain" (also: residual-zero-init, the residual network with each block's last
#   BatchNorm scale starting at 0, Goyal et al. 2017)
# writes OUT-DIR/epochs.tsv (depth kind seed epoch loss val-loss: every epoch of every run),
# OUT-DIR/runs.tsv (depth kind seed parameters final-loss val-loss rem-err% F1 coverage
# seconds), the models and their cards; prints runs.tsv and the median over seeds per depth and
# kind. scripts/surrogate_depth_plot.py draws the SVG of the model card from the two files.
set -euo pipefail
usage="usage: surrogate_depth_experiment.sh HISTORY.db OUT-DIR [EPOCHS] [SEEDS] [DEPTHS] [COURANT]"
history=${1:?$usage}
out=${2:?$usage}
epochs=${3:-30}
seeds=${4:-1 2}
depths=${5:-3 6 12 24}
kinds=${KINDS:-residual plain}
courant=${6:-.build/release/courant}
shift $(($# < 6 ? $# : 6))
extra=("$@")
mkdir -p "$out"
printf 'depth\tkind\tseed\tepoch\tloss\tval-loss\n' > "$out/epochs.tsv"
printf 'depth\tkind\tseed\tparameters\tfinal-loss\tval-loss\trem-err%%\tF1\tcoverage\tseconds\n' \
    > "$out/runs.tsv"
echo "# $(date -u +%FT%TZ) epochs $epochs, seeds $seeds, depths $depths, kinds $kinds," \
    "extra: ${extra[*]:-none}"
for seed in $seeds; do
    for depth in $depths; do
        for kind in $kinds; do
            stem=$out/$kind-$depth-s$seed
            flags=(--blocks "$depth")
            case $kind in
                residual) ;;
                plain) flags+=(--plain) ;;
                residual-zero-init) flags+=(--zero-init-last-norm) ;;
                *) echo "surrogate_depth_experiment.sh: KINDS: unknown kind $kind" >&2; exit 2 ;;
            esac
            start=$(date +%s.%N)
            "$courant" surrogate train --history "$history" --output "$stem" \
                --hold-out backward-facing-step --hold-out shallow-cavity \
                --epochs "$epochs" --patience "$epochs" --seed "$seed" "${flags[@]}" \
                "${extra[@]}" > "$stem.log"
            seconds=$(echo "$(date +%s.%N) - $start" | bc)
            # epoch   3/30  loss 1.2345  val-loss 1.4567  ...
            awk -v d="$depth" -v k="$kind" -v s="$seed" '$1 == "epoch" {
                split($2, e, "/"); printf "%s\t%s\t%s\t%d\t%s\t%s\n", d, k, s, e[1], $4, $6
            }' "$stem.log" >> "$out/epochs.tsv"
            last=$(awk '$1 == "epoch" { loss = $4; val = $6 } END { print loss "\t" val }' \
                "$stem.log")
            parameters=$(sed -n 's/.*(\([0-9]*\) parameters).*/\1/p' "$stem.log")
            # The surrogate's row at 50 iterations: rem-err% (5), F1 (6), coverage (8).
            at50=$("$courant" surrogate evaluate --history "$history" \
                --model "$stem.safetensors" |
                awk '$1 == "surrogate" && $2 == 50 { print $5 "\t" $6 "\t" $8 }')
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%.0f\n' "$depth" "$kind" "$seed" "$parameters" \
                "$last" "$at50" "$seconds" | tee -a "$out/runs.tsv"
        done
    done
done
echo "# median over seeds: depth kind final-loss val-loss rem-err% F1 coverage"
awk -F '\t' '
    function median(list,   n, v, i, j, t) {
        n = split(list, v, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
            if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
        return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    NR > 1 {
        key = $1 " " $2
        if (!(key in seen)) { order[++count] = key; seen[key] = 1 }
        for (c = 5; c <= 9; c++) values[key, c] = values[key, c] " " $c
    }
    END {
        for (i = 1; i <= count; i++) {
            line = order[i]
            for (c = 5; c <= 9; c++) line = line " " median(values[order[i], c])
            print line
        }
    }' "$out/runs.tsv"
