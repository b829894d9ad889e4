#!/usr/bin/env python3
"""SVG plot of the degradation experiment (scripts/surrogate_depth_experiment.sh), standard
library only.

Three panels, medians over the seeds: the training loss of every epoch for each depth
(residual solid, plain dashed, residual with zero-initialised last norms dotted; one colour per
depth), as He et al. (2016) Fig. 1 draws it;
the training loss of the last epoch against depth; the held-out families' median % error of
the remaining iterations at 50 iterations against depth.

usage: python3 scripts/surrogate_depth_plot.py OUT-DIR FILE.svg
       (reads OUT-DIR/epochs.tsv and OUT-DIR/runs.tsv)
"""
import csv
import math
import statistics
import sys
from collections import defaultdict

COLOURS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"]
# Line dashes and markers of each kind of network the experiment trains.
DASHES = {"residual": None, "plain": "6,4", "residual-zero-init": "2,3"}
MARKERS = {"residual": "circle", "plain": "square", "residual-zero-init": "diamond"}
WIDTH, HEIGHT = 1020, 400
PANEL_W, PANEL_H = 260, 250
TOP, LEFT0, GAP = 60, 70, 80


def read(path):
    with open(path) as f:
        return list(csv.DictReader(f, delimiter="\t"))


def ticks(low, high, count=5):
    """Round tick values covering [low, high]."""
    span = high - low or 1.0
    step = 10 ** math.floor(math.log10(span / count))
    for factor in (1, 2, 2.5, 5, 10):
        if span / (step * factor) <= count:
            step *= factor
            break
    first = math.floor(low / step) * step
    values, v = [], first
    while not values or values[-1] < high - step * 1e-9:
        values.append(round(v, 10))
        v += step
    return values


class Panel:
    def __init__(self, index, title, xlabel, ylabel, xs, ys, xlog=False, xticks=None):
        self.left = LEFT0 + index * (PANEL_W + GAP)
        self.title, self.xlabel, self.ylabel = title, xlabel, ylabel
        self.xlog = xlog
        self.xmin, self.xmax = min(xs), max(xs)
        if xlog:
            self.xmin, self.xmax = math.log2(self.xmin), math.log2(self.xmax)
        self.yticks = ticks(min(ys), max(ys))
        self.ymin, self.ymax = self.yticks[0], self.yticks[-1]
        self.xticks = xticks or ticks(min(xs), max(xs))
        self.svg = []

    def x(self, value):
        v = math.log2(value) if self.xlog else value
        return self.left + (v - self.xmin) / ((self.xmax - self.xmin) or 1) * PANEL_W

    def y(self, value):
        return TOP + PANEL_H - (value - self.ymin) / ((self.ymax - self.ymin) or 1) * PANEL_H

    def frame(self):
        s = self.svg
        s.append(f'<rect x="{self.left}" y="{TOP}" width="{PANEL_W}" height="{PANEL_H}" '
                 'fill="none" stroke="#444"/>')
        s.append(f'<text x="{self.left + PANEL_W / 2}" y="{TOP - 12}" text-anchor="middle" '
                 f'font-weight="bold">{self.title}</text>')
        for t in self.yticks:
            y = self.y(t)
            s.append(f'<line x1="{self.left}" x2="{self.left + PANEL_W}" y1="{y:.1f}" '
                     f'y2="{y:.1f}" stroke="#ddd"/>')
            s.append(f'<text x="{self.left - 6}" y="{y + 4:.1f}" text-anchor="end">{t:g}</text>')
        for t in self.xticks:
            x = self.x(t)
            s.append(f'<text x="{x:.1f}" y="{TOP + PANEL_H + 16}" text-anchor="middle">{t:g}'
                     '</text>')
        s.append(f'<text x="{self.left + PANEL_W / 2}" y="{TOP + PANEL_H + 36}" '
                 f'text-anchor="middle">{self.xlabel}</text>')
        s.append(f'<text transform="translate({self.left - 48},{TOP + PANEL_H / 2}) '
                 f'rotate(-90)" text-anchor="middle">{self.ylabel}</text>')

    def line(self, points, colour, dashes, marker=None):
        path = " ".join(f"{self.x(px):.1f},{self.y(py):.1f}" for px, py in points)
        dash = f' stroke-dasharray="{dashes}"' if dashes else ""
        self.svg.append(f'<polyline points="{path}" fill="none" stroke="{colour}" '
                        f'stroke-width="1.8"{dash}/>')
        for px, py in points if marker else []:
            cx, cy = self.x(px), self.y(py)
            if marker == "circle":
                self.svg.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3.5" fill="{colour}"/>')
            elif marker == "diamond":
                self.svg.append(f'<polygon points="{cx:.1f},{cy - 4.5:.1f} {cx + 4.5:.1f},{cy:.1f} '
                                f'{cx:.1f},{cy + 4.5:.1f} {cx - 4.5:.1f},{cy:.1f}" '
                                f'fill="{colour}"/>')
            else:
                self.svg.append(f'<rect x="{cx - 3.5:.1f}" y="{cy - 3.5:.1f}" width="7" '
                                f'height="7" fill="white" stroke="{colour}"/>')


