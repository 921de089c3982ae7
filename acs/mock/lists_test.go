package mock

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/acs"
	"github.com/acsgen/acsgen/opspec"
)

// listSpec has a list in each place it can travel: an RPC query list (flattened,
// InstanceId.1=), an RPC list of objects (Filter.1.Key=), a ROA query list of scalars
// (comma-joined) and of objects (JSON text), and a list in a ROA JSON body.
func listSpec() *opspec.Spec {
	strs := &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "string"}}
	objs := &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "Key", Schema: &opspec.Schema{Type: "string"}}}}}
	resp := &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "RequestId", Schema: &opspec.Schema{Type: "string"}}}}
	return &opspec.Spec{Product: "Eiam", Version: "2021-12-01", Style: opspec.RPC, Operations: []*opspec.Operation{
		{Name: "TagThings", Style: opspec.RPC, Method: "POST", Path: "/", Response: resp, Params: []*opspec.Param{
			{Name: "InstanceId", In: opspec.InQuery, Schema: strs},
			{Name: "Filter", In: opspec.InQuery, Schema: objs},
			{Name: "Name", In: opspec.InQuery, Schema: &opspec.Schema{Type: "string"}},
		}},
		{Name: "ListThings", Style: opspec.ROA, Method: "GET", Path: "/things", Response: resp, Params: []*opspec.Param{
			{Name: "names", In: opspec.InQuery, Schema: strs},
			{Name: "items", In: opspec.InQuery, Schema: objs},
			{Name: "x-demo-names", In: opspec.InHeader, Schema: strs},
		}},
		{Name: "PutThings", Style: opspec.ROA, Method: "POST", Path: "/things", Response: resp, Params: []*opspec.Param{
			{Name: "tags", In: opspec.InBody, Schema: strs},
		}},
	}}
}

