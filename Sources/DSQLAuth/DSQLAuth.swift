// DSQLAuth — credentials and IAM auth tokens for Aurora DSQL.
//
// This module owns credential providers and their chain (environment, shared
// files, credential_process, container, instance metadata, the AWS CLI for
// role and SSO profiles), the SigV4 query presigner and the token generator.
// Time, environment and file system arrive as parameters; nothing reads globals.
// Secrets never appear in `description`, errors or child-process argv.
//
// It never imports CLibPQ or CEditLine; its only C dependency is COpenSSL.
