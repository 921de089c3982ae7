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
# ./scrape's corpus tests take minutes on a busy 2-core machine; 20 minutes per package (the
# default is 10) keeps a slow machine from failing them
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
