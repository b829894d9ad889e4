#!/usr/bin/env bash
# Training data for the convergence surrogate: a seeded random design of small cavity runs
# (three geometry families) over Reynolds number, mesh, coupling, scheme and relaxation,
# logged to one history database. cases/sweeps/surrogate-cavity.sweep is a grid over the
# same dimensions for `courant batch`; scripts/surrogate_sweep_cases.sh adds the channel,
# backward-facing-step and heated-cavity families.
#
# usage: scripts/surrogate_sweep.sh HISTORY.db [RUNS_PER_FAMILY] [JOBS] [COURANT]
#
# Families differ by geometry (case name = family): lid-driven-cavity (1 x 1),
# shallow-cavity (1 x 0.5), deep-cavity (1 x 2). The journals are derived from
# cases/lid-driven-cavity.jou with the relaxation, scheme, coupling and geometry lines made
# parameters, and stall detection switched on (window 100, stop) so stalled runs end as such.
set -euo pipefail
history=${1:?usage: surrogate_sweep.sh HISTORY.db [RUNS_PER_FAMILY] [JOBS] [COURANT]}
per_family=${2:-100}
jobs=${3:-2}
courant=${4:-.build/release/courant}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

derive() { # family height
    sed -e "s|^/file/case-name .*|/file/case-name $1|" \
        -e "s|^/mesh/y-edges .*|/mesh/y-edges \"0 $2\"|" \
        -e 's|^/mesh/cells-y .*|/mesh/cells-y {cellsy}|' \
        -e 's|^/solve/set/p-v-coupling .*|/solve/set/p-v-coupling {coupling}|' \
        -e 's|^/solve/set/discretization-scheme/mom .*|/solve/set/discretization-scheme/mom {scheme}|' \
        -e 's|^/solve/set/under-relaxation/pressure .*|/solve/set/under-relaxation/pressure {urfp}|' \
        -e 's|^/solve/set/under-relaxation/mom .*|/solve/set/under-relaxation/mom {urfm}|' \
        -e 's|^/solve/monitors/residual/convergence-criteria .*|/solve/monitors/residual/convergence-criteria {criterion} {criterion} {criterion}\n/solve/monitors/stall/active? yes\n/solve/monitors/stall/window 100\n/solve/monitors/stall/stop-on-stall? yes|' \
        "$root/cases/lid-driven-cavity.jou" > "$work/$1.jou"
    sed -i '/^(parameter iterations/a (parameter cellsy 33 "cells across the height")\n(parameter coupling SIMPLEC "p-v coupling")\n(parameter scheme second-order-upwind "momentum scheme")\n(parameter urfp 1 "pressure relaxation")\n(parameter urfm 0.9 "momentum relaxation")\n(parameter criterion 1e-5 "residual criterion")' "$work/$1.jou"
}
derive lid-driven-cavity 1
derive shallow-cavity 0.5
derive deep-cavity 2

# One line per run: journal and --set arguments, drawn by awk's seeded generator.
awk -v n="$per_family" -v dir="$work" 'BEGIN {
    srand(20261129)
    split("lid-driven-cavity shallow-cavity deep-cavity", family, " ")
    split("1 0.5 2", height, " ")
    split("9 13 17 21 25 33 41 49", cells, " ")
    split("10 30 100 200 400 700 1000 2000", re, " ")
    split("0.1 0.2 0.3 0.5 0.7 0.9 1", urfp, " ")
    split("0.3 0.5 0.7 0.8 0.9 0.95", urfm, " ")
    split("1e-4 1e-5 1e-6", crit, " ")
    split("300 600 1000", limit, " ")
    for (f = 1; f <= 3; f++) for (i = 0; i < n; i++) {
        c = cells[1 + int(rand() * 8)]
        cy = int(c * height[f] + 0.5); if (cy < 5) cy = 5
        printf "%s/%s.jou Re=%s cells=%s cellsy=%s coupling=%s scheme=%s urfp=%s urfm=%s criterion=%s iterations=%s\n",
            dir, family[f], re[1 + int(rand() * 8)], c, cy,
            (rand() < 0.5 ? "SIMPLE" : "SIMPLEC"),
            (rand() < 0.5 ? "first-order-upwind" : "second-order-upwind"),
            urfp[1 + int(rand() * 7)], urfm[1 + int(rand() * 6)], crit[1 + int(rand() * 3)],
            limit[1 + int(rand() * 3)]
    }
}' > "$work/runs.txt"

"$root/scripts/surrogate_run_lines.sh" "$work/runs.txt" "$history" "$jobs" "$courant"
