import CaseValidation
import Testing

/// Schäfer & Turek 2D-1 (Re = 20) on the shipped meshes against the published intervals
/// (c_D 5.57–5.59, c_L 0.0104–0.0110, Δp 0.1172–0.1176, L_a 0.0842–0.0852; refined c_D 5.5795).
/// Level 3 (80,129 cells, 980 iterations, 83 s on a quiet machine) is the coarsest mesh inside
/// all four, asserted here; levels 1 and 2 check that c_D converges toward it (at level 2
/// c_L, Δp and L_a are already inside and c_D is 0.26 % below the refined value).
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

    @Test(.enabled(if: isOptimisedBuild))
    func level3IsInsideAllFourIntervals() throws {
        let result = try SchaeferTurek.twoD(folder: shippedMeshes, level: 3)
        print(
            "2D-1 on \(result.cells) cells: c_D \(result.drag), c_L \(result.lift), "
                + "Δp \(result.pressureDifference), L_a \(result.recirculationLength ?? .nan)")
        #expect(result.converged)
        #expect((5.57...5.59).contains(result.drag))
        #expect((0.0104...0.0110).contains(result.lift))
        #expect((0.1172...0.1176).contains(result.pressureDifference))
        #expect((0.0842...0.0852).contains(result.recirculationLength ?? 0))
    }
}
