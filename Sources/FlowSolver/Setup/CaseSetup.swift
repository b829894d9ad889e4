import FiniteVolume

/// Everything that defines a steady laminar case apart from the mesh, as plain data.
///
/// Each field maps onto a Fluent TUI path (noted per field); the command shell binds them.
public struct CaseSetup: Sendable, Equatable, Codable {
    /// `/define/materials`: constant properties.
    public var fluid = FluidProperties()
    /// `/define/operating-conditions`: gravity and operating temperature.
    public var operating = OperatingConditions()
    /// `/define/models/energy?`: solve the energy equation (temperature, K).
    public var energyEnabled = false
    /// `/define/models/viscous`: laminar or a turbulence model.
    public var viscousModel: ViscousModel = .laminar
    /// Turbulent Prandtl number Pr_t of the energy equation's eddy conductivity
    /// cp·μ_t/Pr_t (Fluent default 0.85).
    public var turbulentPrandtlNumber = 0.85
    /// A uniform momentum source per unit volume (N/m³), e.g. −dp/dx driving a fully developed
    /// channel whose streamwise ends are pressure outlets at the same pressure (zero by
    /// default).
    public var momentumSource: Vector3 = .zero
    /// `/define/boundary-conditions`: condition per patch name. Every mesh patch needs one.
    public var boundaryConditions: [String: BoundaryCondition] = [:]
    /// `/solve/set/p-v-coupling`.
    public var coupling: PressureVelocityCoupling = .simple
    /// `/solve/set/discretization-scheme`.
    public var schemes = DiscretisationSchemes()
    /// `/solve/set/gradient-scheme`: cell gradients for second-order upwind, the pressure
    /// gradient, non-orthogonal corrections and the velocity correction (Fluent's default,
    /// least squares).
    public var gradientScheme: GradientScheme = .leastSquaresCellBased
    /// `/solve/set/under-relaxation`.
    public var underRelaxation = UnderRelaxation()
    /// Linear-solver tolerance and sweeps per equation family.
    public var linearSolvers = LinearSolverSettings()
    /// `/solve/initialize/set-defaults`.
    public var initialValues = InitialValues()
    /// `/solve/monitors/residual/n-maximize-norms`: iterations over which the normalisation
    /// factor of each scaled residual is the running maximum (Fluent default 5).
    public var nMaximizeNorms = 5

    /// An empty case: Fluent's air, SIMPLE, no boundary conditions yet.
    public init() {}
}
