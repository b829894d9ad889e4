/// Folder and last component of a file path given as text, as NSString's
/// `deletingLastPathComponent` and `lastPathComponent` give them (trailing slashes ignored;
/// `"a/b"` → `"a"` and `"b"`, `"/a"` → `"/"` and `"a"`, `"a"` → `""` and `"a"`). Written out
/// because Foundation's on Linux traps on some user input (`"a/"`, `"é/"`, `"a//"`).
enum PathText {
    /// The folder part of `path`: `""` when it names no folder, `"/"` for the root.
    static func folder(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let folder = withoutTrailingSlashes(trimmed[..<slash])
        return folder.isEmpty ? "/" : String(folder)
    }

    /// The last component of `path` (`"/"` for the root).
    static func lastComponent(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        let name = trimmed[trimmed.index(after: slash)...]
        return name.isEmpty ? "/" : String(name)
    }

    /// `name` inside `folder` (`name` alone when `folder` is empty).
    static func joined(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `path` without the slashes that end it, except a lone `/`.
    private static func withoutTrailingSlashes<Text: StringProtocol>(_ path: Text) -> Substring {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed
    }
}
