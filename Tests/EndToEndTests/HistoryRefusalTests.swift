import Foundation
import Testing

/// History commands given a database that is missing or is not a Courant history: one line on
/// standard error, exit status 1, and the file neither created nor changed.
@Suite struct HistoryRefusalTests {
    static let commands: [[String]] = [
        ["list"], ["show", "1"], ["export", "1", "--format", "csv"],
        ["plot", "1", "--output", "plot.svg"],
    ]

    @Test(arguments: commands)
    func missingDatabaseIsOneLineAndIsNotCreated(_ command: [String]) throws {
        let folder = try ScratchFolder("history-missing")
        defer { folder.remove() }
        let path = folder.file("absent.db")
        let result = try CourantInvocation.run(
            ["history"] + command + ["--history", path], in: folder.path)
        #expect(result.status == 1)
        #expect(result.errorLines == ["Error: \(path): no such history database"])
        #expect(result.standardOutput.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: commands)
    func corruptDatabaseIsOneLineAndLeftByteIdentical(_ command: [String]) throws {
        let folder = try ScratchFolder("history-corrupt")
        defer { folder.remove() }
        let path = folder.file("corrupt.db")
        let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        try bytes.write(to: URL(fileURLWithPath: path))
        let result = try CourantInvocation.run(
            ["history"] + command + ["--history", path], in: folder.path)
        #expect(result.status == 1)
        #expect(
            result.errorLines == [
                "Error: \(path): not a Courant history database (no SQLite header);"
                    + " the file was left untouched"
            ])
        #expect(FileManager.default.contents(atPath: path) == bytes)
        #expect(!FileManager.default.fileExists(atPath: folder.file("plot.svg")))
    }

    @Test func mergeWithACorruptSourceCreatesNoTarget() throws {
        let folder = try ScratchFolder("merge-corrupt")
        defer { folder.remove() }
        let source = try folder.write("not a database\n", to: "shard.db")
        let target = folder.file("merged.db")
        let result = try CourantInvocation.run(
            ["history", "merge", source, "--into", target], in: folder.path)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1)
        #expect(
            result.errorLines.first?.hasPrefix("Error: \(source): not a Courant history") == true)
        #expect(try String(contentsOfFile: source, encoding: .utf8) == "not a database\n")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func mergeWithAMissingSourceCreatesNoTarget() throws {
        let folder = try ScratchFolder("merge-missing")
        defer { folder.remove() }
        let source = folder.file("absent.db")
        let target = folder.file("merged.db")
        let result = try CourantInvocation.run(
            ["history", "merge", source, "--into", target], in: folder.path)
        #expect(result.status == 1)
        #expect(result.errorLines == ["Error: \(source): no such history database"])
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
