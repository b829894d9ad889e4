import CommandShell
import Testing

/// `help`, `?` and the empty-line listing.
struct HelpTests {
    @Test func helpOnASettingShowsTypeUnitsDefaultAndCurrentValue() throws {
        let sample = SampleCase()
        let output = CapturedOutput()
        let session = sample.session(output: output)
        try session.execute("/define/materials/viscosity 2e-5")
        try session.execute("help def mat vis")
        #expect(
            output.text == """
                /define/materials/viscosity: Dynamic viscosity
                  type:    real in [1e-12, 1000000]
                  units:   kg/m-s
                  default: 1.7894e-05
                  current: 2e-05

                """)
        output.clear()
        try session.execute("/define/materials/viscosity ?")
        #expect(output.lines.count == 5)
        #expect(sample.viscosity == 2e-5)
    }

    @Test func helpOnAMenuListsItsItemsWithTheirHelp() throws {
        let output = CapturedOutput()
        let sample = SampleCase()
        try sample.session(output: output).execute("? /solve")
        #expect(
            output.text == """
                /solve/: Solve the flow
                  initialize  Initialise the flow field
                  iterate     Run iterations
                  monitors/   Residual and report monitors
                  set/        Solution controls

                """)
    }

    /// `/solve ?` and `so set ?`, as Fluent users type them, give the menu's help (the `?` used
    /// to be matched as an item name: "'?' is ambiguous").
    @Test func aQuestionMarkAfterAMenuGivesItsHelp() throws {
        let output = CapturedOutput()
        let sample = SampleCase()
        let session = sample.session(output: output)
        try session.execute("? /solve")
        let expected = output.text
        for typed in ["/solve ?", "solve ?"] {
            output.clear()
            try session.execute(typed)
            #expect(output.text == expected, "\(typed)")
        }
        output.clear()
        try session.execute("so set ?")
        #expect(output.text.hasPrefix("/solve/set/: Solution controls\n"))
        #expect(session.prompt == "> ")
    }

    @Test func helpOnACommandListsItsArgumentsAndDefaults() throws {
        let output = CapturedOutput()
        let sample = SampleCase()
        try sample.session(output: output).execute("help /define/b-c/wall-velocity")
        #expect(
            output.text == """
                /define/boundary-conditions/wall-velocity: Set the tangential velocity of a wall
                  zone: Boundary zone; one of: inlet, outlet, wall-bottom, wall-top
                  velocity: Tangential velocity; real (m/s) [0]

                """)
    }

    @Test func emptyLineListsTheCurrentMenuInColumnsWithSubmenusMarked() throws {
        let output = CapturedOutput()
        let sample = SampleCase()
        let session = sample.session(output: output)
        try session.execute("so mo re")
        try session.execute("")
        #expect(
            output.text == """
                convergence-criteria  normalize?            monitored-equations
                criterion-type        plot?
                n-maximize-norms      print?

                """)
        output.clear()
        try session.execute("/")
        try session.execute("")
        #expect(output.text == "define/  solve/   file/\n")
        output.clear()
        try session.execute("   ; a comment alone lists nothing")
        #expect(output.text.isEmpty)
        session.listingWidth = { 20 }
        try session.execute("")
        #expect(output.text == "define/  file/\nsolve/\n")
    }

    @Test func readOnlySettingTypedAlonePrintsItsValue() throws {
        let output = CapturedOutput()
        let sample = SampleCase()
        sample.energyEnabled = true
        try sample.session(output: output).execute("so mo re mon")
        #expect(
            output.lines == [#"monitored-equations = "continuity x-velocity y-velocity energy""#])
    }
}
