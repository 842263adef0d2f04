import FoundationEssentials
import OpenSSLSupport

/// A SigV4 query-string presigner for a GET of `/` that signs only the `host` header.
///
/// Pure: the credentials and the signing time are parameters. The output omits the
/// scheme and keeps parameters in the order DSQL tokens use (see DSQL.md).
public struct SigV4Presigner: Sendable {
    /// The longest lifetime SigV4 allows for a presigned URL: 7 days.
    public static let maximumExpiry = 604_800
    /// SHA-256 of the empty payload, hex.
    static let emptyPayloadHash = Crypto.hex(Crypto.sha256([]))

    /// The signing name (`dsql`).
    public let service: String
    /// The region signed into the credential scope.
    public let region: String

    /// A presigner for `service` in `region`.
    public init(service: String, region: String) {
        self.service = service
        self.region = region
    }

    /// Presigns `https://host/?<leading>…` and returns it without the scheme.
    ///
    /// - Parameters:
    ///   - host: the host name, signed as the `host` header.
    ///   - leadingParameters: request parameters that precede the `X-Amz-*` ones (e.g. `Action`).
    ///   - expiresIn: `X-Amz-Expires`, 1…604800 seconds.
    ///   - credentials: the signing key pair and optional session token.
    ///   - date: the signing time (`X-Amz-Date`).
    public func presign(
        host: String, leadingParameters: [(String, String)], expiresIn: Int,
        credentials: AWSCredentials, date: Date
    ) throws(TokenError) -> String {
        guard (1...Self.maximumExpiry).contains(expiresIn) else { throw .expiryOutOfRange(expiresIn) }
        guard !region.isEmpty else { throw .emptyRegion }
        let p = UTCParts(date)
        let day = p.pad(p.year, 4) + p.pad(p.month, 2) + p.pad(p.day, 2)
        let stamp = day + "T" + p.pad(p.hour, 2) + p.pad(p.minute, 2) + p.pad(p.second, 2) + "Z"
        let scope = "\(day)/\(region)/\(service)/aws4_request"

        var parameters = leadingParameters
        parameters.append(("X-Amz-Algorithm", "AWS4-HMAC-SHA256"))
        parameters.append(("X-Amz-Credential", "\(credentials.accessKeyId)/\(scope)"))
        parameters.append(("X-Amz-Date", stamp))
        parameters.append(("X-Amz-Expires", String(expiresIn)))
        parameters.append(("X-Amz-SignedHeaders", "host"))
        if let token = credentials.sessionToken {
            parameters.append(("X-Amz-Security-Token", token))
        }
        let encoded = parameters.map { (URIEncoding.encode($0.0), URIEncoding.encode($0.1)) }
        let canonicalQuery = encoded.sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map { "\($0.0)=\($0.1)" }.joined(separator: "&")

        let canonicalRequest = [
            "GET", "/", canonicalQuery, "host:\(host)", "", "host", Self.emptyPayloadHash,
        ].joined(separator: "\n")
        let stringToSign = [
            "AWS4-HMAC-SHA256", stamp, scope, Crypto.hex(Crypto.sha256(Array(canonicalRequest.utf8))),
        ].joined(separator: "\n")

        var key = Crypto.hmacSHA256(key: Array("AWS4\(credentials.secretAccessKey)".utf8), data: Array(day.utf8))
        for part in [region, service, "aws4_request"] {
            key = Crypto.hmacSHA256(key: key, data: Array(part.utf8))
        }
        let signature = Crypto.hex(Crypto.hmacSHA256(key: key, data: Array(stringToSign.utf8)))

        let query = encoded.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        return "\(host)/?\(query)&X-Amz-Signature=\(signature)"
    }
}
