// Package gogenerate shows how another module generates an Alibaba Cloud client with acsgen:
// the directive below regenerates ./eiam20211201 from the EIAM 2021-12-01 spec. Run
// `go generate ./...`; commit the output; CI checks it is fresh (check.sh).
//
// In your own repository point --spec at your copy of the spec (or use
// `gen all -config acsgen.yaml` to scrape the pages and emit clients, mocks and docs).
package gogenerate

//go:generate go run github.com/acsgen/acsgen/cmd/gen client --spec ../../specs/eiam/2021-12-01.yaml --out eiam20211201
