import Foundation
import Testing

/// The `/report` commands at Fluent's prompts in a real terminal, on a small channel.
@Suite struct ReplReportTests {
    static let channel = """
        /mesh/x-edges "0 4"
        /mesh/cells-x 16
        /mesh/cells-y 4
        /mesh/patch-names inlet outlet lower-wall upper-wall
        /define/materials/density 1
        /define/materials/viscosity 0.01
        /define/boundary-conditions/zone-type velocity-inlet pressure-outlet wall wall
        /define/boundary-conditions/velocity-inlet/velocity-magnitude 1
        /solve/set/p-v-coupling SIMPLEC
        /solve/report-definitions/mass-flow-rate outflow outlet
        /solve/monitors/residual/print? no
        /solve/initialize/initialize-flow
        /solve/iterate 2000

        """

    @Test func fluxesAskFluentsQuestionsAndComputePrintsAReport() throws {
        let workspace = try TerminalWorkspace()
        try workspace.write(Self.channel, to: "channel.jou")
        let terminal = try workspace.startRepl()
        defer { terminal.close() }
        try terminal.enter("/file/read-journal channel.jou", thenPrompt: "> ")
        try terminal.enter("/report/fluxes/mass-flow", thenPrompt: "all bndry zones? [no] ")
        try terminal.enter("", thenPrompt: "zones [\"\"] ")
        try terminal.enter("inlet,outlet", thenPrompt: "write to file? [no] ")
        let table = try terminal.enter("", thenPrompt: "> ")
        let rows = table.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        let value = { (name: String) in
            rows.first { $0.first == name }?.last.flatMap(Double.init)
        }
        #expect(value("inlet") == 1, "\(table)")
        #expect(abs((value("outlet") ?? 0) + 1) < 1e-4, "\(table)")
        let computed = try terminal.enter(
            "/solve/report-definitions/compute outflow", thenPrompt: "> ")
        #expect(computed.hasPrefix("outflow = "), "\(computed)")
        let summary = try terminal.enter("/report/summary no", thenPrompt: "> ")
        #expect(summary.hasPrefix("Case summary: untitled\n"))
        try terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
    }
}
