import CommandShell
import Foundation

/// A sweep file: which journal to run and which parameters and settings to vary.
///
/// The format is line based; `#` starts a comment; words are separated by blanks:
///
///     # Lid-driven cavity: Reynolds number and mesh study
///     journal cases/lid-driven-cavity.jou          # required, once; relative to this file
///     parameter Re 100 400 1000                    # a parameter the journal declares
///     parameter cells 33 65
///     parameter Re 100:1000:100                    # or an inclusive range start:stop:step
///     set /solve/set/under-relaxation/pressure 0.3 0.5   # a TUI setting, by command path
///     mode product                                 # product (default) or list
///
/// `product` runs every combination, the last dimension varying fastest; `list` runs the i-th
/// value of every dimension together (all dimensions must have the same number of values).
/// Each run is `courant run JOURNAL --set NAME=VALUE ...`, parameters and settings alike, and
/// the history records every `--set` among the run's parameters (what resume compares).
///
/// Every problem is a `SweepError` naming `FILE:LINE`, raised before any run starts.
public struct SweepFile: Sendable, Equatable {
    /// The sweep file's path as given (used in error messages).
    public var path: String
    /// The journal path as written, and its line.
    public var journal: (path: String, line: Int)?
    /// The dimensions in file order.
    public var dimensions: [SweepDimension]
    /// How dimensions combine, and the line that said so (0 for the default).
    public var mode: (mode: SweepMode, line: Int)

    /// Reads and parses the sweep file at `path`.
    public static func read(path: String) throws -> SweepFile {
        let text: String
        do throws(UserTextFile.Unreadable) {
            text = try UserTextFile.read(path)
        } catch {
            throw SweepError(
                file: path, line: 0, message: "cannot read the sweep file: \(error.reason)")
        }
        return try parse(text, path: path)
    }

    /// Parses sweep-file text; `path` is used for errors and to resolve the journal.
    public static func parse(_ text: String, path: String) throws -> SweepFile {
        var sweep = SweepFile(path: path, journal: nil, dimensions: [], mode: (.product, 0))
        for (index, rawLine) in UserTextFile.lines(of: text).enumerated() {
            let line = index + 1
            let content =
                rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                .first ?? ""
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                .map(String.init)
            guard let directive = words.first else { continue }
            let fail = { (message: String) in SweepError(file: path, line: line, message: message) }
            switch directive {
            case "journal":
                guard words.count == 2 else { throw fail("expected 'journal PATH'") }
                if let earlier = sweep.journal {
                    throw fail("second journal line (the first is line \(earlier.line))")
                }
                sweep.journal = (words[1], line)
            case "parameter", "set":
                let kind: SweepDimension.Kind = directive == "set" ? .setting : .parameter
                guard words.count >= 2 else { throw fail("expected '\(directive) NAME VALUE...'") }
                let name = words[1]
                if kind == .setting && !name.hasPrefix("/") {
                    throw fail(
                        "'set' takes a TUI command path such as /solve/set/..., got '\(name)'")
                }
                if let earlier = sweep.dimensions.first(where: { $0.name == name }) {
                    throw fail("'\(name)' is already swept on line \(earlier.line)")
                }
                var values: [String] = []
                for word in words.dropFirst(2) {
                    if ParameterValue.isNonFiniteNumber(word) {
                        throw fail("'\(word)' is not a finite number")
                    }
                    do {
                        values += try SweepValue.range(word) ?? [word]
                    } catch {
                        throw fail(error.description)
                    }
                }
                guard !values.isEmpty else { throw fail("'\(name)' has an empty list of values") }
                sweep.dimensions.append(
                    SweepDimension(name: name, kind: kind, values: values, line: line))
            case "mode":
                guard words.count == 2, let mode = SweepMode(rawValue: words[1]) else {
                    throw fail("expected 'mode product' or 'mode list'")
                }
                sweep.mode = (mode, line)
            default:
                throw fail("unknown directive '\(directive)' (journal, parameter, set, mode)")
            }
        }
        return sweep
    }

    /// Equal when every field is equal.
    public static func == (a: SweepFile, b: SweepFile) -> Bool {
        a.path == b.path && a.journal?.path == b.journal?.path && a.journal?.line == b.journal?.line
            && a.dimensions == b.dimensions && a.mode == b.mode
    }
}
