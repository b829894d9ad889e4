import CommandShell
import Courant
import Foundation
import NeuralNet
import Synchronization
import Testing

/// Random command lines, from a fixed seed, fed to journals and to the REPL's line handler of a
/// real Courant session: tokens from the command tree and their abbreviations, numbers at the
/// edges (0, −0, 1e308, NaN, huge counts), quotes, braces, binary bytes and CR/LF mixes. No
/// line may crash the program, and every rejected line must be one line of error (naming its
/// journal file and line, for journals).
///
/// Left out, so that the test touches nothing outside itself: shell escapes (`!` lines) and
/// the writing of files (commands that write are refused with a one-line error of their own,
/// so their arguments are still read and checked). A watchdog interrupts any line that runs
/// longer than 0.2 s (an `iterate` of two billion iterations), as Ctrl-C would.
@Suite struct FuzzTests {
    /// The seed; `COURANT_FUZZ_SEED` picks another (to search further by hand).
    static let seed =
        ProcessInfo.processInfo.environment["COURANT_FUZZ_SEED"].flatMap(UInt64.init)
        ?? 20_261_203
    static let replLines = 4_500
    static let journals = 1_500

    @Test func randomLinesNeverCrashAndAreRejectedInOneLine() throws {
        print("FuzzTests seed \(Self.seed)")
        var random = SplitMix64(seed: Self.seed)
        let session = CourantSession(write: { _ in })
        let root = FuzzTree.confined(session.root)
        var vocabulary = FuzzVocabulary(root: root)
        let watchdog = Watchdog(limit: .milliseconds(200))
        defer { watchdog.stop() }

        // The REPL: an interactive session answering its questions from random lines too.
        let answers = (0..<2_000).map { _ in LineRead.line(vocabulary.line(&random)) }
        let repl = ShellSession(
            root: root, output: DiscardedOutput(), input: ScriptedLines(answers),
            isInteractive: true, interrupt: watchdog.interrupt,
            options: BatchOptions(exitOnError: false))
        var rejected = 0
        var furthestIteration = 0
        for _ in 0..<Self.replLines {
            let line = vocabulary.line(&random)
            watchdog.lineStarted()
            do {
                try repl.execute(line)
            } catch let error as ShellError {
                rejected += 1
                #expect(
                    Self.isOneLine(error.description),
                    "REPL line \(line.debugDescription): \(error.description.debugDescription)")
            } catch {
                Issue.record("REPL line \(line.debugDescription) threw \(error), not a ShellError")
            }
            furthestIteration = max(
                furthestIteration, session.lastOutcome?.lastRecord?.iteration ?? 0)
        }

        // Journals of one to five lines, with random line endings, run as `courant run` does.
        let console = CapturedOutput()
        let batch = ShellSession(
            root: root, output: console, input: ScriptedLines([]), isInteractive: false,
            interrupt: watchdog.interrupt)
        for index in 0..<Self.journals {
            let lines = (0..<(1 + Int(random.next() % 5))).map { _ in
                vocabulary.journalLine(&random)
            }
            let endings = ["\n", "\r\n", "\r"]
            let text = lines.map { $0 + endings[Int(random.next() % 3)] }.joined()
            let file = "fuzz-\(index).jou"
            console.clear()
            watchdog.lineStarted()
            do {
                try Journal(text: text, file: file).run(in: batch)
            } catch let error as ShellError {
                rejected += 1
                Self.expectLocated(error.description, file: file, lines: lines.count, text: text)
            } catch {
                Issue.record("journal \(text.debugDescription) threw \(error), not a ShellError")
            }
            // With exit-on-error off (a fuzzed set-batch-options), errors are printed instead.
            for printed in console.lines where printed.hasPrefix("Error: \(file)") {
                Self.expectLocated(
                    String(printed.dropFirst(7)), file: file, lines: lines.count, text: text)
            }
        }
        // The mix must exercise both outcomes, and the solver must have run on fuzzed settings.
        #expect(furthestIteration > 0)
        #expect(rejected > (Self.replLines + Self.journals) / 4)
        #expect(rejected < Self.replLines + Self.journals)
    }

    /// Not empty, and nothing in it that a terminal shows as a new line (line feed, carriage
    /// return, vertical tab, form feed, NEL, line and paragraph separators).
    static func isOneLine(_ text: String) -> Bool {
        !text.isEmpty
            && !text.unicodeScalars.contains {
                [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value)
            }
    }

    /// A journal's error names `file:LINE` with LINE one of its lines, or (an error of the
    /// journal as a whole: a declaration, the count of failures with exit-on-error off) the file.
    static func expectLocated(_ description: String, file: String, lines: Int, text: String) {
        #expect(Self.isOneLine(description), "\(text.debugDescription): \(description)")
        let prefix = file + ":"
        guard description.hasPrefix(prefix) else {
            #expect(
                description.hasPrefix(file + ": ")
                    && description.contains("failed (exit-on-error is off"),
                "\(text.debugDescription): \(description)")
            return
        }
        let number = description.dropFirst(prefix.count).prefix { $0.isNumber }
        #expect(
            Int(number).map { (1...lines).contains($0) } == true,
            "\(text.debugDescription): \(description)")
    }
}

