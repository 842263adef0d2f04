import Foundation

/// libFuzzer target for the AWS shared config and credentials parser.
///
/// Built by `scripts/fuzz` with `Sources/DSQLAuth/*.swift`. The input is parsed
/// as an INI file, then served as both `~/.aws/config` and
/// `~/.aws/credentials` through a `FileReader`, and every profile's settings
/// are looked up. Errors are expected; crashes, hangs and leaks are not.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let file = try? INIFile(parsing: text, path: "fuzz") {
        for (_, values) in file.sections {
            for (_, value) in values { _ = value.string }
        }
    }
    let reader = FileReader { (_: String) throws(FileReader.ReadError) -> String? in text }
    guard let config = try? SharedConfig.load(environment: [:], home: "/nonexistent", fileSystem: reader) else {
        return 0
    }
    for profile in Array(config.configProfiles.keys) + Array(config.credentialProfiles.keys) + ["default"] {
        _ = config.hasProfile(profile)
        _ = config.region(profile: profile)
        for key in ["aws_access_key_id", "aws_secret_access_key", "credential_process", "role_arn", "sso_session"] {
            _ = config.value(key, profile: profile)
        }
    }
    return 0
}
