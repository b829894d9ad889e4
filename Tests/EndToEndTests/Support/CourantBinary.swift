import Foundation

/// Where the `courant` executable under test is: `$COURANT_BINARY` if set, else next to this
/// test bundle in `.build/<triple>/<config>/` (`swift build --build-tests` builds both there).
enum CourantBinary {
    /// The absolute path of `courant`; throws, saying how to build it, when it is missing.
    static func path() throws -> String {
        if let given = ProcessInfo.processInfo.environment["COURANT_BINARY"], !given.isEmpty {
            return given
        }
        let bundle =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        let candidate = URL(fileURLWithPath: bundle).deletingLastPathComponent()
            .appendingPathComponent("courant").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw EndToEndFailure(
                "no courant executable at \(candidate): build it with 'swift build --build-tests'"
                    + " (same configuration as the tests) or set COURANT_BINARY")
        }
        return candidate
    }

    /// Whether the binary is a release build (`.build/.../release/courant`): tests size their
    /// runs by it, debug code being about ten times slower.
    static var isReleaseBuild: Bool {
        (try? path())?.contains("/release/") == true
    }

    /// The package's root folder (for `cases/`), found from this source file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
}
