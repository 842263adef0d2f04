#!/usr/bin/env python3
"""Writes DSQL auth-token test vectors produced by botocore with a frozen clock.

Usage: scripts/make-token-vectors.py [OUTPUT]
(default Tests/DSQLAuthTests/Fixtures/token-vectors.json)

Each vector records the inputs (credentials, host, region, action, expiry, the
frozen time) and the exact token botocore's dsql client generates.
"""
import datetime
import json
import os
import sys
from unittest import mock

import botocore
import botocore.auth
import botocore.session

CASES = [
    # (name, host, region, action, expires, akid, secret, session_token, now)
    ("admin-default-expiry", "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws", "us-east-1",
     "DbConnectAdmin", 900, "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None,
     "2026-01-02T03:04:05Z"),
    ("user-default-expiry", "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws", "us-east-1",
     "DbConnect", 900, "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None,
     "2026-01-02T03:04:05Z"),
    ("admin-custom-expiry", "a1b2c3d4e5f6g7h8i9j0k1l2m3.dsql.eu-west-1.on.aws", "eu-west-1",
     "DbConnectAdmin", 3600, "AKIAIOSFODNN7EXAMPLE", "secret/with+plus=and/slash", None,
     "2025-12-31T23:59:59Z"),
    ("user-max-expiry", "zyxwvutsrqponmlkjihgfedcba.dsql.ap-northeast-1.on.aws", "ap-northeast-1",
     "DbConnect", 604800, "AKIAIOSFODNN7EXAMPLE", "abc", None,
     "2024-02-29T12:00:00Z"),
    ("admin-session-token", "abcdefghijklmnopqrstuvwxyz.dsql.us-west-2.on.aws", "us-west-2",
     "DbConnectAdmin", 900, "ASIAEXAMPLEKEYID", "sEcReT/KEY+value=",
     "IQoJb3JpZ2luX2VjE+/token/with+plus/and=equals==", "2026-11-29T07:30:00Z"),
    ("user-session-token-custom-expiry", "cluster0000000000000000001.dsql.eu-central-1.on.aws",
     "eu-central-1", "DbConnect", 1, "ASIAEXAMPLEKEYID", "k",
     "FwoGZXIvYXdzE+abc/def==", "2026-06-15T00:00:00Z"),
    ("admin-region-mismatch-host", "example.internal", "sa-east-1",
     "DbConnectAdmin", 120, "AKIDEXAMPLE", "s3cr3t", "a+b/c=d", "2023-07-04T09:08:07Z"),
    ("user-dsql-suffix-host", "abcdefghijklmnopqrstuvwxyz.dsql-fnh4.us-east-2.on.aws", "us-east-2",
     "DbConnect", 86400, "AKIDEXAMPLE", "s3cr3t", None, "2026-03-01T10:20:30Z"),
]


def generate(case):
    name, host, region, action, expires, akid, secret, token, now = case
    frozen = datetime.datetime.strptime(now, "%Y-%m-%dT%H:%M:%SZ")
    session = botocore.session.Session()
    client = session.create_client(
        "dsql", region_name=region, aws_access_key_id=akid,
        aws_secret_access_key=secret, aws_session_token=token)
    with mock.patch.object(botocore.auth, "get_current_datetime", return_value=frozen):
        if action == "DbConnectAdmin":
            out = client.generate_db_connect_admin_auth_token(host, region, expires)
        else:
            out = client.generate_db_connect_auth_token(host, region, expires)
    return {
        "name": name, "host": host, "region": region, "action": action,
        "user": "admin" if action == "DbConnectAdmin" else "app_reader",
        "expiresIn": expires, "accessKeyId": akid, "secretAccessKey": secret,
        "sessionToken": token, "now": now, "token": out,
    }


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "Tests", "DSQLAuthTests", "Fixtures", "token-vectors.json")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    for var in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        os.environ.pop(var, None)
    vectors = {"generator": f"botocore {botocore.__version__}",
               "vectors": [generate(c) for c in CASES]}
    with open(path, "w") as f:
        json.dump(vectors, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
