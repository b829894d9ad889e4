import Foundation
import MeshImport
import Testing

/// Truncated and corrupted copies of every fixture: each read must either succeed or end in a
/// one-line `MeshImportError`; a trap would end the test run.
@Suite struct FuzzTests {
    /// SplitMix64, so the corruptions are the same on every run.
    private struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let files = [
        "mixed2d-22-ascii.msh", "mixed2d-22-binary.msh", "mixed2d-41-ascii.msh",
        "mixed2d-41-binary.msh", "mixed2d-41-binary-parametric.msh", "mixed3d-22-ascii.msh",
        "mixed3d-22-binary.msh",
        "mixed3d-41-ascii.msh", "mixed3d-41-binary.msh", "mixed3d-fluent.msh",
    ]

    @Test(arguments: files) func corruptedCopiesNeverCrash(_ name: String) throws {
        let original = try Array(Data(contentsOf: URL(fileURLWithPath: Fixtures.path(name))))
        try corrupt(original, name: name, seed: UInt64(name.utf8.count) &* 7919)
    }

    @Test(arguments: [FluentTestFile.Form.single, .double])
    func corruptedBinaryFluentFilesNeverCrash(_ form: FluentTestFile.Form) throws {
        let mesh = try FluentMeshReader.read(path: Fixtures.path("mixed3d-fluent.msh")).mesh
        let bytes = FluentTestFile(mesh: mesh).bytes(form)
        try corrupt(bytes, name: "binary-fluent.msh", seed: form == .single ? 11 : 13)
    }

    /// Reads 120 truncated or byte-flipped copies of `original`.
    private func corrupt(_ original: [UInt8], name: String, seed: UInt64) throws {
        var random = SplitMix64(state: seed)
        var failures = 0
        for trial in 0..<120 {
            var bytes = original
            if trial % 3 == 0 {
                bytes.removeLast(1 + random.below(bytes.count - 1))
            } else {
                for _ in 0...random.below(4) {
                    let i = random.below(bytes.count)
                    bytes[i] = trial % 3 == 1 ? UInt8(random.below(256)) : bytes[i] ^ 0x01
                }
            }
            do {
                if name.hasSuffix("fluent.msh") {
                    _ = try FluentMeshReader.read(bytes: bytes, fileName: name)
                } else {
                    _ = try GmshReader.read(bytes: bytes, fileName: name)
                }
            } catch {
                failures += 1
                #expect(!error.description.contains("\n"), "\(error)")
            }
        }
        // Every truncation is caught (40 of the 120 copies); byte flips may land in harmless
        // places such as a coordinate's last digit.
        #expect(failures >= 40)
    }
}
