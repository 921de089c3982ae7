#!/usr/bin/env bash
# CI check of the go generate example: the committed output is what go generate produces,
# gen all --check agrees, go.mod is tidy, and the module builds and passes its tests.
set -euo pipefail
cd "$(dirname "$0")"
go mod tidy -diff
go generate ./...
git diff --exit-code -- .
if [ -n "$(git status --porcelain -- .)" ]; then
	echo "go generate left untracked files:"; git status --porcelain -- .; exit 1
fi
go run github.com/acsgen/acsgen/cmd/gen all -config acsgen.yaml --check -q
go build ./...
go vet ./...
go test ./...
