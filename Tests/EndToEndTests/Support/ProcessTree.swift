import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Killing a process together with the processes it started, as `kill -9` of a whole job does
/// (a terminal closing, a scheduler cancelling a job), and reaping the orphans.
enum ProcessTree {
    /// The direct children of `pid`, from the parent id (4th field) of every `/proc/N/stat`.
    static func children(of pid: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let child = pid_t(entry),
                let stat = FileManager.default.contents(atPath: "/proc/\(entry)/stat"),
                let text = String(data: stat, encoding: .utf8),
                let close = text.lastIndex(of: ")")
            else { return nil }
            // After "pid (comm)": the state, then the parent id.
            let fields = text[text.index(after: close)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == pid ? child : nil
        }
    }

    /// SIGKILL to `process` and its children, then waits until all are reaped.
    ///
    /// The parent is stopped first, so it cannot start a new child between the listing and its
    /// death. This test process becomes a child subreaper beforehand: the killed children are
    /// re-parented to it and reaped here, instead of lingering as zombies under a container's
    /// pid 1 that may never reap them (a zombie still counts as a live process to the history).
    static func killWithChildren(_ process: Process) throws {
        try becomeSubreaper()
        let pid = process.processIdentifier
        kill(pid, SIGSTOP)
        let orphans = children(of: pid)
        for child in orphans { kill(child, SIGKILL) }
        kill(pid, SIGKILL)
        process.waitUntilExit()
        let deadline = Date().addingTimeInterval(10)
        var unreaped = Set(orphans)
        while !unreaped.isEmpty {
            for child in unreaped {
                var status: Int32 = 0
                if waitpid(child, &status, WNOHANG) == child { unreaped.remove(child) }
            }
            guard Date() < deadline else {
                throw EndToEndFailure("killed workers \(unreaped.sorted()) were never reaped")
            }
            usleep(10_000)
        }
    }

    /// `prctl(PR_SET_CHILD_SUBREAPER, 1)`. prctl is variadic, which Swift cannot call
    /// directly, so it is called through its address with the integer arguments it reads.
    static func becomeSubreaper() throws {
        typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        let setChildSubreaper: Int32 = 36
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl"),
            unsafeBitCast(symbol, to: Prctl.self)(setChildSubreaper, 1, 0, 0, 0) == 0
        else { throw EndToEndFailure("prctl(PR_SET_CHILD_SUBREAPER) failed") }
    }

    /// `kill -9` of `process` alone, as a user killing the batch's pid (not its group) does:
    /// its children are left to live or die on their own. Returns how each child ended, by pid,
    /// waiting at most `patience` seconds for them (they are re-parented to this test process,
    /// a subreaper, and reaped here).
    static func killAlone(_ process: Process, patience: Double = 20) throws -> [pid_t: Int32] {
        try becomeSubreaper()
        let pid = process.processIdentifier
        stop(pid)
        let orphans = children(of: pid)
        kill(pid, SIGKILL)
        process.waitUntilExit()
        return try reap(orphans, patience: patience)
    }

    /// `kill -9` of `process`'s whole process group (Foundation starts each child as a group
    /// leader), as a scheduler cancelling the job does; reaps the killed children.
    static func killGroup(_ process: Process) throws {
        try becomeSubreaper()
        let pid = process.processIdentifier
        stop(pid)
        let orphans = children(of: pid)
        kill(-pid, SIGKILL)
        process.waitUntilExit()
        _ = try reap(orphans, patience: 10)
    }

    /// SIGSTOP to `pid`, returning once it is stopped (state `T`), so that it cannot start a
    /// child after its children are listed.
    private static func stop(_ pid: pid_t) {
        kill(pid, SIGSTOP)
        for _ in 0..<500 {
            guard let stat = FileManager.default.contents(atPath: "/proc/\(pid)/stat"),
                let text = String(data: stat, encoding: .utf8), let close = text.lastIndex(of: ")")
            else { return }
            if text[text.index(after: close)...].dropFirst().first == "T" { return }
            usleep(2_000)
        }
    }

    /// Waits for each of `pids` (children of this process) to end; their `waitpid` statuses.
    private static func reap(_ pids: [pid_t], patience: Double) throws -> [pid_t: Int32] {
        let deadline = Date().addingTimeInterval(patience)
        var statuses: [pid_t: Int32] = [:]
        while statuses.count < pids.count {
            for child in pids where statuses[child] == nil {
                var status: Int32 = 0
                if waitpid(child, &status, WNOHANG) == child { statuses[child] = status }
            }
            guard Date() < deadline else {
                let left = pids.filter { statuses[$0] == nil }
                throw EndToEndFailure("workers \(left) still running \(patience) s after the kill")
            }
            usleep(10_000)
        }
        return statuses
    }
}
