import Foundation

/// A command session over one settings tree: the current menu, where text goes, where prompts
/// read from, the interrupt flag, the journal position, batch options and the journal recorder.
///
/// Not thread-safe: one session runs on one thread; only `interrupt` may be touched from a
/// signal handler.
public final class ShellSession {
    /// The tree's root menu.
    public let root: MenuNode
    /// The menu relative paths start from, shown in the prompt.
    public var currentMenu: MenuNode
    /// Console text: command output, help, errors, prompts.
    public var output: any ShellOutput
    /// Lines for prompting when a command is typed without all its arguments.
    public var input: any LineSource
    /// Whether a person answers prompts (re-prompted after a bad value) rather than a script.
    public var isInteractive: Bool
    /// Raised by Ctrl-C; long commands poll `isInterrupted`.
    public let interrupt: InterruptFlag
    /// The journal file and line of the command now running; nil when typed.
    public internal(set) var location: SourceLocation?
    /// Batch behaviour (overwrite confirmation, exit on error, hidden questions, echo).
    public var options: BatchOptions
    /// When set, each successful command is recorded in canonical form (`/file/start-journal`).
    public var recorder: JournalRecorder?
    /// Set by a command such as `/exit`; the REPL and journal runners stop after that command.
    public private(set) var isExitRequested = false
    /// The console width in columns for menu listings; the REPL follows the terminal's width.
    public var listingWidth: () -> Int = { 80 }
    /// The journals being read, outermost first: each one's resolved path and where the
    /// command that read it stands (nil for the outermost), to refuse a journal that reads
    /// itself, directly or through others.
    var journalsBeingRead: [(identity: String, readAt: SourceLocation?)] = []
    /// The type of the value being asked for at an argument prompt, so that Tab completes its
    /// choices; nil at the command prompt.
    var promptedType: ValueType?

    /// Makes a session at the root menu.
    public init(
        root: MenuNode, output: any ShellOutput, input: any LineSource, isInteractive: Bool = true,
        interrupt: InterruptFlag = .process, options: BatchOptions = BatchOptions()
    ) {
        self.root = root
        self.currentMenu = root
        self.output = output
        self.input = input
        self.isInteractive = isInteractive
        self.interrupt = interrupt
        self.options = options
    }

    /// The REPL prompt: the current menu's path then `>`, e.g. `/solve/monitors/residual> `;
    /// `> ` at the root, as in Fluent.
    public var prompt: String {
        let path = currentMenu.path
        return (path == "/" ? "" : String(path.dropLast())) + "> "
    }

    /// Writes console text.
    public func write(_ text: String) {
        output.write(text)
    }

    /// Whether Ctrl-C has been pressed since the command started; long loops poll this.
    public var isInterrupted: Bool { interrupt.isRaised }

    /// Asks the program to stop after the current command (`/exit`).
    public func requestExit() {
        isExitRequested = true
    }

    /// Asks a yes/no question (e.g. before overwriting a file). Without a person to answer,
    /// the answer is yes when overwrite confirmation is off and no otherwise.
    public func confirm(_ question: String) -> Bool {
        guard options.confirmOverwrite else { return true }
        guard isInteractive else {
            if !options.hideQuestions { write("\(question) [no] no (batch mode)\n") }
            return false
        }
        while true {
            switch input.readLine(prompt: "\(question) [no] ") {
            case .line(let text):
                let answer = text.trimmingCharacters(in: .whitespaces)
                if answer.isEmpty || answer == "," { return false }
                if let value = try? ValueType.boolean.parse(answer), case .boolean(let yes) = value
                {
                    return yes
                }
                write("please answer yes or no\n")
            case .interrupted, .endOfInput:
                return false
            }
        }
    }
}
