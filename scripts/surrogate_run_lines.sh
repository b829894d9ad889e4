#!/usr/bin/env bash
# Runs `courant run` once per line of RUNS.txt (JOURNAL NAME=VALUE ...; a NAME starting with /
# is a TUI setting), JOBS at a time, logging to HISTORY.db. A run's failure is its status in
# the history, so it never stops the sweep. Used by the surrogate_sweep*.sh scripts.
#
# usage: scripts/surrogate_run_lines.sh RUNS.txt HISTORY.db JOBS COURANT
set -euo pipefail
runs=$(realpath "${1:?usage: surrogate_run_lines.sh RUNS.txt HISTORY.db JOBS COURANT}")
run_one() {
    local journal=$1; shift
    local sets=()
    for assignment in "$@"; do sets+=(--set "$assignment"); done
    "$COURANT" run "$journal" "${sets[@]}" --history "$HISTORY" --quiet >/dev/null 2>&1 || true
}
export -f run_one
# Absolute paths, then a scratch working directory: files a journal writes (the heated
# cavity's line profiles) land there instead of where the sweep was started.
history=$(realpath -m "${2:?}")
courant=${4:?}
[[ $courant == */* ]] && courant=$(realpath "$courant")
export HISTORY=$history COURANT=$courant
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
echo "surrogate sweep: $(wc -l < "$runs") runs, ${3:?} at a time, into $HISTORY"
xargs -P "$3" -L 1 bash -c 'run_one "$@"' _ < "$runs"
echo "surrogate sweep: done"
