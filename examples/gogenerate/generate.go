// Package gogenerate shows how another module uses acsgen with go generate, in the two
// ways a team would:
//
//   - one client from a spec: the first directive regenerates ./eiam20211201 from the EIAM
//     2021-12-01 spec;
//   - everything from the docs: the second reads acsgen.yaml, scrapes the saved pages in
//     pages/, and writes the spec (specs/), the client and the mock (generated/) and the
//     Markdown docs (docs/reference/).
//
// Run `go generate ./...` and commit the output. CI (check.sh) checks that it is fresh and
// also runs `gen all --check`, which fails, printing the API diff, when the saved pages
// changed and the outputs were not regenerated.
package gogenerate

//go:generate go run github.com/acsgen/acsgen/cmd/gen client --spec ../../specs/eiam/2021-12-01.yaml --out eiam20211201
//go:generate go run github.com/acsgen/acsgen/cmd/gen all -config acsgen.yaml -q
