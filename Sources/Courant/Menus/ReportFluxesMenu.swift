import CommandShell
import FlowSolver

/// `/report/fluxes`: Fluent's flux reports on boundary zones. As in Fluent, flow into the
/// domain is positive (the opposite of `surface-integrals/mass-flow-rate`, which follows the
/// outward normal), and `Net` is the imbalance, ideally zero (2-D: kg/s per m depth).
enum ReportFluxesMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("fluxes", help: "Mass flow through boundary zones")
        let all = CommandArgument(
            "all-bndry-zones?", help: "Report on every boundary zone", type: .boolean,
            default: .boolean(false))
        var zones = ReportArguments.surfaces("zones", help: "Boundary zones", of: session)
        zones = CommandArgument(
            zones.name, help: zones.help, type: zones.type, default: .text(""),
            askedWhen: { values in values["all-bndry-zones?"] == .boolean(false) })
        menu.add(
            .command(
                CommandNode(
                    "mass-flow", help: "Print the mass flow rate into the domain at boundaries",
                    arguments: [all, zones, ReportArguments.writeToFile, ReportArguments.fileName],
                    isRecorded: false
                ) { call in
                    let solver = try ReportArguments.solver(of: session)
                    let patches =
                        try call.boolean("all-bndry-zones?")
                        ? solver.mesh.patches.map(\.name)
                        : try ReportArguments.patchList(call.text("zones"), of: session)
                    let inflows = try patches.map { -(try solver.massFlowRate(patch: $0)) }
                    let table = SurfaceReportTable(
                        title: "Mass Flow Rate", units: "kg/s", rows: Array(zip(patches, inflows)),
                        net: inflows.reduce(0, +))
                    try ReportArguments.deliver(table.text, call)
                }))
        return menu
    }
}
