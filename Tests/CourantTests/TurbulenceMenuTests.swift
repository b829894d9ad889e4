import CommandShell
import Courant
import FlowSolver
import Foundation
import Testing

/// `/define/models/viscous`, inlet turbulence in Courant's and Fluent's forms, and the k and
/// omega settings of `/solve/set` and `/solve/initialize`.
@Suite struct TurbulenceMenuTests {
    static let channel = """
        /mesh/x-edges "0 4"
        /mesh/y-edges "0 1"
        /mesh/cells-x 8
        /mesh/cells-y 4
        /mesh/patch-names inlet outlet wall upper-wall
        /define/boundary-conditions/zone-type velocity-inlet pressure-outlet wall wall
        """

    @Test func sstAddsKAndOmegaWithFluentsDefaultCriterionAndLaminarRemovesThem() throws {
        let harness = SessionHarness()
        try harness.run(Self.channel + "\n/define/models/viscous/kw-sst? yes\n")
        let settings = harness.session.settings
        #expect(settings.equations == ["continuity", "x-velocity", "y-velocity", "k", "omega"])
        #expect(settings.residualMonitors["k"]?.absoluteCriterion == 1e-3)
        #expect(settings.residualMonitors["omega"]?.absoluteCriterion == 1e-3)
        #expect(settings.setup.underRelaxation.turbulentKineticEnergy == 0.8)
        #expect(settings.setup.underRelaxation.specificDissipationRate == 0.8)
        #expect(settings.setup.underRelaxation.turbulentViscosity == 1)
        try harness.run("/define/models/viscous/laminar? yes\n")
        #expect(harness.session.settings.equations == ["continuity", "x-velocity", "y-velocity"])
        try harness.run("/define/models/viscous kw-sst yes\n")
        #expect(harness.session.settings.setup.viscousModel == .kOmegaSST)
    }

    @Test func zoneFirstInletReadsFluentsTurbulenceQuestions() throws {
        let harness = SessionHarness()
        try harness.run(
            Self.channel + """

                /define/models/viscous/kw-sst? yes
                /define/boundary-conditions/velocity-inlet inlet no no yes yes no 5.0 no 0 no no no yes 4 0.2
                /define/boundary-conditions/pressure-outlet outlet yes no 0 no yes no no yes 5 10 yes
                """)
        let inlet = harness.session.settings.patch("inlet")
        #expect(inlet.inletSpeed == 5)
        #expect(inlet.turbulenceSpecification == .intensityAndHydraulicDiameter)
        #expect(inlet.turbulentIntensity == 4)
        #expect(inlet.hydraulicDiameter == 0.2)
        // k = 1.5·(U·I)², ω = √k/(C_μ^¼·0.07·D_H) (Fluent's relations).
        let k = 1.5 * (5 * 0.04) * (5 * 0.04)
        #expect(abs(inlet.inletTurbulence.turbulentKineticEnergy(speed: 5) - k) < 1e-15)
        let omega = k.squareRoot() / (pow(0.09, 0.25) * 0.07 * 0.2)
        let computed = inlet.inletTurbulence.specificDissipationRate(
            speed: 5, density: 1.225, viscosity: 1.7894e-5)
        #expect(abs(computed / omega - 1) < 1e-12)
    }

    @Test func keywordFormSetsTheMethodIntensityAndValue() throws {
        let harness = SessionHarness()
        try harness.run(
            Self.channel + """

                /define/models/viscous/kw-sst? yes
                /define/boundary-conditions/set/velocity-inlet inlet () ke-spec no yes quit
                /define/boundary-conditions/set/velocity-inlet inlet () turb-intensity 2 quit
                /define/boundary-conditions/set/velocity-inlet inlet () turb-length-scale 0.05 quit
                /define/boundary-conditions/set/pressure-outlet outlet () turb-viscosity-ratio 4 quit
                """)
        let inlet = harness.session.settings.patch("inlet")
        #expect(inlet.turbulenceSpecification == .intensityAndLengthScale)
        #expect(inlet.turbulentIntensity == 2)
        #expect(inlet.turbulentLengthScale == 0.05)
        #expect(
            inlet.inletTurbulence == .intensityAndLengthScale(intensity: 0.02, lengthScale: 0.05))
    }

    @Test func turbulenceSettingsAreWrittenToTheCaseAndReadBack() throws {
        let first = SessionHarness()
        try first.run(
            Self.channel + """

                /define/models/viscous/kw-sst? yes
                /define/boundary-conditions/velocity-inlet/turbulence-specification intensity-and-length-scale
                /define/boundary-conditions/velocity-inlet/turbulent-length-scale 0.03
                /solve/set/under-relaxation/k 0.6
                /solve/set/under-relaxation/omega 0.5
                /solve/set/discretization-scheme/k 1
                /solve/initialize/set-defaults/omega 25
                /solve/report-definitions/skin-friction-coefficient cf wall 2 1.2 3
                /solve/report-definitions/area-weighted-average y-plus-wall y-plus wall
                """)
        let journal = first.session.caseJournal
        #expect(journal.contains("/define/models/viscous/kw-sst? yes"))
        #expect(journal.contains("skin-friction-coefficient cf wall 2 1.2 3"))
        #expect(journal.contains("area-weighted-average y-plus-wall y-plus wall"))
        let second = SessionHarness()
        try second.run(journal, file: "case.jou")
        #expect(second.session.settings == first.session.settings)
        let setup = second.session.settings.setup
        #expect(setup.underRelaxation.turbulentKineticEnergy == 0.6)
        #expect(setup.underRelaxation.specificDissipationRate == 0.5)
        #expect(setup.schemes.turbulentKineticEnergy == .secondOrderUpwind)
        #expect(setup.initialValues.specificDissipationRate == 25)
        #expect(second.session.settings.patch("inlet").turbulentLengthScale == 0.03)
    }

    @Test func turbulenceAnswersWithoutAModelAreRefused() {
        let harness = SessionHarness()
        #expect(throws: (any Error).self) {
            try harness.run(
                Self.channel
                    + "\n/define/boundary-conditions/set/velocity-inlet inlet () "
                    + "turb-intensity 2 quit\n")
        }
    }
}
