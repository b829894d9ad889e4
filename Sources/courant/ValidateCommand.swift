import ArgumentParser
import CaseValidation

/// `courant validate`: the imported-mesh validation cases of issue 15 solved on the shipped
/// meshes, each printed beside its published or exact values (release build; level 3 of 2D-1
/// takes a few minutes).
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract:
            "Pipe (Hagen-Poiseuille), Schäfer-Turek 2D-1 and 3D-1Z on the shipped meshes, "
            + "beside the published values.")

    /// The cases `--case` accepts.
    enum Case: String, ExpressibleByArgument, CaseIterable {
        case pipe, st2d, st3d
    }

    @Option(help: "Folder of the shipped meshes.")
    var meshes = "cases/meshes"

    @Option(
        name: .customLong("case"), parsing: .upToNextOption,
        help: "Cases to run: pipe, st2d, st3d (default: all).")
    var cases: [Case] = Case.allCases

    @Option(parsing: .upToNextOption, help: "2D-1 mesh levels (1, 2, 3).")
    var levels: [Int] = [1, 2, 3]

    @Option(help: "3D-1Z mesh file in the meshes folder.")
    var threeDMesh = "schaefer-turek-3d1z-coarse.msh"

    mutating func validate() throws {
        guard levels.allSatisfy({ (1...3).contains($0) }) else {
            throw ValidationError("--levels: the shipped 2D-1 meshes are levels 1, 2 and 3")
        }
    }

    mutating func run() throws {
        for item in cases {
            switch item {
            case .pipe: print(try ValidationReport.pipe(folder: meshes))
            case .st2d: print(try ValidationReport.schaeferTurek2D(folder: meshes, levels: levels))
            case .st3d:
                print(try ValidationReport.schaeferTurek3D(folder: meshes, file: threeDMesh))
            }
        }
    }
}
