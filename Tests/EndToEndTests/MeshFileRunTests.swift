import Foundation
import Testing

/// Imported-mesh cases through the real executable: a shipped journal runs end to end, a bad
/// mesh file stops `courant run` with one line and exit status 1, and the REPL reads a mesh
/// from the current directory.
@Suite struct MeshFileRunTests {
    /// Schäfer–Turek 2D-1 on the shipped 5k-cell Gmsh mesh, found from the journal's folder
    /// whatever the working directory: converges (exit 0) in about 150 iterations.
    @Test func theCylinderJournalRunsEndToEndFromAnotherDirectory() throws {
        guard isOptimisedBuild else {
            print("skipped: a 5k-cell case to convergence is for release builds")
            return
        }
        let folder = try ScratchFolder("cylinder")
        defer { folder.remove() }
        let result = try CourantInvocation.run(
            [
                "run", CourantBinary.packageRoot + "/cases/cylinder-2d1.jou", "--no-history",
                "--surrogate", "none", "--quiet",
            ], in: folder.path, timeout: 300)
        #expect(result.status == 0, "stderr: \(result.standardError)")
        #expect(result.standardOutput.contains("5073 cells"))
        #expect(result.standardOutput.contains("solution is converged"))
    }

    @Test func aBadMeshFileStopsTheRunWithOneLineAndStatusOne() throws {
        let folder = try ScratchFolder("bad-mesh")
        defer { folder.remove() }
        try folder.write("$MeshFormat\n4.1 0 8\n$EndMeshFormat\n$Nodes\n1 2", to: "bad.msh")
        try folder.write("; bad mesh\n/file/import/gmsh bad.msh\n/mesh/check\n", to: "bad.jou")
        let result = try CourantInvocation.run(
            ["run", folder.path + "/bad.jou", "--no-history", "--surrogate", "none"],
            in: "/", timeout: 60)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1, "stderr: \(result.standardError)")
        let line = try #require(result.errorLines.first)
        #expect(
            line.hasPrefix(
                "Error: \(folder.path)/bad.jou:2: /file/import/gmsh: \(folder.path)/bad.msh:"),
            "\(line)")
    }

    @Test func theReplImportsAMeshFromTheCurrentDirectory() throws {
        let workspace = try TerminalWorkspace()
        let fixture =
            CourantBinary.packageRoot + "/Tests/MeshImportTests/Fixtures/mixed2d-22-ascii.msh"
        try FileManager.default.copyItem(atPath: fixture, toPath: workspace.path("mixed2d.msh"))
        let terminal = try workspace.startRepl()
        defer { terminal.close() }
        let read = try terminal.enter("/file/import/gmsh mixed2d.msh", thenPrompt: "> ")
        #expect(read.contains("Read \(workspace.path("mixed2d.msh")): 2-D, 58 cells"), "\(read)")
        let typed = try terminal.enter(
            "/define/boundary-conditions/zone-type outlet pressure-outlet", thenPrompt: "> ")
        #expect(typed.isEmpty || !typed.contains("Error"), "\(typed)")
        let info = try terminal.enter("/mesh/info", thenPrompt: "> ")
        #expect(info.contains("  zone outlet: pressure-outlet, "), "\(info)")
        let missing = try terminal.enter("/file/import/gmsh nothing.msh", thenPrompt: "> ")
        #expect(
            missing.hasPrefix("/file/import/gmsh: \(workspace.path("nothing.msh"))"), "\(missing)")
        #expect(missing.filter { $0 == "\n" }.count == 1)
        try terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
    }
}
