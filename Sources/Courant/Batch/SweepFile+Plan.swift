import CommandShell
import Foundation
import RunHistory

/// The names a journal declares as parameters (`Re`, `cells`), given the journal's absolute
/// path: the seam through which the command layer's journal reader validates sweeps.
public typealias JournalParameterDeclarations = @Sendable (_ journalPath: String) throws -> [String]

extension SweepFile {
    /// Validates the sweep against its journal and expands it into runs.
    ///
    /// Fails, with `FILE:LINE`, on: no journal line; a journal that does not exist; a
    /// `parameter` the journal does not declare; `mode list` with dimensions of unequal length.
    public func plan(declaredParameters: JournalParameterDeclarations) throws -> SweepPlan {
        guard let journal else {
            throw SweepError(file: path, line: 0, message: "no 'journal PATH' line")
        }
        let journalPath = Self.resolve(journal.path, relativeTo: path)
        let text: String
        do throws(UserTextFile.Unreadable) {
            text = try UserTextFile.read(journalPath)
        } catch {
            throw SweepError(
                file: path, line: journal.line,
                message: "journal '\(journal.path)': \(error.reason) (\(journalPath))")
        }
        let declared: [String]
        do {
            declared = try declaredParameters(journalPath)
        } catch {
            throw SweepError(
                file: path, line: journal.line, message: "journal '\(journal.path)': \(error)")
        }
        for dimension in dimensions where dimension.kind == .parameter {
            guard declared.contains(dimension.name) else {
                let known = declared.isEmpty ? "no parameters" : declared.joined(separator: ", ")
                throw SweepError(
                    file: path, line: dimension.line,
                    message:
                        "unknown parameter '\(dimension.name)': '\(journal.path)' declares \(known)"
                )
            }
        }
        let caseName = URL(fileURLWithPath: journalPath).deletingPathExtension().lastPathComponent
        return SweepPlan(
            journalPath: journalPath, caseHash: CaseIdentity.caseHash(journal: text),
            caseName: caseName, runs: try expand())
    }

    private func expand() throws -> [SweepRun] {
        switch mode.mode {
        case .product:
            var combinations: [[(name: String, value: String)]] = [[]]
            for dimension in dimensions {
                combinations = combinations.flatMap { prefix in
                    dimension.values.map { prefix + [(dimension.name, $0)] }
                }
            }
            return combinations.enumerated().map { SweepRun(index: $0, assignments: $1) }
        case .list:
            let counts = Set(dimensions.map(\.values.count))
            guard counts.count <= 1 else {
                let lengths = dimensions.map { "\($0.name) \($0.values.count)" }.joined(
                    separator: ", ")
                throw SweepError(
                    file: path, line: mode.line,
                    message: "mode list needs equally long value lists, got \(lengths)")
            }
            let count = counts.first ?? 1
            return (0..<count).map { index in
                SweepRun(index: index, assignments: dimensions.map { ($0.name, $0.values[index]) })
            }
        }
    }

    /// `file` as an absolute path, relative paths taken from the sweep file's folder.
    static func resolve(_ file: String, relativeTo sweepPath: String) -> String {
        if file.hasPrefix("/") { return file }
        let folder = URL(fileURLWithPath: sweepPath).deletingLastPathComponent()
        return folder.appendingPathComponent(file).standardizedFileURL.path
    }
}
