import Foundation

/// Which kernel build a process runs, and why: the best one the CPU supports, unless
/// `COURANT_ISA` asks for another that it also supports (to measure or compare the builds on
/// one machine). A request the CPU cannot meet, or that names no build, is not obeyed: the
/// process goes on with the best build and says so once (`warning`).
public struct KernelSelection: Sendable, Equatable {
    /// The environment variable that forces a build: `avx512`, `avx2`, `portable` or `auto`.
    public static let environmentVariable = "COURANT_ISA"

    /// The build in use.
    public var instructionSet: InstructionSet
    /// How it was chosen: `chosen from the CPU` or `forced by COURANT_ISA=avx2`.
    public var reason: String
    /// One line for standard error when `COURANT_ISA` was not obeyed, else nil.
    public var warning: String?

    /// The selection for a `COURANT_ISA` value (nil, empty or `auto`: none) on a CPU that runs
    /// `supported` (best first; `portable` is always among them).
    public init(requested: String?, supported: [InstructionSet]) {
        let best = supported.first ?? .portable
        let variable = Self.environmentVariable
        instructionSet = best
        reason = "chosen from the CPU"
        warning = nil
        let request = (requested ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        if request.isEmpty || request == "auto" { return }
        guard let asked = InstructionSet(rawValue: request) else {
            let names = InstructionSet.allCases.map(\.rawValue).joined(separator: ", ")
            warning =
                "\(variable)=\(requested ?? ""): not one of \(names), auto; using \(best.summary)"
            return
        }
        guard supported.contains(asked) else {
            warning =
                "\(variable)=\(request): this CPU cannot run \(asked.summary); using "
                + best.summary
            return
        }
        instructionSet = asked
        reason = "forced by \(variable)=\(request)"
    }

    /// `neural-network kernels: AVX2 + FMA (x86-64-v3), forced by COURANT_ISA=avx2`.
    public var description: String {
        "neural-network kernels: \(instructionSet.summary), \(reason)"
    }
}
