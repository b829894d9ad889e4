import Foundation

/// One run of the real `courant` executable as a child process: its exit status and what it
/// printed, each stream captured to a file in the working folder (no pipe to fill and block).
struct CourantInvocation {
    /// The process (running or ended).
    let process: Process
    /// File receiving standard output.
    let outputPath: String
    /// File receiving standard error.
    let errorPath: String

    /// Starts `courant arguments...` in `directory` (stdin from /dev/null) and returns at once;
    /// `environment` adds to (or, for a nil value, removes from) this process's environment.
    /// `executable` runs another program the same way (an emulator, a wrapper script);
    /// `captures` is the folder for the output files (default: `directory`).
    static func start(
        _ arguments: [String], in directory: String, environment: [String: String?] = [:],
        executable: String? = nil, captures: String? = nil
    ) throws -> CourantInvocation {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable ?? CourantBinary.path())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        if !environment.isEmpty {
            var inherited = ProcessInfo.processInfo.environment
            for (name, value) in environment { inherited[name] = value }
            process.environment = inherited
        }
        let stamp = UUID().uuidString.prefix(8)
        let outputPath = "\(captures ?? directory)/stdout-\(stamp).txt"
        let errorPath = "\(captures ?? directory)/stderr-\(stamp).txt"
        for path in [outputPath, errorPath] {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw EndToEndFailure("cannot create \(path)")
            }
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: outputPath)
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        try process.run()
        return CourantInvocation(process: process, outputPath: outputPath, errorPath: errorPath)
    }

    /// Runs `courant arguments...` in `directory` to the end; throws if it takes longer than
    /// `timeout` seconds (and kills it).
    static func run(
        _ arguments: [String], in directory: String, environment: [String: String?] = [:],
        executable: String? = nil, captures: String? = nil, timeout: Double = 120
    ) throws -> CourantInvocation {
        let invocation = try start(
            arguments, in: directory, environment: environment, executable: executable,
            captures: captures)
        try invocation.wait(timeout: timeout)
        return invocation
    }

    /// Waits for the process to end, at most `timeout` seconds.
    func wait(timeout: Double) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            guard Date() < deadline else {
                process.terminate()
                throw EndToEndFailure(
                    "courant \(process.arguments?.joined(separator: " ") ?? "") still running"
                        + " after \(timeout) s")
            }
            usleep(20_000)
        }
    }

    /// The exit status (valid once ended).
    var status: Int32 { process.terminationStatus }

    /// Everything written to standard output so far.
    var standardOutput: String { Self.text(at: outputPath) }

    /// Everything written to standard error so far.
    var standardError: String { Self.text(at: errorPath) }

    /// Standard error's non-empty lines.
    var errorLines: [String] {
        standardError.split(separator: "\n").map(String.init)
    }

    private static func text(at path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }
}
