import Foundation
import Testing

/// The permissively licensed public Fluent journals in `cases/fluent-journals` (README there:
/// repository, path, licence of each), each run by `courant -i` after a small shipped-style
/// case (an 8 × 4 channel whose patches carry the journal's zone names) is set up in the same
/// journal. Counts the commands Courant accepted (ignored graphics included) and lists every
/// rejected one with its reason, so a regression shows as a number.
@Suite struct FluentJournalCorpusTests {
    /// Patch names and zone types for journals whose zones are not `inlet outlet wall`.
    /// Journal 04 names its zones by id (a wall 4, an outlet 5): Courant's ids count from 3 in
    /// mesh order (`list-zones`), so its zones are laid out so that 4 and 5 are those.
    static let zones: [String: (names: String, types: String)] = [
        "04": ("inlet wall outlet upper-wall", "velocity-inlet wall pressure-outlet wall"),
        "05": ("velocity_inlet pressure_outlet wall-air wall", ""),
        "06": ("velocity_inlet pressure_outlet wall wall-2", ""),
        "08": ("inlet outlet surface wall", ""),
        "09": (
            "cold-inlet outlet hot-inlet wall", "velocity-inlet pressure-outlet velocity-inlet wall"
        ),
        "10": (
            "inlet-1 outlet-1 inlet-2 inlet-3",
            "velocity-inlet pressure-outlet velocity-inlet velocity-inlet"
        ),
    ]

    /// Journals written for 3-D cases (their residual lists, force vectors and inlet answers
    /// have z components): set up on a 3-D box instead of the plane channel.
    static let threeDimensional: Set<String> = ["02", "03", "05", "08", "09", "10"]

    /// The set-up lines put before each journal: a small channel with the journal's zones (a
    /// plane 8 × 4 one, or the 4 × 2 × 2 box `box3d.msh` for a 3-D journal).
    static func setup(for key: String) -> String {
        let zone = zones[key]
        let types = zone?.types.isEmpty == false ? zone?.types : nil
        let mesh =
            threeDimensional.contains(key)
            ? "/file/import/gmsh box3d.msh\n"
            : """
            /mesh/x-edges "0 4"
            /mesh/y-edges "0 1"
            /mesh/cells-x 8
            /mesh/cells-y 4
            /mesh/patch-names \(names(for: key))

            """
        return mesh + """
            /define/materials/viscosity 0.01
            /define/boundary-conditions/zone-type \(types ?? "velocity-inlet pressure-outlet wall wall")

            """
    }

    /// The four zone names of a journal's set-up.
    static func names(for key: String) -> String {
        zones[key]?.names ?? "inlet outlet wall upper-wall"
    }

