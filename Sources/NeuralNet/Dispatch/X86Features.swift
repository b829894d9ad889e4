import CCPUID

/// The CPUID and XCR0 words that decide which kernel builds an x86-64 CPU can run, and the
/// x86-64 micro-architecture level (psABI) they give: 1 the baseline every x86-64 CPU has;
/// 2 adds SSE3, SSSE3, SSE4.1/4.2, POPCNT, CMPXCHG16B, LAHF-SAHF; 3 adds AVX, AVX2, FMA, BMI1/2,
/// F16C, LZCNT, MOVBE, XSAVE; 4 adds AVX-512 F/BW/CD/DQ/VL. A level counts only when the OS
/// saves the registers it uses (XCR0: XMM and YMM state for 3, also opmask and ZMM for 4), as a
/// kernel may otherwise leave an AVX-512 bit set that a VM or OS does not enable.
public struct X86Features: Sendable, Equatable {
    /// CPUID.01H:ECX.
    public var leaf1ECX: UInt32
    /// CPUID.(EAX=07H, ECX=0):EBX.
    public var leaf7EBX: UInt32
    /// CPUID.80000001H:ECX.
    public var extended1ECX: UInt32
    /// XCR0, 0 when the OS has not enabled XGETBV (CPUID.01H:ECX.OSXSAVE clear).
    public var xcr0: UInt64

    /// Features from the raw words.
    public init(leaf1ECX: UInt32, leaf7EBX: UInt32, extended1ECX: UInt32, xcr0: UInt64) {
        self.leaf1ECX = leaf1ECX
        self.leaf7EBX = leaf7EBX
        self.extended1ECX = extended1ECX
        self.xcr0 = xcr0
    }

    /// This CPU's, as the OS (or an emulator such as qemu-user) presents it; nil when this is
    /// not an x86-64 build.
    public static func current() -> X86Features? {
        #if arch(x86_64)
            var registers = courant_cpuid_registers()
            courant_read_cpuid_registers(&registers)
            return X86Features(
                leaf1ECX: registers.leaf1_ecx, leaf7EBX: registers.leaf7_ebx,
                extended1ECX: registers.extended1_ecx, xcr0: registers.xcr0)
        #else
            return nil
        #endif
    }

    /// The micro-architecture level, 1 to 4.
    public var level: Int {
        func all(_ word: UInt64, _ bits: [Int]) -> Bool {
            bits.allSatisfy { word & (1 << UInt64($0)) != 0 }
        }
        let leaf1 = UInt64(leaf1ECX)
        let leaf7 = UInt64(leaf7EBX)
        let extended1 = UInt64(extended1ECX)
        // SSE3 0, SSSE3 9, CMPXCHG16B 13, SSE4.1 19, SSE4.2 20, POPCNT 23; LAHF-SAHF 0.
        guard all(leaf1, [0, 9, 13, 19, 20, 23]), all(extended1, [0]) else { return 1 }
        // FMA 12, MOVBE 22, XSAVE 26, OSXSAVE 27, AVX 28, F16C 29; BMI1 3, AVX2 5, BMI2 8;
        // LZCNT 5; XCR0 XMM 1 and YMM 2 state.
        guard all(leaf1, [12, 22, 26, 27, 28, 29]), all(leaf7, [3, 5, 8]), all(extended1, [5]),
            all(xcr0, [1, 2])
        else { return 2 }
        // AVX512F 16, DQ 17, CD 28, BW 30, VL 31; XCR0 opmask 5, ZMM_Hi256 6, Hi16_ZMM 7.
        guard all(leaf7, [16, 17, 28, 30, 31]), all(xcr0, [5, 6, 7]) else { return 3 }
        return 4
    }
}
