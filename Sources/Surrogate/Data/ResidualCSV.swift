import Foundation

/// Residual histories from a CSV file, for predicting a run that is not in a history:
///
///     iteration,continuity,x-velocity,y-velocity
///     1,1.0,2.3e-2,1.9e-2
///
/// The header names the equations (any of `ResidualChannels.equations`; others are refused);
/// rows are consecutive iterations from 1.
public enum ResidualCSV {
    /// Parses CSV text into (channels, iterations) residuals in `ResidualChannels` order, empty
    /// rows for equations the file does not have; `path` names errors.
    public static func parse(_ text: String, path: String) throws(SurrogateError) -> [[Double]] {
        // `\n`, `\r\n` (one Character) and a lone `\r` each end a line, as in every user file.
        let lines = text.split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r\n" || $0 == "\r"
        }
        .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard let header = lines.first, !header.isEmpty else {
            throw .residualFile(path: path, line: 1, reason: "no header line")
        }
        let names = header.split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard names.first == "iteration", names.count > 1 else {
            throw .residualFile(
                path: path, line: 1, reason: "header must be 'iteration,EQUATION,...'")
        }
        var channelOfColumn = [Int]()
        for name in names.dropFirst() {
            guard let channel = ResidualChannels.equations.firstIndex(of: name) else {
                throw .residualFile(
                    path: path, line: 1,
                    reason: "unknown equation '\(name)' (known: "
                        + ResidualChannels.equations.joined(separator: ", ") + ")")
            }
            channelOfColumn.append(channel)
        }
        var residuals = [[Double]](repeating: [], count: ResidualChannels.count)
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let fields = line.split(separator: ",").map {
                Double($0.trimmingCharacters(in: .whitespaces))
            }
            guard fields.count == names.count, fields.allSatisfy({ $0 != nil }) else {
                throw .residualFile(
                    path: path, line: index + 1,
                    reason: "expected \(names.count) numbers, got '\(line)'")
            }
            for (column, channel) in channelOfColumn.enumerated() {
                residuals[channel].append(fields[column + 1] ?? .nan)
            }
        }
        guard residuals.contains(where: { !$0.isEmpty }) else {
            throw .residualFile(path: path, line: 2, reason: "no iterations")
        }
        return residuals
    }
}
