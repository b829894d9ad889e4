import Foundation
import MeshImport
import Testing

/// One malformed file per kind of error: each must end in one `MeshImportError` line naming the
/// file and the place, never a crash.
@Suite struct MalformedInputTests {
    /// The error reading `text` with `reader`, which must be one line starting with the file.
    private func failure(
        _ text: String, _ reader: ([UInt8], String) throws(MeshImportError) -> Void
    ) -> MeshImportError? {
        failure(Array(text.utf8), reader)
    }

    private func failure(
        _ bytes: [UInt8], _ reader: ([UInt8], String) throws(MeshImportError) -> Void
    ) -> MeshImportError? {
        do {
            try reader(bytes, "bad.msh")
            return nil
        } catch {
            #expect(!error.description.contains("\n"))
            #expect(error.description.hasPrefix("bad.msh"))
            return error
        }
    }

    private let gmsh: ([UInt8], String) throws(MeshImportError) -> Void = {
        (bytes, name) throws(MeshImportError) in
        _ = try GmshReader.read(bytes: bytes, fileName: name)
    }
    private let fluent: ([UInt8], String) throws(MeshImportError) -> Void = {
        (bytes, name) throws(MeshImportError) in
        _ = try FluentMeshReader.read(bytes: bytes, fileName: name)
    }

    @Test func truncatedTextFileNamesTheLineWhereItEnds() throws {
        let text = GmshReaderTests.tinyVersion2
        let range = try #require(text.range(of: "7 2 2 4"))
        let cut = String(text[..<range.lowerBound])
        let error = try #require(failure(cut, gmsh))
        #expect(error.place == .line(28))
        #expect(error.message.contains("truncated"))
        let fluentCut = String(FluentMeshReaderTests.tinyPlane.prefix(300))
        #expect(failure(fluentCut, fluent)?.message.contains("truncated") == true)
    }

