import PostgresClient
import Testing

@testable import Shell

@Suite("Verification failures explain themselves")
struct VerificationAdviceTests {
    @Test(arguments: [
        (
            "server certificate for \"a\" (and 2 other names) does not match host name \"b\"",
            VerificationAdvice.Kind.hostMismatch
        ),
        ("SSL error: certificate verify failed", .untrustedChain),
        ("SSL error: certificate has expired", .expired),
        ("root certificate file \"/x\" does not exist", .missingRootFile),
    ])
    func classifiesLibpqMessages(message: String, kind: VerificationAdvice.Kind) {
        #expect(VerificationAdvice.kind(of: message) == kind)
    }

    @Test func otherFailuresGetNoTLSHints() {
        let facts = VerificationFacts(libpqMessage: "Connection refused", host: "h", trust: .nativeSystem)
        #expect(VerificationAdvice.hints(for: facts).isEmpty)
    }

    @Test func untrustedChainOnAnAWSEndpointOffersTheThreeFixes() {
        let facts = VerificationFacts(
            libpqMessage: "SSL error: certificate verify failed", host: "x.dsql.us-east-1.on.aws",
            trust: .system(bundle: "/b.pem"), bundleHasAmazonRoot: false,
            chainFailure: "unable to get local issuer certificate")
        let hints = VerificationAdvice.hints(for: facts).joined(separator: "\n")
        #expect(hints.contains("system (/b.pem)"))
        #expect(hints.contains("does not hold Amazon Root CA 1"))
        #expect(hints.contains("1. add Amazon Root CA 1 to the system trust store"))
        #expect(hints.contains("2. point SSL_CERT_FILE"))
        #expect(hints.contains("3. pass --sslrootcert PATH"))
    }

    @Test func aBundleThatHoldsTheAmazonRootDoesNotAdviseAddingIt() {
        let facts = VerificationFacts(
            libpqMessage: "SSL error: certificate verify failed", host: "x.dsql.us-east-1.on.aws",
            trust: .system(bundle: "/b.pem"), bundleHasAmazonRoot: true,
            chainFailure: "self-signed certificate in certificate chain")
        let hints = VerificationAdvice.hints(for: facts).joined(separator: "\n")
        #expect(hints.contains("already holds Amazon Root CA 1"))
        #expect(hints.contains("Amazon did not issue"))
        #expect(!hints.contains("add Amazon Root CA 1"))
        #expect(!hints.contains("does not hold"))
    }

    @Test func expiredChainSaysSoInsteadOfTrustFixes() {
        let facts = VerificationFacts(
            libpqMessage: "SSL error: certificate verify failed", host: "x.dsql.us-east-1.on.aws",
            trust: .file("/ca.pem"), bundleHasAmazonRoot: false, chainFailure: "certificate has expired")
        let hints = VerificationAdvice.hints(for: facts).joined(separator: "\n")
        #expect(hints.contains("has expired"))
        #expect(!hints.contains("1. add Amazon Root CA 1"))
    }

    @Test func hostMismatchListsTheCertificateNames() {
        let facts = VerificationFacts(
            libpqMessage: "server certificate for \"a\" does not match host name \"b\"", host: "b",
            trust: .file("/ca.pem"), certificateNames: ["DNS:a", "IP:127.0.0.1"])
        let hints = VerificationAdvice.hints(for: facts)
        #expect(hints.contains("\"b\" is not among the certificate's names: DNS:a, IP:127.0.0.1"))
    }
}

@Suite("The require warning")
struct RequireWarningTests {
    @Test func isBoxedAndPlainWithoutColour() {
        let text = RequireWarning.render(colour: false)
        let lines = text.split(separator: "\n")
        #expect(lines.first == lines.last)
        #expect(lines.first?.allSatisfy { $0 == "=" } == true)
        #expect(Set(lines.dropFirst().dropLast().map(\.count)).count == 1, "every boxed line is as wide as the box")
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("NOT verified"))
    }

    @Test func namesTheTokenUnderIAMAndThePasswordOtherwise() {
        #expect(RequireWarning.render(colour: false, iam: true).contains("including your token."))
        let plain = RequireWarning.render(colour: false, iam: false)
        #expect(plain.contains("including your password."))
        #expect(!plain.contains("token"))
    }

    @Test func isRedWithColour() {
        #expect(RequireWarning.render(colour: true).hasPrefix("\u{1B}[1;31m"))
    }

    @Test(arguments: [
        (true, [String: String](), true),
        (false, [:], false),
        (true, ["NO_COLOR": "1"], false),
        (true, ["NO_COLOR": ""], true),
        (true, ["TERM": "dumb"], false),
    ])
    func colourOnlyOnATerminalWithoutNoColour(isTerminal: Bool, environment: [String: String], expected: Bool) {
        #expect(RequireWarning.wantsColour(isTerminal: isTerminal, environment: environment) == expected)
    }
}
