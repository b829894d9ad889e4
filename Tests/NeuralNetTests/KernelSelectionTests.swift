import NeuralNet
import Testing

/// `COURANT_ISA` chooses among the builds the CPU runs; any other request is said once and
/// the best build runs.
@Suite struct KernelSelectionTests {
    static let all: [InstructionSet] = [.avx512, .avx2, .portable]
    static let haswell: [InstructionSet] = [.avx2, .portable]

    @Test(arguments: [nil, "", "auto", " AUTO "])
    func noRequestTakesTheBestBuild(requested: String?) {
        let selection = KernelSelection(requested: requested, supported: Self.all)
        #expect(selection.instructionSet == .avx512)
        #expect(selection.warning == nil)
        #expect(
            selection.description
                == "neural-network kernels: AVX-512 + FMA (x86-64-v4), chosen from the CPU")
    }

    @Test func aSupportedRequestIsObeyed() {
        let avx2 = KernelSelection(requested: "avx2", supported: Self.all)
        #expect(avx2.instructionSet == .avx2 && avx2.warning == nil)
        #expect(
            avx2.description
                == "neural-network kernels: AVX2 + FMA (x86-64-v3), forced by COURANT_ISA=avx2")
        let portable = KernelSelection(requested: "Portable", supported: Self.haswell)
        #expect(portable.instructionSet == .portable)
        #expect(portable.reason == "forced by COURANT_ISA=portable")
    }

    @Test func aBuildTheCPUCannotRunIsRefusedWithAWarning() {
        let selection = KernelSelection(requested: "avx512", supported: Self.haswell)
        #expect(selection.instructionSet == .avx2)
        #expect(selection.reason == "chosen from the CPU")
        #expect(
            selection.warning
                == "COURANT_ISA=avx512: this CPU cannot run AVX-512 + FMA (x86-64-v4); using "
                + "AVX2 + FMA (x86-64-v3)")
    }

    @Test func anUnknownNameIsRefusedWithAWarning() {
        let selection = KernelSelection(requested: "sse9", supported: [.portable])
        #expect(selection.instructionSet == .portable)
        #expect(
            selection.warning
                == "COURANT_ISA=sse9: not one of avx512, avx2, portable, auto; using "
                + InstructionSet.portable.summary)
    }
}
