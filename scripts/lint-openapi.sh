#!/usr/bin/env bash
# Lints the OpenAPI contract written by the build (docs/openapi/openapi.yaml) with Spectral:
# the spectral:oas rules plus the OWASP API security ruleset, configured in .spectral.yaml.
# Errors fail the script; warnings are printed and allowed.
# Needs Node.js 20+ and npm. Regenerate the document first with: ./mvnw -o -q install -DskipTests
set -euo pipefail

cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi

npx spectral lint docs/openapi/openapi.yaml --fail-severity=error
