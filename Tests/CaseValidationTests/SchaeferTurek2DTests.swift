import CaseValidation
import Testing

/// Schäfer & Turek 2D-1 (Re = 20) on the shipped meshes against the published intervals
/// (c_D 5.57–5.59, c_L 0.0104–0.0110, Δp 0.1172–0.1176, L_a 0.0842–0.0852; refined c_D 5.5795).
/// Level 3 (80,129 cells) is the coarsest inside all four, but takes over three minutes, so it
/// is `courant validate --case st2d` and the README; here level 2 (20,112 cells, about 25 s),
/// where c_L, Δp and L_a are inside and c_D is 0.26 % below the refined value, and level 1,
/// to check that c_D converges.
@Suite struct SchaeferTurek2DTests {
    @Test(.enabled(if: isOptimisedBuild))
    func level2MeetsTheIntervalsButDragWhichConverges() throws {
        let coarse = try SchaeferTurek.twoD(folder: shippedMeshes, level: 1)
        let fine = try SchaeferTurek.twoD(folder: shippedMeshes, level: 2)
        for f in [coarse, fine] {
            print(
                "2D-1 on \(f.cells) cells: c_D \(f.drag), c_L \(f.lift), "
                    + "Δp \(f.pressureDifference), L_a \(f.recirculationLength ?? .nan)")
        }
        #expect(coarse.converged && fine.converged)
        #expect((0.0104...0.0110).contains(fine.lift))
        #expect((0.1172...0.1176).contains(fine.pressureDifference))
        #expect((0.0842...0.0852).contains(fine.recirculationLength ?? 0))
        #expect(abs(fine.drag / 5.5795 - 1) < 0.005)
        #expect(abs(fine.drag - 5.5795) < 0.5 * abs(coarse.drag - 5.5795))
    }
}
