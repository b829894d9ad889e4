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
}
