#!/usr/bin/env python3
"""Cross-check Courant's NeuralNet engine against PyTorch on the same weights (developer tool).

1. Courant writes a model file and a dump of inputs, outputs, gradients and post-Adam weights:
       courant benchmark nn-crosscheck DIR [--block basic|bottleneck] [--plain]
   (NeuralNetCrossCheck.write), or let this script run it: --courant PATH-TO-courant
   [--block bottleneck] [--plain].
2. This script rebuilds the network in PyTorch from the model file's `architecture` metadata,
   loads the weights with safetensors, and compares:
     - inference outputs (running BatchNorm statistics)          tolerance 1e-4 (max abs)
     - training-mode outputs and the loss                        tolerance 1e-4
     - gradients of every parameter after one backward           tolerance 1e-3 (max abs / max|g|)
     - weights and running statistics after one Adam step        tolerance 1e-4
   Exit status 0 when everything is within tolerance.

Needs: torch, safetensors, numpy (pip install 'torch==2.13.0+cpu' safetensors numpy in a venv).
"""
import argparse
import json
import os
import subprocess
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
from safetensors import safe_open
from safetensors.torch import load_file


class ConvResidualBlock(nn.Module):
    """Courant's convolutional block; attribute names match Courant's tensor names.

    basic: one conv per kernel size, all `filters` wide (Wang et al. 2017);
    bottleneck: 1x1 conv to filters // expansion, the k-wide convs at that width, 1x1 conv back
    to `filters` (He et al. 2016). Each conv is followed by a BatchNorm, and by a ReLU except
    the last. With shortcuts, out = ReLU(main + shortcut) with a 1x1 conv + BN projection where
    the channels change; plain: out = ReLU(main)."""

    def __init__(self, cin, filters, a):
        super().__init__()
        kernels = a["kernelSizes"]
        if a.get("blockDesign", "basic") == "bottleneck":
            reduced = filters // a.get("bottleneckExpansion", 4)
            layers = [(1, reduced)] + [(k, reduced) for k in kernels] + [(1, filters)]
        else:
            layers = [(k, filters) for k in kernels]
        self.count = len(layers)
        c = cin
        for i, (k, width) in enumerate(layers):
            setattr(self, f"conv{i}", nn.Conv1d(c, width, k, padding="same"))
            setattr(self, f"norm{i}", nn.BatchNorm1d(width))
            c = width
        self.shortcuts = a.get("shortcuts", True)
        self.has_projection = self.shortcuts and cin != filters
        if self.has_projection:
            self.shortcut_conv = nn.Conv1d(cin, filters, 1)
            self.shortcut_norm = nn.BatchNorm1d(filters)

    def forward(self, x):
        h = x
        for i in range(self.count):
            h = getattr(self, f"norm{i}")(getattr(self, f"conv{i}")(h))
            if i < self.count - 1:
                h = F.relu(h)
        if not self.shortcuts:
            return F.relu(h)
        s = self.shortcut_norm(self.shortcut_conv(x)) if self.has_projection else x
        return F.relu(h + s)


class ResidualMLPBlock(nn.Module):
    """Gorishniy et al. (2021) block: x + Linear1(Dropout(ReLU(Linear0(Norm(x)))))."""

    def __init__(self, width, hidden, norm):
        super().__init__()
        self.norm = nn.BatchNorm1d(width) if norm != "layer" else nn.LayerNorm(width)
        self.linear0 = nn.Linear(width, hidden)
        self.linear1 = nn.Linear(hidden, width)

    def forward(self, x):
        return x + self.linear1(F.relu(self.linear0(self.norm(x))))


class ResNet(nn.Module):
    def __init__(self, a):
        super().__init__()
        self.tabular = a["tabularFeatures"]
        blocks, c = [], a["inputChannels"]
        for f in a["filters"]:
            blocks.append(ConvResidualBlock(c, f, a))
            c = f
        self.blocks = nn.ModuleList(blocks)
        width = self.tabular
        self.has_mlp = a["mlpBlocks"] > 0
        if self.has_mlp:
            self.feature_input = nn.Linear(self.tabular, a["mlpWidth"])
            self.feature_blocks = nn.ModuleList(
                [ResidualMLPBlock(a["mlpWidth"], a["mlpHiddenWidth"], a["mlpNormalisation"])
                 for _ in range(a["mlpBlocks"])])
            self.feature_norm = (nn.BatchNorm1d(a["mlpWidth"]) if a["mlpNormalisation"] != "layer"
                                 else nn.LayerNorm(a["mlpWidth"]))
            width = a["mlpWidth"]
        self.head = nn.Linear(c + width, a["outputs"])

    def forward(self, x, tab):
        for block in self.blocks:
            x = block(x)
        h = x.mean(dim=2)
        if self.tabular == 0:
            return self.head(h)
        f = tab
        if self.has_mlp:
            f = self.feature_input(f)
            for block in self.feature_blocks:
                f = block(f)
            f = F.relu(self.feature_norm(f))
        return self.head(torch.cat([h, f], dim=1))


