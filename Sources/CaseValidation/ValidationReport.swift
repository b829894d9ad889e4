import Foundation

/// The tables `courant validate` prints: each case's figures beside the published values
/// (`shared/validation/schaefer_turek_1996.md`, `analytic_solutions.md`), with cells,
/// iterations and wall time.
public enum ValidationReport {
    /// Schäfer-Turek 2D-1 on the given levels: one row per mesh, then the reference intervals.
    public static func schaeferTurek2D(folder: String, levels: [Int]) throws -> String {
        var text = "Schäfer-Turek 2D-1 (Re = 20), scaled residuals 1e-7\n"
        text += "| mesh | cells | iterations | wall s | c_D | c_L | Δp | L_a |\n"
        text += "|---|---|---|---|---|---|---|---|\n"
        for level in levels {
            let start = Date()
            let f = try SchaeferTurek.twoD(folder: folder, level: level)
            let la = f.recirculationLength.map { format($0, 5) } ?? "none"
            text +=
                "| level \(level) | \(f.cells) | \(iterations(f.iterations, f.converged)) | "
                + "\(format(Date().timeIntervalSince(start), 1)) | \(format(f.drag, 4)) | "
                + "\(format(f.lift, 5)) | \(format(f.pressureDifference, 5)) | \(la) |\n"
        }
        text += "| reference | | | | 5.57–5.59 | 0.0104–0.0110 | 0.1172–0.1176 | 0.0842–0.0852 |\n"
        return text
    }

    /// Schäfer-Turek 3D-1Z on one mesh file.
    public static func schaeferTurek3D(folder: String, file: String) throws -> String {
        let start = Date()
        let f = try SchaeferTurek.threeD(folder: folder, file: file)
        return "Schäfer-Turek 3D-1Z (Re = 20), scaled residuals 1e-6\n"
            + "| mesh | cells | iterations | wall s | c_D | c_L | Δp |\n|---|---|---|---|---|---|---|\n"
            + "| \(file) | \(f.cells) | \(iterations(f.iterations, f.converged)) | "
            + "\(format(Date().timeIntervalSince(start), 1)) | \(format(f.drag, 4)) | "
            + "\(format(f.lift, 5)) | \(format(f.pressureDifference, 4)) |\n"
            + "| reference (1996) | | | | 6.05–6.25 | 0.008–0.010 | 0.165–0.175 |\n"
    }

    /// Hagen–Poiseuille in the shipped pipe.
    public static func pipe(folder: String) throws -> String {
        let start = Date()
        let f = try PipeFlow.solve(folder: folder)
        return "Pipe (Hagen–Poiseuille, Re = 20), scaled residuals 1e-6\n"
            + "| mesh | cells | iterations | wall s | f·Re | u_max/U |\n|---|---|---|---|---|---|\n"
            + "| pipe.msh | \(f.cells) | \(iterations(f.iterations, f.converged)) | "
            + "\(format(Date().timeIntervalSince(start), 1)) | \(format(f.frictionReynolds, 3)) | "
            + "\(format(f.peakOverMean, 4)) |\n"
            + "| exact | | | | 64 | 2 |\n"
    }

    /// `value` with `digits` decimals.
    static func format(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// The iteration count, marked when the target was not reached.
    static func iterations(_ count: Int, _ converged: Bool) -> String {
        converged ? "\(count)" : "\(count) (not converged)"
    }
}
