import Foundation
import Testing

/// A one-node Slurm cluster of this host, started by `scripts/one-node-slurm` in a scratch
/// folder (its own munge key and socket, configuration, state, logs and two free ports), and
/// shell commands run against it as a user would type them, each echoed to a transcript.
struct OneNodeSlurm {
    /// The folder holding the cluster (`cluster/`) and where commands run.
    let folder: ScratchFolder
    /// `SLURM_CONF` for the commands.
    let configuration: String
    /// Every command run and what it printed, as `$ command` lines followed by the output.
    private(set) var transcript = ""

    private static var script: String {
        CourantBinary.packageRoot + "/scripts/one-node-slurm"
    }

    /// Starts the cluster, or cancels the test with the reason it cannot: not root, Debian's
    /// slurm-wlm or munge missing (`scripts/setup` installs them), or the daemons not starting.
    static func start(in folder: ScratchFolder) throws -> OneNodeSlurm {
        guard getuid() == 0 else {
            try Test.cancel("a one-node Slurm cluster needs root (slurmd runs jobs as their user)")
        }
        for program in ["/usr/sbin/munged", "/usr/sbin/slurmctld", "/usr/sbin/slurmd"] {
            guard FileManager.default.isExecutableFile(atPath: program) else {
                try Test.cancel(
                    "\(program) is not installed (Debian slurm-wlm and munge: scripts/setup)")
            }
        }
        let started = try run(["/bin/bash", script, "start", folder.file("cluster")])
        guard started.status == 0 else {
            try Test.cancel("the one-node cluster did not start: \(started.output)")
        }
        return OneNodeSlurm(folder: folder, configuration: folder.file("cluster/slurm.conf"))
    }

    /// Stops the three daemons.
    func stop() {
        _ = try? Self.run(["/bin/bash", Self.script, "stop", folder.file("cluster")])
    }

    /// Runs `command` with bash in the folder, `courant` (the tested build) first on the PATH,
    /// and returns its status and output (stdout and stderr together), echoed to the transcript.
    mutating func shell(_ command: String, timeout: Double = 120) throws -> (
        status: Int32, output: String
    ) {
        let courantFolder = URL(fileURLWithPath: try CourantBinary.path())
            .deletingLastPathComponent().path
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let result = try Self.run(
            ["/bin/bash", "-c", command], in: folder.path,
            environment: ["SLURM_CONF": configuration, "PATH": courantFolder + ":" + path],
            timeout: timeout)
        transcript += "$ \(command)\n\(result.output)"
        return result
    }

    /// Waits until the queue is empty (every job ended), at most `timeout` seconds.
    mutating func waitForEmptyQueue(timeout: Double) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var queue = (status: Int32(0), output: "")
        while Date() < deadline {
            queue = try Self.run(
                ["/bin/bash", "-c", "squeue --noheader"], in: folder.path,
                environment: ["SLURM_CONF": configuration], timeout: 10)
            if queue.status == 0 && queue.output.isEmpty { return }
            usleep(250_000)
        }
        throw EndToEndFailure("jobs still queued after \(timeout) s: \(queue.output)")
    }

    /// `scontrol show job ID`'s `KEY=VALUE` fields.
    func job(_ id: String) throws -> [String: String] {
        let shown = try Self.run(
            ["/bin/bash", "-c", "scontrol show job \(id)"], in: folder.path,
            environment: ["SLURM_CONF": configuration])
        var fields: [String: String] = [:]
        for word in shown.output.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2, fields[parts[0]] == nil { fields[parts[0]] = parts[1] }
        }
        return fields
    }

    private static func run(
        _ arguments: [String], in directory: String = "/", environment: [String: String] = [:],
        timeout: Double = 60
    ) throws -> (status: Int32, output: String) {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("one-node-slurm-\(UUID().uuidString).txt").path
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        let handle = FileHandle(forWritingAtPath: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            guard Date() < deadline else {
                process.terminate()
                throw EndToEndFailure("\(arguments.joined(separator: " ")) took over \(timeout) s")
            }
            usleep(20_000)
        }
        let text = String(
            decoding: FileManager.default.contents(atPath: output) ?? Data(), as: UTF8.self)
        return (process.terminationStatus, text)
    }
}
