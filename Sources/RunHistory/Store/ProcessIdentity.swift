import Foundation

/// This process as the history sees it: host, pid, clock, and whether another pid is alive.
public enum ProcessIdentity {
    /// The host name (`gethostname`), or `localhost` if it cannot be read.
    public static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(
            decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// This process's id.
    public static var pid: Int { Int(getpid()) }

    /// Seconds since 1970-01-01 UTC, microsecond resolution.
    public static func now() -> Double {
        Date().timeIntervalSince1970
    }

    /// Whether a process with id `pid` is running on this host. `EPERM` means it exists but
    /// belongs to someone else. A zombie (state `Z` in `/proc/PID/stat`: it has exited and waits
    /// for its parent to collect its status) is not alive: its writes are over, and in a
    /// container whose pid 1 never reaps, an orphan stays a zombie for good.
    public static func isAlive(pid: Int) -> Bool {
        guard pid > 0, kill(pid_t(pid), 0) == 0 || errno == EPERM else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return true }
        // After "pid (comm) ": the one-letter state.
        return stat[stat.index(after: close)...].dropFirst().first != "Z"
    }
}
