import Foundation
import Synchronization

/// Worker threads started once and kept for the process, that run `ParallelLoop`'s iterations
/// beside the calling thread.
///
/// Why not `DispatchQueue.concurrentPerform`: its workers go to sleep as soon as a loop ends,
/// and a network runs dozens of short loops per step (one or more per layer), so every loop
/// paid a wake-up on the other core before it could share the work; a batch-1 inference was
/// slower on two threads than on one. Here a worker that finishes a loop keeps polling for the
/// next one for `spinSeconds` before it sleeps on a condition, as OpenMP runtimes do.
///
/// Iterations are handed out one at a time from a shared counter, so a core slowed by another
/// process takes fewer of them; which thread runs an iteration never changes what it computes.
/// One loop at a time: a call made while another thread's loop runs (or from inside a loop)
/// is refused and the caller runs its loop alone.
@available(macOS 15.0, *)
final class WorkerPool: @unchecked Sendable {
    /// Threads besides the caller's.
    let workers: Int
    /// How long an idle worker polls for the next loop before sleeping (seconds).
    static let spinSeconds = 2e-4

    /// Counts published loops; workers poll it.
    private let generation = Atomic<Int>(0)
    /// Whether a caller holds the pool.
    private let held = Atomic<Bool>(false)
    /// Guards `current` and `sleepers`; idle workers wait on it.
    private let condition = NSCondition()
    private var current: Loop?
    private var sleepers = 0

    /// Starts `workers` threads.
    init(workers: Int) {
        self.workers = workers
        for index in 0..<workers {
            let thread = Thread { [self] in serve() }
            thread.name = "courant-nn-\(index + 1)"
            thread.start()
        }
    }

    /// Runs `body(i)` for every i in 0..<iterations on the workers and the calling thread and
    /// returns when all are done; returns false at once, having run nothing, when the pool is
    /// held by another loop. `forced` is the caller's kernel build, set on the workers.
    func run(_ iterations: Int, forced: InstructionSet?, _ body: (Int) -> Void) -> Bool {
        guard
            held.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged
        else { return false }
        defer { held.store(false, ordering: .releasing) }
        withoutActuallyEscaping(body) { escapable in
            var box = LoopBody(body: escapable)
            withUnsafePointer(to: &box) { pointer in
                let loop = Loop(body: pointer, iterations: iterations, forced: forced)
                condition.lock()
                current = loop
                generation.wrappingAdd(1, ordering: .releasing)
                if sleepers > 0 { condition.broadcast() }
                condition.unlock()
                loop.work(isWorker: false)
                loop.waitUntilFinished()
                condition.lock()
                current = nil
                condition.unlock()
            }
        }
        return true
    }

    /// A worker's life: poll for a new loop, sleep when none comes, take part in each.
    private func serve() {
        var seen = 0
        while true {
            var published = generation.load(ordering: .acquiring)
            if published == seen {
                let start = DispatchTime.now().uptimeNanoseconds
                let limit = UInt64(Self.spinSeconds * 1e9)
                var polls = 0
                while published == seen {
                    polls &+= 1
                    if polls & 255 == 0
                        && DispatchTime.now().uptimeNanoseconds &- start > limit
                    {
                        break
                    }
                    published = generation.load(ordering: .acquiring)
                }
            }
            condition.lock()
            published = generation.load(ordering: .acquiring)
            while published == seen {
                sleepers += 1
                condition.wait()
                sleepers -= 1
                published = generation.load(ordering: .acquiring)
            }
            let loop = current
            condition.unlock()
            seen = published
            loop?.work(isWorker: true)
        }
    }
}

/// The caller's loop body, kept on the caller's stack while its loop runs.
private struct LoopBody {
    let body: (Int) -> Void
}

/// One published loop: the body and the counters its iterations are claimed and counted with.
/// A worker may still hold it after it ended; it then finds no iteration left and never
/// touches `body`, whose stack frame is gone.
@available(macOS 15.0, *)
private final class Loop: @unchecked Sendable {
    let body: UnsafePointer<LoopBody>
    let iterations: Int
    let forced: InstructionSet?
    let next = Atomic<Int>(0)
    let finished = Atomic<Int>(0)

    init(body: UnsafePointer<LoopBody>, iterations: Int, forced: InstructionSet?) {
        self.body = body
        self.iterations = iterations
        self.forced = forced
    }

    /// Claims and runs iterations until none is left.
    func work(isWorker: Bool) {
        if isWorker, let forced {
            KernelDispatch.$forced.withValue(forced) { claimAndRun() }
        } else {
            claimAndRun()
        }
    }

    private func claimAndRun() {
        while true {
            let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
            if i >= iterations { return }
            body.pointee.body(i)
            finished.wrappingAdd(1, ordering: .releasing)
        }
    }

    /// Waits for the iterations other threads claimed; yields the core after a short poll
    /// (on a loaded machine the thread that holds the last iteration may need it).
    func waitUntilFinished() {
        var polls = 0
        while finished.load(ordering: .acquiring) < iterations {
            polls &+= 1
            if polls > 4096 { sched_yield() }
        }
    }
}
