import CommandShell
import Courant
import Testing

/// A turbulent run driven to divergence (SIMPLE with every under-relaxation factor 1, k and
/// omega included, on the coarse flat plate) is stopped by the divergence detector, which names
/// the equation and the iteration within the first ten (which equation goes non-finite first
/// depends on the linear solvers: omega at iteration 5 with the V-cycle pressure solver,
/// continuity, k and omega together at 6 with the K-cycle). (With SIMPLEC and Fluent's other
/// factors, k and omega at 1 converge on the shipped cases: their discretisation keeps them
/// positive.)
@Suite struct TurbulentDivergenceTests {
    @Test func divergingSSTRunIsStoppedNamingTheEquation() throws {
        let harness = SessionHarness()
        var failure = ""
        do {
            try harness.run(
                """
                /mesh/x-edges "-0.3333333 0 2"
                /mesh/y-edges "0 1"
                /mesh/cells-x "8 48"
                /mesh/cells-y 48
                /mesh/grading-x "0.1 100"
                /mesh/grading-y 50000
                /mesh/patch-names inlet symmetry top outlet plate top
                /define/models/viscous/kw-sst? yes
                /define/materials/density 1
                /define/materials/viscosity 2e-7
                /define/boundary-conditions/zone-type velocity-inlet symmetry pressure-outlet pressure-outlet wall
                /define/boundary-conditions/velocity-inlet/velocity-magnitude 1
                /solve/set/p-v-coupling SIMPLE
                /solve/set/under-relaxation/pressure 1
                /solve/set/under-relaxation/mom 1
                /solve/set/under-relaxation/k 1
                /solve/set/under-relaxation/omega 1
                /solve/initialize/compute-defaults/velocity-inlet inlet
                /solve/initialize/initialize-flow
                /solve/iterate 200
                """)
        } catch {
            failure = "\(error)"
        }
        #expect(failure.contains("diverged"), "\(failure)")
        let console = harness.console.text
        let equations = ["continuity", "x-velocity", "y-velocity", "k", "omega"]
        let stops = (1...10).flatMap { iteration in
            equations.filter {
                console.contains("Divergence detected in \($0) at iteration \(iteration):")
            }
        }
        #expect(stops.count == 1, "\(console.suffix(400))")
    }
}
