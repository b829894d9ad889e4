import CommandShell
import FiniteVolume

/// `/mesh`: the block layout the mesh is generated from, or the mesh file used instead
/// (`/mesh/file`), and the commands on the mesh (`info`, `check`, `scale`). Lists are written as
/// one quoted journal word, e.g. `/mesh/x-edges "0 1 31"`.
enum MeshMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("mesh", help: "The mesh: generated blocks or a mesh file")
        func list<T>(
            _ name: String, _ help: String, units: String = "", default defaultValue: [T],
            parse: @escaping (String) throws -> [T],
            keyPath: WritableKeyPath<MeshSpecification, [T]>
        ) -> SettingNode where T: LosslessStringConvertible {
            Setting.text(
                name, help, units: units, default: format(defaultValue),
                check: ("list of values, e.g. \"\(format(defaultValue))\"", { _ = try parse($0) }),
                get: { format(session.settings.mesh[keyPath: keyPath]) },
                set: { session.settings.mesh[keyPath: keyPath] = try parse($0) })
        }
        let defaults = MeshSpecification()
        menu.add(
            .setting(
                list(
                    "x-edges", "x positions of the block edges, increasing", units: "m",
                    default: defaults.xEdges, parse: parseReals, keyPath: \.xEdges)))
        menu.add(
            .setting(
                list(
                    "y-edges", "y positions of the block edges, increasing", units: "m",
                    default: defaults.yEdges, parse: parseReals, keyPath: \.yEdges)))
        menu.add(
            .setting(
                list(
                    "cells-x", "cells across each block column", default: defaults.cellsX,
                    parse: parsePositiveIntegers, keyPath: \.cellsX)))
        menu.add(
            .setting(
                list(
                    "cells-y", "cells across each block row", default: defaults.cellsY,
                    parse: parsePositiveIntegers, keyPath: \.cellsY)))
        menu.add(
            .setting(
                list(
                    "grading-x", "last/first cell width ratio in each block column",
                    default: defaults.gradingX, parse: parsePositiveReals, keyPath: \.gradingX)))
        menu.add(
            .setting(
                list(
                    "grading-y", "last/first cell height ratio in each block row",
                    default: defaults.gradingY, parse: parsePositiveReals, keyPath: \.gradingY)))
        menu.add(
            .setting(
                Setting.text(
                    "solid-blocks", "blocks left out of the fluid, as \"column,row column,row\"",
                    default: "",
                    check: ("blocks \"column,row column,row\"", { _ = try parseBlocks($0) }),
                    get: {
                        session.settings.mesh.solidBlocks.map { "\($0.column),\($0.row)" }
                            .joined(separator: " ")
                    },
                    set: { session.settings.mesh.solidBlocks = try parseBlocks($0) })))
        menu.add(
            .setting(
                Setting.perKey(
                    "patch-names", "boundary patch name of each block side on the boundary",
                    prompt: "patch name", keys: { session.settings.mesh.boundarySideKeys },
                    element: .constrained(
                        .string, summary: "a word of letters, digits, - and _",
                        check: { value in
                            guard case .text(let name) = value, isValidPatchName(name) else {
                                throw ShellError(
                                    "patch names are words of letters, digits, - and _")
                            }
                        }),
                    default: { .text(String($0.split(separator: "-").last ?? "")) },
                    get: { .text(session.settings.mesh.patchName(ofSide: $0)) },
                    set: { pairs in
                        for (key, value) in pairs {
                            guard case .text(let name) = value else { continue }
                            // A side's own name is its default: kept as "not renamed", so a
                            // case read back equals the case written.
                            let isDefault = name == String(key.split(separator: "-").last ?? "")
                            session.settings.mesh.patchNames[key] = isDefault ? nil : name
                        }
                    })))
        menu.add(.menu(MeshFileMenu.build(for: session)))
        for command in MeshCommands.build(for: session) { menu.add(.command(command)) }
        menu.aliases["mesh-info"] = "info"
        menu.add(
            Refusal.ignored(
                "reorder", help: "Fluent's bandwidth reordering (ignored)",
                "the cell order does not change Courant's results"))
        menu.add(
            Refusal.command(
                "modify-zones", help: "Fluent's zone operations (periodic pairs: not available)",
                "periodic boundaries and zone merging are not available"))
        return menu
    }

    static func format<T: LosslessStringConvertible>(_ values: [T]) -> String {
        values.map { value in
            if let real = value as? Double { return SettingValue.format(real) }
            return String(describing: value)
        }.joined(separator: " ")
    }

    static func parseReals(_ text: String) throws -> [Double] {
        try words(text).map { word in
            guard let value = Double(word), value.isFinite else {
                throw ShellError("'\(word)' is not a number")
            }
            return value
        }
    }

    static func parsePositiveReals(_ text: String) throws -> [Double] {
        let values = try parseReals(text)
        guard values.allSatisfy({ $0 > 0 }) else { throw ShellError("values must be positive") }
        return values
    }

    static func parsePositiveIntegers(_ text: String) throws -> [Int] {
        try words(text).map { word in
            guard let value = Int(word), value > 0 else {
                throw ShellError("'\(word)' is not a positive integer")
            }
            return value
        }
    }

    static func parseBlocks(_ text: String) throws -> [MeshSpecification.BlockIndex] {
        try text.split(whereSeparator: \.isWhitespace).map { word in
            let parts = word.split(separator: ",")
            guard parts.count == 2, let column = Int(parts[0]), let row = Int(parts[1]),
                column >= 0, row >= 0
            else { throw ShellError("'\(word)' is not a block \"column,row\"") }
            return MeshSpecification.BlockIndex(column: column, row: row)
        }
    }

    private static func words(_ text: String) throws -> [String] {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        guard !words.isEmpty else { throw ShellError("expected at least one value") }
        return words
    }

    private static func isValidPatchName(_ name: String) -> Bool {
        !name.isEmpty
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}
