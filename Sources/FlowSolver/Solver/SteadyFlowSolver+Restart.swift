import FiniteVolume

/// Taking and restoring the solution a data file holds (Fluent's `.dat`: what a run continues
/// from), for a solver built for the same case.
extension SteadyFlowSolver {
    /// The names of the cell fields a solution state holds, in writing order.
    public var stateFieldNames: [String] { stateFields.map(\.name) }

    /// The cell fields a restart needs: velocity, pressure and temperature, and with a
    /// turbulence model k, ω and the eddy viscosity (the momentum equations' μ + μ_t).
    var stateFields: [ScalarField] {
        velocity + [pressure, temperature]
            + (setup.viscousModel.isTurbulent
                ? [turbulentKineticEnergy, specificDissipationRate, eddyViscosity] : [])
    }

    /// The current solution.
    public var solutionState: SolutionState {
        var fields: [String: [Double]] = [:]
        for field in stateFields {
            fields[field.name] = field.values
        }
        return SolutionState(
            iteration: iteration, fields: fields, faceFlux: faceFlux,
            normalisation: normaliser.factors)
    }

    /// Replaces the solution with `state`, which must hold every field of `stateFieldNames`
    /// with one value per cell and one flux per face; nothing changes otherwise.
    public mutating func restore(_ state: SolutionState) throws(SolutionStateError) {
        for name in stateFieldNames {
            guard let values = state.fields[name] else { throw .missingField(name) }
            guard values.count == mesh.nCells else {
                throw .sizeMismatch(what: name, expected: mesh.nCells, found: values.count)
            }
        }
        guard state.faceFlux.count == mesh.nFaces else {
            throw .sizeMismatch(
                what: "face-flux", expected: mesh.nFaces, found: state.faceFlux.count)
        }
        guard state.iteration >= 0 else { throw .negativeIteration(state.iteration) }
        for c in velocity.indices {
            velocity[c].values = state.fields[velocity[c].name] ?? velocity[c].values
        }
        pressure.values = state.fields[pressure.name] ?? pressure.values
        temperature.values = state.fields[temperature.name] ?? temperature.values
        if setup.viscousModel.isTurbulent {
            turbulentKineticEnergy.values =
                state.fields[turbulentKineticEnergy.name] ?? turbulentKineticEnergy.values
            specificDissipationRate.values =
                state.fields[specificDissipationRate.name] ?? specificDissipationRate.values
            eddyViscosity.values = state.fields[eddyViscosity.name] ?? eddyViscosity.values
            refreshFaceViscosity()
        }
        faceFlux = state.faceFlux
        iteration = state.iteration
        normaliser.factors = state.normalisation
        lastLinearSolves = [:]
    }
}
