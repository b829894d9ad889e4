import Foundation

/// How history commands print numbers and times, one convention for all of them.
public enum HistoryFormat {
    /// A residual in Fluent's console style: `1.2346e-05` (4 decimals, 2-digit exponent).
    public static func residual(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        guard value != 0 else { return "0.0000e+00" }
        var exponent = Int(floor(log10(abs(value))))
        var mantissa = value / pow(10, Double(exponent))
        if abs((mantissa * 10_000).rounded()) >= 100_000 {
            exponent += 1
            mantissa /= 10
        }
        let sign = exponent < 0 ? "-" : "+"
        let digits = String(abs(exponent))
        return String(format: "%.4f", mantissa) + "e" + sign
            + (digits.count < 2 ? "0" + digits : digits)
    }

    /// A criterion as Fluent's TUI shows it: `0.001`, `1e-06` (`%g`).
    public static func criterion(_ value: Double) -> String {
        String(format: "%g", value)
    }

    /// A UTC time as `2026-11-29 05:17:12Z` from seconds since 1970.
    public static func time(_ secondsSince1970: Double) -> String {
        var seconds = time_t(secondsSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02dZ", Int(parts.tm_year) + 1900,
            Int(parts.tm_mon) + 1, Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min),
            Int(parts.tm_sec))
    }

    /// A duration as `28.1 s`, `12 min 5 s` or `2 h 3 min`.
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "-" }
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let whole = Int(seconds.rounded())
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        return "\(whole / 3600) h \(whole % 3600 / 60) min"
    }

    /// Rows padded into left-aligned columns separated by two spaces.
    public static func table(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in
            all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1
                    ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
