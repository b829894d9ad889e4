import FiniteVolume

/// The condition on one named boundary patch (Fluent `/define/boundary-conditions`).
public enum BoundaryCondition: Sendable, Equatable, Codable {
    /// No-slip wall, stationary or moving tangentially.
    case wall(Wall)
    /// Fixed velocity normal to the patch, pointing into the domain.
    case velocityInlet(VelocityInlet)
    /// Fixed gauge static pressure; velocity extrapolated (zero normal gradient).
    case pressureOutlet(PressureOutlet)
    /// Zero normal velocity, zero normal gradient of every other quantity, no shear.
    case symmetry

    /// A no-slip wall (Fluent `wall`).
    public struct Wall: Sendable, Equatable, Codable {
        /// Wall velocity, m/s (only its tangential part is used). Zero: stationary wall.
        public var velocity: Vector3 = .zero
        /// Thermal condition, used when the energy equation is on.
        public var thermal: ThermalCondition = .adiabatic

        /// A wall moving with `velocity` (m/s) and the given thermal condition.
        public init(velocity: Vector3 = .zero, thermal: ThermalCondition = .adiabatic) {
            self.velocity = velocity
            self.thermal = thermal
        }
    }

    /// Fluent `velocity-inlet`, "magnitude, normal to boundary".
    public struct VelocityInlet: Sendable, Equatable, Codable {
        /// Mean speed over the patch, m/s, directed into the domain.
        public var meanSpeed: Double = 0
        /// Profile across the patch.
        public var profile: InletProfile = .uniform
        /// Inlet temperature, K (Fluent default 300).
        public var temperature: Double = 300
        /// Turbulence carried in with a turbulence model on (Fluent default 5 %, ratio 10).
        public var turbulence: InletTurbulence = .fluentDefault

        /// An inlet with the given mean speed (m/s), profile, temperature (K) and turbulence.
        public init(
            meanSpeed: Double = 0, profile: InletProfile = .uniform,
            temperature: Double = 300, turbulence: InletTurbulence = .fluentDefault
        ) {
            self.meanSpeed = meanSpeed
            self.profile = profile
            self.temperature = temperature
            self.turbulence = turbulence
        }
    }

    /// Fluent `pressure-outlet`.
    public struct PressureOutlet: Sendable, Equatable, Codable {
        /// Gauge static pressure, Pa (Fluent default 0).
        public var gaugePressure: Double = 0
        /// Temperature of fluid re-entering through the outlet, K (Fluent default 300).
        public var backflowTemperature: Double = 300

        /// An outlet at the given gauge pressure (Pa) and backflow temperature (K).
        public init(gaugePressure: Double = 0, backflowTemperature: Double = 300) {
            self.gaugePressure = gaugePressure
            self.backflowTemperature = backflowTemperature
        }
    }
}
