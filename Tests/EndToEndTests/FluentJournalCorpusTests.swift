import Foundation
import Testing

/// The permissively licensed public Fluent journals in `cases/fluent-journals` (README there:
/// repository, path, licence of each), each run by `courant -i` after a small shipped-style
/// case (an 8 × 4 channel whose patches carry the journal's zone names) is set up in the same
/// journal. Counts the commands Courant accepted (ignored graphics included) and lists every
/// rejected one with its reason, so a regression shows as a number.
@Suite struct FluentJournalCorpusTests {
    /// Patch names and zone types for journals whose zones are not `inlet outlet wall`.
    static let zones: [String: (names: String, types: String)] = [
        "05": ("velocity_inlet pressure_outlet wall-air wall", ""),
        "06": ("velocity_inlet pressure_outlet wall wall-2", ""),
        "09": (
            "cold-inlet outlet hot-inlet wall", "velocity-inlet pressure-outlet velocity-inlet wall"
        ),
        "10": (
            "inlet-1 outlet-1 inlet-2 inlet-3",
            "velocity-inlet pressure-outlet velocity-inlet velocity-inlet"
        ),
    ]

    /// The set-up lines put before each journal: a small channel with the journal's zones.
    static func setup(for key: String) -> String {
        let zone = zones[key]
        let types = zone?.types.isEmpty == false ? zone?.types : nil
        return """
            /mesh/x-edges "0 4"
            /mesh/y-edges "0 1"
            /mesh/cells-x 8
            /mesh/cells-y 4
            /mesh/patch-names \(zone?.names ?? "inlet outlet wall upper-wall")
            /define/materials/viscosity 0.01
            /define/boundary-conditions/zone-type \(types ?? "velocity-inlet pressure-outlet wall wall")

            """
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
        // The case files the journal reads are Courant case files of the set-up.
        _ = try folder.write(setup + "/file/write-case base.cas\n", to: "setup-\(key).jou")
        _ = try CourantInvocation.run(
            ["-i", "setup-\(key).jou", "--history", folder.file("h.db")], in: folder.path,
            environment: ["COURANT_MODEL": "none"])
        let base = try String(contentsOfFile: folder.file("base.cas"), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"[\w./-]+\.cas(\.h5|\.gz)?"#)
        for match in pattern.matches(
            in: journal, range: NSRange(journal.startIndex..., in: journal))
        {
            guard let range = Range(match.range, in: journal) else { continue }
            var name = String(journal[range])
            if name.hasPrefix("./") { name.removeFirst(2) }
            guard !name.contains("/") else { continue }
            _ = try folder.write(base, to: name)
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

    @Test func theShippedJournalsAreMostlyAcceptedAndEveryRejectionSaysWhy() throws {
        let folder = try ScratchFolder("fluent-corpus")
        defer { folder.remove() }
        let files = try FileManager.default.contentsOfDirectory(
            atPath: CaseReplay.casesDirectory + "/fluent-journals"
        ).filter { $0.hasSuffix(".jou") }.sorted()
        #expect(files.count >= 10)
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
        // Measured 2026-12: 96 of 212 accepted, 96 of 143 within Courant's physics (67.1 %); the
        // issue's target is 90 %. This floor catches regressions. (The count fell from 236 when
        // `report-definitions add`, `report-files add` and `report-plots` began reading their
        // answer lines, which had been counted as unknown commands of their own.)
        #expect(commands >= 205)
        #expect(inScope >= 0.67)
    }
}
