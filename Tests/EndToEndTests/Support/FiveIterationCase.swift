/// A 5 × 5 lid-driven cavity with a parameter `Re`, iterated 5 times (status `not-converged`,
/// exit 3) and a sweep over two values of `Re`: the smallest case and sweep that log runs, for
/// tests of what the history keeps rather than of the solution.
enum FiveIterationCase {
    static let journal = """
        (parameter Re 100)
        /mesh/cells-x 5
        /mesh/cells-y 5
        /define/boundary-conditions/wall/x-velocity 0 0 0 1
        /define/materials/viscosity {1/Re}
        /solve/initialize/initialize-flow
        /solve/iterate 5

        """

    /// The sweep over `Re` 100 and 200 of `case.jou` in the same folder.
    static let sweep = "journal case.jou\nparameter Re 100 200\n"

    /// Writes `case.jou` and `case.sweep` into `folder`; returns the journal's path.
    @discardableResult
    static func write(into folder: ScratchFolder) throws -> String {
        try folder.write(sweep, to: "case.sweep")
        return try folder.write(journal, to: "case.jou")
    }
}
