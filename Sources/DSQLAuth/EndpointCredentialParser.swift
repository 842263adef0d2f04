import Foundation

/// Parses the JSON that container and instance-metadata endpoints return.
enum EndpointCredentialParser {
    /// Credentials from `{"AccessKeyId", "SecretAccessKey", "Token", "Expiration"[, "Code"]}`.
    ///
    /// - Throws: a reason naming fields, never their values.
    static func parse(_ body: [UInt8], source: CredentialSource, now: Date) throws(ReasonError) -> AWSCredentials {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)), let json = object as? [String: Any] else {
            throw ReasonError("the response is not a JSON object")
        }
        if let code = json["Code"] as? String, code != "Success" {
            throw ReasonError("the response has Code \(code.prefix(40))")
        }
        guard let id = json["AccessKeyId"] as? String, !id.isEmpty else { throw ReasonError("missing AccessKeyId") }
        guard let secret = json["SecretAccessKey"] as? String, !secret.isEmpty else {
            throw ReasonError("missing SecretAccessKey")
        }
        var expiration: Date?
        if let text = json["Expiration"] as? String {
            guard let date = ISO8601.parse(text) else { throw ReasonError("Expiration is not an ISO 8601 timestamp") }
            expiration = date
        }
        if let expiration, expiration <= now {
            throw ReasonError("the credentials expired at \(ISO8601.format(expiration))")
        }
        return AWSCredentials(accessKeyId: id, secretAccessKey: secret, sessionToken: json["Token"] as? String,
                              expiration: expiration, source: source)
    }
}
