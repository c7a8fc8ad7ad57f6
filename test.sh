#!/usr/bin/env bash
# Runs every test: installs missing system packages (libclang, cc, zlib and sqlite3 headers), then dotnet test.
set -euo pipefail
cd "$(dirname "$0")"
.ci/install-deps
dotnet test BindGen.sln -c Release "$@"
