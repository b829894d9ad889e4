/// Why an end-to-end test could not do what it set out to (no binary, a process that hung).
struct EndToEndFailure: Error, CustomStringConvertible {
    /// One line saying what went wrong.
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