def main():
    folder, output = sys.argv[1], sys.argv[2]
    epochs, runs = read(f"{folder}/epochs.tsv"), read(f"{folder}/runs.tsv")
    depths = sorted({int(r["depth"]) for r in runs})
    colour = {d: COLOURS[i % len(COLOURS)] for i, d in enumerate(depths)}
    curves = defaultdict(lambda: defaultdict(list))
    for r in epochs:
        curves[(int(r["depth"]), r["kind"])][int(r["epoch"])].append(float(r["loss"]))
    final = defaultdict(list)
    error = defaultdict(list)
    for r in runs:
        final[(int(r["depth"]), r["kind"])].append(float(r["final-loss"]))
        error[(int(r["depth"]), r["kind"])].append(float(r["rem-err%"]))
    median = {key: {e: statistics.median(v) for e, v in c.items()} for key, c in curves.items()}
    all_losses = [v for c in median.values() for v in c.values()]
    # The first epochs of the deep plain networks can lie far above the rest: clip the axis
    # at the highest loss from epoch 3 on, so that the end of training stays readable.
    late = [v for c in median.values() for e, v in c.items() if e >= 3] or all_losses
    top = max(late)
    last_epoch = max(e for c in median.values() for e in c)

    p1 = Panel(0, "Training loss by epoch", "epoch", "training loss",
               [1, last_epoch], [min(all_losses), top],
               xticks=list(range(0, last_epoch + 1, max(1, last_epoch // 6))))
    p2 = Panel(1, f"Training loss after {last_epoch} epochs", "blocks (log scale)",
               "training loss", depths,
               [statistics.median(v) for v in final.values()], xlog=True, xticks=depths)
    p3 = Panel(2, "Held-out error at 50 iterations", "blocks (log scale)",
               "median % error of remaining iterations", depths,
               [statistics.median(v) for v in error.values()], xlog=True, xticks=depths)
    for p in (p1, p2, p3):
        p.frame()
    for (depth, kind), curve in sorted(median.items()):
        points = [(e, min(v, top)) for e, v in sorted(curve.items())]
        p1.line(points, colour[depth], DASHES[kind])
    kinds = [k for k in DASHES if any(key[1] == k for key in final)]
    for kind in kinds:
        for panel, values in ((p2, final), (p3, error)):
            points = [(d, statistics.median(values[(d, kind)])) for d in depths
                      if (d, kind) in values]
            panel.line(points, "#222", DASHES[kind], MARKERS[kind])
    legend = []
    x = LEFT0
    y = HEIGHT - 36
    for depth in depths:
        legend.append(f'<line x1="{x}" x2="{x + 24}" y1="{y - 4}" y2="{y - 4}" '
                      f'stroke="{colour[depth]}" stroke-width="2"/>'
                      f'<text x="{x + 30}" y="{y}">{depth} blocks</text>')
        x += 110
    styles = {"residual": "solid / circles: residual", "plain": "dashed / squares: plain",
              "residual-zero-init": "dotted / diamonds: residual, last norms zero"}
    legend.append(f'<text x="{LEFT0}" y="{HEIGHT - 12}">'
                  f'{";  ".join(styles[k] for k in kinds)}</text>')
    seeds = len({r["seed"] for r in runs})
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
           f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
           f'<text x="{WIDTH / 2}" y="22" text-anchor="middle" font-size="15">Plain against '
           f'residual networks on the surrogate data (median of {seeds} seeds)</text>']
    for p in (p1, p2, p3):
        svg += p.svg
    svg += legend + ["</svg>"]
    with open(output, "w") as f:
        f.write("\n".join(svg) + "\n")


if __name__ == "__main__":
    main()
