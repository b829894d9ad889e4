import CommandShell

/// Fluent's turbulence questions on velocity inlets and pressure outlets when a turbulence model
/// is on, in prompt order: four method yes/no questions ending at the first yes (K and Omega,
/// Intensity and Length Scale, Intensity and Viscosity Ratio — Fluent's default — Intensity and
/// Hydraulic Diameter), then the intensity (%) and the method's second value.
enum FluentTurbulenceAnswers {
    typealias Specification = PatchSettings.TurbulenceSpecification

    /// The methods in Fluent's prompt order; nil is "K and Omega", which Courant lacks.
    static let methods: [Specification?] = [
        nil, .intensityAndLengthScale, .intensityAndViscosityRatio,
        .intensityAndHydraulicDiameter,
    ]

    /// Reads the method questions (`ke-spec` in the keyword form) into a specification.
    static func method(_ answers: inout AnswerCursor) throws -> Specification {
        for (index, method) in methods.enumerated() {
            guard try answers.boolean("turbulence specification method", default: index == 2)
            else { continue }
            guard let method else {
                throw ShellError.unavailable(
                    "k and omega values at a boundary are not available; give an intensity and "
                        + "a length scale, viscosity ratio or hydraulic diameter")
            }
            return method
        }
        throw ShellError.malformed("no turbulence specification method chosen")
    }

    /// Reads a whole specification (method, intensity, second value) into `patch`'s inlet
    /// turbulence.
    static func read(_ answers: inout AnswerCursor, into patch: inout PatchSettings) throws {
        let method = try method(&answers)
        patch.turbulenceSpecification = method
        patch.turbulentIntensity = try positive(
            answers.real("turbulent intensity (%)", default: patch.turbulentIntensity),
            "turbulent intensity")
        try readValue(of: method, &answers, into: &patch)
    }

    /// Reads the second value of `method` into `patch`.
    static func readValue(
        of method: Specification, _ answers: inout AnswerCursor, into patch: inout PatchSettings
    ) throws {
        switch method {
        case .intensityAndLengthScale:
            patch.turbulentLengthScale = try positive(
                answers.real("turbulent length scale (m)", default: patch.turbulentLengthScale),
                "turbulent length scale")
        case .intensityAndViscosityRatio:
            patch.turbulentViscosityRatio = try positive(
                answers.real("turbulent viscosity ratio", default: patch.turbulentViscosityRatio),
                "turbulent viscosity ratio")
        case .intensityAndHydraulicDiameter:
            patch.hydraulicDiameter = try positive(
                answers.real("hydraulic diameter (m)", default: patch.hydraulicDiameter),
                "hydraulic diameter")
        }
    }

    /// Applies one keyword of the keyword form (`ke-spec`, `turb-intensity`,
    /// `turb-length-scale`, `turb-viscosity-ratio`, `turb-hydraulic-diam`) to `patch`; false
    /// when `keyword` is not one of them.
    static func keyword(
        _ keyword: String, _ answers: inout AnswerCursor, into patch: inout PatchSettings
    ) throws -> Bool {
        switch keyword {
        case "ke-spec":
            patch.turbulenceSpecification = try method(&answers)
        case "turb-intensity":
            patch.turbulentIntensity = try positive(
                answers.real(keyword, default: patch.turbulentIntensity), keyword)
        case "turb-length-scale":
            try readValue(of: .intensityAndLengthScale, &answers, into: &patch)
        case "turb-viscosity-ratio":
            try readValue(of: .intensityAndViscosityRatio, &answers, into: &patch)
        case "turb-hydraulic-diam":
            try readValue(of: .intensityAndHydraulicDiameter, &answers, into: &patch)
        default:
            return false
        }
        return true
    }

    private static func positive(_ value: Double, _ name: String) throws -> Double {
        guard value > 0 else { throw ShellError.malformed("\(name) must be positive") }
        return value
    }
}
