import CommandShell
import FlowSolver
import Foundation

/// Courant's data file (Fluent's `.dat`): the solution a run continues from, written by
/// `/file/write-data` and `write-case-data` beside the case file and read by `read-data` and
/// `read-case-data`. Text, one value per line so that an error names its line, every number
/// written in Swift's shortest round-trip form (read back bit for bit):
///
/// ```
/// ; Courant 0.1.0 data file: case NAME
/// courant-data 1
/// mesh DIMENSION CELLS FACES
/// iteration N
/// normalisation EQUATION FACTOR        (one line per equation normalised so far)
/// field NAME                           (then CELLS values, in cell order)
/// face-flux                            (then FACES values, kg/s, per m depth in 2-D)
/// end
/// ```
struct DataFile: Equatable {
    /// The mesh the solution belongs to: dimension, cells, faces.
    var dimension: Int
    var cells: Int
    var faces: Int
    /// The solution.
    var state: SolutionState
    /// The order fields are written in.
    var fieldOrder: [String]

    /// The data file of `solver`'s current solution.
    init(_ solver: SteadyFlowSolver) {
        dimension = solver.mesh.dimension
        cells = solver.mesh.nCells
        faces = solver.mesh.nFaces
        state = solver.solutionState
        fieldOrder = solver.stateFieldNames
    }

    /// The file's text, headed by a comment naming `caseName`.
    func text(caseName: String) -> String {
        var lines = [
            "; Courant \(CourantSession.version) data file: case \(caseName)", "courant-data 1",
            "mesh \(dimension) \(cells) \(faces)", "iteration \(state.iteration)",
        ]
        for (equation, factor) in state.normalisation.sorted(by: { $0.key < $1.key }) {
            lines.append("normalisation \(equation) \(factor)")
        }
        for name in fieldOrder {
            lines.append("field \(name)")
            lines += (state.fields[name] ?? []).map { "\($0)" }
        }
        lines.append("face-flux")
        lines += state.faceFlux.map { "\($0)" }
        lines.append("end")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The path of the data file that goes with the case file `casePath`, as Fluent names it:
    /// `.cas` becomes `.dat` (`run.cas.h5` → `run.dat.h5`); a name without `.cas` gets `.dat`.
    static func path(forCase casePath: String) -> String {
        let folder = PathText.folder(of: casePath)
        let name = PathText.lastComponent(of: casePath)
        let renamed: String
        if name.hasSuffix(".cas") {
            renamed = String(name.dropLast(4)) + ".dat"
        } else if let range = name.range(of: ".cas.", options: .backwards) {
            renamed = name.replacingCharacters(in: range, with: ".dat.")
        } else {
            renamed = name + ".dat"
        }
        return PathText.joined(folder, renamed)
    }

    /// Reads the data file at `path`; a malformed file throws one line `PATH:LINE: message`.
    init(reading path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ShellError("cannot read the data file \(path)")
        }
        var reader = Reader(path: path, text: String(decoding: data, as: UTF8.self))
        guard try reader.words() == ["courant-data", "1"] else {
            throw reader.failure(
                "not a Courant data file (its first line must be 'courant-data 1')")
        }
        let mesh = try reader.words()
        guard mesh.count == 4, mesh[0] == "mesh", let dimension = Int(mesh[1]),
            let cells = Int(mesh[2]), let faces = Int(mesh[3]), [2, 3].contains(dimension),
            cells > 0, faces > 0
        else { throw reader.failure("expected 'mesh DIMENSION CELLS FACES'") }
        let counter = try reader.words()
        guard counter.count == 2, counter[0] == "iteration", let iteration = Int(counter[1]),
            iteration >= 0
        else { throw reader.failure("expected 'iteration N' (N ≥ 0)") }
        var state = SolutionState(
            iteration: iteration, fields: [:], faceFlux: [], normalisation: [:])
        var order: [String] = []
        var complete = false
        while !complete {
            let words = try reader.words()
            switch words.first {
            case "normalisation":
                guard words.count == 3, let factor = Double(words[2]), factor >= 0 else {
                    throw reader.failure("expected 'normalisation EQUATION FACTOR'")
                }
                state.normalisation[words[1]] = factor
            case "field":
                guard words.count == 2, state.fields[words[1]] == nil else {
                    throw reader.failure("expected 'field NAME', each field once")
                }
                state.fields[words[1]] = try reader.values(cells, of: words[1])
                order.append(words[1])
            case "face-flux":
                guard words.count == 1, state.faceFlux.isEmpty else {
                    throw reader.failure("expected 'face-flux' once, alone on its line")
                }
                state.faceFlux = try reader.values(faces, of: "face-flux")
            case "end":
                guard !state.faceFlux.isEmpty else { throw reader.failure("no face-flux section") }
                complete = true
            default:
                throw reader.failure(
                    "expected normalisation, field, face-flux or end, found "
                        + "'\(words.joined(separator: " "))'")
            }
        }
        self.dimension = dimension
        self.cells = cells
        self.faces = faces
        self.state = state
        self.fieldOrder = order
    }

    /// Reads a data file's lines, skipping blank and `;` comment lines.
    private struct Reader {
        let path: String
        let lines: [Substring]
        var index = 0

        init(path: String, text: String) {
            self.path = path
            lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        }

        /// The words of the next line that is neither blank nor a comment.
        mutating func words() throws -> [String] {
            while index < lines.count {
                let line = lines[index]
                index += 1
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.hasPrefix(";") { continue }
                return trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
            }
            throw ShellError("\(path): the file ends early (no 'end' line)")
        }

        /// The next `count` numbers, one per line, of section `name`.
        mutating func values(_ count: Int, of name: String) throws -> [Double] {
            var values: [Double] = []
            values.reserveCapacity(count)
            for _ in 0..<count {
                let words = try self.words()
                guard words.count == 1, let value = Double(words[0]) else {
                    throw failure(
                        "\(name): expected one number, found '\(words.joined(separator: " "))'")
                }
                values.append(value)
            }
            return values
        }

        /// An error naming the line just read.
        func failure(_ message: String) -> ShellError {
            ShellError("\(path):\(index): \(message)")
        }
    }
}
