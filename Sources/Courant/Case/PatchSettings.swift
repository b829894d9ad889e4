import FiniteVolume
import FlowSolver

/// Everything `/define/boundary-conditions` holds for one patch, for every zone type at once, so
/// switching a patch's type and back loses nothing (as in Fluent). `boundaryCondition` picks the
/// fields that the current type uses.
public struct PatchSettings: Sendable, Equatable {
    /// Fluent's zone types that Courant supports.
    public enum ZoneType: String, Sendable, CaseIterable, Equatable {
        /// No-slip wall, stationary or moving tangentially; thermal condition by `thermalKind`.
        case wall
        /// Given normal inflow speed and profile (and temperature with energy on).
        case velocityInlet = "velocity-inlet"
        /// Given gauge pressure; backflow enters at `backflowTemperature`.
        case pressureOutlet = "pressure-outlet"
        /// Zero normal velocity and zero normal gradients of every other variable.
        case symmetry
    }

    /// A wall's thermal condition kind (Fluent wall panel, Thermal tab).
    public enum ThermalKind: String, Sendable, CaseIterable, Equatable {
        /// Zero heat flux through the wall.
        case adiabatic
        /// Fixed wall temperature, `wallTemperature` (K).
        case temperature
        /// Fixed heat flux into the fluid, `wallHeatFlux` (W/m²).
        case heatFlux = "heat-flux"
    }

    /// How a velocity inlet gives its turbulence (Fluent's specification methods Courant has;
    /// Fluent's "K and Omega" is not among them).
    public enum TurbulenceSpecification: String, Sendable, CaseIterable, Equatable {
        /// Intensity (%) and turbulent length scale (m).
        case intensityAndLengthScale = "intensity-and-length-scale"
        /// Intensity (%) and turbulent viscosity ratio μ_t/μ (Fluent's default).
        case intensityAndViscosityRatio = "intensity-and-viscosity-ratio"
        /// Intensity (%) and hydraulic diameter (m).
        case intensityAndHydraulicDiameter = "intensity-and-hydraulic-diameter"
    }

    /// `/define/boundary-conditions/zone-type`: which of the fields below apply (default `wall`,
    /// as for a boundary Fluent has not been told about).
    public var zoneType: ZoneType = .wall
    /// Wall velocity, m/s (moving wall when non-zero).
    public var wallVelocity: Vector3 = .zero
    /// Which thermal condition a wall imposes when energy is solved (default adiabatic: zero
    /// heat flux); picks `wallTemperature` or `wallHeatFlux`.
    public var thermalKind: ThermalKind = .adiabatic
    /// Fixed wall temperature, K (Fluent default 300).
    public var wallTemperature: Double = 300
    /// Wall heat flux into the fluid, W/m².
    public var wallHeatFlux: Double = 0
    /// Inlet mean speed normal to the patch, m/s.
    public var inletSpeed: Double = 0
    /// Velocity profile across a velocity inlet, scaled so its mean is `inletSpeed` (default
    /// uniform).
    public var inletProfile: InletProfile = .uniform
    /// Inlet temperature, K.
    public var inletTemperature: Double = 300
    /// How the inlet's turbulence is given (Fluent default: intensity and viscosity ratio).
    public var turbulenceSpecification: TurbulenceSpecification = .intensityAndViscosityRatio
    /// Inlet turbulent intensity, % (Fluent default 5).
    public var turbulentIntensity: Double = 5
    /// Inlet turbulent length scale, m (Fluent default 1).
    public var turbulentLengthScale: Double = 1
    /// Inlet turbulent viscosity ratio μ_t/μ (Fluent default 10).
    public var turbulentViscosityRatio: Double = 10
    /// Inlet hydraulic diameter, m (Fluent default 1).
    public var hydraulicDiameter: Double = 1
    /// Outlet gauge pressure, Pa.
    public var outletGaugePressure: Double = 0
    /// Temperature of fluid re-entering through the outlet, K.
    public var backflowTemperature: Double = 300

    /// Fluent's defaults: a stationary adiabatic wall; the fields of the other zone types hold
    /// their defaults until the type is switched.
    public init() {}

    /// The inlet turbulence as the solver takes it (intensity as a fraction).
    public var inletTurbulence: InletTurbulence {
        let intensity = turbulentIntensity / 100
        return switch turbulenceSpecification {
        case .intensityAndLengthScale:
            .intensityAndLengthScale(intensity: intensity, lengthScale: turbulentLengthScale)
        case .intensityAndViscosityRatio:
            .intensityAndViscosityRatio(
                intensity: intensity, viscosityRatio: turbulentViscosityRatio)
        case .intensityAndHydraulicDiameter:
            .intensityAndHydraulicDiameter(
                intensity: intensity, hydraulicDiameter: hydraulicDiameter)
        }
    }

    /// The solver's boundary condition for the current zone type.
    public var boundaryCondition: BoundaryCondition {
        switch zoneType {
        case .wall:
            let thermal: ThermalCondition =
                switch thermalKind {
                case .adiabatic: .adiabatic
                case .temperature: .temperature(wallTemperature)
                case .heatFlux: .heatFlux(wallHeatFlux)
                }
            return .wall(.init(velocity: wallVelocity, thermal: thermal))
        case .velocityInlet:
            return .velocityInlet(
                .init(
                    meanSpeed: inletSpeed, profile: inletProfile, temperature: inletTemperature,
                    turbulence: inletTurbulence))
        case .pressureOutlet:
            return .pressureOutlet(
                .init(gaugePressure: outletGaugePressure, backflowTemperature: backflowTemperature))
        case .symmetry:
            return .symmetry
        }
    }
}
