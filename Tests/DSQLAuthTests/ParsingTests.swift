import Foundation
import Testing

@testable import DSQLAuth

@Suite struct ParsingTests {
    static let base = Date(timeIntervalSince1970: 1_790_000_000) // 2026-09-21T14:13:20Z

    @Test(arguments: [
        ("2026-09-21T14:13:20Z", 0.0),
        ("2026-09-21T14:13:20.500Z", 0.5),
        ("2026-09-21T14:13:20+00:00", 0),
        ("2026-09-21T16:13:20+02:00", 0),
        ("2026-09-21T09:13:20-0500", 0),
        ("2026-09-21T14:13:20", 0),
        ("2026-09-21 14:13:20Z", 0),
    ])
    func iso8601TimestampsParse(_ text: String, _ offset: Double) throws {
        let date = try #require(ISO8601.parse(text))
        #expect(abs(date.timeIntervalSince(Self.base) - offset) < 0.001)
    }

    @Test(arguments: ["", "tomorrow", "2026-09-21", "2026-09-21T14:13:20Q", "2026-13-45T99:99:99Z"])
    func nonTimestampsDoNotParse(_ text: String) {
        #expect(ISO8601.parse(text) == nil)
    }

    @Test func datesFormatInUTC() {
        #expect(ISO8601.format(Self.base) == "2026-09-21T14:13:20Z")
        #expect(ISO8601.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
    }

    @Test func httpResponsesParseWithLengthChunkedOrClose() throws {
        let length = Array("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: b\r\n\r\nhello".utf8)
        let parsed = try #require(try HTTPClient.parse(length, complete: false))
        #expect(parsed.status == 200)
        #expect(parsed.text == "hello")
        #expect(parsed.headers["x-a"] == "b")
        #expect(try HTTPClient.parse(Array(length.dropLast()), complete: false) == nil)

        let chunked = Array(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n".utf8)
        #expect(try HTTPClient.parse(chunked, complete: false)?.text == "abcde")

        let closed = Array("HTTP/1.0 404 Not Found\r\n\r\nmissing".utf8)
        #expect(try HTTPClient.parse(closed, complete: false) == nil)
        #expect(try HTTPClient.parse(closed, complete: true)?.status == 404)
        #expect(throws: HTTPFailure.io("malformed HTTP status line")) {
            try HTTPClient.parse(Array("SSH-2.0\r\n\r\n".utf8), complete: true)
        }
    }
}
