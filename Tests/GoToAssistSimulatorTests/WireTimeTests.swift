@testable import GoToAssistSimulator
import Testing

struct WireTimeTests {
    @Test func formatsEpochSecondsAsUTCWithZ() {
        #expect(WireTime.format(0) == "1970-01-01T00:00:00Z")
        #expect(WireTime.format(1_477_915_205) == "2016-10-31T12:00:05Z")
        #expect(WireTime.format(951_782_400) == "2000-02-29T00:00:00Z")
    }

    @Test(arguments: [
        ("2016-10-31T12:00:05Z", 1_477_915_205.0),
        ("2016-10-31T12:00:05.750Z", 1_477_915_205.75),
        ("2016-10-31T13:00:05+01:00", 1_477_915_205.0),
        ("2016-10-31T07:00:05-05:00", 1_477_915_205.0),
        ("2016-10-31T13:00:05 01:00", 1_477_915_205.0),
    ])
    func parsesAcceptedForms(_ text: String, _ expected: Double) {
        #expect(WireTime.parse(text) == expected)
    }

    @Test(arguments: [
        "2016-10-31", "2016-10-31T12:00:05", "2016-10-31 12:00:05Z", "2016-02-30T00:00:00Z", "2016-10-31T24:00:00Z",
        "2016-10-31T12:00:05+0100", "2016-10-31T12:00:05.Z", "1477915205", "2016-10-31T12:00:05Zjunk",
    ])
    func rejectsEverythingElse(_ text: String) {
        #expect(WireTime.parse(text) == nil)
    }
}
