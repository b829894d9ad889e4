import Dispatch

/// Runs independent iterations on all cores with `DispatchQueue.concurrentPerform`.
///
/// Iterations must write disjoint memory; the caller decides the partition so that results do
/// not depend on scheduling (deterministic reductions are done afterwards in a fixed order).
/// Kernels are looked up on the calling thread and handed to the loop body (`GEMM.blocked`,
/// `Conv1d`); a build forced by `KernelDispatch.using` also holds on the workers, so that
/// `KernelDispatch.active` read inside a body is the caller's.
enum ParallelLoop {
    /// Calls `body(i)` for `i` in `0..<iterations`, concurrently when `iterations > 1`.
    static func forEach(_ iterations: Int, _ body: (Int) -> Void) {
        if iterations <= 1 || isSerial {
            for i in 0..<iterations { body(i) }
            return
        }
        let forced = KernelDispatch.forced
        withoutActuallyEscaping(body) { escapable in
            let shared = UncheckedSendableBody(body: escapable)
            DispatchQueue.concurrentPerform(iterations: iterations) { i in
                if let forced {
                    KernelDispatch.$forced.withValue(forced) { shared.body(i) }
                } else {
                    shared.body(i)
                }
            }
        }
    }

    /// Number of batch chunks a layer splits its work into: fixed, so that reductions over
    /// chunks are summed in the same order on every run (bit-for-bit reproducible training).
    static let batchChunks = 4

    /// Runs every loop on the calling thread (the benchmark's one-thread figures). The partition
    /// is unchanged, so results are bit-identical either way. Set only while no loop runs.
    nonisolated(unsafe) static var isSerial = false
}

/// A closure handed to worker threads; the writes it does are disjoint by construction.
private struct UncheckedSendableBody: @unchecked Sendable {
    let body: (Int) -> Void
}
