import CommandShell

/// Fluent's zone ids, accepted wherever a journal may name a zone (`thread-names 4`,
/// `velocity-inlet 5 ...`). Courant numbers zones as `/define/boundary-conditions/list-zones`
/// prints them: 1 the fluid cell zone, 2 the interior faces, then the boundary zones from 3 in
/// the mesh's order. A mesh read from a Fluent file has ids of its own, which Courant's reader
/// does not keep, so there an id is refused rather than taken as Courant's number for another
/// zone.
enum FluentZoneIds {
    /// The id of the fluid cell zone.
    static let fluid = 1
    /// The id of the interior faces.
    static let interior = 2
    /// The id of the first boundary zone.
    static let firstBoundary = 3

    /// The boundary zone `word` names: the word itself, or the zone whose id it is.
    static func zoneName(_ word: String, _ session: CourantSession) throws -> String {
        guard let id = Int(word) else { return word }
        let mesh = session.settings.mesh
        if mesh.file?.format == .fluent {
            throw ShellError.malformed(
                "zone id \(id): the ids of a Fluent mesh file are not kept by Courant; name the "
                    + "zone (/mesh/info lists them)")
        }
        let patches = mesh.patchNameList
        guard patches.indices.contains(id - firstBoundary) else {
            throw ShellError(
                "no boundary zone with id \(id); ids are \(firstBoundary)-"
                    + "\(firstBoundary + patches.count - 1) "
                    + "(/define/boundary-conditions/list-zones)")
        }
        return patches[id - firstBoundary]
    }

    /// `list-zones`: Fluent's zone table, id, name and type.
    static func table(_ session: CourantSession) -> String {
        let ids = session.settings.mesh.file?.format == .fluent ? nil : firstBoundary
        var text =
            "   id  name                  type\n"
            + row(ids.map { _ in fluid }, "fluid", "fluid")
            + row(ids.map { _ in interior }, "interior", "interior")
        for (offset, name) in session.settings.mesh.patchNameList.enumerated() {
            text += row(
                ids.map { $0 + offset }, name, session.settings.patch(name).zoneType.rawValue)
        }
        return text
    }

    private static func row(_ id: Int?, _ name: String, _ type: String) -> String {
        let number = id.map(String.init) ?? "-"
        return String(repeating: " ", count: max(0, 5 - number.count)) + number + "  "
            + name.padding(toLength: max(20, name.count), withPad: " ", startingAt: 0) + "  "
            + type + "\n"
    }
}
