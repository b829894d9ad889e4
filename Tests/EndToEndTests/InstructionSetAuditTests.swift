import Foundation
import Testing

/// The release binary runs on any x86-64 CPU: the only functions with instructions beyond the
/// x86-64 baseline are the AVX-512 and AVX2 kernel builds (each called only after CPUID says
/// the CPU runs it) and the CPUID probe's guarded XGETBV. This catches what an emulated run
/// cannot: code on paths no test takes, and copies of shared specialisations that the linker
/// may keep from a module built for a later CPU.
@Suite struct InstructionSetAuditTests {
    /// Mangled-name prefixes of the two kernel modules built for later CPUs.
    static let avx512Module = "$s22NeuralNetKernelsAVX512"
    static let avx2Module = "$s20NeuralNetKernelsAVX2"

    static func objdump() -> String? {
        ["/usr/bin/objdump", "/bin/objdump"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    @Test func onlyTheKernelBuildsNeedMoreThanTheBaseline() throws {
        #if !arch(x86_64)
            try Test.cancel("not an x86-64 build")
        #endif
        guard let objdump = Self.objdump() else {
            try Test.cancel("objdump (GNU binutils) is not installed")
        }
        let disassembly = try X86Disassembly(of: try CourantBinary.path(), objdump: objdump)
        let outsiders = disassembly.beyondBaseline.filter {
            !$0.symbol.hasPrefix(Self.avx512Module) && !$0.symbol.hasPrefix(Self.avx2Module)
                && $0.symbol != "courant_read_cpuid_registers"
        }
        #expect(
            outsiders.isEmpty,
            "\(outsiders.count) functions: \(outsiders.prefix(8).map { "\($0.symbol): \($0.instructions.prefix(3))" })"
        )
        let probe = disassembly.beyondBaseline.first { $0.symbol == "courant_read_cpuid_registers" }
        #expect(probe.map { $0.instructions == ["xgetbv"] } ?? true)
        // Both builds are there, and the AVX2 one uses no AVX-512 register or mask.
        let avx2 = disassembly.beyondBaseline.filter { $0.symbol.hasPrefix(Self.avx2Module) }
        #expect(!avx2.isEmpty)
        #expect(disassembly.beyondBaseline.contains { $0.symbol.hasPrefix(Self.avx512Module) })
        // ZMM, the AVX-512 masks k0-k7 and the registers 16-31 only AVX-512 encodes.
        let avx512Registers = try Regex(#"%zmm|%k[0-7]|%[xy]mm(1[6-9]|2[0-9]|3[01])\b"#)
        let avx512InAVX2 = avx2.flatMap(\.instructions).filter {
            $0.contains(avx512Registers)
        }
        #expect(avx512InAVX2.isEmpty, "\(avx512InAVX2.prefix(5))")
    }
}
