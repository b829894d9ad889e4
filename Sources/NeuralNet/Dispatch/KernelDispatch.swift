import Foundation
import NeuralNetKernels

/// The kernel build every NeuralNet computation in this process uses: chosen once, at first use
/// (the `courant` executable asks at start-up), from CPUID and `COURANT_ISA`.
///
/// `using(_:_:)` runs a computation with another build the CPU supports, for tests that compare
/// the builds in one process; it is task-local, and `ParallelLoop` hands it to its worker
/// threads, so concurrent computations are not affected.
public enum KernelDispatch {
    /// The builds this CPU runs, best first.
    public static let supported: [InstructionSet] = {
        let features = X86Features.current()
        return InstructionSet.allCases.filter { $0.runs(on: features) }
    }()

    /// The process's choice.
    public static let selection = KernelSelection(
        requested: ProcessInfo.processInfo.environment[KernelSelection.environmentVariable],
        supported: supported)

    /// The build of `using(_:_:)` in progress on this thread, if any.
    @TaskLocal static var forced: InstructionSet?

    /// The build computations on this thread use now.
    public static var active: InstructionSet { forced ?? selection.instructionSet }

    /// Runs `body` with the kernels of `instructionSet`, which must be among `supported`.
    public static func using<Result>(
        _ instructionSet: InstructionSet, _ body: () throws -> Result
    ) rethrows -> Result {
        precondition(
            supported.contains(instructionSet),
            "this CPU cannot run the \(instructionSet.rawValue) kernels")
        return try $forced.withValue(instructionSet, operation: body)
    }

    /// The active build and why it is in use, for `courant --version` and the benchmarks:
    /// `neural-network kernels: AVX-512 + FMA (x86-64-v4), chosen from the CPU`.
    public static var description: String {
        guard let forced else { return selection.description }
        return "neural-network kernels: \(forced.summary), forced by KernelDispatch.using"
    }

    /// The kernels of the active build.
    static var kernels: any KernelVariant.Type { active.kernels }
}