/// The words random lines are made of.
struct FuzzVocabulary {
    /// Item names and full paths of the tree.
    let names: [String]
    /// Full paths of its settings and commands.
    let leaves: [String]
    /// Words that are not names: numbers at the edges, quotes, braces, keywords, junk.
    static let words = [
        "0", "-0", "1", "2", "3", "7", "0.5", "-1", "1e-6", "1e308", "-1e308", "1e-320", "NaN",
        "nan", "inf", "-inf", "2147483647", "-2147483648", "9223372036854775807",
        "99999999999999999999", ",", "?", "help", "q", "..", "/", "//", ";", "yes", "no", "\"",
        "\"a b\"", "\"unterminated", "\"\"", "{", "}", "{1/0}", "{Re}", "{1e308*10}", "{((1)}",
        "{" + String(repeating: "(", count: 500) + "1}", "{-----1}", "{sqrt(-1)}",
        "(parameter", ")", "(parameter Re 100)", "0 0.5 1", "\"0 0.4 1\"", "0,0 1,0",
        "self.jou", "/dev/zero", "models", "lid", "wall", "inlet,outlet", "inlet,nowhere",
    ]

    /// Well-formed lines still to give: the rest of a run started by `line`.
    private var pending: [String] = []

    init(root: MenuNode) {
        var names: [String] = []
        var leaves: [String] = []
        func walk(_ menu: MenuNode) {
            for child in menu.children {
                names += [child.name, child.path]
                switch child {
                case .menu(let submenu): walk(submenu)
                case .setting, .command: leaves.append(child.path)
                }
            }
        }
        walk(root)
        self.names = names
        self.leaves = leaves
    }

    /// One line: half the time a setting or command by its full path, a fifth of the time by
    /// Fluent abbreviations of its path (`so mo re co`), each followed by 0-4 random words;
    /// otherwise 0-6 random words. Never a shell escape.
    mutating func line(_ random: inout SplitMix64) -> String {
        // Now and then a well-formed step of a run, so that the solver iterates on whatever
        // settings the other lines left (the watchdog ends the two-billion-iteration one).
        if !pending.isEmpty { return pending.removeFirst() }
        if random.next() % 60 == 0 {
            // A mesh, the flow initialised, then iterations with every setting as fuzzed so far.
            let count = ["5", "40", "300", "2147483647"][Int(random.next() % 4)]
            pending = [
                "/mesh/y-edges \"0 1\"", "/mesh/grading-x 1", "/mesh/grading-y 1",
                "/mesh/solid-blocks \"\"", "/mesh/cells-x 6", "/mesh/cells-y 5",
                "/solve/initialize/initialize-flow", "/solve/iterate " + count,
                "/report/summary no",
            ]
            return "/mesh/x-edges \"0 1\""
        }
        let kind = random.next() % 10
        var parts: [String] = []
        if kind < 7 {
            let leaf = leaves[Int(random.next() % UInt64(leaves.count))]
            parts =
                kind < 5
                ? [leaf]
                : leaf.split(separator: "/").map { abbreviation(String($0), &random) }
            // From the root half the time; from wherever the REPL stands otherwise.
            if kind >= 5 && random.next() % 2 == 0 { parts[0] = "/" + parts[0] }
            parts += (0..<Int(random.next() % 5)).map { _ in word(&random) }
        } else {
            parts = (0..<Int(random.next() % 7)).map { _ in word(&random) }
        }
        var line = parts.joined(separator: " ")
        if random.next() % 10 == 0 {
            // A line ending inside the line, as a file mixing conventions has.
            line.insert(
                contentsOf: ["\r", "\r\n", "\n"][Int(random.next() % 3)], at: line.startIndex)
        }
        while line.trimmingCharacters(in: .whitespaces).hasPrefix("!") { line.removeFirst() }
        return line
    }

    /// A journal line: as `line`, on one line.
    mutating func journalLine(_ random: inout SplitMix64) -> String {
        var line = ""
        for scalar in self.line(&random).unicodeScalars {
            line.unicodeScalars.append(scalar == "\n" || scalar == "\r" ? " " : scalar)
        }
        return line
    }

