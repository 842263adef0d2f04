import FoundationEssentials

/// Parses the JSON that container and instance-metadata endpoints return.
enum EndpointCredentialParser {
    /// Credentials from `{"AccessKeyId", "SecretAccessKey", "Token", "Expiration"[, "Code"]}`.
    ///
    /// - Throws: a reason naming fields, never their values.
    static func parse(_ body: [UInt8], source: CredentialSource, now: Date) throws(ReasonError) -> AWSCredentials {
        guard case .object(let json)? = JSONValue.parseDocument(body) else {
            throw ReasonError("the response is not a JSON object")
        }
        if let code = json["Code"]?.stringValue, code != "Success" {
            throw ReasonError("the response has Code \(code.prefix(40))")
        }
        guard let id = json["AccessKeyId"]?.stringValue, !id.isEmpty else { throw ReasonError("missing AccessKeyId") }
        guard let secret = json["SecretAccessKey"]?.stringValue, !secret.isEmpty else {
            throw ReasonError("missing SecretAccessKey")
        }
        var expiration: Date?
        if let text = json["Expiration"]?.stringValue {
            guard let date = ISO8601.parse(text) else { throw ReasonError("Expiration is not an ISO 8601 timestamp") }
            expiration = date
        }
        if let expiration, expiration <= now {
            throw ReasonError("the credentials expired at \(ISO8601.format(expiration))")
        }
        return AWSCredentials(
            accessKeyId: id, secretAccessKey: secret, sessionToken: json["Token"]?.stringValue,
            expiration: expiration, source: source)
    }
}
