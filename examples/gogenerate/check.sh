#!/usr/bin/env bash
# CI check of the go generate example: the committed output is what go generate produces,
# gen all --check agrees, go.mod is tidy, and the module builds and passes its tests.
set -euo pipefail
cd "$(dirname "$0")"
go mod tidy -diff
go generate ./...
git diff --exit-code -- .
untracked() {
	if [ -n "$(git status --porcelain -- .)" ]; then
		echo "go generate left untracked files:"; git status --porcelain -- .; exit 1
	fi
}
untracked

# One `go generate ./...` puts back every generated file a user deleted and removes every
# generated file no longer produced (as enums.go when a spec loses its last enum), in a
# package go generate visits after the directives ran. go generate lists each package's
# files before it runs the first directive and stops at a listed file that is gone; the
# generated files carry `//go:build !generate`, so it lists none of them.
planted=(generated/rocketmq20220801/enums.go generated/rocketmq20220801/mockserver/old.go eiam20211201/pagination.go)
deleted=(eiam20211201/types.go generated/rocketmq20220801/client.go
	generated/rocketmq20220801/mockserver/handlers.go specs/rocketmq/2022-08-01.yaml
	docs/reference/rocketmq/2022-08-01/CreateInstanceAccount.md)
restore() { rm -f "${planted[@]}"; git checkout -q -- "${deleted[@]}"; }
trap restore EXIT
cp generated/rocketmq20220801/doc.go generated/rocketmq20220801/enums.go
cp generated/rocketmq20220801/mockserver/doc.go generated/rocketmq20220801/mockserver/old.go
cp eiam20211201/doc.go eiam20211201/pagination.go
rm "${deleted[@]}"
if ! out=$(go generate ./... 2>&1); then
	echo "$out"; echo "go generate failed after generated files were deleted or became stale"; exit 1
fi
for f in "${planted[@]}"; do
	grep -q "removed  $f" <<<"$out" || { echo "$out"; echo "go generate did not say it removed $f"; exit 1; }
done
git diff --exit-code -- .
untracked
trap - EXIT

go run github.com/acsgen/acsgen/cmd/gen all -config acsgen.yaml --check -q
go build ./...
go vet ./...
go test ./...
