import FiniteVolume

/// The two patch sums that `/report/surface-integrals` needs beyond the report definitions:
/// the weights that turn averages over one patch into averages and integrals over several.
extension SteadyFlowSolver {
    /// Area of a boundary patch, Σ_f |S_f|, m² (m² per m depth in 2-D).
    ///
    /// - Throws: `FieldLookupError.unknownPatch` for a patch the mesh does not have.
    public func patchArea(_ name: String) throws -> Double {
        try boundaryPatch(name).faces.reduce(0) { $0 + mesh.faceAreaMagnitudes[$1] }
    }

    /// Σ_f |F_f| over a boundary patch, kg/s (per m depth in 2-D): the weight of the patch's
    /// mass-weighted average, whatever the direction of the flow through each face.
    ///
    /// - Throws: `FieldLookupError.unknownPatch` for a patch the mesh does not have.
    public func absoluteMassFlowRate(patch name: String) throws -> Double {
        try boundaryPatch(name).faces.reduce(0) { $0 + abs(faceFlux[$1]) }
    }
}
