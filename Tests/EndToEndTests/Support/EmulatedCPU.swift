import Foundation

/// An x86-64 CPU model that `qemu-x86_64` (Debian `qemu-user`) emulates, to run the release
/// binary and the tests as on a machine without AVX-512.
struct EmulatedCPU: CustomStringConvertible, Sendable {
    /// qemu's name for the model.
    let model: String
    /// Features of the model qemu cannot emulate (TCG), taken off so that qemu does not warn
    /// about each on standard error; none is part of an x86-64 level.
    let unemulated: [String]
    /// The kernel line `courant --version` prints on it.
    let kernels: String

    /// Intel Haswell: x86-64-v3 (AVX2, FMA, BMI), no AVX-512.
    static let haswell = EmulatedCPU(
        model: "Haswell", unemulated: ["pcid", "x2apic", "tsc-deadline", "hle", "invpcid", "rtm"],
        kernels: "neural-network kernels: AVX2 + FMA (x86-64-v3), chosen from the CPU")
    /// Intel Nehalem: x86-64-v2 (SSE4.2, POPCNT), no AVX.
    static let nehalem = EmulatedCPU(
        model: "Nehalem", unemulated: [],
        kernels: "neural-network kernels: portable (x86-64 baseline, SSE2), chosen from the CPU")

    /// The `-cpu` argument.
    var cpuArgument: String { ([model] + unemulated.map { "-" + $0 }).joined(separator: ",") }

    var description: String { model }

    /// `qemu-x86_64` on the PATH, nil when qemu-user is not installed.
    static func emulator() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/qemu-x86_64" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Writes `folder/name`, a script that runs `executable` with its arguments on this CPU
    /// (so that programs started by an emulated process are emulated too), and returns it.
    func wrapper(
        running executable: String, emulator: String, in folder: ScratchFolder, name: String
    ) throws -> String {
        let script = try folder.write(
            "#!/bin/sh\nexec '\(emulator)' -cpu '\(cpuArgument)' '\(executable)' \"$@\"\n",
            to: name)
        guard chmod(script, 0o755) == 0 else { throw EndToEndFailure("cannot chmod \(script)") }
        return script
    }
}
