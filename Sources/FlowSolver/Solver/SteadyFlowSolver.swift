import FiniteVolume
import LinearSolvers

/// Pressure-based steady incompressible solver on a collocated mesh: SIMPLE or SIMPLEC with
/// Rhie-Chow face fluxes, optional energy equation with Boussinesq buoyancy.
///
/// One call to `iterate()` is one outer iteration. Fields are cell-centred; face mass fluxes
/// (kg/s, per m depth in 2-D; positive out of the owner) are the conservative velocities. The
/// mesh may be plane or volume: there is one velocity component, and one momentum equation, per
/// dimension.
public struct SteadyFlowSolver: Sendable {
    /// The mesh the case is solved on.
    public let mesh: Mesh
    /// The case set-up in force; change it with `update(setup:)`.
    public private(set) var setup: CaseSetup
    /// (mesh.dimension) velocity components u, v (and w in 3-D), m/s, with their boundary
    /// conditions, in the order of `FlowEquation.momentum`.
    public internal(set) var velocity: [ScalarField]
    /// Gauge static pressure p, Pa.
    public internal(set) var pressure: ScalarField
    /// Temperature T, K (uniform and unsolved when energy is off).
    public internal(set) var temperature: ScalarField
    /// Turbulent kinetic energy k, m²/s² (uniform and unsolved when laminar).
    public internal(set) var turbulentKineticEnergy: ScalarField
    /// Specific dissipation rate ω, 1/s (uniform and unsolved when laminar).
    public internal(set) var specificDissipationRate: ScalarField
    /// Eddy viscosity μ_t, kg/(m·s), zero at walls (zero everywhere when laminar).
    public internal(set) var eddyViscosity: ScalarField
    /// (nCells) distance from each cell centre to the nearest wall face, m
    /// (`Mesh.wallDistance(wallFaces:)`); empty until a turbulence model needs it.
    public internal(set) var wallDistance: [Double] = []
    /// (nFaces) face mass flux F_f, kg/s (per m depth in 2-D), positive out of the owner.
    public internal(set) var faceFlux: [Double]
    /// Outer iterations performed since initialisation.
    public internal(set) var iteration = 0
    /// Linear-solver performance of the last iteration, by equation name.
    public internal(set) var lastLinearSolves: [String: LinearSolverPerformance] = [:]
    /// Report definitions evaluated after every iteration, in order; set by `attach(reports:)`.
    public internal(set) var reportDefinitions: [ReportDefinition] = []

    var boundaryKinds: [BoundaryFaceKind]
    /// (nFaces) effective viscosity μ + μ_t at each face, kg/(m·s): the momentum diffusivity.
    var faceViscosity: [Double]
    /// The wall faces `wallDistance` was computed for.
    var wallDistanceFaces: [Int] = []
    /// This iteration's SST terms, computed before k and ω are assembled.
    var turbulenceTerms: SSTTerms?
    var pressureCorrectionBoundary: BoundaryCoefficients
    var inletFlux: [Double]
    var normaliser: ResidualNormaliser
    /// (nCells) V/aP (SIMPLE) or V/(aP − Σ aN) (SIMPLEC) from the last momentum assembly.
    var momentumInverseDiagonal: [Double]
    /// (nCells) V/aP with the unrelaxed momentum diagonal: the Rhie-Chow smoothing
    /// coefficient, independent of under-relaxation and coupling scheme so that SIMPLE and
    /// SIMPLEC converge to the same solution.
    var rhieChowInverseDiagonal: [Double]
    /// Multigrid levels for the transport equations' V-cycles (pairwise agglomerates),
    /// agglomerated once from the mesh.
    let transportHierarchy: AgglomerationHierarchy
    /// The same levels merged two by two (agglomerates of about four cells) for the pressure
    /// correction's K-cycle preconditioner.
    let pressureHierarchy: AgglomerationHierarchy
    /// Least-squares gradient weights, built the first time the set-up asks for that scheme.
    var leastSquares: LeastSquaresVectors?
    /// Symmetry faces whose normal is not along an axis, with their unit normals: their
    /// velocity boundary values couple the components and are refreshed every iteration.
    var obliqueSymmetry: [(face: Int, normal: Vector3)] = []

    /// A solver for `setup` on `mesh`, initialised from `setup.initialValues`.
    ///
    /// - Throws: `SetupError` when a patch has no condition, a condition names no patch, or a
    ///   property is not positive.
    public init(mesh: Mesh, setup: CaseSetup) throws {
        self.mesh = mesh
        self.setup = setup
        velocity = FlowEquation.momentum.prefix(mesh.dimension).map {
            ScalarField(name: $0.rawValue, uniform: 0, on: mesh)
        }
        pressure = ScalarField(name: "pressure", uniform: 0, on: mesh)
        temperature = ScalarField(name: "temperature", uniform: 0, on: mesh)
        turbulentKineticEnergy = ScalarField(name: "turb-kinetic-energy", uniform: 0, on: mesh)
        specificDissipationRate = ScalarField(name: "specific-diss-rate", uniform: 0, on: mesh)
        eddyViscosity = ScalarField(name: "viscosity-turb", uniform: 0, on: mesh)
        faceViscosity = Array(repeating: setup.fluid.viscosity, count: mesh.nFaces)
        faceFlux = Array(repeating: 0, count: mesh.nFaces)
        boundaryKinds = []
        pressureCorrectionBoundary = BoundaryCoefficients(zeroGradientOn: mesh)
        inletFlux = Array(repeating: 0, count: mesh.nFaces)
        normaliser = ResidualNormaliser(nMaximizeNorms: setup.nMaximizeNorms)
        momentumInverseDiagonal = Array(repeating: 0, count: mesh.nCells)
        rhieChowInverseDiagonal = Array(repeating: 0, count: mesh.nCells)
        transportHierarchy = AgglomerationHierarchy(mesh: mesh)
        pressureHierarchy = transportHierarchy.merged(pairingPasses: 2)
        try update(setup: setup)
        initialize()
    }

