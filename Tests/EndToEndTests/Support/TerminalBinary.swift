import Foundation

/// The `courant` executable that `swift build` / `swift test` built beside the test binary
/// (`.build/<configuration>/courant`), or the one `COURANT_BINARY` names.
enum TerminalBinary {
    /// The executable's path; throws, naming the build to run, when it has not been built.
    static func path() throws -> String {
        if let override = ProcessInfo.processInfo.environment["COURANT_BINARY"] {
            return override
        }
        let testBinary = try FileManager.default.destinationOfSymbolicLink(
            atPath: "/proc/self/exe")
        let candidate = URL(fileURLWithPath: testBinary).deletingLastPathComponent()
            .appendingPathComponent("courant").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw TerminalError(
                "no courant executable at \(candidate): build it with `swift build --product "
                    + "courant` (same configuration as the tests) or set COURANT_BINARY")
        }
        return candidate
    }
}
