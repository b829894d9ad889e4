import Foundation
import Testing

/// The portable kernels on arm64, as far as this machine allows: no arm64 Linux Swift SDK
/// exists for it, so `scripts/arm64-kernel-check/main.swift` and the NeuralNetKernels sources
/// are built by the toolchain's Embedded Swift for aarch64, linked by Debian's
/// aarch64-linux-gnu-gcc and run under qemu-aarch64, where they must agree with the loops that
/// define them (GEMM in 16 shapes and transpositions, the four convolution packers). Skipped,
/// with the reason, where a tool is missing (`scripts/setup` installs them).
@Suite struct Arm64KernelTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// `name` on the PATH.
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `tool arguments...`, returning its exit status and output (both streams).
    static func run(_ tool: String, _ arguments: [String], in folder: String) throws -> (
        status: Int32, output: String
    ) {
        let log = folder + "/\(URL(fileURLWithPath: tool).lastPathComponent).log"
        try #require(FileManager.default.createFile(atPath: log, contents: nil))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle(forWritingAtPath: log)
        process.standardError = process.standardOutput
        try process.run()
        process.waitUntilExit()
        let output = String(
            decoding: FileManager.default.contents(atPath: log) ?? Data(), as: UTF8.self)
        return (process.terminationStatus, output)
    }

    @Test func portableKernelsAgreeWithTheirDefinitionsOnArm64() throws {
        let names = ["swiftc", "aarch64-linux-gnu-gcc", "qemu-aarch64"]
        let tools = names.map(Self.tool)
        guard case let .some(swiftc) = tools[0], case let .some(gcc) = tools[1],
            case let .some(qemu) = tools[2]
        else {
            let missing = zip(names, tools).filter { $0.1 == nil }.map(\.0)
            try Test.cancel("not installed: \(missing.joined(separator: ", ")) (scripts/setup)")
        }
        let folder = NSTemporaryDirectory() + "courant-arm64-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let kernels = Self.root + "/Sources/NeuralNetKernels"
        let sources = try FileManager.default.contentsOfDirectory(atPath: kernels)
            .filter { $0.hasSuffix(".swift") }.sorted().map { kernels + "/" + $0 }
        let compile = try Self.run(
            swiftc,
            [
                "-target", "aarch64-none-none-elf", "-enable-experimental-feature", "Embedded",
                "-wmo", "-parse-as-library", "-O", "-module-name", "Arm64KernelCheck", "-c",
                "-o", "check.o",
            ] + sources + [Self.root + "/scripts/arm64-kernel-check/main.swift"], in: folder)
        try #require(compile.status == 0, "\(compile.output)")
        // A static PIE: Embedded Swift's protected data symbols refuse copy relocations.
        let link = try Self.run(gcc, ["-static-pie", "check.o", "-o", "check"], in: folder)
        try #require(link.status == 0, "\(link.output)")
        let check = try Self.run(qemu, [folder + "/check"], in: folder)
        #expect(check.status == 0)
        #expect(
            check.output
                == "GEMM: 16 products agree with the triple loop\n"
                + "convolution packers: all four agree with their matrices\n")
    }
}
