import Foundation
import OpenSSLSupport
import Testing

@testable import DSQLAuth

/// One botocore-generated token with its inputs.
struct TokenVector: Decodable, Sendable, CustomTestStringConvertible {
    let name, host, region, action, user, accessKeyId, secretAccessKey, now, token: String
    let expiresIn: Int
    let sessionToken: String?
    var testDescription: String { name }

    static func all() throws -> [TokenVector] {
        struct File: Decodable { let vectors: [TokenVector] }
        return try JSONDecoder().decode(File.self, from: Fixture.data("token-vectors.json")).vectors
    }
}

@Suite struct TokenVectorTests {
    static let vectors = (try? TokenVector.all()) ?? []

    @Test func vectorsLoaded() {
        #expect(Self.vectors.count >= 8)
    }

    @Test(arguments: vectors)
    func tokenMatchesBotocoreBitForBit(_ vector: TokenVector) throws {
        let credentials = AWSCredentials(
            accessKeyId: vector.accessKeyId, secretAccessKey: vector.secretAccessKey,
            sessionToken: vector.sessionToken, source: .custom("test"))
        let now = try #require(ISO8601.parse(vector.now))
        let action = TokenAction(user: vector.user)
        #expect(action.rawValue == vector.action)
        let token = try TokenGenerator().token(
            host: vector.host, region: vector.region, action: action,
            expiresIn: vector.expiresIn, credentials: credentials, now: now)
        #expect(token == vector.token)
        let byUser = try TokenGenerator().token(
            host: vector.host, region: vector.region, user: vector.user,
            expiresIn: vector.expiresIn, credentials: credentials, now: now)
        #expect(byUser == vector.token)
    }

    @Test(arguments: [0, -1, 604_801, Int.max])
    func expiryOutOfRangeIsATypedError(_ expires: Int) {
        let credentials = AWSCredentials(accessKeyId: "AKID", secretAccessKey: "s", source: .custom("t"))
        #expect(throws: TokenError.expiryOutOfRange(expires)) {
            try TokenGenerator().token(
                host: "h.dsql.us-east-1.on.aws", region: "us-east-1", action: .connect,
                expiresIn: expires, credentials: credentials, now: Date())
        }
    }

    @Test(arguments: [("admin", TokenAction.connectAdmin), ("Admin", .connect), ("app", .connect), ("", .connect)])
    func onlyTheAdminRoleSignsDbConnectAdmin(_ user: String, _ action: TokenAction) {
        #expect(TokenAction(user: user) == action)
    }

    @Test func sha256AndHMACMatchKnownAnswers() {
        #expect(
            Crypto.hex(Crypto.sha256(Array("abc".utf8)))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // RFC 4231 test case 2.
        #expect(
            Crypto.hex(Crypto.hmacSHA256(key: Array("Jefe".utf8), data: Array("what do ya want for nothing?".utf8)))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func percentEncodingKeepsOnlyUnreserved() {
        #expect(URIEncoding.encode("aZ09-_.~ +/=%é") == "aZ09-_.~%20%2B%2F%3D%25%C3%A9")
    }
}
