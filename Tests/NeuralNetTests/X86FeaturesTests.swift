import NeuralNet
import Testing

/// The x86-64 level decoded from CPUID words, checked on the words real and emulated CPUs
/// report (read with a CPUID probe on this machine and under qemu-x86_64 7.2), and the kernel
/// builds each level may run.
@Suite struct X86FeaturesTests {
    /// Intel Xeon (Sapphire Rapids class) of the CI machine: AVX-512 enabled by the OS.
    static let xeon = X86Features(
        leaf1ECX: 0xfffa_3203, leaf7EBX: 0xf1bf_2ffb, extended1ECX: 0x121, xcr0: 0xe7)
    /// `qemu-x86_64 -cpu Haswell`.
    static let haswell = X86Features(
        leaf1ECX: 0xfed8_3203, leaf7EBX: 0x3a9, extended1ECX: 0x21, xcr0: 0x7)
    /// `qemu-x86_64 -cpu Nehalem`: SSE4.2, no AVX, no OSXSAVE.
    static let nehalem = X86Features(
        leaf1ECX: 0x8098_2201, leaf7EBX: 0, extended1ECX: 0x1, xcr0: 0)
    /// `qemu-x86_64 -cpu Skylake-Server`: qemu 7.2 cannot emulate AVX-512 and clears its bits.
    static let emulatedSkylakeServer = X86Features(
        leaf1ECX: 0xfed8_3203, leaf7EBX: 0x0198_03a9, extended1ECX: 0x21, xcr0: 0x207)

    @Test func levelsOfRealAndEmulatedCPUs() {
        #expect(Self.xeon.level == 4)
        #expect(Self.haswell.level == 3)
        #expect(Self.nehalem.level == 2)
        #expect(Self.emulatedSkylakeServer.level == 3)
        #expect(X86Features(leaf1ECX: 0, leaf7EBX: 0, extended1ECX: 0, xcr0: 0).level == 1)
    }

    /// The instructions are not enough: the OS must save the registers (XCR0), as a hypervisor
    /// or kernel that does not enable AVX-512 state leaves the CPUID bits set.
    @Test func aLevelNeedsTheOSToSaveItsRegisters() {
        var withoutZMMState = Self.xeon
        withoutZMMState.xcr0 = 0x7
        #expect(withoutZMMState.level == 3)
        var withoutOSXSAVE = Self.haswell
        withoutOSXSAVE.leaf1ECX &= ~(1 << 27)
        withoutOSXSAVE.xcr0 = 0
        #expect(withoutOSXSAVE.level == 2)
    }

    /// Haswell has every x86-64-v3 feature; without any one of them (here BMI2 or MOVBE) the
    /// AVX2 build, compiled with `-march=x86-64-v3`, may not run.
    @Test func everyFeatureOfALevelIsRequired() {
        var withoutBMI2 = Self.haswell
        withoutBMI2.leaf7EBX &= ~(1 << 8)
        #expect(withoutBMI2.level == 2)
        var withoutMOVBE = Self.haswell
        withoutMOVBE.leaf1ECX &= ~(1 << 22)
        #expect(withoutMOVBE.level == 2)
        var withoutAVX512VL = Self.xeon
        withoutAVX512VL.leaf7EBX &= ~(1 << 31)
        #expect(withoutAVX512VL.level == 3)
    }

    @Test func buildsEachCPURuns() {
        func builds(_ features: X86Features?) -> [InstructionSet] {
            InstructionSet.allCases.filter { $0.runs(on: features) }
        }
        #expect(builds(Self.xeon) == [.avx512, .avx2, .portable])
        #expect(builds(Self.haswell) == [.avx2, .portable])
        #expect(builds(Self.nehalem) == [.portable])
        #expect(builds(nil) == [.portable])
    }

    /// Whatever this CPU is, the portable build is among those it runs, and the process uses
    /// one it runs.
    @Test func thisProcessRunsABuildItsCPUSupports() {
        #expect(KernelDispatch.supported.last == .portable)
        #expect(KernelDispatch.supported.contains(KernelDispatch.selection.instructionSet))
    }
}
