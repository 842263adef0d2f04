import Foundation

/// libFuzzer target for the `credential_process` JSON reader.
///
/// Built by `scripts/fuzz` with `Sources/DSQLAuth/*.swift`. The input is what
/// a credential process printed; parsing either yields credentials or a reason
/// that names fields, never their values (checked: a reason never contains the
/// secret key the input carried).

/// Every fixed word a reason or description can hold.
private let boilerplate = """
    credential_process of profile `fuzz` no output output is not JSON output is not a JSON object missing Version \
    unsupported Version (expected 1) missing AccessKeyId missing SecretAccessKey \
    Expiration is not an ISO 8601 timestamp the credentials expired at \
    AWSCredentials(accessKeyId: , source: , temporary, expires: )
    """

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    let object = try? JSONSerialization.jsonObject(with: Data(bytes))
    let json = object as? [String: Any]
    let secret = (json?["SecretAccessKey"] as? String) ?? ""
    // Text the description may legitimately hold; a secret inside it proves nothing.
    var expected = [json?["AccessKeyId"] as? String, json?["Expiration"] as? String, boilerplate]
        .compactMap { $0 }.joined(separator: "\n")
    let description: String
    do {
        let credentials = try ProcessOutputParser.parse(bytes, source: .process(profile: "fuzz"), now: now)
        precondition(!credentials.accessKeyId.isEmpty && !credentials.secretAccessKey.isEmpty, "empty keys accepted")
        description = String(describing: credentials)
        // With a key given twice, JSONSerialization and the parser may keep different ones:
        // the access key id the parser kept is shown on purpose (it is not a secret).
        expected += "\n" + credentials.accessKeyId
    } catch {
        description = String(describing: error)
    }
    let looksLikeDate = secret.allSatisfy { $0.isNumber || "-:TZ. +".contains($0) }
    if secret.utf8.count >= 8, !looksLikeDate {
        precondition(!description.contains(secret) || expected.contains(secret), "secret key appears in a description")
    }
    return 0
}
