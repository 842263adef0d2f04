import Testing

@testable import DSQLCLI

@Suite("VERSION, VERSION_NAME and VERSION_NUM describe dsql in psql's shape")
struct VersionVariablesTests {
    @Test func versionNumbersOrderAsPsqlsDo() {
        #expect(VersionText.versionNumber("0.1.0") == 100)
        #expect(VersionText.versionNumber("1.2.3") == 10203)
        #expect(VersionText.versionNumber("2.0") == 20000)
        #expect(VersionText.versionNumber("1.10.0") > VersionText.versionNumber("1.9.9"))
    }

    @Test func theThreeVariablesAreSetFromDsqlsVersion() {
        let assignments = VersionText.variableAssignments
        #expect(assignments.count == 3)
        #expect(assignments[0].hasPrefix("VERSION=dsql \(VersionText.dsql) on "))
        #expect(assignments[0].hasSuffix("-bit"))
        #expect(assignments[1] == "VERSION_NAME=\(VersionText.dsql)")
        #expect(assignments[2] == "VERSION_NUM=\(VersionText.versionNumber(VersionText.dsql))")
    }

    @Test func passwordOptionsMapToThePromptMode() {
        var invocation = Invocation()
        #expect(invocation.passwordPrompt == .whenAsked)
        invocation.noPassword = true
        #expect(invocation.passwordPrompt == .never)
        invocation.password = true
        #expect(invocation.passwordPrompt == .beforeConnecting)
    }

    @Test func optionsBecomeVariablesAndPsets() {
        var invocation = Invocation()
        invocation.singleStep = true
        invocation.singleLine = true
        invocation.html = true
        invocation.tableAttributes = "border=2"
        #expect(invocation.variableAssignments == ["SINGLESTEP=on", "SINGLELINE=on"])
        #expect(invocation.psetAssignments.map { "\($0.0)=\($0.1 ?? "")" } == ["format=html", "tableattr=border=2"])
    }
}
