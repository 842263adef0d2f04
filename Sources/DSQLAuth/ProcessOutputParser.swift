import FoundationEssentials

/// Parses the JSON a `credential_process` prints (Version 1) into credentials.
enum ProcessOutputParser {
    /// Credentials from `output`, attributed to `source`.
    ///
    /// - Throws: a reason that names fields, never their values.
    static func parse(_ output: [UInt8], source: CredentialSource, now: Date) throws(ReasonError) -> AWSCredentials {
        guard let document = JSONValue.parseDocument(output) else {
            throw ReasonError(output.isEmpty ? "no output" : "output is not JSON")
        }
        guard case .object(let json) = document else { throw ReasonError("output is not a JSON object") }
        guard let version = json["Version"] else { throw ReasonError("missing Version") }
        guard isVersionOne(version) else {
            throw ReasonError("unsupported Version (expected 1)")
        }
        guard let id = json["AccessKeyId"]?.stringValue, !id.isEmpty else { throw ReasonError("missing AccessKeyId") }
        guard let secret = json["SecretAccessKey"]?.stringValue, !secret.isEmpty else {
            throw ReasonError("missing SecretAccessKey")
        }
        let token = json["SessionToken"]?.stringValue
        var expiration: Date?
        if let value = json["Expiration"], value != .null {
            guard let text = value.stringValue, let date = ISO8601.parse(text) else {
                throw ReasonError("Expiration is not an ISO 8601 timestamp")
            }
            expiration = date
        }
        let credentials = AWSCredentials(
            accessKeyId: id, secretAccessKey: secret, sessionToken: token,
            expiration: expiration, source: source)
        if let expiration, expiration <= now {
            throw ReasonError("the credentials expired at \(ISO8601.format(expiration))")
        }
        return credentials
    }

    /// Whether `version` reads as 1 the way `NSNumber.intValue` read it before:
    /// a number that truncates to 1, or `true`.
    private static func isVersionOne(_ version: JSONValue) -> Bool {
        switch version {
        case .number(let value): return value >= 1 && value < 2
        case .bool(let value): return value
        case .null, .string, .array, .object: return false
        }
    }
}