    /// A Gmsh 2.2 mesh of the box [0, 4] × [0, 1] × [0, 1] in 4 × 2 × 2 hexahedra whose zones
    /// are `names`: x = 0, x = 4, y = 0, and the other three sides.
    static func box(names: [String]) -> String {
        let (nx, ny, nz) = (4, 2, 2)
        func node(_ i: Int, _ j: Int, _ k: Int) -> Int { 1 + i + (nx + 1) * (j + (ny + 1) * k) }
        var nodes: [String] = []
        for k in 0...nz {
            for j in 0...ny {
                for i in 0...nx {
                    nodes.append(
                        "\(node(i, j, k)) \(4.0 * Double(i) / Double(nx)) "
                            + "\(Double(j) / Double(ny)) \(Double(k) / Double(nz))")
                }
            }
        }
        var elements: [String] = []
        func add(_ type: Int, _ group: Int, _ corners: [Int]) {
            elements.append(
                "\(elements.count + 1) \(type) 2 \(group) \(group) "
                    + corners.map(String.init).joined(separator: " "))
        }
        for j in 0..<ny {
            for k in 0..<nz {
                add(
                    3, 1,
                    [node(0, j, k), node(0, j + 1, k), node(0, j + 1, k + 1), node(0, j, k + 1)])
                add(
                    3, 2,
                    [
                        node(nx, j, k), node(nx, j + 1, k), node(nx, j + 1, k + 1),
                        node(nx, j, k + 1),
                    ])
            }
        }
        for i in 0..<nx {
            for k in 0..<nz {
                add(
                    3, 3,
                    [node(i, 0, k), node(i + 1, 0, k), node(i + 1, 0, k + 1), node(i, 0, k + 1)])
                add(
                    3, 4,
                    [
                        node(i, ny, k), node(i + 1, ny, k), node(i + 1, ny, k + 1),
                        node(i, ny, k + 1),
                    ])
            }
            for j in 0..<ny {
                add(
                    3, 4,
                    [node(i, j, 0), node(i + 1, j, 0), node(i + 1, j + 1, 0), node(i, j + 1, 0)])
                add(
                    3, 4,
                    [
                        node(i, j, nz), node(i + 1, j, nz), node(i + 1, j + 1, nz),
                        node(i, j + 1, nz),
                    ])
            }
        }
        for k in 0..<nz {
            for j in 0..<ny {
                for i in 0..<nx {
                    add(
                        5, 5,
                        [
                            node(i, j, k), node(i + 1, j, k), node(i + 1, j + 1, k),
                            node(i, j + 1, k), node(i, j, k + 1), node(i + 1, j, k + 1),
                            node(i + 1, j + 1, k + 1), node(i, j + 1, k + 1),
                        ])
                }
            }
        }
        let physical = names.enumerated().map { "2 \($0.offset + 1) \"\($0.element)\"" }
        return
            (["$MeshFormat", "2.2 0 8", "$EndMeshFormat", "$PhysicalNames", "5"]
            + physical + ["3 5 \"fluid\"", "$EndPhysicalNames", "$Nodes", "\(nodes.count)"]
            + nodes + ["$EndNodes", "$Elements", "\(elements.count)"] + elements
            + ["$EndElements"]).joined(separator: "\n") + "\n"
    }

    /// What one journal's run gave.
    struct Tally {
        var commands = 0
        var rejected: [(line: Int, reason: String, text: String)] = []
    }

