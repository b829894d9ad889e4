import CommandShell
import Foundation

/// `/report/reference-values`: Fluent's reference quantities, one command per quantity with one
/// value (`area 0.112`), `compute/<zone type> ZONE` taking density, speed, pressure and
/// temperature from a boundary zone, and `list`. Changing a value rescales the `drag`/`lift`
/// report definitions made with `scaled yes`, as Fluent's follow its reference values.
enum ReferenceValuesMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("reference-values", help: "Reference values of force coefficients")
        for quantity in ReferenceValues.quantities {
            menu.add(
                .command(
                    CommandNode(
                        quantity.name, help: "Reference \(quantity.name)",
                        arguments: [
                            CommandArgument(
                                quantity.name, help: "Reference \(quantity.name)",
                                type: .real(range: nil), units: quantity.units)
                        ]
                    ) { call in
                        let value = try call.real(quantity.name)
                        let positive = ["area", "density", "depth", "length", "viscosity"]
                        guard value > 0 || !positive.contains(quantity.name) else {
                            throw ShellError.malformed(
                                "the reference \(quantity.name) must be positive")
                        }
                        session.settings.referenceValues[keyPath: quantity.keyPath] = value
                        FluentReportDefinitions.rescale(session)
                    }))
        }
        let compute = menu.addMenu("compute", help: "Take reference values from a boundary zone")
        for type in [PatchSettings.ZoneType.velocityInlet, .pressureOutlet] {
            compute.add(
                .command(
                    CommandNode(
                        type.rawValue, help: "Density, speed and temperature of a \(type.rawValue)",
                        arguments: [ComputeDefaultsMenu.zone(of: type, session)]
                    ) { call in
                        let patch = session.settings.patch(
                            try ComputeDefaultsMenu.zoneName(call.text("zone"), of: type, session))
                        var values = session.settings.referenceValues
                        values.density = session.settings.setup.fluid.density
                        values.viscosity = session.settings.setup.fluid.viscosity
                        if type == .velocityInlet {
                            values.velocity = patch.inletSpeed
                            values.temperature = patch.inletTemperature
                        } else {
                            values.pressure = patch.outletGaugePressure
                            values.temperature = patch.backflowTemperature
                        }
                        session.settings.referenceValues = values
                        FluentReportDefinitions.rescale(session)
                    }))
        }
        compute.add(
            Refusal.command(
                "pressure-far-field", help: "Far-field reference values (not available)",
                "pressure far-field zones are not available (compressible far fields)"))
        menu.add(
            .command(
                CommandNode("list", help: "Print the reference values", isRecorded: false) {
                    call in
                    let values = session.settings.referenceValues
                    let lines = ReferenceValues.quantities.map { quantity in
                        let name = quantity.name.padding(toLength: 12, withPad: " ", startingAt: 0)
                        return
                            "  \(name) \(SurfaceReportTable.number(values[keyPath: quantity.keyPath])) "
                            + quantity.units
                    }
                    call.session.write(lines.joined(separator: "\n") + "\n")
                }))
        return menu
    }
}
