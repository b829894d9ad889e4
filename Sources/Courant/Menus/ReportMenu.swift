import CommandShell
import FiniteVolume
import FlowSolver

/// `/report`: results of the current solution, printed (`summary`, `fluxes`,
/// `surface-integrals`, as in Fluent) or written to files (`line-profile`, `vtk`).
enum ReportMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("report", help: "Report results of the current solution")
        menu.add(
            .command(
                CommandNode(
                    "summary", help: "Print a summary of the case and of its solution",
                    arguments: [ReportArguments.writeToFile, ReportArguments.fileName],
                    isRecorded: false
                ) { call in
                    try ReportArguments.deliver(CaseSummary.text(of: session), call)
                }))
        menu.add(.menu(ReportFluxesMenu.build(for: session)))
        menu.add(.menu(SurfaceIntegralsMenu.build(for: session)))
        menu.add(.menu(ReferenceValuesMenu.build(for: session)))
        menu.add(.menu(ForcesMenu.build(for: session)))
        menu.add(
            .command(
                CommandNode(
                    "line-profile", help: "Sample a field along a line into CSV (x,y,FIELD)",
                    arguments: [
                        CommandArgument(
                            "field", help: "Field to sample",
                            type: .choice(options: {
                                SteadyFlowSolver.fieldNames(
                                    dimension: session.settings.mesh.dimension)
                            })),
                        CommandArgument("x0", help: "Start x", type: .real(range: nil), units: "m"),
                        CommandArgument("y0", help: "Start y", type: .real(range: nil), units: "m"),
                        CommandArgument("x1", help: "End x", type: .real(range: nil), units: "m"),
                        CommandArgument("y1", help: "End y", type: .real(range: nil), units: "m"),
                        CommandArgument(
                            "points", help: "Number of points", type: .integer(range: 2...1_000_000)
                        ),
                        CommandArgument("file-name", help: "CSV file to write", type: .filePath),
                    ]
                ) { call in
                    guard let solver = session.solver else {
                        throw ShellError("there is no solution yet: initialize and iterate first")
                    }
                    let csv = try solver.lineProfileCSV(
                        try call.text("field"),
                        from: Vector3(try call.real("x0"), try call.real("y0"), 0),
                        to: Vector3(try call.real("x1"), try call.real("y1"), 0),
                        count: try call.integer("points"))
                    try FileMenu.writeText(csv, to: try call.text("file-name"), call: call)
                }))
        menu.add(
            .command(
                CommandNode(
                    "vtk",
                    help: "Write the solution as a VTK unstructured grid (.vtu, for ParaView)",
                    arguments: [
                        CommandArgument("file-name", help: ".vtu file to write", type: .filePath)
                    ]
                ) { call in
                    guard let solver = session.solver else {
                        throw ShellError("there is no solution yet: initialize and iterate first")
                    }
                    try FileMenu.writeText(
                        solver.vtkUnstructuredGrid(), to: try call.text("file-name"), call: call)
                }))
        return menu
    }
}