// TestListsOverHTTP sends lists to the mock over HTTP with signed requests from the
// client runtime, the way generated clients call (acs.Invoke over tagged request
// structs), and by hand in other forms: a value holding a comma is one item unless the
// list's form is the comma-joined one (ROA query lists of scalars), and where the mock has
// to guess how a single value was meant it reads it as one item and warns, naming the
// parameter, in the journal and the request log. A key given twice is two items of a
// list, and refused for a single value (neither value is dropped unseen).
func TestListsOverHTTP(t *testing.T) {
	var logged []LogEntry
	srv, err := New([]*opspec.Spec{listSpec()}, WithAccessKey("testid", "testsecret"),
		WithRequestLog(func(e LogEntry) { logged = append(logged, e) }))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	c, err := acs.New(acs.Options{Endpoint: ts.URL, Credentials: acs.StaticCredentials("testid", "testsecret", ""),
		Getenv: func(string) (string, bool) { return "", false }})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	rpcOp := &acs.Operation{Name: "TagThings", Version: "2021-12-01", Product: "eiam", Style: acs.RPC, Method: "POST", PathPattern: "/"}
	listOp := &acs.Operation{Name: "ListThings", Version: "2021-12-01", Product: "eiam", Style: acs.ROA, Method: "GET", PathPattern: "/things"}
	putOp := &acs.Operation{Name: "PutThings", Version: "2021-12-01", Product: "eiam", Style: acs.ROA, Method: "POST", PathPattern: "/things", BodyType: acs.BodyJSON}

	// last is the journal's latest request: its parameter and warnings
	last := func(name string) (any, []string) {
		reqs := srv.Requests()
		r := reqs[len(reqs)-1]
		return r.Params[name], r.Warnings
	}
	list := func(items ...any) []any { return items }

	// the client runtime, as generated methods call it
	type rpcReq struct {
		InstanceId []string `acs:"InstanceId,query"`
	}
	if err := c.Invoke(ctx, rpcOp, &rpcReq{InstanceId: []string{"a,b", "c"}}, nil); err != nil {
		t.Fatal(err)
	}
	if got, warns := last("InstanceId"); !reflect.DeepEqual(got, list("a,b", "c")) || len(warns) != 0 {
		t.Errorf("client: InstanceId %#v (warnings %q), want [a,b c]", got, warns)
	}
	type roaReq struct {
		Names []string `acs:"names,query"`
	}
	if err := c.Invoke(ctx, listOp, &roaReq{Names: []string{"x", "y"}}, nil); err != nil {
		t.Fatal(err)
	}
	if got, warns := last("names"); !reflect.DeepEqual(got, list("x", "y")) || len(warns) != 0 {
		t.Errorf("client: names %#v (warnings %q), want [x y]", got, warns)
	}

	// signed requests written by hand
	call := func(op *acs.Operation, req *acs.Request) error {
		_, err := c.Call(ctx, op, req, nil)
		return err
	}
	for _, tc := range []struct {
		name     string
		op       *acs.Operation
		key, val string
		param    string
		want     any
		warn     string // a warning naming the parameter, "" for none
	}{
		// flattened lists: one value is one item, never split, and the guess is said
		{"RPC list, one value with a comma", rpcOp, "InstanceId", "a,b", "InstanceId", list("a,b"), "InstanceId: one value for a list"},
		{"RPC list, one JSON list", rpcOp, "InstanceId", `["a","b"]`, "InstanceId", list("a", "b"), "InstanceId: a list read from one value holding a JSON list"},
		{"RPC list, flattened", rpcOp, "InstanceId.1", "a,b", "InstanceId", list("a,b"), ""},
		{"RPC list of objects, one JSON object", rpcOp, "Filter.1", `{"Key":"k"}`, "Filter", list(map[string]any{"Key": "k"}), "Filter.1: an object read from one value holding its JSON text"},
		// ROA query lists of scalars are comma-joined (the simple style), or JSON text
		{"ROA query list, comma-joined", listOp, "names", "a,b", "names", list("a", "b"), ""},
		{"ROA query list, JSON", listOp, "names", `["a,b"]`, "names", list("a,b"), ""},
		{"ROA query list of objects, JSON", listOp, "items", `[{"Key":"k"}]`, "items", list(map[string]any{"Key": "k"}), ""},
		// a key given twice: a list takes both values
		{"RPC list, the key twice", rpcOp, "InstanceId", "a\x00b", "InstanceId", list("a", "b"), ""},
		{"ROA query list, the key twice", listOp, "names", "a\x00b", "names", list("a", "b"), ""},
	} {
		req := &acs.Request{Query: acs.Values{}}
		for _, v := range strings.Split(tc.val, "\x00") {
			req.Query.Add(tc.key, v)
		}
		if err := call(tc.op, req); err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		got, warns := last(tc.param)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %s read as %#v, want %#v", tc.name, tc.param, got, tc.want)
		}
		switch {
		case tc.warn == "" && len(warns) != 0:
			t.Errorf("%s: warnings %q, want none", tc.name, warns)
		case tc.warn != "" && (len(warns) != 1 || !strings.HasPrefix(warns[0], tc.warn)):
			t.Errorf("%s: warnings %q, want one starting %q", tc.name, warns, tc.warn)
		case tc.warn != "" && (len(logged) == 0 || !reflect.DeepEqual(logged[len(logged)-1].Warnings, warns)):
			t.Errorf("%s: the request log has not the journal's warnings", tc.name)
		}
	}
	// a single value given twice alike (in the query and the form body) is that value
	if err := call(rpcOp, &acs.Request{Query: acs.Values{{Key: "Name", Value: "n"}}, Form: acs.Values{{Key: "Name", Value: "n"}}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := last("Name"); got != "n" {
		t.Errorf("Name given twice alike: %#v, want n", got)
	}
	// a header list in two fields of the header: both
	if err := call(listOp, &acs.Request{Header: acs.Values{{Key: "x-demo-names", Value: "a,b"}, {Key: "x-demo-names", Value: "c"}}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := last("x-demo-names"); !reflect.DeepEqual(got, list("a", "b", "c")) {
		t.Errorf("header list in two fields: %#v, want [a b c]", got)
	}
	// what is no form of the list is refused, naming the parameter
	for _, tc := range []struct {
		name string
		op   *acs.Operation
		req  *acs.Request
		want string
	}{
		{"ROA query list of objects, not JSON", listOp, &acs.Request{Query: acs.Values{{Key: "items", Value: "Key=k"}}}, "items"},
		{"ROA body list, a string with a comma", putOp, &acs.Request{Body: map[string]any{"tags": "a,b"}}, "tags"},
		{"a single value given twice", rpcOp, &acs.Request{Query: acs.Values{{Key: "Name", Value: "a"}, {Key: "Name", Value: "b"}}}, "Name: got 2 different values, want one"},
	} {
		err := call(tc.op, tc.req)
		var ae *acs.Error
		if !errors.As(err, &ae) || ae.StatusCode != http.StatusBadRequest || !strings.Contains(ae.Message, tc.want) {
			t.Errorf("%s: %v, want a 400 naming %s", tc.name, err, tc.want)
		}
	}
}

// TestUnknownParamsNoted: a query or JSON body key that is no parameter of the operation
// (a misspelt name) is ignored, as the service ignores it, with a warning naming it and
// the near-miss parameter; the common RPC parameters the SDKs add are not warned. A key
// that is no field of a parameter's object is kept, with a warning.
func TestUnknownParamsNoted(t *testing.T) {
	srv, err := New([]*opspec.Spec{listSpec()}, WithAccessKey("testid", "testsecret"))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	for _, sv := range []acs.SigningVersion{acs.SigningV3, acs.SigningV2} {
		c, err := acs.New(acs.Options{Endpoint: ts.URL, Credentials: acs.StaticCredentials("testid", "testsecret", ""),
			SignatureVersion: sv, Region: "cn-hangzhou", Getenv: func(string) (string, bool) { return "", false }})
		if err != nil {
			t.Fatal(err)
		}
		op := &acs.Operation{Name: "TagThings", Version: "2021-12-01", Product: "eiam", Style: acs.RPC, Method: "POST", PathPattern: "/"}
		q := acs.Values{{Key: "InstanceId.1", Value: "a"}, {Key: "Filter.1.Key", Value: "k"}, {Key: "Name", Value: "n"}, {Key: "OwnerId", Value: "1"}}
		if _, err := c.Call(context.Background(), op, &acs.Request{Query: q}, nil); err != nil {
			t.Fatal(err)
		}
		reqs := srv.Requests()
		if w := reqs[len(reqs)-1].Warnings; len(w) != 0 {
			t.Errorf("%v: documented and common parameters warned: %q", sv, w)
		}
		q = acs.Values{{Key: "instanceId.1", Value: "a"}, {Key: "Colour", Value: "red"}, {Key: "Filter.1.Colour", Value: "red"}}
		if _, err := c.Call(context.Background(), op, &acs.Request{Query: q}, nil); err != nil {
			t.Fatal(err)
		}
		reqs = srv.Requests()
		want := []string{
			"Colour: in the query or form body, no parameter of TagThings: ignored",
			"instanceId: in the query or form body, no parameter of TagThings: ignored (did you mean InstanceId?)",
			"Filter.1.Colour: no field of Filter.1: kept as sent, unchecked",
		}
		if w := reqs[len(reqs)-1].Warnings; !reflect.DeepEqual(w, want) {
			t.Errorf("%v: warnings %q, want %q", sv, w, want)
		}
	}
	putOp := &acs.Operation{Name: "PutThings", Version: "2021-12-01", Product: "eiam", Style: acs.ROA, Method: "POST", PathPattern: "/things", BodyType: acs.BodyJSON}
	c, err := acs.New(acs.Options{Endpoint: ts.URL, Credentials: acs.StaticCredentials("testid", "testsecret", ""),
		Getenv: func(string) (string, bool) { return "", false }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Call(context.Background(), putOp, &acs.Request{Body: map[string]any{"tags": []string{"a"}, "tag": "b"}}, nil); err != nil {
		t.Fatal(err)
	}
	reqs := srv.Requests()
	want := []string{"tag: in the JSON body, no parameter of PutThings: ignored (did you mean tags?)"}
	if w := reqs[len(reqs)-1].Warnings; !reflect.DeepEqual(w, want) {
		t.Errorf("JSON body: warnings %q, want %q", w, want)
	}
}
