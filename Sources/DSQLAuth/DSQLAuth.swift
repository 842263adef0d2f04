// DSQLAuth — credentials and IAM auth tokens for Aurora DSQL.
//
// This module owns credential providers and their chain (environment, shared
// files, credential_process, container, instance metadata, the AWS CLI for
// role and SSO profiles), the SigV4 query presigner and the token generator.
// Time, environment and file system arrive as parameters; nothing reads globals.
// Secrets never appear in `description`, errors, child-process environments or argv.
//
// It never imports CLibPQ or CEditLine; its only C dependency is COpenSSL.
//
// Typical use by the connection code:
//
//     let env = ProcessInfo.processInfo.environment
//     let target = try AuthTarget.resolve(hostOrClusterId: hostArgument, explicitRegion: regionFlag,
//                                         environment: env, home: homeDirectory, profile: profileFlag)
//     let tokens = try TokenProvider.standard(environment: env, home: homeDirectory,
//                                             profile: profileFlag, expiresIn: expiresFlag ?? 900)
//     // once per connection attempt:
//     let token = try tokens.makeToken(host: target.host, region: target.region, user: user)
//     // token.token is the password; "\(token)" is safe to show in \conninfo.
//
// Errors are `AuthError` (wrapping `CredentialError`, `RegionError`, `TokenError`);
// each `description` is a complete, secret-free message for the user.
