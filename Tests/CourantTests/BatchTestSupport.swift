import Courant
import Foundation

/// A fresh folder for one batch test, holding a cavity journal that declares `Re` and `cells`.
struct BatchScratch {
    let path: String
    static let declared: JournalParameterDeclarations = { _ in ["Re", "cells"] }
    static let journalText = """
        ; lid-driven cavity, parameters Re and cells
        /define/parameters/input-parameters Re 100
        /define/parameters/input-parameters cells 33
        /solve/iterate 500

        """

    init() throws {
        path = NSTemporaryDirectory() + "courant-batch-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(
            atPath: path + "/cases", withIntermediateDirectories: true)
        try Self.journalText.write(
            toFile: path + "/cases/cavity.jou", atomically: true, encoding: .utf8)
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// Writes `text` as `sweep.txt` and parses it.
    func sweep(_ text: String) throws -> SweepFile {
        try text.write(toFile: file("sweep.txt"), atomically: true, encoding: .utf8)
        return try SweepFile.read(path: file("sweep.txt"))
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Runs `executable arguments` with `environment` added, returning exit status and stdout.
func runProcess(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:]
) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        .filter { environment.keys.contains($0.key) || $0.key != "SLURM_ARRAY_TASK_ID" }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