    /// Replaces the set-up (boundary conditions, properties, controls) keeping the solution.
    public mutating func update(setup newSetup: CaseSetup) throws {
        try Self.validate(newSetup, on: mesh)
        setup = newSetup
        normaliser.nMaximizeNorms = newSetup.nMaximizeNorms
        if newSetup.gradientScheme == .leastSquaresCellBased && leastSquares == nil {
            leastSquares = LeastSquaresVectors(mesh: mesh)
        }
        applyBoundaryConditions()
        prepareWallDistance()
        if newSetup.viscousModel.isTurbulent {
            refreshFaceViscosity()
        } else {
            initializeEddyViscosity()
        }
    }

    /// Fluent `/solve/initialize/initialize-flow`: uniform fields from `setup.initialValues`,
    /// face fluxes from the initial velocity (fixed at inlets, zero at walls), iteration count
    /// and residual normalisation reset.
    public mutating func initialize() {
        let initial = setup.initialValues
        let initialVelocity = Vector3(initial.xVelocity, initial.yVelocity, initial.zVelocity)
        for c in velocity.indices {
            velocity[c].values = Array(repeating: initialVelocity[c], count: mesh.nCells)
        }
        pressure.values = Array(repeating: initial.pressure, count: mesh.nCells)
        temperature.values = Array(repeating: initial.temperature, count: mesh.nCells)
        turbulentKineticEnergy.values = Array(
            repeating: initial.turbulentKineticEnergy, count: mesh.nCells)
        specificDissipationRate.values = Array(
            repeating: initial.specificDissipationRate, count: mesh.nCells)
        initializeEddyViscosity()
        iteration = 0
        normaliser.factors = [:]
        lastLinearSolves = [:]
        let density = setup.fluid.density
        for f in 0..<mesh.nFaces {
            faceFlux[f] = density * initialVelocity.dot(mesh.faceAreas[f])
            if f >= mesh.nInternalFaces {
                switch boundaryKinds[f - mesh.nInternalFaces] {
                case .impermeable: faceFlux[f] = 0
                case .inlet: faceFlux[f] = inletFlux[f]
                case .outlet: break
                }
            }
        }
    }

    /// The active equations in publishing order (continuity first).
    public var equations: [FlowEquation] { Self.equations(for: setup, dimension: mesh.dimension) }

    /// The transport equations the outer iteration solves, in order: the momentum equations
    /// (before the pressure correction), then the others (after it).
    public var transportEquations: [FlowEquation] { equations.filter { $0 != .continuity } }

    /// The cell field called `name` (`x-velocity`, `y-velocity`, `z-velocity` in 3-D,
    /// `pressure`, `temperature`, `turb-kinetic-energy`, `specific-diss-rate`,
    /// `viscosity-turb`, `velocity-magnitude`), or nil.
    public func field(named name: String) -> [Double]? {
        if name == "velocity-magnitude" {
            return (0..<mesh.nCells).map { c in
                velocity.reduce(0) { $0 + $1.values[c] * $1.values[c] }.squareRoot()
            }
        }
        return try? scalarField(named: name).values
    }

    /// Names accepted by `field(named:)` on a mesh of `dimension`.
    public static func fieldNames(dimension: Int) -> [String] {
        FlowEquation.momentum.prefix(dimension).map(\.rawValue)
            + [
                "pressure", "temperature", "turb-kinetic-energy", "specific-diss-rate",
                "viscosity-turb", "velocity-magnitude",
            ]
    }

    /// Names accepted by `field(named:)` on this solver's mesh.
    public var fieldNames: [String] { Self.fieldNames(dimension: mesh.dimension) }

    static func validate(_ setup: CaseSetup, on mesh: Mesh) throws {
        let names = mesh.patches.map(\.name)
        for name in setup.boundaryConditions.keys.sorted() where !names.contains(name) {
            throw SetupError.unknownPatch(name, available: names)
        }
        for name in names where setup.boundaryConditions[name] == nil {
            throw SetupError.missingBoundaryCondition(patch: name)
        }
        let fluid = setup.fluid
        guard fluid.density > 0, fluid.viscosity > 0 else {
            throw SetupError.invalidSetting("density and viscosity must be positive")
        }
        guard !setup.energyEnabled || (fluid.specificHeat > 0 && fluid.thermalConductivity > 0)
        else {
            throw SetupError.invalidSetting(
                "specific heat and thermal conductivity must be positive with energy on")
        }
        let relaxation = setup.underRelaxation
        for (name, alpha) in [
            ("pressure", relaxation.pressure), ("momentum", relaxation.momentum),
            ("energy", relaxation.energy), ("k", relaxation.turbulentKineticEnergy),
            ("omega", relaxation.specificDissipationRate),
            ("turb-viscosity", relaxation.turbulentViscosity),
        ] where !(alpha > 0 && alpha <= 1) {
            throw SetupError.invalidSetting("under-relaxation \(name) must be in (0, 1]: \(alpha)")
        }
        guard setup.turbulentPrandtlNumber > 0 else {
            throw SetupError.invalidSetting(
                "turbulent Prandtl number must be positive: \(setup.turbulentPrandtlNumber)")
        }
    }
}
