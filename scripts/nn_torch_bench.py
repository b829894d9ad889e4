#!/usr/bin/env python3
"""PyTorch side of `NeuralNetBenchmark`, measured the same way in the same session.

Uses the network definitions of /work/shared/anchors/pytorch-resnet-bench.py (network A: the
Wang et al. ResNet on (batch, 6, 128) + 8 features, head of 2; loss MSE + BCE-with-logits; Adam
lr 1e-3). With one thread the figures are per process-CPU second, with more threads per wall
second -- exactly as the Swift benchmark reports them -- so that a machine shared with other
jobs skews both sides alike.

Usage: python scripts/nn_torch_bench.py [--anchor PATH] [--seconds 4] [--threads 1 2]
"""
import argparse
import importlib.util
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--anchor", default="/work/shared/anchors/pytorch-resnet-bench.py")
    ap.add_argument("--seconds", type=float, default=4.0)
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    a = ap.parse_args()
    anchor = load_anchor(a.anchor)
    for threads in a.threads:
        torch.set_num_threads(threads)
        serial = threads == 1
        tag = f"[torch {threads} thread{'s' if threads > 1 else ''}]"
        n = 1024
        x, y, c = torch.randn(n, n), torch.randn(n, n), torch.empty(n, n)
        g = rate(lambda: torch.mm(x, y, out=c), a.seconds / 2, serial) * 2 * n ** 3 / 1e9
        print(f"{tag} GEMM 1024²: {g:.1f} GFLOP/s", flush=True)
        for batch in (64, 256):
            torch.manual_seed(0)
            model = anchor.ResNet1D().train()
            opt = torch.optim.Adam(model.parameters(), lr=1e-3)
            gen = torch.Generator().manual_seed(1)
            xs, tab, yr, yc = anchor.make_batch("ts", batch, gen)

            def step():
                opt.zero_grad(set_to_none=True)
                anchor.loss_fn(model(xs, tab), yr, yc).backward()
                opt.step()

            r = rate(step, a.seconds, serial) * batch
            print(f"{tag} training batch {batch}: {r:.0f} samples/s", flush=True)
        torch.manual_seed(0)
        model = anchor.ResNet1D().eval()
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
            throughput = rate(lambda: model(x256, t256), a.seconds, serial) * 256
        print(f"{tag} inference: batch 1 median {statistics.median(times) * 1e3:.3f} ms; "
              f"batch 256 {throughput:.0f} samples/s", flush=True)


if __name__ == "__main__":
    main()
