import Courant
import Testing

/// The one rule by which every command finds the surrogate model when none is named, checked
/// on file layouts given as sets of existing paths.
@Suite struct ShippedModelTests {
    static let model = "convergence-v2.safetensors"

    static func lookup(
        executable: String?, files: Set<String>, environment: [String: String] = [:]
    ) -> ShippedModel {
        ShippedModel(
            environment: environment, executablePath: executable,
            fileExists: { files.contains($0) })
    }

    @Test func anInstalledExecutableFindsTheShareFolder() {
        let found = Self.lookup(
            executable: "/opt/courant/bin/courant",
            files: ["/opt/courant/share/courant/models/\(Self.model)"])
        #expect(found.path == "/opt/courant/share/courant/models/\(Self.model)")
        #expect(found.absence == nil)
    }

    /// `swift build` puts the executable at ROOT/.build/<triple>/release/courant (and a
    /// symbolic link at ROOT/.build/release/courant): both find ROOT/models.
    @Test(arguments: [
        "/src/courant/.build/x86_64-unknown-linux-gnu/release/courant",
        "/src/courant/.build/release/courant",
    ])
    func aBuildTreeFindsTheRepositorysModels(executable: String) {
        let found = Self.lookup(
            executable: executable, files: ["/src/courant/models/\(Self.model)"])
        #expect(found.path == "/src/courant/models/\(Self.model)")
    }

    @Test func theShareFolderComesBeforeAModelsFolder() {
        let found = Self.lookup(
            executable: "/usr/local/bin/courant",
            files: [
                "/usr/local/share/courant/models/\(Self.model)", "/usr/local/models/\(Self.model)",
            ])
        #expect(found.path == "/usr/local/share/courant/models/\(Self.model)")
    }

    /// Only three folders above the executable's are searched, and never the working
    /// directory, so a models/ folder high up or in the case folder is not taken.
    @Test func aModelFourFoldersUpIsNotTakenAndTheAbsenceSaysWhereItLooked() {
        let found = Self.lookup(
            executable: "/a/b/c/d/e/courant", files: ["/a/models/\(Self.model)"])
        #expect(found.path == nil)
        #expect(
            found.absence
                == "no \(Self.model) in /a/b/c/d/share/courant/models/\(Self.model) nor in a "
                + "models/ folder in /a/b/c/d/e or the 3 folders above it; set COURANT_MODEL=FILE")
    }

    @Test func courantModelOverridesTheShippedModel() {
        let found = Self.lookup(
            executable: "/src/courant/.build/release/courant",
            files: ["/src/courant/models/\(Self.model)", "/data/mine.safetensors"],
            environment: ["COURANT_MODEL": "/data/mine.safetensors"])
        #expect(found.path == "/data/mine.safetensors")
    }

    @Test func courantModelNoneSwitchesTheSurrogateOffSilently() {
        let found = Self.lookup(
            executable: "/src/courant/.build/release/courant",
            files: ["/src/courant/models/\(Self.model)"], environment: ["COURANT_MODEL": "none"])
        #expect(found.path == nil && found.absence == nil)
    }

    /// A named file that is not there is not replaced by the shipped one: the user asked for
    /// that model, and is told it is missing.
    @Test func aMissingCourantModelIsNamed() {
        let found = Self.lookup(
            executable: "/src/courant/.build/release/courant",
            files: ["/src/courant/models/\(Self.model)"],
            environment: ["COURANT_MODEL": "/data/typo.safetensors"])
        #expect(found.path == nil)
        #expect(found.absence == "COURANT_MODEL=/data/typo.safetensors is not a file")
    }

    @Test func anUnknownExecutableAsksForCourantModel() {
        let found = Self.lookup(executable: nil, files: [])
        #expect(
            found.absence == "cannot tell where the courant executable is; set COURANT_MODEL=FILE")
    }
}
