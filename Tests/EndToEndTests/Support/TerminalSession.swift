import Foundation

/// A program running in a real terminal: a detached pane of a private tmux server
/// (`tmux new-session -d -x 120 -y 40`), typed at with `send-keys` and read with
/// `capture-pane`, as a user at a 120×40 terminal would see it.
///
/// Reading is pexpect-style: `waitFor` polls the transcript (scrollback and screen, wrapped
/// lines joined) until a text appears after everything already read, so tests wait for what
/// the program prints rather than sleeping. Each session has its own tmux server on a socket in
/// its own directory, so tests may run in parallel; `close` (or deinit) kills the server.
final class TerminalSession {
    /// Terminal width in columns.
    static let columns = 120
    /// Terminal height in rows.
    static let rows = 40
    /// The longest a `waitFor` waits: generous, because CI builds other things on 2 cores.
    static let patience = Duration.seconds(30)

    /// The directory the program runs in; holds the tmux socket and the exit-status file, named
    /// for this session so that sessions may follow one another in one directory.
    let directory: URL
    private let socket: String
    private let name = "courant"
    /// Where the pane's shell writes the program's exit status.
    private let statusPath: String
    private var isClosed = false
    /// Bytes of the transcript already matched by `waitFor`.
    private var readOffset = 0

    /// Starts `arguments` (executable first) in a new detached pane whose working directory is
    /// `directory`. A `sh` in the pane waits for the program and writes its exit status to a
    /// file there: tmux does not always notice promptly that a pane's program has
    /// exited, and a file does not depend on it. The shell ignores Ctrl-C (a trap, which the
    /// program does not inherit) so that it stays to report the status, and sets `noflsh` so
    /// that Ctrl-C does not throw away output the program wrote just before it (the screen
    /// then shows everything the program printed, which the tests count on).
    init(running arguments: [String], in directory: URL) throws {
        self.directory = directory
        let session = UUID().uuidString.prefix(8)
        socket = directory.appendingPathComponent("tmux-\(session).sock").path
        statusPath = directory.appendingPathComponent("exit-status-\(session)").path
        let configuration = directory.appendingPathComponent("tmux-\(session).conf")
        try "set -g remain-on-exit on\nset -g history-limit 200000\n".write(
            to: configuration, atomically: true, encoding: .utf8)
        let reporter = [
            "/bin/sh", "-c", "stty noflsh; trap : INT; s=$1; shift; \"$@\"; echo $? > \"$s\"",
            "sh", statusPath,
        ]
        _ = try Self.tmux(
            [
                "-S", socket, "-f", configuration.path, "new-session", "-d", "-s", name,
                "-x", "\(Self.columns)", "-y", "\(Self.rows)", "-c", directory.path,
            ]
                + reporter + arguments,
            scratch: directory)
    }

    deinit { close() }

    /// Kills the tmux server and with it the program, if still running.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? Self.tmux(["-S", socket, "kill-server"], scratch: directory)
        try? FileManager.default.removeItem(atPath: socket)
    }

    /// Types `text` literally, character by character (no key names: `c-c` is three keys).
    func type(_ text: String) throws {
        _ = try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Presses keys by tmux name: `Enter`, `Tab`, `C-c`, `C-d`, `C-u`, `Up`.
    func press(_ keys: String...) throws {
        _ = try tmux(["send-keys", "-t", name] + keys)
    }

    /// Everything the terminal has shown: scrollback then screen, wrapped lines joined, so a
    /// long message is one line whatever the terminal width.
    func transcript() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", name])
    }

    /// Waits until `text` appears after what was already read (at the start of a line when
    /// `atLineStart`), marks everything up to its end as read, and returns that stretch.
    /// Throws with the transcript when the time runs out or the program exits first.
    @discardableResult
    func waitFor(
        _ text: String, atLineStart: Bool = false, timeout: Duration = TerminalSession.patience
    ) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let shown = try transcript()
            let bytes = Array(shown.utf8)
            let unread = String(decoding: bytes.dropFirst(readOffset), as: UTF8.self)
            if let stretch = Self.stretch(
                of: unread, through: text, atLineStart: atLineStart,
                afterNewline: readOffset == 0 || bytes[readOffset - 1] == UInt8(ascii: "\n"))
            {
                readOffset += stretch.utf8.count
                return stretch
            }
            if let status = try exitStatus() {
                throw TerminalError(
                    "the program exited (status \(status)) without showing '\(text)'",
                    screen: shown)
            }
            guard ContinuousClock.now < deadline else {
                throw TerminalError("'\(text)' did not appear within \(timeout)", screen: shown)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// The exit status once the program has ended, nil while it runs.
    func exitStatus() throws -> Int32? {
        guard let text = try? String(contentsOfFile: statusPath, encoding: .utf8),
            text.hasSuffix("\n")
        else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits for the program to end and returns its exit status.
    func waitForExit(timeout: Duration = TerminalSession.patience) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let status = try exitStatus() { return status }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TerminalError("the program did not exit within \(timeout)", screen: try transcript())
    }

    /// The text of `unread` up to and including the first `text` (one that starts a line when
    /// `atLineStart`; `afterNewline` says whether `unread` itself starts a line).
    private static func stretch(
        of unread: String, through text: String, atLineStart: Bool, afterNewline: Bool
    ) -> String? {
        guard atLineStart else {
            return unread.range(of: text).map { String(unread[..<$0.upperBound]) }
        }
        if afterNewline, unread.hasPrefix(text) { return text }
        return unread.range(of: "\n" + text).map { String(unread[..<$0.upperBound]) }
    }

    private func tmux(_ arguments: [String]) throws -> String {
        guard !isClosed else { throw TerminalError("the terminal session is closed") }
        return try Self.tmux(["-S", socket] + arguments, scratch: directory)
    }

    /// Runs the tmux client and returns its standard output; a failure throws its message.
    private static func tmux(_ arguments: [String], scratch: URL) throws -> String {
        let completion = try TerminalProcess.run(["tmux"] + arguments, scratch: scratch)
        guard completion.status == 0 else {
            throw TerminalError(
                "tmux \(arguments.joined(separator: " ")) failed: "
                    + completion.errors.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return completion.output
    }
}
