import Foundation

/// Parses the JSON a `credential_process` prints (Version 1) into credentials.
enum ProcessOutputParser {
    /// Credentials from `output`, attributed to `source`.
    ///
    /// - Throws: a reason that names fields, never their values.
    static func parse(_ output: [UInt8], source: CredentialSource, now: Date) throws(ReasonError) -> AWSCredentials {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(output))
        } catch {
            throw ReasonError(output.isEmpty ? "no output" : "output is not JSON")
        }
        guard let json = object as? [String: Any] else { throw ReasonError("output is not a JSON object") }
        guard let version = json["Version"] else { throw ReasonError("missing Version") }
        guard (version as? NSNumber)?.intValue == 1, !(version is String) else {
            throw ReasonError("unsupported Version (expected 1)")
        }
        guard let id = json["AccessKeyId"] as? String, !id.isEmpty else { throw ReasonError("missing AccessKeyId") }
        guard let secret = json["SecretAccessKey"] as? String, !secret.isEmpty else {
            throw ReasonError("missing SecretAccessKey")
        }
        let token = json["SessionToken"] as? String
        var expiration: Date?
        if let value = json["Expiration"], !(value is NSNull) {
            guard let text = value as? String, let date = ISO8601.parse(text) else {
                throw ReasonError("Expiration is not an ISO 8601 timestamp")
            }
            expiration = date
        }
        let credentials = AWSCredentials(accessKeyId: id, secretAccessKey: secret, sessionToken: token,
                                         expiration: expiration, source: source)
        if let expiration, expiration <= now { throw ReasonError("the credentials expired at \(ISO8601.format(expiration))") }
        return credentials
    }
}
