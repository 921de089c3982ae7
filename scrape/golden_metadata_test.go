package scrape

import "testing"

// metadataGoldens are hand-made api-docs.json files (golden/metadata/) read by the scraper:
// RPC styles (repeatList, flat, json, simple), formData, duplicate parameters, directories,
// error codes; ROA whole bodies, $ref expansion, bearer by Authorization header, anonymous.
var metadataGoldens = []goldenCase{
	{"demo-rpc", []string{"golden/metadata/demo-rpc/api-docs.json"}, Options{}},
	{"demo-roa", []string{"golden/metadata/demo-roa"}, Options{}},
}

// TestGoldenMetadata compares the spec and warnings of each metadata fixture byte for byte.
func TestGoldenMetadata(t *testing.T) {
	runGoldens(t, "scrape-metadata", metadataGoldens)
}
