import RunHistory
import Testing

@Suite struct SHA256Tests {
    @Test func digestsMatchTheFIPS180TestVectors() {
        #expect(
            SHA256.hex(of: "abc")
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(of: "")
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.hex(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func caseHashIgnoresLineEndingsAndTrailingBlanksOnly() {
        let unix = CaseIdentity.caseHash(journal: "/solve/iterate 10\n; note\n")
        #expect(CaseIdentity.caseHash(journal: "/solve/iterate 10  \r\n; note\r\n\r\n") == unix)
        #expect(CaseIdentity.caseHash(journal: "/solve/iterate 20\n; note\n") != unix)
    }

    @Test func canonicalParametersSortKeysAndEscapeText() {
        #expect(
            CaseIdentity.canonicalJSON(["cells": "33", "Re": "1e3", "x\"y": "a\nb"])
                == #"{"Re":"1e3","cells":"33","x\"y":"a\nb"}"#)
    }
}
