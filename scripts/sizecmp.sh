#!/usr/bin/env bash
# Size and build cost of the generated ECS client against the official ECS Go SDK (issue 15):
#   1. generation time of client, mock and docs for ECS from its official metadata;
#   2. lines of Go of the generated client package against the official SDK's;
#   3. cold `go build` (a fresh GOCACHE, so the standard library is compiled too) of a small
#      program that calls three ECS operations through each, and the binary size.
#
# Usage: bash scripts/sizecmp.sh [METADATA]   (default ../shared/corpus/metadata/ecs/2014-05-26/api-docs.json)
# Env:   SIZECMP_SKIP_BUILD=1 skips step 3 (slow: minutes of CPU); SIZECMP_SIDES="ours" builds
#        only one side (default "ours official"); OFFICIAL=module@version
#        (default github.com/alibabacloud-go/ecs-20140526/v7@v7.7.0), fetched through the Go
#        module proxy into a temporary module, never into this repository's go.mod.
# Nothing is written inside the repository; the work directory is printed and removed at exit
# unless SIZECMP_KEEP=1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
meta=${1:-$root/../shared/corpus/metadata/ecs/2014-05-26/api-docs.json}
official=${OFFICIAL:-github.com/alibabacloud-go/ecs-20140526/v7@v7.7.0}
[ -f "$meta" ] || { echo "sizecmp: no metadata at $meta" >&2; exit 2; }
work=$(mktemp -d /tmp/sizecmp.XXXXXX)
[ "${SIZECMP_KEEP:-}" = 1 ] && echo "work directory: $work" || trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT

# seconds since the epoch with nanoseconds
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
# lines of the non-test Go files under a directory
golines() { find "$1" -name '*.go' ! -name '*_test.go' -print0 | xargs -0 cat | wc -l; }
gofiles() { find "$1" -name '*.go' ! -name '*_test.go' | wc -l; }

# timed LABEL CMD...: runs CMD (output discarded) and prints its wall and CPU (user+sys) time
timed() {
	local label=$1
	shift
	local start end
	start=$(now)
	/usr/bin/time -f '%U %S' -o "$work/t.time" "$@" >/dev/null 2>"$work/t.err" || { cat "$work/t.err" >&2; exit 1; }
	end=$(now)
	read -r user sys <"$work/t.time"
	printf '  %-42s wall %6.2f s  cpu %6.2f s\n' "$label" "$(secs "$start" "$end")" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
}

echo "== generate (gen built first, not timed)"
(cd "$root" && go build -o "$work/gen" ./cmd/gen)
echo "one command per step, the spec written and read as JSON:"
timed "gen scrape (import the metadata)" "$work/gen" scrape -o "$work/ecs.json" "$meta"
timed "gen client" "$work/gen" client --spec "$work/ecs.json" --out "$work/ours/ecs20140526"
timed "gen mock" "$work/gen" mock --spec "$work/ecs.json" --out "$work/ours/ecs20140526/mockserver" --client example.com/ours/ecs20140526
timed "gen docs" "$work/gen" docs --spec "$work/ecs.json" --out "$work/docs"
echo "one process (gen all; it also writes the spec as YAML):"
mkdir -p "$work/all"
printf 'module example.com/all\n\ngo 1.26\n' >"$work/all/go.mod"
printf 'products:\n  - product: Ecs\n    version: "2014-05-26"\n    pages: [%s]\n' "$meta" >"$work/all/acsgen.yaml"
(cd "$work/all" && timed "gen all (spec, client, mock, docs)" "$work/gen" all -config acsgen.yaml --offline -q)
printf 'products:\n  - product: Ecs\n    version: "2014-05-26"\n    pages: [%s]\n    spec: specs/ecs.json\n' "$meta" >"$work/all/acsgen.yaml"
rm -rf "$work/all/specs" "$work/all/generated" "$work/all/docs"
(cd "$work/all" && timed "gen all, spec written as JSON" "$work/gen" all -config acsgen.yaml --offline -q)

