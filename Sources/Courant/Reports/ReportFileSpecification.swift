/// A report file of `/solve/report-files`: CSV, one row per iteration, of the named reports.
public struct ReportFileSpecification: Sendable, Equatable {
    /// The report file's name in `/solve/report-files` (unique; what `delete` takes).
    public var name: String
    /// Where the CSV is written (relative to the working directory).
    public var path: String
    /// Report definitions written, in column order.
    public var reports: [String]

    /// A report file named `name` writing `reports` to `path`; the names are not checked here.
    public init(name: String, path: String, reports: [String]) {
        self.name = name
        self.path = path
        self.reports = reports
    }
}
