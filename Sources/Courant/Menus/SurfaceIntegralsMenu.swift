import CommandShell
import FlowSolver

/// `/report/surface-integrals`: Fluent's surface reports on boundary patches of the current
/// solution, each printed as one row per patch and a `Net` row over all of them (2-D: per m of
/// depth). Signs follow the patch normal, which points out of the domain: outflow is positive.
///
/// | command | per patch | Net |
/// |---|---|---|
/// | `area` | A = Σ\|S_f\| (m²) | ΣA |
/// | `area-weighted-avg` | Σφ_f\|S_f\| / A | Σ(φ̄A) / ΣA |
/// | `integral` | Σφ_f\|S_f\| | sum |
/// | `mass-flow-rate` | ṁ = ΣF_f (kg/s) | sum |
/// | `mass-weighted-avg` | Σφ_f\|F_f\| / Σ\|F_f\| | Σ(φ̄W) / ΣW, W = Σ\|F_f\| |
/// | `volume-flow-rate` | ṁ / ρ (m³/s) | sum |
enum SurfaceIntegralsMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("surface-integrals", help: "Integrals and averages on patches")
        let surfaces = ReportArguments.surfaces(
            "surface-names", help: "Patches to report on", of: session)
        let tail = [ReportArguments.writeToFile, ReportArguments.fileName]
        func add(
            _ name: String, _ help: String, field: Bool,
            _ table: @escaping (SteadyFlowSolver, [String], String) throws -> SurfaceReportTable
        ) {
            let arguments = [surfaces] + (field ? [ReportArguments.field] : []) + tail
            menu.add(
                .command(
                    CommandNode(name, help: help, arguments: arguments, isRecorded: false) {
                        call in
                        let solver = try ReportArguments.solver(of: session)
                        let patches = try ReportArguments.patchList(
                            call.text("surface-names"), of: session)
                        let fieldName = field ? try call.text("field") : ""
                        let report = try table(solver, patches, fieldName)
                        try ReportArguments.deliver(report.text, call)
                    }))
        }
        add("area", "Print the total area of patches", field: false) { solver, patches, _ in
            let areas = try patches.map { try solver.patchArea($0) }
            return table("Area", "m^2", patches, areas, net: areas.reduce(0, +))
        }
        add("area-weighted-avg", "Print the area-weighted average of a field", field: true) {
            solver, patches, field in
            let areas = try patches.map { try solver.patchArea($0) }
            let averages = try patches.map {
                try solver.evaluate(.areaWeightedAverage(field: field, patch: $0))
            }
            return table(
                "Area-Weighted Average of \(field)", units(field), patches, averages,
                net: weighted(averages, by: areas))
        }
        add("integral", "Print the integral of a field over patches", field: true) {
            solver, patches, field in
            let integrals = try patches.map {
                try solver.evaluate(.areaWeightedAverage(field: field, patch: $0))
                    * solver.patchArea($0)
            }
            return table(
                "Integral of \(field)", units(field) + " m^2", patches, integrals,
                net: integrals.reduce(0, +))
        }
        add("mass-flow-rate", "Print the mass flow rate out through patches", field: false) {
            solver, patches, _ in
            let rates = try patches.map { try solver.massFlowRate(patch: $0) }
            return table("Mass Flow Rate", "kg/s", patches, rates, net: rates.reduce(0, +))
        }
        add("mass-weighted-avg", "Print the mass-weighted average of a field", field: true) {
            solver, patches, field in
            let weights = try patches.map { try solver.absoluteMassFlowRate(patch: $0) }
            let averages = try patches.map {
                try solver.evaluate(.massWeightedAverage(field: field, patch: $0))
            }
            return table(
                "Mass-Weighted Average of \(field)", units(field), patches, averages,
                net: weighted(averages, by: weights))
        }
        add("volume-flow-rate", "Print the volume flow rate out through patches", field: false) {
            solver, patches, _ in
            let density = solver.setup.fluid.density
            let rates = try patches.map { try solver.massFlowRate(patch: $0) / density }
            return table("Volume Flow Rate", "m^3/s", patches, rates, net: rates.reduce(0, +))
        }
        return menu
    }

    private static func table(
        _ title: String, _ units: String, _ patches: [String], _ values: [Double], net: Double
    ) -> SurfaceReportTable {
        SurfaceReportTable(
            title: title, units: units, rows: Array(zip(patches, values)), net: net)
    }

    /// Σ v_i w_i / Σ w_i.
    private static func weighted(_ values: [Double], by weights: [Double]) -> Double {
        zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } / weights.reduce(0, +)
    }

    /// The SI units of a field (pressure is gauge pressure).
    static func units(_ field: String) -> String {
        switch field {
        case "pressure": "Pa"
        case "temperature": "K"
        default: "m/s"
        }
    }
}