echo "== lines of Go (non-test files)"
mod=${official%@*}
ver=${official#*@}
mkdir -p "$work/official"
cat >"$work/official/go.mod" <<EOF
module example.com/official

go 1.26
EOF
(cd "$work/official" && go get "$official" >/dev/null 2>&1)
sdkdir=$(cd "$work/official" && go list -m -f '{{.Dir}}' "$mod")
ours=$(golines "$work/ours/ecs20140526/" | tr -d ' ')
oursNoMock=$(find "$work/ours/ecs20140526" -maxdepth 1 -name '*.go' ! -name '*_test.go' -print0 | xargs -0 cat | wc -l)
theirs=$(golines "$sdkdir")
echo "ours (client only): $oursNoMock lines in $(find "$work/ours/ecs20140526" -maxdepth 1 -name '*.go' | wc -l) files"
echo "ours (client + mock): $ours lines in $(gofiles "$work/ours/ecs20140526") files"
echo "official $mod $ver: $theirs lines in $(gofiles "$sdkdir") files"
awk -v a="$theirs" -v b="$oursNoMock" 'BEGIN { printf "ratio official/ours (client only): %.1fx\n", a / b }'
for f in "$work"/ours/ecs20140526/*.go; do printf '  %-16s %6d\n' "$(basename "$f")" "$(wc -l <"$f")"; done

[ "${SIZECMP_SKIP_BUILD:-}" = 1 ] && exit 0

echo "== cold go build of a three-operation program (fresh GOCACHE each)"
# ours: the generated package inside a temporary module that replaces acsgen with this tree
cat >"$work/ours/go.mod" <<EOF
module example.com/ours

go 1.26

require github.com/acsgen/acsgen v0.0.0

replace github.com/acsgen/acsgen => $root
EOF
rm -rf "$work/ours/ecs20140526/mockserver"
mkdir -p "$work/ours/cmd/three"
cat >"$work/ours/cmd/three/main.go" <<'EOF'
package main

import (
	"context"
	"fmt"
	"os"

	"example.com/ours/ecs20140526"
)

func main() {
	c, err := ecs20140526.NewClient(ecs20140526.WithRegion("cn-hangzhou"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ctx := context.Background()
	regions, err := c.DescribeRegions(ctx, &ecs20140526.DescribeRegionsRequest{})
	fmt.Println(regions, err)
	instances, err := c.DescribeInstances(ctx, &ecs20140526.DescribeInstancesRequest{RegionId: "cn-hangzhou"})
	fmt.Println(instances, err)
	groups, err := c.DescribeSecurityGroups(ctx, &ecs20140526.DescribeSecurityGroupsRequest{RegionId: "cn-hangzhou"})
	fmt.Println(groups, err)
}
EOF
mkdir -p "$work/official/cmd/three"
cat >"$work/official/cmd/three/main.go" <<'EOF'
package main

import (
	"fmt"
	"os"

	openapiutil "github.com/alibabacloud-go/darabonba-openapi/v2/utils"
	ecs "github.com/alibabacloud-go/ecs-20140526/v7/client"
	"github.com/alibabacloud-go/tea/tea"
)

func main() {
	c, err := ecs.NewClient(&openapiutil.Config{
		AccessKeyId:     tea.String(os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_ID")),
		AccessKeySecret: tea.String(os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET")),
		Endpoint:        tea.String("ecs.cn-hangzhou.aliyuncs.com"),
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	regions, err := c.DescribeRegions(&ecs.DescribeRegionsRequest{})
	fmt.Println(regions, err)
	instances, err := c.DescribeInstances(&ecs.DescribeInstancesRequest{RegionId: tea.String("cn-hangzhou")})
	fmt.Println(instances, err)
	groups, err := c.DescribeSecurityGroups(&ecs.DescribeSecurityGroupsRequest{RegionId: tea.String("cn-hangzhou")})
	fmt.Println(groups, err)
}
EOF
(cd "$work/ours" && GOFLAGS=-mod=mod go mod tidy >/dev/null 2>&1)
(cd "$work/official" && GOFLAGS=-mod=mod go mod tidy >/dev/null 2>&1)
# Each side: a fresh GOCACHE; first the standard-library packages the program needs are
# built (timed apart: both sides pay it), then the program (everything outside the standard
# library: the SDK, its dependencies, main). The two add up to a cold build.
for side in ${SIZECMP_SIDES:-ours official}; do
	cache=$(mktemp -d "$work/gocache.XXXXXX")
	std=$(cd "$work/$side" && GOFLAGS=-mod=mod go list -deps -f '{{if .Standard}}{{.ImportPath}}{{end}}' ./cmd/three)
	(cd "$work/$side" && GOCACHE=$cache /usr/bin/time -f '%U %S' -o "$work/$side.std.time" go build $std)
	read -r suser ssys <"$work/$side.std.time"
	start=$(now)
	(cd "$work/$side" && GOCACHE=$cache GOFLAGS=-mod=mod /usr/bin/time -f '%U %S %M' -o "$work/$side.time" go build -o "$work/$side.bin" ./cmd/three)
	end=$(now)
	read -r user sys rss <"$work/$side.time"
	size=$(stat -c %s "$work/$side.bin")
	stripped=$(cd "$work/$side" && GOCACHE=$cache GOFLAGS=-mod=mod go build -ldflags='-s -w' -o "$work/$side.stripped" ./cmd/three && stat -c %s "$work/$side.stripped")
	printf '%-8s standard library: cpu %6.1f s; the rest (SDK, dependencies, main, link): wall %6.1f s, cpu %6.1f s, max RSS %5d MB; cold total cpu %6.1f s\n' \
		"$side" "$(awk -v u="$suser" -v s="$ssys" 'BEGIN { print u + s }')" "$(secs $start $end)" \
		"$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" $((rss / 1024)) \
		"$(awk -v u="$user" -v s="$sys" -v a="$suser" -v b="$ssys" 'BEGIN { print u + s + a + b }')"
	printf '%-8s binary %5.1f MB (%d bytes; %d stripped with -ldflags=-s -w)\n' "$side" "$(awk -v b="$size" 'BEGIN { print b / 1048576 }')" "$size" "$stripped"
	rm -rf "$cache"
done
