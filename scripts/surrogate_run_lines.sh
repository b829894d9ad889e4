#!/usr/bin/env bash
# Runs `courant run` once per line of RUNS.txt (JOURNAL NAME=VALUE ...; a NAME starting with /
# is a TUI setting), JOBS at a time, logging to HISTORY.db. A run's failure is its status in
# the history, so it never stops the sweep. Used by the surrogate_sweep*.sh scripts.
#
# usage: scripts/surrogate_run_lines.sh RUNS.txt HISTORY.db JOBS COURANT
set -euo pipefail
runs=${1:?usage: surrogate_run_lines.sh RUNS.txt HISTORY.db JOBS COURANT}
run_one() {
    local journal=$1; shift
    local sets=()
    for assignment in "$@"; do sets+=(--set "$assignment"); done
    "$COURANT" run "$journal" "${sets[@]}" --history "$HISTORY" --quiet >/dev/null 2>&1 || true
}
export -f run_one
export HISTORY=${2:?} COURANT=${4:?}
echo "surrogate sweep: $(wc -l < "$runs") runs, ${3:?} at a time, into $HISTORY"
xargs -P "$3" -L 1 bash -c 'run_one "$@"' _ < "$runs"
echo "surrogate sweep: done"
