import FiniteVolume

extension SteadyFlowSolver {
    /// (nCells) ∇φ by the case's gradient scheme (`setup.gradientScheme`), with the field's
    /// boundary conditions; units of φ per m.
    func gradient(of field: ScalarField) -> [Vector3] {
        if setup.gradientScheme == .leastSquaresCellBased, let vectors = leastSquares {
            return FVC.leastSquaresGrad(field, vectors: vectors, on: mesh)
        }
        return FVC.grad(field, on: mesh)
    }

    /// ∇φ of one cell by the case's gradient scheme, as `gradient(of:)` gives it.
    func gradient(of field: ScalarField, cell: Int) -> Vector3 {
        if setup.gradientScheme == .leastSquaresCellBased, let vectors = leastSquares {
            return FVC.leastSquaresGrad(field, cell: cell, vectors: vectors, on: mesh)
        }
        return FVC.grad(field, cell: cell, on: mesh)
    }
}
