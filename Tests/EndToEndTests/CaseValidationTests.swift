import Courant
import Foundation
import Testing

/// The shipped cases replayed through their journals and checked against published data
/// (shared/validation): the same commands a user runs, the same numbers the README quotes.
@Suite struct CaseValidationTests {
    /// Plane Poiseuille (analytic): u_max/U = 1.5 within 0.5%, dp/dx = −12 μ U / H² within 1%.
    @Test(.enabled(if: isOptimisedBuild)) func channelMatchesPlanePoiseuille() throws {
        let run = try CaseReplay("channel.jou")
        defer { run.remove() }
        #expect(run.session.lastOutcome?.status == .converged)
        let peak = try #require(run.report("u-centre"))
        let pressureAtTwo = try #require(run.report("p-x2"))
        let pressureAtEight = try #require(run.report("p-x8"))
        let gradient = (pressureAtEight - pressureAtTwo) / 6
        let exact = -12 * 0.01 * 1 / 1
        print("channel: u_max/U = \(peak), dp/dx = \(gradient) (exact \(exact))")
        #expect(abs(peak / 1.5 - 1) < 0.005)
        #expect(abs(gradient / exact - 1) < 0.01)
    }

    /// de Vahl Davis (1983), Pr = 0.71: Nu_avg within 1%, u_max and v_max within 2%.
    @Test(
        .enabled(if: isOptimisedBuild),
        arguments: [
            (1e3, 1.118, 3.649, 3.697), (1e4, 2.243, 16.178, 19.617),
        ])
    func heatedCavityMatchesDeVahlDavis(
        reference: (ra: Double, nusselt: Double, uMax: Double, vMax: Double)
    ) throws {
        let run = try CaseReplay(
            "heated-cavity.jou", overrides: ["Ra": "\(reference.ra)", "cells": "64"])
        defer { run.remove() }
        #expect(run.session.lastOutcome?.status == .converged)
        let nusselt = try #require(run.report("nusselt-hot"))
        let uMax = try #require(try run.profile("profile-u.csv", column: "x-velocity").max())
        let vMax = try #require(try run.profile("profile-v.csv", column: "y-velocity").max())
        print(
            "heated cavity Ra=\(reference.ra) 64²: Nu \(nusselt), u_max \(uMax), v_max \(vMax), "
                + "iterations \(run.session.lastOutcome?.lastRecord?.iteration ?? 0)")
        #expect(abs(nusselt / reference.nusselt - 1) < 0.01)
        #expect(abs(uMax / reference.uMax - 1) < 0.02)
        #expect(abs(vMax / reference.vMax - 1) < 0.02)
    }

    /// Gartling (1990), "A test problem for outflow boundary conditions — flow over a
    /// backward-facing step", Re = 800 on the channel height 2h (our Re = 400 on h), parabolic
    /// inflow at the step edge: x_r = 6.10 · 2h = 12.20 h.
    @Test(.enabled(if: isOptimisedBuild)) func stepWithInflowAtTheEdgeMatchesGartling() throws {
        try expectReattachment(
            journal: "backward-facing-step.jou", reynolds: 400, length: 60, reference: 12.20)
    }

    /// Erturk (2008), Comput. Fluids 37:633-655, expansion ratio 2 with an inlet channel, Re on
    /// the inlet hydraulic diameter 2h (twice ours): x_r/h = 4.982, 8.237, 11.834 at his
    /// Re = 200, 400, 800.
    @Test(
        .enabled(if: isOptimisedBuild),
        arguments: [(100.0, 30.0, 4.982), (200, 60, 8.237), (400, 60, 11.834)])
    func stepWithInletChannelMatchesErturk(
        reference: (reynolds: Double, length: Double, reattachment: Double)
    ) throws {
        try expectReattachment(
            journal: "backward-facing-step-inlet-channel.jou", reynolds: reference.reynolds,
            length: reference.length, reference: reference.reattachment)
    }

    /// Runs `journal` on 10 and 20 cells per step height; the Richardson extrapolation of x_r
    /// (second order, as the second-order upwind scheme gives) must lie within 1 % of
    /// `reference`, and the 20-cell value itself within 4 %.
    private func expectReattachment(
        journal: String, reynolds: Double, length: Double, reference: Double
    ) throws {
        var reattachment: [Double] = []
        for cells in [10, 20] {
            let run = try CaseReplay(
                journal,
                overrides: [
                    "Re": "\(reynolds)", "cells": "\(cells)", "length": "\(length)",
                    "iterations": "20000",
                ])
            defer { run.remove() }
            #expect(run.session.lastOutcome?.status == .converged)
            reattachment.append(try #require(run.report("reattachment")))
        }
        let extrapolated = reattachment[1] + (reattachment[1] - reattachment[0]) / 3
        print(
            "\(journal) Re=\(reynolds): x_r/h \(reattachment[0]) (10 cells), "
                + "\(reattachment[1]) (20), extrapolated \(extrapolated), reference \(reference)")
        #expect(abs(extrapolated / reference - 1) < 0.01)
        #expect(abs(reattachment[1] / reference - 1) < 0.04)
    }
}
