import Foundation

/// `!command`: runs a line with the system shell, as Fluent's TUI does.
extension ShellSession {
    /// Runs `command` with `/bin/sh -c`, copying its standard output and error to the session's
    /// output (and so to the transcript). A non-zero exit status is reported as an error.
    func runShellEscape(_ command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            throw ShellError("cannot start /bin/sh: \(error.localizedDescription)", path: "!")
        }
        let bytes = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        write(String(decoding: bytes, as: UTF8.self))
        if process.terminationStatus != 0 {
            throw ShellError("exit status \(process.terminationStatus)", path: "!\(command)")
        }
    }
}