def loss_fn(out, target):
    """Cross-entropy on out[:, 0:4] (class in target[:, 0]) + Gaussian NLL of target[:, 1]
    with mean out[:, 4] and log-variance out[:, 5] (without the constant)."""
    labels = target[:, 0].long()
    mean, log_var, y = out[:, 4], out[:, 5], target[:, 1]
    nll = (0.5 * (log_var + (y - mean) ** 2 * torch.exp(-log_var))).mean()
    return F.cross_entropy(out[:, :4], labels) + nll


def max_abs(a, b):
    return (a.double() - b.double()).abs().max().item()


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default="/tmp/courant-nn-crosscheck")
    ap.add_argument("--courant", help="path of the courant executable to run first")
    ap.add_argument("--command", nargs="+", default=["benchmark", "nn-crosscheck"],
                    help="courant sub-command that writes the files into DIR")
    ap.add_argument("--block", default="basic", choices=["basic", "bottleneck"],
                    help="with --courant: the block design of the network it writes")
    ap.add_argument("--plain", action="store_true",
                    help="with --courant: a network without shortcuts")
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    if a.courant:
        subprocess.run([a.courant, *a.command, a.dir, "--block", a.block]
                       + (["--plain"] if a.plain else []), check=True)
    model_path = os.path.join(a.dir, "model.safetensors")
    dump_path = os.path.join(a.dir, "crosscheck.safetensors")

    torch.set_default_dtype(torch.float32)
    with safe_open(model_path, "pt") as f:
        meta = f.metadata()
    arch = json.loads(meta["architecture"])
    print(f"model {model_path}: format {meta['format']} v{meta['format_version']}, "
          f"architecture {arch}")
    state = load_file(model_path)
    dump = load_file(dump_path)

    model = ResNet(arch)
    missing, unexpected = model.load_state_dict(state, strict=False)
    missing = [k for k in missing if not k.endswith("num_batches_tracked")]
    if missing or unexpected:
        sys.exit(f"state mismatch: missing {missing}, unexpected {unexpected}")
    x, tab, target = dump["input.sequences"], dump["input.features"], dump["target"]

    results = []

    def report(name, value, tol):
        ok = value <= tol
        results.append(ok)
        print(f"{'ok  ' if ok else 'FAIL'} {name:<44} {value:.3e}  (tolerance {tol:g})")

    model.eval()
    with torch.no_grad():
        report("inference output, max |diff|",
               max_abs(model(x, tab), dump["output.inference"]), 1e-4)

    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    opt.zero_grad()
    out = model(x, tab)
    loss = loss_fn(out, target)
    loss.backward()
    report("training output, max |diff|", max_abs(out.detach(), dump["output.training"]), 1e-4)
    report("loss, |diff|", abs(loss.item() - dump["loss"].item()), 1e-4)
    worst_name, worst = "", 0.0
    for name, p in model.named_parameters():
        g = dump[f"grad.{name}"]
        scale = max(p.grad.abs().max().item(), 1e-3)
        rel = max_abs(p.grad, g) / scale
        if rel >= worst:
            worst_name, worst = name, rel
    report(f"gradients, worst max|diff|/max|g| ({worst_name})", worst, 1e-3)
    # Adam's first step moves each weight by about lr·sign(g); where the exact gradient is zero
    # (a conv bias feeding a training-mode BatchNorm) the sign is rounding noise on both sides,
    # so those elements (|g| < 1e-6) are left out of the comparison and counted.
    grads = {name: p.grad.detach().clone() for name, p in model.named_parameters()}
    opt.step()
    after = {k: v for k, v in model.state_dict().items() if not k.endswith("num_batches_tracked")}
    worst_name, worst, skipped = "", 0.0, 0
    for name, value in after.items():
        if name in grads:
            mask = grads[name].abs() >= 1e-6
        else:
            mask = torch.ones_like(value, dtype=torch.bool)
        skipped += int((~mask).sum())
        if mask.any():
            d = max_abs(value[mask], dump[f"after.{name}"][mask])
            if d >= worst:
                worst_name, worst = name, d
    report(f"after one Adam step, max |diff| ({worst_name}; "
           f"{skipped} zero-gradient elements left out)", worst, 1e-4)
    print("PASS" if all(results) else "FAIL")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
