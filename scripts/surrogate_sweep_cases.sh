#!/usr/bin/env bash
# More surrogate training data from the project's other case journals, varied through
# `courant run --set NAME=VALUE` (journal parameters) and `--set /tui/path=VALUE` (settings):
# channel, backward-facing-step and heated-cavity families, with the same stall monitor as
# scripts/surrogate_sweep.sh (window 100, stop on stall). Criteria stay the journals' own
# (a multi-value setting cannot be given through one --set).
#
# usage: scripts/surrogate_sweep_cases.sh HISTORY.db [RUNS_PER_FAMILY] [JOBS] [COURANT]
set -euo pipefail
history=${1:?usage: surrogate_sweep_cases.sh HISTORY.db [RUNS_PER_FAMILY] [JOBS] [COURANT]}
per_family=${2:-100}
jobs=${3:-2}
courant=${4:-.build/release/courant}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

awk -v n="$per_family" -v cases="$root/cases" 'BEGIN {
    srand(20261130)
    split("0.1 0.2 0.3 0.5 0.7 0.9 1", urfp, " ")
    split("0.3 0.5 0.7 0.8 0.9 0.95", urfm, " ")
    split("300 600 1000", limit, " ")
    stall = "/solve/monitors/stall/active?=yes /solve/monitors/stall/window=100 " \
        "/solve/monitors/stall/stop-on-stall?=yes"
    for (f = 1; f <= 3; f++) for (i = 0; i < n; i++) {
        controls = sprintf("/solve/set/p-v-coupling=%s /solve/set/discretization-scheme/mom=%s " \
            "/solve/set/under-relaxation/pressure=%s /solve/set/under-relaxation/mom=%s " \
            "iterations=%s %s",
            (rand() < 0.5 ? "SIMPLE" : "SIMPLEC"),
            (rand() < 0.5 ? "first-order-upwind" : "second-order-upwind"),
            urfp[1 + int(rand() * 7)], urfm[1 + int(rand() * 6)], limit[1 + int(rand() * 3)],
            stall)
        if (f == 1) {
            printf "%s/channel.jou Re=%d cells_along=%d cells_across=%d %s\n",
                cases, 10 + int(rand() * 490), 20 + 10 * int(rand() * 5),
                6 + 2 * int(rand() * 6), controls
        } else if (f == 2) {
            printf "%s/backward-facing-step.jou Re=%d cells=%d length=%d %s\n",
                cases, 10 + int(rand() * 390), 3 + int(rand() * 5), 10 + 5 * int(rand() * 3),
                controls
        } else {
            printf "%s/heated-cavity.jou Ra=%d cells=%d %s\n",
                cases, 10 ^ (3 + rand() * 2.5), 9 + 4 * int(rand() * 7), controls
        }
    }
}' > "$work/runs.txt"

"$root/scripts/surrogate_run_lines.sh" "$work/runs.txt" "$history" "$jobs" "$courant"
