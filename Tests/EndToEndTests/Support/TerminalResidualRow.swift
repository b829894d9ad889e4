/// One row of the residual table as printed while iterating:
/// `  iter  continuity  x-velocity  y-velocity     time/iter` then
/// `     4  9.5445e-01  1.1912e-01  1.4769e-01    0.0010s     1`.
///
/// Residuals are kept as the printed text, so two runs compare to the last printed digit; the
/// time per iteration and the iterations left are dropped (they differ between runs).
struct TerminalResidualRow: Equatable, CustomStringConvertible {
    /// The iteration number (counted from the flow's initialisation).
    var iteration: Int
    /// The printed residuals (`%.4e`), in column order.
    var residuals: [String]

    /// The rows found in `text`, in order. A row may follow other text on its line (the `^C`
    /// the terminal echoes for Ctrl-C).
    static func rows(in text: String) -> [TerminalResidualRow] {
        let row = #/(?:^|[^\d.])(\d+)((?: +\d\.\d{4}e[+-]\d+)+) +\d+\.\d{4}s +\d+$/#
        return text.split(separator: "\n").compactMap { line in
            guard let match = line.firstMatch(of: row), let iteration = Int(match.1) else {
                return nil
            }
            let residuals = match.2.split(separator: " ").map(String.init)
            return TerminalResidualRow(iteration: iteration, residuals: residuals)
        }
    }

    var description: String {
        "\(iteration) " + residuals.joined(separator: " ")
    }
}
