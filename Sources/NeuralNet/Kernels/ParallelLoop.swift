import Dispatch
import Foundation

/// Runs independent iterations on all cores: on a `WorkerPool` started at first use (one
/// worker per core besides the caller's), or with `DispatchQueue.concurrentPerform` where the
/// pool is unavailable.
///
/// Iterations must write disjoint memory; the caller decides the partition so that results do
/// not depend on scheduling (deterministic reductions are done afterwards in a fixed order).
/// The partition never depends on the number of threads either, so one thread and all cores
/// compute the same bits. Kernels are looked up on the calling thread and handed to the loop
/// body (`GEMM.blocked`, `Conv1d`); a build forced by `KernelDispatch.using` also holds on the
/// workers, so that `KernelDispatch.active` read inside a body is the caller's.
public enum ParallelLoop {
    /// Threads a loop runs on: the caller's and the pool's workers.
    public static var threads: Int {
        if #available(macOS 15.0, *) { return 1 + (pool?.workers ?? 0) }
        return ProcessInfo.processInfo.activeProcessorCount
    }

    /// Runs `body` with every loop it starts on the calling thread alone (`isSerial`).
    public static func serially<Result>(_ body: () throws -> Result) rethrows -> Result {
        try $isSerial.withValue(true, operation: body)
    }

    /// Calls `body(i)` for `i` in `0..<iterations`, concurrently when `iterations > 1`.
    static func forEach(_ iterations: Int, _ body: (Int) -> Void) {
        if iterations <= 1 || isSerial {
            for i in 0..<iterations { body(i) }
            return
        }
        if #available(macOS 15.0, *) {
            if let pool = Self.pool,
                pool.run(iterations, forced: KernelDispatch.forced, body)
            {
                return
            }
            // Held by another thread's loop, or called from inside one: run alone.
            for i in 0..<iterations { body(i) }
            return
        }
        concurrentlyPerform(iterations, body)
    }

    /// Elements an element-wise part should at least cover: below this, handing a part to
    /// another core costs more than it saves.
    static let grain = 16_384

    /// Calls `body(part)` for the parts of `0..<count` cut into pieces of at least `grain`
    /// elements (at most `batchChunks · 4` of them), concurrently; for element-wise passes,
    /// whose result does not depend on the cut.
    static func forEachPart(
        of count: Int, grain: Int, _ body: (Range<Int>) -> Void
    ) {
        let parts = max(1, min(4 * batchChunks, count / max(1, grain)))
        if parts == 1 {
            body(0..<count)
            return
        }
        forEach(parts) { part in
            body((part * count / parts)..<((part + 1) * count / parts))
        }
    }

    /// The process's workers: one per core besides the caller's (nil on one core).
    @available(macOS 15.0, *)
    static var pool: WorkerPool? { sharedPool.value as? WorkerPool }

    /// `pool`, typed loosely so that the stored property needs no availability.
    private static let sharedPool = PoolHolder(
        value: {
            let workers = ProcessInfo.processInfo.activeProcessorCount - 1
            guard workers > 0 else { return nil }
            if #available(macOS 15.0, *) { return WorkerPool(workers: workers) }
            return nil
        }())

    /// `DispatchQueue.concurrentPerform` with the caller's forced kernel build on every thread.
    private static func concurrentlyPerform(_ iterations: Int, _ body: (Int) -> Void) {
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

    /// Runs every loop on the calling thread (the benchmark's one-thread figures, and the
    /// tests that compare one thread with all cores). The partition is unchanged, so results
    /// are bit-identical either way. Task-local: it holds for the calling task only.
    @TaskLocal static var isSerial = false
}

/// Holds the pool for `ParallelLoop` (a stored `static let` of a type with availability).
private struct PoolHolder: @unchecked Sendable {
    let value: AnyObject?
}

/// A closure handed to worker threads; the writes it does are disjoint by construction.
private struct UncheckedSendableBody: @unchecked Sendable {
    let body: (Int) -> Void
}
