import FiniteVolume

extension MultigridCycle {
    /// Relative residual (2-norm) below which the K-cycle stops after its first step
    /// (Notay 2010 uses t = 0.25).
    static let krylovThreshold = 0.25

    /// The coarse-grid solve of the K-cycle on `level`: solution[l] ≈ A_l⁻¹·rhs[l] by at most
    /// two steps of flexible conjugate gradients from zero, each preconditioned by one cycle
    /// of this level (Notay 2010, "An aggregation-based algebraic multigrid method", alg. 3.1):
    ///
    ///   c₁ = B·b, v₁ = A·c₁, ρ₁ = c₁·v₁, α₁ = c₁·b, r̃ = b − (α₁/ρ₁)·v₁;
    ///   stop with x = (α₁/ρ₁)·c₁ if |r̃| ≤ t·|b|; else
    ///   c₂ = B·r̃, v₂ = A·c₂, γ = c₁·v₂, β = c₂·v₂, α₂ = c₂·r̃, ρ₂ = β − γ²/ρ₁,
    ///   x = (α₁/ρ₁ − γ·α₂/(ρ₁·ρ₂))·c₁ + (α₂/ρ₂)·c₂.
    ///
    /// The two steps minimise the A-norm of the error over span{c₁, c₂}, which corrects the
    /// too-weak coarse correction of piecewise-constant prolongation at every level.
    mutating func krylovStep(level: Int) {
        let owner = structures[level].owner
        let neighbour = structures[level].neighbour
        VectorAlgebra.copy(rhs[level], into: &krylovRhs[level])
        cycle(level: level)
        VectorAlgebra.copy(solution[level], into: &firstDirection[level])
        matrices[level].multiply(
            firstDirection[level], into: &firstProduct[level], owner: owner,
            neighbour: neighbour)
        let rho1 = VectorAlgebra.dot(firstDirection[level], firstProduct[level])
        let alpha1 = VectorAlgebra.dot(firstDirection[level], krylovRhs[level])
        guard rho1 > 0 else { return }
        let step1 = alpha1 / rho1
        // r̃ = b − (α₁/ρ₁)·v₁ becomes the right-hand side of the second cycle.
        VectorAlgebra.combine(-step1, firstProduct[level], 1, into: &rhs[level])
        let reduced = VectorAlgebra.dot(rhs[level], rhs[level])
        let initial = VectorAlgebra.dot(krylovRhs[level], krylovRhs[level])
        if reduced <= Self.krylovThreshold * Self.krylovThreshold * initial {
            VectorAlgebra.combine(step1, firstDirection[level], 0, into: &solution[level])
            return
        }
        cycle(level: level)
        matrices[level].multiply(
            solution[level], into: &secondProduct[level], owner: owner, neighbour: neighbour)
        let gamma = VectorAlgebra.dot(firstDirection[level], secondProduct[level])
        let beta = VectorAlgebra.dot(solution[level], secondProduct[level])
        let alpha2 = VectorAlgebra.dot(solution[level], rhs[level])
        let rho2 = beta - gamma * gamma / rho1
        guard rho2 > 0 else {
            VectorAlgebra.combine(step1, firstDirection[level], 0, into: &solution[level])
            return
        }
        VectorAlgebra.combine(
            step1 - gamma * alpha2 / (rho1 * rho2), firstDirection[level], alpha2 / rho2,
            into: &solution[level])
    }
}
