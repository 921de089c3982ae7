package scrape

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestResponseLabelsText: in a text dump, a ROA response's table under a label "Headers"
// alone (a line of its own, bold or ending in a colon, in English or Chinese) under
// "Response parameters" lists the response's headers, and the table under a "Body" label
// its body's fields (page.ResponseLabels); neither label is a field. Before, the header was
// read as a body field, or the body's fields as headers under a bold label. A cell-per-line
// dump whose reader joins the "Body" line into the header's row still reads one table of
// headers: the table after it is the body's.
func TestResponseLabelsText(t *testing.T) {
	const mdtable = "ListThings\nXxx xxxx.\nRequest syntax\nGET /things HTTP/1.1\nRequest parameters\n" +
		"| Parameter | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- |\n| size | integer | No | Xxx xxxx. | 10 |\n" +
		"Response parameters\n%s\n| Parameter | Type | Description | Example |\n| --- | --- | --- | --- |\n| ETag | string | Xxx xxxx. | 5B3C |\n" +
		"%s\n| Parameter | Type | Description | Example |\n| --- | --- | --- | --- |\n| requestId | string | Xxx xxxx. | ABC-1 |\n| totalCount | integer | Xxx xxxx. | 12 |\n" +
		"Examples\nSample success responses\nJSONformat\n{\"requestId\": \"ABC-1\", \"totalCount\": 12}\n"
	const cells = "ListThings\n\nXxx xxxx.\n\nRequest syntax\n\nGET /things HTTP/1.1\n\nRequest parameters\n\nParameterTypeRequiredDescriptionExample\nsizeintegerNo\n\nXxx xxxx.\n\n10\n\n" +
		"Response parameters\n\n%s\n\nParameterTypeDescriptionExample\nETagstring\n\nXxx xxxx.\n\n5B3C\n\n" +
		"%s\n\nParameterTypeDescriptionExample\nrequestIdstring\n\nXxx xxxx.\n\nABC-1\ntotalCountinteger\n\nXxx xxxx.\n\n12\n"
	pages := map[string]string{
		"m0": fmt.Sprintf(mdtable, "Headers", "Body"),
		"m1": fmt.Sprintf(mdtable, "Headers:", "Body:"),
		"m2": fmt.Sprintf(mdtable, "**Response headers**", "**Body**"),
		"m3": fmt.Sprintf(mdtable, "响应头:", "响应体:"),
		"c0": fmt.Sprintf(cells, "Headers", "Body"),
	}
	for _, name := range slices.Sorted(maps.Keys(pages)) {
		file := "x-2020-01-01-ListThings-" + name + ".txt"
		doc, _, err := scrapeAlone(file, []byte(pages[name]), accPage{Product: "X", Version: "2020-01-01", Operation: "ListThings"})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		headers, body := responseNames(doc)
		if got := strings.Join(headers, ","); got != "ETag" {
			t.Errorf("%s: response headers %q, want ETag", name, got)
		}
		if got := strings.Join(body, ","); got != "requestId,totalCount" {
			t.Errorf("%s: response body fields %q, want requestId,totalCount", name, got)
		}
	}
}

// responseNames are the names of the headers and the top-level body fields of the one
// operation's 200 response in an OpenAPI document, sorted.
func responseNames(doc map[string]any) (headers, body []string) {
	for _, item := range doc["paths"].(map[string]any) {
		for _, op := range item.(map[string]any) {
			r, _ := op.(map[string]any)["responses"].(map[string]any)["200"].(map[string]any)
			if h, ok := r["headers"].(map[string]any); ok {
				headers = slices.Sorted(maps.Keys(h))
			}
			c, _ := r["content"].(map[string]any)
			j, _ := c["application/json"].(map[string]any)
			s, _ := j["schema"].(map[string]any)
			if props, ok := s["properties"].(map[string]any); ok {
				body = slices.Sorted(maps.Keys(props))
			}
		}
	}
	return headers, body
}
