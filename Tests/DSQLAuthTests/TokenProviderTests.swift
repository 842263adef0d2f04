import Foundation
import Synchronization
import Testing

@testable import DSQLAuth

/// A provider returning scripted results and counting calls.
final class ScriptedProvider: CredentialProvider {
    let results: Mutex<[Result<AWSCredentials?, CredentialError>]>
    let calls = Mutex(0)
    var name: String { "scripted" }

    init(_ results: [Result<AWSCredentials?, CredentialError>]) {
        self.results = Mutex(results)
    }

    func resolve() throws(CredentialError) -> AWSCredentials? {
        calls.withLock { $0 += 1 }
        let next = results.withLock { $0.count > 1 ? $0.removeFirst() : $0[0] }
        return try next.get()
    }
}

@Suite struct TokenProviderTests {
    static let now = Date(timeIntervalSince1970: 1_767_323_045) // 2026-01-02T03:04:05Z
    static let key = AWSCredentials(
        accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        source: .environment)

    @Test func makeTokenSignsWithTheClockAndCarriesMetadata() throws {
        let provider = try TokenProvider(credentials: ScriptedProvider([.success(Self.key)]), clock: .fixed(Self.now))
        let token = try provider.makeToken(
            host: "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws",
            region: "us-east-1", user: "admin")
        let vector = try #require(try TokenVector.all().first { $0.name == "admin-default-expiry" })
        #expect(token.token == vector.token)
        #expect(token.action == .connectAdmin)
        #expect(token.region == "us-east-1")
        #expect(token.expiresAt == Self.now.addingTimeInterval(900))
        #expect(token.credentialSource == .environment)
        #expect(token.accessKeyId == "AKIDEXAMPLE")
        #expect(
            try provider.makeToken(host: "h.dsql.us-east-1.on.aws", region: "us-east-1", user: "app").action == .connect
        )
    }

    @Test func everyCallSignsAFreshTokenAtTheCurrentTime() throws {
        let clockTime = Mutex(Self.now)
        let clock = WallClock { clockTime.withLock { $0 } }
        let provider = try TokenProvider(credentials: ScriptedProvider([.success(Self.key)]), clock: clock)
        let first = try provider.makeToken(host: "h", region: "us-east-1", user: "admin")
        clockTime.withLock { $0 += 1 }
        let second = try provider.makeToken(host: "h", region: "us-east-1", user: "admin")
        #expect(first.token != second.token)
        #expect(second.token.contains("X-Amz-Date=20260102T030406Z"))
    }

    @Test(arguments: [0, 604_801])
    func lifetimeIsValidatedUpFront(_ expiresIn: Int) {
        #expect(throws: TokenError.expiryOutOfRange(expiresIn)) {
            try TokenProvider(credentials: ScriptedProvider([.success(Self.key)]), expiresIn: expiresIn)
        }
    }

    @Test func credentialFailuresSurfaceAsAuthErrors() throws {
        let provider = try TokenProvider(credentials: ScriptedProvider([.failure(.partialEnvironment(missing: "X"))]))
        #expect(throws: AuthError.credentials(.partialEnvironment(missing: "X"))) {
            try provider.makeToken(host: "h", region: "r", user: "admin")
        }
        let empty = try TokenProvider(credentials: ScriptedProvider([.success(nil)]))
        #expect(throws: AuthError.credentials(.noCredentials(tried: ["scripted"]))) {
            try empty.makeToken(host: "h", region: "r", user: "admin")
        }
        #expect(throws: AuthError.token(.invalidHost("h/x"))) {
            try provider.makeToken(host: "h/x", region: "r", user: "admin")
        }
    }

    @Test func cacheRefreshesAFewMinutesBeforeExpiry() throws {
        let clockTime = Mutex(Self.now)
        let clock = WallClock { clockTime.withLock { $0 } }
        let first = AWSCredentials(
            accessKeyId: "A1", secretAccessKey: "s", sessionToken: "t",
            expiration: Self.now.addingTimeInterval(3600), source: .container)
        let second = AWSCredentials(
            accessKeyId: "A2", secretAccessKey: "s", sessionToken: "t",
            expiration: Self.now.addingTimeInterval(7200), source: .container)
        let base = ScriptedProvider([.success(first), .success(second)])
        let cache = CachingCredentialProvider(base, refreshMargin: 300, clock: clock)
        #expect(try cache.resolve()?.accessKeyId == "A1")
        clockTime.withLock { $0 = Self.now.addingTimeInterval(3000) }
        #expect(try cache.resolve()?.accessKeyId == "A1")
        #expect(base.calls.withLock { $0 } == 1)
        clockTime.withLock { $0 = Self.now.addingTimeInterval(3400) } // inside the 5-minute margin
        #expect(try cache.resolve()?.accessKeyId == "A2")
        #expect(base.calls.withLock { $0 } == 2)
    }

    @Test func cacheKeepsStillValidCredentialsWhenARefreshFails() throws {
        let clockTime = Mutex(Self.now)
        let clock = WallClock { clockTime.withLock { $0 } }
        let soon = AWSCredentials(
            accessKeyId: "A1", secretAccessKey: "s",
            expiration: Self.now.addingTimeInterval(600), source: .container)
        let cache = CachingCredentialProvider(
            ScriptedProvider([.success(soon), .failure(.instanceMetadataFailed(reason: "x"))]),
            refreshMargin: 300, clock: clock)
        _ = try cache.resolve()
        clockTime.withLock { $0 = Self.now.addingTimeInterval(400) }
        #expect(try cache.resolve()?.accessKeyId == "A1")
        clockTime.withLock { $0 = Self.now.addingTimeInterval(700) }
        #expect(throws: CredentialError.instanceMetadataFailed(reason: "x")) { try cache.resolve() }
    }

    @Test func longTermKeysAreResolvedOnce() throws {
        let base = ScriptedProvider([.success(Self.key)])
        let cache = CachingCredentialProvider(base, clock: .fixed(Self.now))
        for _ in 0..<3 { _ = try cache.resolve() }
        #expect(base.calls.withLock { $0 } == 1)
    }
}