    static func run(_ file: String, in folder: ScratchFolder) throws -> Tally {
        let key = String(file.prefix(2))
        let setup = Self.setup(for: key)
        let journal = try String(
            contentsOfFile: CaseReplay.casesDirectory + "/fluent-journals/" + file, encoding: .utf8)
        if threeDimensional.contains(key) {
            let names = Self.names(for: key).split(separator: " ").map(String.init)
            _ = try folder.write(Self.box(names: names), to: "box3d.msh")
        }
        // The case and data files the journal reads are Courant's, of the set-up after two
        // iterations (Fluent names the data file from the case file: NAME.cas, NAME.dat).
        _ = try folder.write(
            setup + "/solve/initialize/initialize-flow\n/solve/iterate 2\n"
                + "/file/write-case-data base.cas\n", to: "setup-\(key).jou")
        _ = try CourantInvocation.run(
            ["-i", "setup-\(key).jou", "--history", folder.file("h.db")], in: folder.path,
            environment: ["COURANT_MODEL": "none"])
        let base = try String(contentsOfFile: folder.file("base.cas"), encoding: .utf8)
        let data = try String(contentsOfFile: folder.file("base.dat"), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"[\w./-]+\.cas(\.h5|\.gz)?"#)
        for match in pattern.matches(
            in: journal, range: NSRange(journal.startIndex..., in: journal))
        {
            guard let range = Range(match.range, in: journal) else { continue }
            var name = String(journal[range])
            if name.hasPrefix("./") { name.removeFirst(2) }
            guard !name.contains("/") else { continue }
            _ = try folder.write(base, to: name)
            _ = try folder.write(data, to: Self.dataName(forCase: name))
        }
        _ = try folder.write(setup + journal, to: "j\(key).jou")
        let result = try CourantInvocation.run(
            ["-i", "j\(key).jou", "--history", folder.file("h.db")], in: folder.path,
            environment: ["COURANT_MODEL": "none"], timeout: 600)
        #expect(result.status <= 5, "\(file): exit \(result.status)")
        let offset = setup.split(separator: "\n").count
        var tally = Tally()
        let lines = (result.standardOutput + result.standardError).split(separator: "\n")
        tally.commands =
            result.standardOutput.split(separator: "\n")
            .filter { $0.hasPrefix("> ") }.count - offset
        let prefix = "Error: j\(key).jou:"
        for line in lines where line.hasPrefix(prefix) {
            let rest = line.dropFirst(prefix.count)
            guard let colon = rest.firstIndex(of: ":"), let number = Int(rest[..<colon]) else {
                continue
            }
            let reason =
                line.hasSuffix("]")
                ? String(
                    line[line.index(after: line.lastIndex(of: "[") ?? line.startIndex)...]
                        .dropLast()) : "stopped the run"
            tally.rejected.append((number - offset, reason, String(rest[colon...].dropFirst(2))))
        }
        return tally
    }

    /// Fluent's data-file name for a case file: `.cas` becomes `.dat`, else `.dat` is added.
    static func dataName(forCase name: String) -> String {
        if name.hasSuffix(".cas") { return String(name.dropLast(4)) + ".dat" }
        if let range = name.range(of: ".cas.", options: .backwards) {
            return name.replacingCharacters(in: range, with: ".dat.")
        }
        return name + ".dat"
    }

    @Test func theShippedJournalsAreMostlyAcceptedAndEveryRejectionSaysWhy() throws {
        let folder = try ScratchFolder("fluent-corpus")
        defer { folder.remove() }
        let files = try FileManager.default.contentsOfDirectory(
            atPath: CaseReplay.casesDirectory + "/fluent-journals"
        ).filter { $0.hasSuffix(".jou") }.sorted()
        #expect(files.count >= 10)
        for file in files {
            let licence =
                CaseReplay.casesDirectory + "/fluent-journals/"
                + file.dropLast(".jou".count) + ".LICENSE"
            #expect(
                FileManager.default.fileExists(atPath: licence),
                "\(file): its licence's text is not beside it")
        }
        var commands = 0
        var reasons: [String: Int] = [:]
        var report = ""
        for file in files {
            let tally = try Self.run(file, in: folder)
            commands += tally.commands
            report += "\(file): \(tally.commands) commands, \(tally.rejected.count) rejected\n"
            for rejection in tally.rejected {
                reasons[rejection.reason, default: 0] += 1
                report += "  line \(rejection.line) [\(rejection.reason)] \(rejection.text)\n"
            }
        }
        let rejected = reasons.values.reduce(0, +)
        let outside = reasons["not available in Courant", default: 0]
        let inScope = Double(commands - rejected) / Double(commands - outside)
        print(report)
        print(
            "accepted \(commands - rejected) of \(commands) commands; "
                + "\(commands - rejected) of \(commands - outside) within Courant's physics "
                + "(\(String(format: "%.1f", 100 * inScope)) %); rejected by reason: \(reasons)")
        // Every rejection names its kind.
        #expect(
            Set(reasons.keys).isSubset(
                of: [
                    "unknown command", "malformed", "not available in Courant", "failed",
                    "stopped the run",
                ]))
        // Measured 2026-12-03: 122 of 211 accepted, 122 of 137 within Courant's physics (89.1 %;
        // before this round 96 of 143, 67.1 %, on the plane set-up alone); the issue's target
        // is 90 %. The rest are the journals' own mistakes and missing files (a URL line, /afs
        // paths, commented-out file names), turbulence wall answers, the energy model's answers
        // and radiation's residual. This floor catches regressions.
        #expect(commands >= 205)
        #expect(inScope >= 0.90)
    }
}
