import Foundation

/// The memory this process may still use, as Linux reports it: `MemAvailable` of
/// `/proc/meminfo` (free memory plus what the kernel can reclaim without swapping), lowered to
/// the headroom of the process's memory cgroup (limit minus usage, at its own level and every
/// level above it, cgroup v2 or v1) when one is set — a container or a Slurm job allocation.
public struct MachineMemory: Sendable, Equatable {
    /// Bytes that can still be allocated.
    public var availableBytes: Int
    /// Where the figure comes from: `MemAvailable`, or the cgroup that limits it.
    public var source: String

    /// A figure from its parts (tests use it to stand for a small machine).
    public init(availableBytes: Int, source: String) {
        self.availableBytes = availableBytes
        self.source = source
    }

    /// The memory available now; nil where `/proc/meminfo` cannot be read (not Linux), in
    /// which case nothing is refused.
    public static func current() -> MachineMemory? {
        guard let available = memInfoAvailable() else { return nil }
        var memory = MachineMemory(availableBytes: available, source: "MemAvailable")
        for (directory, limitFile, usageFile) in cgroupLevels() {
            guard let limit = number(in: directory + "/" + limitFile),
                let usage = number(in: directory + "/" + usageFile)
            else { continue }
            let headroom = max(0, limit - usage)
            if headroom < memory.availableBytes {
                memory = MachineMemory(
                    availableBytes: headroom, source: "the memory limit of cgroup \(directory)")
            }
        }
        return memory
    }

    /// `MemAvailable` in bytes.
    private static func memInfoAvailable() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else {
            return nil
        }
        for line in text.split(separator: "\n") where line.hasPrefix("MemAvailable:") {
            let words = line.split(separator: " ")
            guard words.count >= 2, let kibibytes = Int(words[1]) else { return nil }
            return kibibytes * 1024
        }
        return nil
    }

    /// Every cgroup directory from this process's own up to the hierarchy's root, with the
    /// names of its limit and usage files: `memory.max`/`memory.current` under the v2 unified
    /// hierarchy (`0::PATH` in `/proc/self/cgroup`), `memory.limit_in_bytes`/
    /// `memory.usage_in_bytes` under the v1 memory controller (`N:memory:PATH`).
    private static func cgroupLevels() -> [(String, String, String)] {
        guard let text = try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8) else {
            return []
        }
        var levels: [(String, String, String)] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let (mount, limit, usage): (String, String, String)
            if fields[0] == "0" && fields[1].isEmpty {
                (mount, limit, usage) = ("/sys/fs/cgroup", "memory.max", "memory.current")
            } else if fields[1].split(separator: ",").contains("memory") {
                (mount, limit, usage) = (
                    "/sys/fs/cgroup/memory", "memory.limit_in_bytes", "memory.usage_in_bytes"
                )
            } else {
                continue
            }
            var components = fields[2].split(separator: "/").map(String.init)
            while true {
                let path = ([mount] + components).joined(separator: "/")
                levels.append((path, limit, usage))
                guard !components.isEmpty else { break }
                components.removeLast()
            }
        }
        return levels
    }

    /// The integer a cgroup file holds; nil for `max` (no limit), a limit so large it means
    /// none, or a file that is not there.
    private static func number(in path: String) -> Int? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            let value = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)),
            value < 1 << 60
        else { return nil }
        return value
    }
}
