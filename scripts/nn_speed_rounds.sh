#!/bin/bash
# Alternating rounds of `courant benchmark nn` for two binaries (before/after a change), the
# order reversed every round, with the load average before each run; prints the one-thread
# lines and, at the end, the per-round after/before speed ratios and their medians.
# Usage: scripts/nn_speed_rounds.sh BEFORE_BINARY AFTER_BINARY [ROUNDS]   (default 7)
set -euo pipefail
before=$1 after=$2 rounds=${3:-7}
log=$(mktemp)
for ((r = 1; r <= rounds; r++)); do
    if ((r % 2)); then order="before after"; else order="after before"; fi
    for side in $order; do
        if [ "$side" = before ]; then binary=$before; else binary=$after; fi
        echo "=== round $r $side $(date +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$log"
        "$binary" benchmark nn 2>&1 | grep -E '^\[1 thread\] (GEMM|training|paper inference)' \
            | tee -a "$log"
    done
done
python3 - "$log" <<'PY'
import re, statistics, sys
rounds = {}
side = None
for line in open(sys.argv[1]):
    m = re.match(r'=== round (\d+) (\w+)', line)
    if m:
        side = rounds.setdefault(int(m[1]), {}).setdefault(m[2], {})
        continue
    if 'GEMM' in line:
        side['GEMM'] = float(re.search(r'([\d.]+) GFLOP', line)[1])
    m = re.search(r'\] training batch (\d+): (\d+) samples', line)
    if m:
        side['training b' + m[1]] = float(m[2])
    m = re.search(r'batch 1 median ([\d.]+) ms.*batch 256 (\d+) samples', line)
    if m:
        side['latency (inverse)'] = 1 / float(m[1])
        side['inference b256'] = float(m[2])
print('after/before speed ratio: median (range) over', len(rounds), 'rounds')
for key in ['GEMM', 'training b64', 'training b256', 'inference b256', 'latency (inverse)']:
    ratios = [r['after'][key] / r['before'][key] for r in rounds.values()]
    print(f'  {key}: {statistics.median(ratios):.3f} ({min(ratios):.3f}-{max(ratios):.3f})')
PY
rm -f "$log"
