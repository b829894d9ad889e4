import Foundation
import Testing

/// The functions of an x86-64 executable with the instructions in each that the x86-64
/// baseline (SSE2) lacks, read from `objdump -d` (GNU binutils).
struct X86Disassembly {
    /// One function that uses instructions beyond the baseline.
    struct Function {
        /// The symbol (mangled).
        let symbol: String
        /// Each such instruction as objdump prints it (mnemonic and operands).
        let instructions: [String]
    }

    /// Functions using instructions beyond the baseline.
    let beyondBaseline: [Function]

    /// Disassembles `path` with `objdump` (an absolute path).
    init(of path: String, objdump: String) throws {
        let folder = try ScratchFolder("objdump")
        defer { folder.remove() }
        let listing = folder.file("listing.txt")
        try #require(FileManager.default.createFile(atPath: listing, contents: nil))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: objdump)
        process.arguments = ["-d", "--no-show-raw-insn", path]
        process.standardOutput = FileHandle(forWritingAtPath: listing)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw EndToEndFailure("objdump -d \(path) exited \(process.terminationStatus)")
        }
        let text = try String(contentsOfFile: listing, encoding: .utf8)
        var functions: [Function] = []
        var symbol = ""
        var found: [String] = []
        func close() {
            if !found.isEmpty { functions.append(Function(symbol: symbol, instructions: found)) }
            found = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            // "00000000001c0f10 <symbol>:" opens a function; "  1c0f10:\tmnemonic operands".
            if line.hasSuffix(">:"), let open = line.firstIndex(of: "<") {
                close()
                symbol = String(
                    line[line.index(after: open)..<line.index(line.endIndex, offsetBy: -2)])
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let instruction = fields[1].trimmingCharacters(in: .whitespaces)
            var words = instruction.split(separator: " ")
            if let prefix = words.first, Self.prefixes.contains(String(prefix)), words.count > 1 {
                words.removeFirst()
            }
            if let mnemonic = words.first, Self.isBeyondBaseline(String(mnemonic)) {
                found.append(instruction)
            }
        }
        close()
        beyondBaseline = functions
    }

    static let prefixes: Set<String> = ["rep", "repz", "repnz", "lock", "notrack", "bnd", "data16"]

    /// Whether an instruction needs more than x86-64-v1 (SSE2): any VEX or EVEX encoded one
    /// (AVX, AVX2, FMA, F16C, AVX-512: the mnemonics that start with v), AVX-512 mask
    /// instructions, and SSE3 to SSE4.2, POPCNT, LZCNT, BMI1/2, MOVBE and XGETBV. TZCNT is left
    /// out: it is REP BSF, which older CPUs execute as BSF, and compilers emit it for the
    /// baseline where the two agree (a non-zero operand).
    static func isBeyondBaseline(_ mnemonic: String) -> Bool {
        if mnemonic.hasPrefix("v"), mnemonic != "verr", mnemonic != "verw" { return true }
        let maskOperations = [
            "kmov", "kand", "kor", "kxor", "knot", "kshift", "ktest", "kadd", "kunpck",
        ]
        if maskOperations.contains(where: mnemonic.hasPrefix) { return true }
        return laterExtensions.contains(mnemonic)
    }

    static let laterExtensions: Set<String> = Set(
        """
        addsubps addsubpd haddps haddpd hsubps hsubpd movddup lddqu movshdup movsldup pshufb
        palignr pabsb pabsw pabsd phaddw phaddd phaddsw phsubw phsubd phsubsw pmaddubsw pmulhrsw
        psignb psignw psignd blendps blendpd blendvps blendvpd dpps dppd extractps insertps
        pblendw pblendvb pextrb pextrd pextrq pinsrb pinsrd pinsrq pmaxsb pmaxsd pmaxud pmaxuw
        pminsb pminsd pminud pminuw pmovsxbw pmovsxbd pmovsxbq pmovsxwd pmovsxwq pmovsxdq pmovzxbw
        pmovzxbd pmovzxbq pmovzxwd pmovzxwq pmovzxdq pmuldq pmulld ptest roundps roundpd roundss
        roundsd packusdw pcmpeqq mpsadbw phminposuw movntdqa pcmpgtq crc32 pcmpestri pcmpestrm
        pcmpistri pcmpistrm popcnt lzcnt andn bextr blsi blsmsk blsr bzhi mulx pdep pext rorx sarx
        shlx shrx movbe xgetbv
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}
