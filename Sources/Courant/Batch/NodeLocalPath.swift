/// Folders that are local to each node on most clusters (RAM or a node's own disk): a path
/// under one of them on the login node is not what a compute node sees.
public enum NodeLocalPath {
    /// `/tmp`, `/var/tmp`, `/dev/shm` and `/run`.
    public static let folders = ["/tmp", "/var/tmp", "/dev/shm", "/run"]

    /// The node-local folder that holds absolute `path`, if any.
    public static func folder(holding path: String) -> String? {
        folders.first { path == $0 || path.hasPrefix($0 + "/") }
    }
}