    private func word(_ random: inout SplitMix64) -> String {
        switch random.next() % 10 {
        case 0...4:
            return names[Int(random.next() % UInt64(names.count))]
        case 5:
            return abbreviation(names[Int(random.next() % UInt64(names.count))], &random)
        case 6:
            return Self.bytes(&random)
        default:
            return Self.words[Int(random.next() % UInt64(Self.words.count))]
        }
    }

    /// Each hyphen-separated phrase of `name` cut to a random non-empty prefix.
    private func abbreviation(_ name: String, _ random: inout SplitMix64) -> String {
        name.split(separator: "-").map { phrase in
            String(phrase.prefix(1 + Int(random.next() % UInt64(max(phrase.count, 1)))))
        }.joined(separator: "-")
    }

    /// 1-8 random Unicode scalars: control characters, NUL, bytes above 127, emoji.
    private static func bytes(_ random: inout SplitMix64) -> String {
        var text = ""
        for _ in 0..<(1 + random.next() % 8) {
            let choice = random.next() % 4
            let value: UInt32 =
                choice == 0
                ? UInt32(random.next() % 32)
                : choice == 1
                    ? UInt32(0x80 + random.next() % 0x780)
                    : choice == 2 ? UInt32(0x1F600 + random.next() % 64) : UInt32(0xFFFD)
            if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
        }
        return text
    }
}

/// The session's tree as the fuzz test may use it: every command that writes a file (case,
/// data, journal, transcript, history database, report file or a force monitor's, line
/// profile, VTK, a report's `write-to-file? yes`) refused with a one-line error after its arguments were read, and
/// `exit`, which would end every later journal at its first command. Everything else is the
/// real tree's: its aliases (`wc` reaches the confined `write-case`), menus' default commands
/// and commands that read their own answers.
enum FuzzTree {
    static let writers: Set<String> = [
        "/file/write-case", "/file/write-case-data", "/file/write-data", "/file/start-journal",
        "/file/start-transcript", "/file/history/database", "/solve/report-files/create",
        "/report/line-profile", "/report/vtk", "/report/forces/wall-forces",
        "/solve/report-files/add", "/solve/monitors/force/set-drag-monitor",
        "/solve/monitors/force/set-lift-monitor", "/solve/monitors/force/drag-coefficient",
        "/solve/monitors/force/lift-coefficient", "/exit",
    ]

    static func confined(_ menu: MenuNode) -> MenuNode {
        let copy = MenuNode(
            menu.name, help: menu.help,
            children: menu.children.map { child in
                switch child {
                case .menu(let submenu): return .menu(confined(submenu))
                case .setting: return child
                case .command(let command): return .command(confined(command))
                }
            })
        copy.aliases = menu.aliases
        if let (command, claims) = menu.defaultCommand {
            copy.setDefaultCommand(confined(command), claims: claims)
        }
        return copy
    }

    private static func confined(_ command: CommandNode) -> CommandNode {
        let path = command.path
        let writes = writers.contains(path)
        let action = command.action
        let copy = CommandNode(
            command.name, help: command.help, arguments: command.arguments,
            isRecorded: command.isRecorded, readsAnswers: command.readsAnswers
        ) { call in
            if writes || call.arguments["write-to-file?"] == .boolean(true) {
                throw ShellError("not run by the fuzz test: it writes a file or ends the session")
            }
            try action(call)
        }
        // Fluent's keyword form is fuzzed too, confined the same way.
        if let form = command.keywordForm {
            copy.keywordForm = (
                claims: form.claims,
                action: { call in
                    if writes { throw ShellError("not run by the fuzz test: it writes a file") }
                    try form.action(call)
                }
            )
        }
        return copy
    }
}

/// Console text thrown away: the fuzz test checks errors, not output.
final class DiscardedOutput: ShellOutput {
    func write(_ text: String) {}
}

/// Raises `interrupt` (as Ctrl-C does) when one line has run longer than `limit`.
final class Watchdog: Sendable {
    let interrupt = InterruptFlag()
    private let started = Atomic<Int>(0)
    private let stopped = Atomic<Bool>(false)

    init(limit: Duration) {
        let thread = Thread { [self] in
            var seen = -1
            var since = ContinuousClock.now
            while !stopped.load(ordering: .acquiring) {
                let now = started.load(ordering: .acquiring)
                if now != seen {
                    seen = now
                    since = ContinuousClock.now
                } else if ContinuousClock.now - since > limit {
                    interrupt.raise()
                    since = ContinuousClock.now
                }
                usleep(20_000)
            }
        }
        thread.start()
    }

    /// A new line starts: its time limit starts now.
    func lineStarted() {
        started.add(1, ordering: .releasing)
    }

    func stop() {
        stopped.store(true, ordering: .releasing)
    }
}
