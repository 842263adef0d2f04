import SystemSupport
import Testing
@testable import Shell

/// Facts dsql decides in one place, so `dsql`, `dsql token`, paths and variables agree.
@Suite("One answer per fact")
struct OneAnswerPerFactTests {
    @Test(arguments: [
        (nil as String?, nil as String?, nil as String?, "admin"),
        ("", nil, nil, "admin"),
        (nil, nil, "", "admin"),
        ("", nil, "reader", "reader"),
        ("writer", nil, "reader", "writer"),
        (nil, "from_service", "reader", "from_service"),
    ])
    func userFromFlagServiceOrPGUSER(flag: String?, service: String?, pguser: String?, expected: String) {
        let environment = pguser.map { ["PGUSER": $0] } ?? [:]
        #expect(Settings.user(flag: flag, service: service, environment: environment) == expected)
    }

    @Test func anEmptyHomeCountsAsNone() {
        #expect(HomeDirectory.path(environment: ["HOME": "/home/someone"]) == "/home/someone")
        let fallback = HomeDirectory.path(environment: ["HOME": ""])
        #expect(!fallback.isEmpty)
        #expect(fallback == HomeDirectory.path(environment: [:]))
    }

    @Test(arguments: [("on", PipelineSetting.on), ("TRU", .on), ("y", .on), ("1", .on), ("of", .off), ("n", .off),
                      ("0", .off), ("auto", .auto), ("o", .auto), ("maybe", .auto), ("", .auto)])
    func pipelineReadsPsqlsBooleans(_ value: String, _ expected: PipelineSetting) {
        #expect(PipelineSetting(value) == expected)
    }
}
