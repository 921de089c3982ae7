package scrape

import (
	"strings"
	"testing"
)

// Legacy ROA pages (spaced layout) list a response's structs in tables of their own after
// the response table, each under a numbered caption that names the struct ("Table 3.
// nodes", "Table 4. page_info"), and may type a row with a struct's bare name ("page
// page_info"), no type word. Before, each caption joined the description of the row above
// and the rows nested by row order (warned), and the struct-typed row was read as a
// description, silently: page and its fields were lost or misplaced.
const captionTablesPage = `URL: https://www.alibabacloud.com/help/doc-detail/167589.htm

You can call the DescribeThings operation to query things.

Request syntax

GET /clusters/ClusterId/things HTTP/1.1

Request parameters

Table 1. Request path parameters
Parameter Type Required Example Description
ClusterId String Yes c82e6987e2961451182edacd74faf****

The ID of the cluster.

Response syntax

HTTP/1.1 200 OK

  "nodes" : [ {
    "host_name" : "String",
    "instance_id" : "String"
  } ],
  "page" : {
    "page_number" : Integer,
    "total_count" : Integer
  }

Response parameters

Table 2. Response body parameters
Parameter Type Example Description
nodes Array of nodes

The nodes of the cluster.

page page_info

The pagination information.

Table 3. nodes
Parameter Type Example Description
host_name String iZbp1

The host name.

instance_id String i-bp1

The instance ID.

Table 4. page_info
Parameter Type Example Description
page_number Integer 1

The page number.

total_count Integer 10

The total number of entries.

Examples

Sample requests

GET /clusters/c82e/things HTTP/1.1
`

func TestCaptionedStructTables(t *testing.T) {
	spec, warns := scrapeSource(t, Options{}, "cs-2015-12-15-DescribeThings-spaced.txt", captionTablesPage)
	if len(spec.Operations) != 1 {
		t.Fatalf("%d operations", len(spec.Operations))
	}
	resp := spec.Operations[0].Response
	if resp == nil {
		t.Fatal("no response")
	}
	if got := strings.Join(propNames(resp), ","); got != "nodes,page" {
		t.Errorf("response fields %s, want nodes,page", got)
	}
	for path, typ := range map[string]string{
		"nodes": "array", "nodes.[].host_name": "string", "nodes.[].instance_id": "string",
		"page": "object", "page.page_number": "integer", "page.total_count": "integer",
	} {
		if s := prop(t, resp, strings.Split(path, ".")...); s.Type != typ {
			t.Errorf("%s is a %s, want a %s", path, s.Type, typ)
		}
	}
	for _, w := range warns {
		if strings.Contains(w.Msg, "row order") || strings.Contains(w.Msg, "Table ") || strings.Contains(w.Msg, "does not parse") {
			t.Errorf("warning: %s", w)
		}
	}
}
