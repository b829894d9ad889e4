import Foundation

/// Where this process's executable is, symbolic links resolved: the shipped model is found
/// from there, and every run of a batch invokes it.
public enum ExecutableLocation {
    /// The absolute path of the running executable (Linux: /proc/self/exe), nil if unknown.
    public static func path() -> String? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(
            atPath: "/proc/self/exe")
        {
            return resolved
        }
        return Bundle.main.executablePath.map {
            URL(fileURLWithPath: $0).resolvingSymlinksInPath().path
        }
    }
}
