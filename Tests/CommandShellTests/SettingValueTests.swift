import CommandShell
import Testing

/// Values: parsing, journal formatting that reads back exactly, typed views.
struct SettingValueTests {
    @Test func realsAreWrittenInShortestFormThatParsesBackExactly() throws {
        for real in [
            0.001, 1e-5, 100, 0.1 + 0.2, 1.7894e-5, -2.5e300, .leastNonzeroMagnitude, 123456789.125,
        ] {
            let text = SettingValue.format(real)
            #expect(try ValueType.real(range: nil).parse(text) == .real(real), "\(text)")
        }
        #expect(SettingValue.format(100) == "100")
        #expect(SettingValue.format(1e-5) == "1e-05")
    }

    @Test func textThatIsNotABareWordIsQuotedAndReadsBack() throws {
        for text in [
            "", ",", "?", "two words", #"a "quote""#, "semi;colon", "{brace}", #"back\slash"#,
        ] {
            let written = SettingValue.text(text).journalText
            let tokens = try Tokeniser.tokens(of: written)
            #expect(tokens.map(\.text) == [text], "\(written)")
            #expect(tokens.first?.isQuoted == true)
        }
        #expect(SettingValue.text("wall-top").journalText == "wall-top")
    }

    @Test func typedViewsReturnOnlyTheirOwnKind() {
        #expect(SettingValue.real(0.5).real == 0.5)
        #expect(SettingValue.integer(3).real == 3)
        #expect(SettingValue.integer(3).integer == 3)
        #expect(SettingValue.real(0.5).integer == nil)
        #expect(SettingValue.boolean(true).boolean == true)
        #expect(SettingValue.text("a").text == "a")
        #expect(SettingValue.text("a").boolean == nil)
        let keyed = KeyedValues([("continuity", .real(1e-3)), ("x-velocity", .real(1e-4))])
        #expect(SettingValue.keyed(keyed).keyed?["x-velocity"] == .real(1e-4))
        #expect(SettingValue.keyed(keyed).journalText == "0.001 0.0001")
    }

    @Test func keyedValuesKeepKeyOrderAndReplaceDuplicates() {
        var keyed = KeyedValues([("a", .integer(1)), ("b", .integer(2)), ("a", .integer(3))])
        #expect(keyed.keys == ["a", "b"])
        #expect(keyed.values == [.integer(3), .integer(2)])
        keyed["c"] = .integer(4)
        keyed["a"] = nil
        #expect(keyed.keys == ["b", "c"])
        #expect(keyed.count == 2)
    }

    @Test func booleansAcceptFluentSpellings() throws {
        for (word, value) in [
            ("yes", true), ("y", true), ("#t", true), ("NO", false), ("#f", false),
        ] {
            #expect(try ValueType.boolean.parse(word) == .boolean(value))
        }
    }
}