    @Test func truncatedBinaryFileNamesTheSectionAndByte() throws {
        let bytes = try Array(
            Data(contentsOf: URL(fileURLWithPath: Fixtures.path("mixed3d-41-binary.msh"))))
        let start = try #require(
            bytes.indices.first { bytes[$0...].starts(with: Array("$Nodes".utf8)) })
        let error = try #require(failure(Array(bytes[..<(start + 300)]), gmsh))
        guard case .byte(section: "$Nodes", _) = error.place else {
            Issue.record("expected a place in $Nodes, got \(error.place)")
            return
        }
        #expect(error.description.hasPrefix("bad.msh: $Nodes, byte "))
    }

    @Test func truncatedBinaryFluentFileNamesTheSectionAndByte() throws {
        let mesh = try FluentMeshReader.read(
            bytes: Fixtures.bytes(FluentMeshReaderTests.twoCubes), fileName: "t"
        ).mesh
        let bytes = FluentTestFile(mesh: mesh).bytes(.double)
        let start = try #require(
            bytes.indices.first { bytes[$0...].starts(with: Array("(3013".utf8)) })
        let error = try #require(failure(Array(bytes[..<(start + 40)]), fluent))
        // "(3013 (3 1 1 2 0)(" is 18 bytes, then the face's node count and 4 nodes (20 bytes):
        // its c0 starts at byte 38 with 2 of its 4 bytes left.
        #expect(error.place == .byte(section: "section 3013", offset: start + 38))
        #expect(error.message == "file ends inside a face's cell c0 (truncated?)")
    }

    @Test func unknownElementTypeIsNamedWithItsLine() throws {
        let text = GmshReaderTests.tinyVersion2.replacingOccurrences(
            of: "7 2 2 4 1 1 2 5", with: "7 9 2 4 1 1 2 5 3 4 6")
        let error = try #require(failure(text, gmsh))
        #expect(error.place == .line(28))
        #expect(
            error.message.hasPrefix("element 7 has element type 9 (6-node second-order triangle)"))
    }

    @Test func sectionThatDoesNotParseIsNamed() throws {
        let text = FluentMeshReaderTests.tinyPlane.replacingOccurrences(
            of: "1 5 2 3", with: "1 5 2 zz")
        let error = try #require(failure(text, fluent))
        #expect(error.place == .line(19))
        #expect(error.message == "expected a face's cell c1 (a hexadecimal integer), found 'zz'")
        let gmshText = GmshReaderTests.tinyVersion2.replacingOccurrences(
            of: "$Nodes\n6", with: "$Nodes\nsix")
        #expect(failure(gmshText, gmsh)?.place == .line(12))
    }

    @Test func indexOutOfRangeIsNamed() throws {
        let text = FluentMeshReaderTests.tinyPlane.replacingOccurrences(
            of: "6 1 3 0", with: "6 9 3 0")
        let error = try #require(failure(text, fluent))
        #expect(error.message == "face 7 of zone 'inlet' uses node 9, beyond the 6 nodes")
        let cells = FluentMeshReaderTests.tinyPlane.replacingOccurrences(
            of: "3 4 1 0", with: "3 4 4 0")
        #expect(failure(cells, fluent)?.message.contains("cells run from 1 to 3") == true)
        let node = GmshReaderTests.tinyVersion2.replacingOccurrences(
            of: "8 2 2 4 1 1 5 6", with: "8 2 2 4 1 1 5 60")
        #expect(
            failure(node, gmsh)?.message
                == "element 8 uses node 60, which $Nodes does not define")
    }

    @Test func unclosedCellIsNamed() throws {
        // One wall face of the first cube moved onto a wrong node: its edges no longer pair up.
        let text = FluentMeshReaderTests.twoCubes.replacingOccurrences(
            of: "4 1 2 8 7 1 0", with: "4 1 2 8 a 1 0")
        let error = try #require(failure(text, fluent))
        #expect(error.place == .file)
        #expect(error.message.hasPrefix("cell 1 (hex 1) is not closed"))
    }

    @Test func zoneWithNoFacesIsRefused() throws {
        let text = FluentMeshReaderTests.tinyPlane + "\n(13 (9 9 8 3 2)())\n"
        #expect(failure(text, fluent)?.message == "zone 'wall-9' has no faces")
        let gmshText = GmshReaderTests.tinyVersion2.replacingOccurrences(
            of: "$PhysicalNames\n4\n", with: "$PhysicalNames\n5\n1 7 \"symmetry\"\n")
        #expect(
            failure(gmshText, gmsh)?.message
                == "physical group 'symmetry' (dimension 1, tag 7) has no boundary faces: "
                + "a zone with no faces")
    }

    @Test func zoneNamesThatAreNotUTF8AreRefused() throws {
        var bytes = Array(FluentMeshReaderTests.tinyPlane.utf8)
        let at = try #require(
            bytes.indices.first { bytes[$0...].starts(with: Array("walls".utf8)) })
        bytes[at + 1] = 0xFF
        #expect(failure(bytes, fluent)?.message == "zone 3's name is not valid UTF-8")
        var gmshBytes = Array(GmshReaderTests.tinyVersion2.utf8)
        let g = try #require(
            gmshBytes.indices.first { gmshBytes[$0...].starts(with: Array("inlet".utf8)) })
        gmshBytes[g] = 0xC3
        gmshBytes[g + 1] = 0x28
        #expect(failure(gmshBytes, gmsh)?.message == "physical name is not valid UTF-8")
    }

    @Test func periodicShadowFacesAreRefused() throws {
        let text = FluentMeshReaderTests.tinyPlane + "\n(18 (1 1 4 5)(\n7 8\n))\n"
        #expect(
            failure(text, fluent)?.message.hasPrefix("periodic shadow faces (section 18)") == true)
    }

    @Test func planeMeshOutOfPlaneIsRefused() throws {
        let text = GmshReaderTests.tinyVersion2.replacingOccurrences(of: "4 2 1 0", with: "4 2 1 1")
        #expect(
            failure(text, gmsh)?.message
                == "a 2-D mesh must lie in a plane z = const; its z runs from 0.0 to 1.0")
    }

    @Test func hugeCountsAreCheckedAgainstTheBytesLeft() throws {
        let text = GmshReaderTests.tinyVersion2.replacingOccurrences(
            of: "$Nodes\n6\n", with: "$Nodes\n999999999999\n")
        #expect(failure(text, gmsh)?.message.contains("only") == true)
        let fluentText = FluentMeshReaderTests.tinyPlane.replacingOccurrences(
            of: "(10 (1 1 6 1 2)", with: "(10 (1 1 fffffffffff 1 2)")
        #expect(failure(fluentText, fluent)?.message.contains("bytes remain") == true)
    }

    @Test func cellCountsBeyondWhatTheFacesCanCloseAreRefused() throws {
        let text = FluentMeshReaderTests.tinyPlane.replacingOccurrences(
            of: "(12 (0 1 3 0))", with: "(12 (0 1 fffffffffffff 0))")
        #expect(
            failure(text, fluent)?.message
                == "4503599627370495 cells declared, but 8 faces can close at most 5")
    }

    @Test func compressedAndHDF5FilesAreNamed() throws {
        #expect(failure([0x1F, 0x8B, 0x08, 0x00], gmsh)?.message.contains("gunzip") == true)
        let hdf5: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A]
        #expect(failure(hdf5, fluent)?.message.hasPrefix("the file is HDF5") == true)
    }

    @Test func otherFormatsAndVersionsAreNamed() throws {
        #expect(
            failure("$MeshFormat\n4.0 0 8\n$EndMeshFormat\n", gmsh)?.message
                == "MSH format version 4.0 is not supported: save as 2.2 or 4.1 "
                + "(gmsh -format msh22 or msh41)")
        #expect(failure("(0 \"x\")", gmsh)?.message.hasPrefix("expected a section") == true)
        #expect(failure("$MeshFormat", fluent)?.message.hasPrefix("expected '('") == true)
        #expect(failure("", fluent)?.message == "no nodes: no node section (10)")
    }
}
