#!/usr/bin/env python3
"""PyTorch side of `NeuralNetBenchmark`, measured the same way in the same session.

Uses the network definitions of /work/shared/anchors/pytorch-resnet-bench.py (network A: the
Wang et al. ResNet on (batch, 6, 128) + 8 features, head of 2; loss MSE + BCE-with-logits; Adam
lr 1e-3), and for the bottleneck network (`BOTTLENECK` below) the architecture-driven model of
scripts/pytorch_crosscheck.py, which that script checks against Courant's numbers. With one
thread the figures are per process-CPU second, with more threads per wall second -- exactly as
the Swift benchmark reports them -- so that a machine shared with other jobs skews both sides
alike.

Usage: python scripts/nn_torch_bench.py [--anchor PATH] [--seconds 4] [--threads 1 2]
                                        [--networks paper bottleneck]
"""
import argparse
import importlib.util
import os
import statistics
import time

import torch


def load_anchor(path):
    spec = importlib.util.spec_from_file_location("anchor", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def clock(serial):
    return time.process_time if serial else time.perf_counter


def rate(fn, seconds, serial):
    """Calls fn after one warm-up call until `seconds` have passed; returns calls per second."""
    fn()
    now = clock(serial)
    calls, elapsed = 0, 0.0
    while elapsed < seconds:
        t0 = now()
        fn()
        elapsed += now() - t0
        calls += 1
    return calls / elapsed


# Courant's `NeuralNetBenchmark.bottleneck`, as its model file's `architecture` metadata
# states it: 6 bottleneck blocks (filters 128, 256 x 5; 1x1 convs to a quarter, a 3-wide conv,
# 1x1 back; projections where the channels change) on network A's inputs and head.
BOTTLENECK = {
    "inputChannels": 6, "filters": [128, 256, 256, 256, 256, 256], "kernelSizes": [3],
    "blockDesign": "bottleneck", "tabularFeatures": 8, "mlpWidth": 64, "mlpHiddenWidth": 128,
    "mlpBlocks": 0, "mlpNormalisation": "batch", "dropout": 0, "outputs": 2,
}


def measure(tag, name, make_model, anchor, seconds, serial):
    """Training samples/s at batch 64 and 256, batch-1 median latency and batch-256
    inference samples/s of the model `make_model()` builds, printed as the Swift side does."""
    for batch in (64, 256):
        torch.manual_seed(0)
        model = make_model().train()
        opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        gen = torch.Generator().manual_seed(1)
        xs, tab, yr, yc = anchor.make_batch("ts", batch, gen)

        def step():
            opt.zero_grad(set_to_none=True)
            anchor.loss_fn(model(xs, tab), yr, yc).backward()
            opt.step()

        r = rate(step, seconds, serial) * batch
        print(f"{tag} {name}training batch {batch}: {r:.0f} samples/s", flush=True)
    torch.manual_seed(0)
    model = make_model().eval()
    gen = torch.Generator().manual_seed(2)
    x1, t1, _, _ = anchor.make_batch("ts", 1, gen)
    x256, t256, _, _ = anchor.make_batch("ts", 256, gen)
    with torch.inference_mode():
        for _ in range(20):
            model(x1, t1)
        now = clock(serial)
        times = []
        for _ in range(400):
            t0 = now()
            model(x1, t1)
            times.append(now() - t0)
        throughput = rate(lambda: model(x256, t256), seconds, serial) * 256
    print(f"{tag} {name}inference: batch 1 median {statistics.median(times) * 1e3:.3f} ms; "
          f"batch 256 {throughput:.0f} samples/s", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--anchor", default="/work/shared/anchors/pytorch-resnet-bench.py")
    ap.add_argument("--seconds", type=float, default=4.0)
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--networks", nargs="+", default=["paper", "bottleneck"],
                    choices=["paper", "bottleneck"])
    a = ap.parse_args()
    anchor = load_anchor(a.anchor)
    crosscheck = load_anchor(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                          "pytorch_crosscheck.py"))
    for threads in a.threads:
        torch.set_num_threads(threads)
        serial = threads == 1
        tag = f"[torch {threads} thread{'s' if threads > 1 else ''}]"
        n = 1024
        x, y, c = torch.randn(n, n), torch.randn(n, n), torch.empty(n, n)
        g = rate(lambda: torch.mm(x, y, out=c), a.seconds / 2, serial) * 2 * n ** 3 / 1e9
        print(f"{tag} GEMM 1024²: {g:.1f} GFLOP/s", flush=True)
        if "paper" in a.networks:
            measure(tag, "", anchor.ResNet1D, anchor, a.seconds, serial)
        if "bottleneck" in a.networks:
            measure(tag, "bottleneck ", lambda: crosscheck.ResNet(BOTTLENECK), anchor,
                    a.seconds, serial)


if __name__ == "__main__":
    main()
