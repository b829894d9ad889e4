import Foundation

/// The tabular inputs the surrogate reads about a case, derived from the run's settings map
/// (TUI path → journal text, as the history stores it), so any case family that sets these
/// paths is understood without code changes.
///
/// Layout of `values` (`CaseFeatures.names` order):
/// 0 log10 Re, Re = ρ·U·L/μ with ρ `/define/materials/density`, μ `…/viscosity`, U the largest
///   wall or inlet speed (`/define/boundary-conditions/wall/x-velocity`, `y-velocity`,
///   `velocity-inlet/velocity-magnitude`, m/s), L the domain width from `/mesh/x-edges` (m);
///   0 when any is missing;
/// 1 log10 of the cell count `/mesh/cells-x`·`/mesh/cells-y`;
/// 2 pressure and 3 momentum under-relaxation (`/solve/set/under-relaxation/…`);
/// 4 1 for SIMPLEC coupling, 0 for SIMPLE; 5 1 for second-order-upwind momentum;
/// 6 mean log10 of the residual criteria; 7 1 when the energy equation is solved.
///
/// Geometry beyond the Reynolds length is deliberately absent: it mostly names the case
/// family, and a model that keys on it does worse on families it has not seen (measured:
/// held-out median error of the remaining iterations rose with a log2 aspect-ratio input).
public struct CaseFeatures: Sendable, Equatable, Codable {
    /// Feature names, in `values` order.
    public static let names = [
        "log10-reynolds", "log10-cells", "pressure-relaxation",
        "momentum-relaxation", "simplec", "second-order-momentum", "log10-criterion", "energy",
    ]

    /// One value per name, in `names` order.
    public var values: [Double]

    /// Whether a stall monitor may end the run (`/solve/monitors/stall/active?` and
    /// `stop-on-stall?` both `yes`, as in the training sweeps). Not a network input: a run
    /// that no monitor can stop for stalling cannot end `stalled`, so the predictor folds the
    /// network's stalled probability into "goes on iterating" for it (`SurrogateModel`).
    public var stopsOnStall: Bool

    /// Features from explicit values (`names.count` of them); `stopsOnStall` as in the
    /// training sweeps unless told otherwise.
    public init(values: [Double], stopsOnStall: Bool = true) {
        precondition(values.count == Self.names.count, "CaseFeatures: wrong number of values")
        self.values = values
        self.stopsOnStall = stopsOnStall
    }

    /// Features of a run with `settings`, residual `criteria` by equation and the equations it
    /// solves.
    public init(settings: [String: String], criteria: [String: Double], equations: [String]) {
        let number = { (path: String) in Self.numbers(settings[path]).first }
        let xEdges = Self.numbers(settings["/mesh/x-edges"])
        let width = (xEdges.last ?? 1) - (xEdges.first ?? 0)
        let wallSpeeds =
            Self.numbers(settings["/define/boundary-conditions/wall/x-velocity"])
            + Self.numbers(settings["/define/boundary-conditions/wall/y-velocity"])
            + Self.numbers(
                settings["/define/boundary-conditions/velocity-inlet/velocity-magnitude"])
        let speed = wallSpeeds.map(abs).max() ?? 0
        var reynolds = 0.0
        if let density = number("/define/materials/density"),
            let viscosity = number("/define/materials/viscosity"), viscosity > 0, speed > 0,
            width > 0
        {
            reynolds = log10(density * speed * width / viscosity)
        }
        let cells = (number("/mesh/cells-x") ?? 1) * (number("/mesh/cells-y") ?? 1)
        let logCriteria = criteria.values.filter { $0 > 0 }.map(log10)
        values = [
            reynolds, log10(max(cells, 1)),
            number("/solve/set/under-relaxation/pressure") ?? 0.3,
            number("/solve/set/under-relaxation/mom") ?? 0.7,
            settings["/solve/set/p-v-coupling"] == "SIMPLEC" ? 1 : 0,
            settings["/solve/set/discretization-scheme/mom"] == "second-order-upwind" ? 1 : 0,
            logCriteria.isEmpty ? -3 : logCriteria.reduce(0, +) / Double(logCriteria.count),
            equations.contains("energy") ? 1 : 0,
        ]
        stopsOnStall =
            settings["/solve/monitors/stall/active?"] == "yes"
            && settings["/solve/monitors/stall/stop-on-stall?"] == "yes"
    }

    /// The numbers in a journal text such as `"0 1"` or `0 0 0 1`.
    static func numbers(_ text: String?) -> [Double] {
        guard let text else { return [] }
        return text.split(whereSeparator: { $0 == " " || $0 == "\"" || $0 == "\t" })
            .compactMap { Double($0) }
    }
}
