import CaseValidation
import FlowSolver
import Testing

/// Hagen–Poiseuille on the shipped pipe mesh (prisms and hexahedra, 51,940 cells) against the
/// exact solution (analytic_solutions.md): f·Re = 64, u_max = 2·U. Measured: f·Re = 64.159
/// (+0.25 %), u_max/U = 2.0006 (+0.03 %), 102 iterations to 1e-6.
@Suite struct PipeFlowTests {
    @Test(.enabled(if: isOptimisedBuild))
    func pipeMatchesHagenPoiseuilleWithinOnePercent() throws {
        let figures = try PipeFlow.solve(folder: shippedMeshes)
        print("pipe: f·Re = \(figures.frictionReynolds), u_max/U = \(figures.peakOverMean)")
        #expect(figures.converged)
        #expect(abs(figures.frictionReynolds / 64 - 1) < 0.01)
        #expect(abs(figures.peakOverMean / 2 - 1) < 0.01)
    }

    @Test func aMissingMeshFileIsOneLineNamingIt() {
        do {
            _ = try ImportedCase(path: shippedMeshes + "/no-such.msh", conditions: [:])
            Issue.record("no error")
        } catch {
            let text = "\(error)"
            #expect(text.contains("no-such.msh") && !text.contains("\n"))
        }
    }

    @Test func aZoneWithoutAConditionIsRefused() throws {
        #expect(throws: SetupError.self) {
            try ImportedCase(
                path: shippedMeshes + "/schaefer-turek-2d-level1.msh",
                conditions: ["inlet": .symmetry])
        }
    }
}
