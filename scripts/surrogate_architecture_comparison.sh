#!/usr/bin/env bash
# Issue 19: do deeper or bottleneck networks improve the surrogate's held-out figures over the
# shipped three-block network? Each architecture is trained exactly as the shipped model is
# (models/convergence-v2.md: the same history, backward-facing-step and shallow-cavity held
# out, at most 40 epochs, early stopping with patience 8) with each seed, and scored on the
# held-out families at 50 iterations: median % error of the remaining iterations, outcome
# macro-F1, 80% interval coverage (`courant surrogate evaluate`).
#
# usage: scripts/surrogate_architecture_comparison.sh HISTORY.db OUT-DIR [SEEDS] [COURANT]
#            [ARCHITECTURES...]
#   an architecture is a name and `courant surrogate train` options, e.g.
#   "bottleneck-6:--blocks 6 --block bottleneck --width 64"; default: the shipped network,
#   6 and 12 basic blocks, 3, 6 and 12 bottleneck blocks of width 64.
# prints and writes OUT-DIR/comparison.tsv: name seed parameters epochs rem-err% F1 coverage
# seconds
set -euo pipefail
usage="usage: surrogate_architecture_comparison.sh HISTORY.db OUT-DIR [SEEDS] [COURANT] [ARCH...]"
history=${1:?$usage}
out=${2:?$usage}
seeds=${3:-1 2}
courant=${4:-.build/release/courant}
shift $(($# < 4 ? $# : 4))
architectures=("$@")
if [ ${#architectures[@]} -eq 0 ]; then
    architectures=(
        "basic-3:"
        "basic-6:--blocks 6"
        "basic-12:--blocks 12"
        "bottleneck-3:--blocks 3 --block bottleneck --width 64"
        "bottleneck-6:--blocks 6 --block bottleneck --width 64"
        "bottleneck-12:--blocks 12 --block bottleneck --width 64"
    )
fi
mkdir -p "$out"
printf 'name\tseed\tparameters\tepochs\trem-err%%\tF1\tcoverage\tseconds\n' \
    | tee "$out/comparison.tsv"
for seed in $seeds; do
    for architecture in "${architectures[@]}"; do
        name=${architecture%%:*}
        read -r -a options <<< "${architecture#*:}"
        stem=$out/$name-s$seed
        start=$(date +%s.%N)
        "$courant" surrogate train --history "$history" --output "$stem" \
            --hold-out backward-facing-step --hold-out shallow-cavity --epochs 40 \
            --seed "$seed" "${options[@]}" > "$stem.log"
        seconds=$(echo "$(date +%s.%N) - $start" | bc)
        parameters=$(sed -n 's/.*(\([0-9]*\) parameters).*/\1/p' "$stem.log")
        epochs=$(grep -c '^epoch' "$stem.log")
        at50=$("$courant" surrogate evaluate --history "$history" --model "$stem.safetensors" |
            awk '$1 == "surrogate" && $2 == 50 { print $5 "\t" $6 "\t" $8 }')
        printf '%s\t%s\t%s\t%s\t%s\t%.0f\n' "$name" "$seed" "$parameters" "$epochs" "$at50" \
            "$seconds" | tee -a "$out/comparison.tsv"
    done
done
