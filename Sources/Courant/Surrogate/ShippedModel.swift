import CommandShell
import Foundation

/// The surrogate model a command uses when none is named (`courant run`, `courant batch`, the
/// REPL's `/surrogate/load-model` default, `courant surrogate predict` and `replay`), found by
/// one rule wherever the user runs from:
///
/// 1. `COURANT_MODEL=FILE` (relative to the working directory), or `COURANT_MODEL=none` for
///    no surrogate;
/// 2. else `convergence-v2.safetensors` beside the executable, symbolic links resolved: in
///    `PREFIX/share/courant/models/` for an installed `PREFIX/bin/courant`, else in a `models/`
///    folder in the executable's folder or one of the three above it (a build tree:
///    `ROOT/.build/<triple>/release/courant` finds `ROOT/models/`).
///
/// The working directory is not searched: a case folder with a `models/` folder of its own
/// does not change the model. A command line option (`--surrogate FILE`, `--model FILE`) or a
/// typed `/surrogate/load-model FILE` overrides all of this.
public struct ShippedModel: Sendable, Equatable {
    /// The shipped model's file name.
    public static let fileName = "convergence-v2.safetensors"
    /// The environment variable that names a model file, or `none`.
    public static let environmentVariable = "COURANT_MODEL"
    /// Folders above the executable's searched for `models/`.
    static let levelsAbove = 3

    /// The model file to use; nil for none.
    public var path: String?
    /// Why there is none, for one line to the user: nil when a model was found or
    /// `COURANT_MODEL=none` switched it off.
    public var absence: String?

    /// The model for this environment and executable; `fileExists` tells which files exist.
    public init(
        environment: [String: String], executablePath: String?,
        fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) {
        let variable = Self.environmentVariable
        if let named = environment[variable], !named.isEmpty {
            if named == "none" { return }
            if fileExists(named) {
                path = named
            } else {
                absence = "\(variable)=\(named) is not a file"
            }
            return
        }
        guard let executablePath else {
            absence = "cannot tell where the courant executable is; set \(variable)=FILE"
            return
        }
        let candidates = Self.candidates(executablePath: executablePath)
        if let found = candidates.first(where: fileExists) {
            path = found
            return
        }
        let folder = URL(fileURLWithPath: executablePath).deletingLastPathComponent().path
        absence =
            "no \(Self.fileName) in \(candidates.first ?? folder) nor in a models/ folder in "
            + "\(folder) or the \(Self.levelsAbove) folders above it; set \(variable)=FILE"
    }

    /// The model for this process (its environment and executable).
    public static var forThisProcess: ShippedModel {
        ShippedModel(
            environment: ProcessInfo.processInfo.environment,
            executablePath: ExecutableLocation.path())
    }

    /// The files tried, in order: the installed share folder, then `models/` in the
    /// executable's folder and each of the `levelsAbove` folders above it.
    static func candidates(executablePath: String) -> [String] {
        var folder = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
        let installed = folder.appendingPathComponent("../share/courant/models/\(fileName)")
        var candidates = [installed.standardizedFileURL.path]
        for _ in 0...levelsAbove {
            candidates.append(
                folder.appendingPathComponent("models/\(fileName)").standardizedFileURL.path)
            folder = folder.deletingLastPathComponent()
        }
        return candidates
    }
}

extension ShippedModel {
    /// `named` when given, else this process's shipped model; without one, the error names
    /// `option` and where the model was looked for.
    public static func path(named: String?, option: String) throws(ShellError) -> String {
        if let named { return named }
        let shipped = forThisProcess
        guard let path = shipped.path else {
            let absence = shipped.absence ?? "\(environmentVariable)=none switches it off"
            throw ShellError("no surrogate model: \(absence) or give \(option) FILE", path: option)
        }
        return path
    }
}
