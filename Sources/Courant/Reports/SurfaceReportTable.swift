import Foundation

/// The table `/report/fluxes` and `/report/surface-integrals` print, laid out as Fluent prints
/// its flux and surface-integral reports: a title line naming the quantity and its units, one
/// row per surface, and a `Net` row below a rule.
///
/// ```
///                     Mass Flow Rate                 [kg/s per m depth]
/// -------------------------------- --------------------
///                            inlet                    1
///                           outlet         -0.999999999
///                 ---------------- --------------------
///                              Net       1.00000008e-09
/// ```
struct SurfaceReportTable {
    /// The quantity, e.g. `Area-Weighted Average of pressure`.
    var title: String
    /// Its units, e.g. `Pa`.
    var units: String
    /// (surface, value) in the order asked for.
    var rows: [(name: String, value: Double)]
    /// The value over all the surfaces together.
    var net: Double

    /// The table's text, every value with ten significant digits.
    var text: String {
        func row(_ name: String, _ value: String) -> String {
            pad(name, 32) + " " + pad(value, 20) + "\n"
        }
        var text = pad(title, 32) + "     [\(units)]\n"
        text += String(repeating: "-", count: 32) + " " + String(repeating: "-", count: 20) + "\n"
        for (name, value) in rows { text += row(name, Self.number(value)) }
        text += row(String(repeating: "-", count: 16), String(repeating: "-", count: 20))
        text += row("Net", Self.number(net))
        return text
    }

    /// `%.10g`: enough digits to compare with other codes, few enough to read.
    static func number(_ value: Double) -> String {
        String(format: "%.10g", value)
    }

    /// `text` right-aligned in `width` columns (longer text is kept whole).
    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
