package mock

import (
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// TestWholeBodyParam: an operation whose whole request body is one parameter takes a string
// body as its text (JSON or not, as it came), any other as a JSON value of the parameter's
// type, checked against its schema; an object body of fields is still required elsewhere.
func TestWholeBodyParam(t *testing.T) {
	spec := &opspec.Spec{Product: "Demo", Version: "2024-01-01", Style: opspec.ROA, Operations: []*opspec.Operation{
		{Name: "PutText", Style: opspec.ROA, Method: "PUT", Path: "/text", Params: []*opspec.Param{
			{Name: "body", In: opspec.InWholeBody, Required: true, Schema: &opspec.Schema{Type: "string"}},
		}},
		{Name: "PutIds", Style: opspec.ROA, Method: "PUT", Path: "/ids", Params: []*opspec.Param{
			{Name: "ids", In: opspec.InWholeBody, Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "integer"}}},
		}},
	}}
	s, err := New([]*opspec.Spec{spec}, WithSignatureCheck(false))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path, body string
		status     int
		want       string // the journal's value, as Go prints it, or a word of the error
	}{
		{"/text", "not JSON, {as it came}", 200, "not JSON, {as it came}"},
		{"/text", `{"a": 1}`, 200, `{"a": 1}`},
		{"/text", "", 400, "body"},
		{"/ids", "[1, 2]", 200, "[1 2]"},
		{"/ids", `["x"]`, 400, "ids"},
		{"/ids", `{"ids": [1]}`, 400, "ids"},
	} {
		r := httptest.NewRequest("PUT", tc.path, strings.NewReader(tc.body))
		r.Header.Set("Content-Type", "application/json")
		a := do(t, s, r)
		if a.status != tc.status {
			t.Errorf("%s %q: status %d, want %d: %s", tc.path, tc.body, a.status, tc.status, a.raw)
			continue
		}
		if tc.status != 200 {
			if !strings.Contains(a.raw, tc.want) {
				t.Errorf("%s %q: error %s does not name %q", tc.path, tc.body, a.raw, tc.want)
			}
			continue
		}
		reqs := s.Requests()
		last := reqs[len(reqs)-1].Params
		var got string
		for _, v := range last {
			got = fmt.Sprint(v)
		}
		if len(last) != 1 || got != tc.want {
			t.Errorf("%s %q: journal params %v, want the one value %s", tc.path, tc.body, last, tc.want)
		}
	}
}
