#!/usr/bin/env bash
# The project's test command (README.md "Run the tests"); CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go'))
if [ -n "$unformatted" ]; then
	echo "not gofmt-clean:"; echo "$unformatted"; exit 1
fi

echo "== go mod tidy"
go mod tidy -diff

echo "== go vet"
go vet ./...

echo "== go test"
# the corpus tests of ./scrape take minutes on a busy 2-core machine: more than the default 10
# minutes per package would still be a failure worth seeing, but not a flaky one
go test -count=1 -timeout 20m ./...

echo "== race (runtimes and mock)"
go test -count=1 -race -short ./acs/...

echo "== committed outputs are up to date"
go run ./cmd/gen all --check

echo "== official SDK acceptance tests (module sdktest; docs/SDK-ACCEPTANCE.md)"
(cd sdktest && go mod tidy -diff && go vet ./... && go test -count=1 ./...)

if [ -x examples/gogenerate/check.sh ] || [ -f examples/gogenerate/check.sh ]; then
	echo "== go generate example module"
	bash examples/gogenerate/check.sh
fi
echo "== ok"
