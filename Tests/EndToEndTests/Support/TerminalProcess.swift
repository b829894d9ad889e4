import Foundation

/// Runs a program to completion the way a shell would start it: nothing blocked, every
/// signal at its default, and no descriptor inherited beyond standard input
/// (`/dev/null`), output and error (files, read back after it exits).
///
/// `Foundation.Process` will not do here. It starts children with the spawning thread's
/// signal mask, and test threads block SIGINT and SIGCHLD: a tmux server started that way
/// never reaps its panes and the program in the pane never sees Ctrl-C. And it notices a
/// child's exit by a socket the child inherits, which the tmux server keeps open after the
/// client has exited (swift-corelibs-foundation issue 4795), so `waitUntilExit` on
/// `tmux new-session` never returns.
enum TerminalProcess {
    /// What a finished program left behind.
    struct Completion {
        /// The exit status, or 128 + the signal number when a signal ended it.
        var status: Int32
        /// Everything written to standard output.
        var output: String
        /// Everything written to standard error.
        var errors: String
    }

    /// Runs `arguments` (the program, looked up on `PATH`, then its arguments) and waits for it;
    /// its output goes through files in `scratch`, which are removed afterwards.
    static func run(_ arguments: [String], scratch: URL) throws -> Completion {
        let stem = scratch.appendingPathComponent("process-\(UUID().uuidString.prefix(8))").path
        let outputPath = stem + ".out"
        let errorPath = stem + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        let identifier = try spawn(arguments, outputPath: outputPath, errorPath: errorPath)
        var status: Int32 = 0
        while waitpid(identifier, &status, 0) < 0 {
            guard errno == EINTR else { throw TerminalError("waitpid failed: errno \(errno)") }
        }
        let signal = status & 0x7f
        return Completion(
            status: signal == 0 ? (status >> 8) & 0xff : 128 + signal,
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }

    private static func spawn(
        _ arguments: [String], outputPath: String, errorPath: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let created = O_WRONLY | O_CREAT | O_TRUNC
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, created, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, created, 0o600)
        try closeDescriptors(from: 3, in: &actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var nothing = sigset_t()
        sigemptyset(&nothing)
        var everyCatchable = sigset_t()
        sigemptyset(&everyCatchable)
        for signal in Int32(1)..<32 where signal != SIGKILL && signal != SIGSTOP {
            sigaddset(&everyCatchable, signal)
        }
        posix_spawnattr_setsigmask(&attributes, &nothing)
        posix_spawnattr_setsigdefault(&attributes, &everyCatchable)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var identifier: pid_t = 0
        let result = posix_spawnp(&identifier, arguments[0], &actions, &attributes, argv, environ)
        guard result == 0 else {
            throw TerminalError(
                "cannot start \(arguments[0]): \(String(cString: strerror(result)))")
        }
        return identifier
    }

    /// Adds "close every descriptor from `lowest` up" to `actions`. glibc has it (2.34 and
    /// later) but declares it only for `_GNU_SOURCE`, which Swift's Glibc module does not set,
    /// so it is looked up by name.
    private static func closeDescriptors(
        from lowest: Int32, in actions: inout posix_spawn_file_actions_t
    ) throws {
        typealias CloseFrom =
            @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard
            let symbol = dlsym(
                UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        else {
            throw TerminalError("this C library has no posix_spawn_file_actions_addclosefrom_np")
        }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, lowest)
    }
}
