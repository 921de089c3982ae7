package acs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// Types shaped like generated ones (gen/client emits the tags).

type testMode string

func (v testMode) Valid() bool { return v == "fast" || v == "slow" }

type testLevel int64

func (v testLevel) Valid() bool { return v == 0 || v == 1 }

type testTag struct {
	Key   string   `acs:",required" json:"Key"`
	Value string   `json:"Value,omitempty"`
	Mode  testMode `json:"Mode,omitempty"`
}

type testRPCRequest struct {
	RegionId    string     `acs:"RegionId,query,required"`
	Name        string     `acs:"Name,query" json:"Name,omitempty"`
	Count       int32      `acs:"Count,query" json:"Count,omitempty"`
	Size        int64      `acs:"Size,query,required"`
	Ratio       float64    `acs:"Ratio,query" json:"Ratio,omitempty"`
	DryRun      bool       `acs:"DryRun,query" json:"DryRun,omitempty"`
	Force       *bool      `acs:"Force,query" json:"Force,omitempty"`
	Level       *testLevel `acs:"Level,query" json:"Level,omitempty"`
	Mode        testMode   `acs:"Mode,query" json:"Mode,omitempty"`
	Modes       []testMode `acs:"Modes,query" json:"Modes,omitempty"`
	Tag         []testTag  `acs:"Tag,query" json:"Tag,omitempty"`
	Attrs       testTag    `acs:"Attrs,query" json:"Attrs,omitzero"`
	Note        string     `acs:"Note,form" json:"Note,omitempty"`
	Odd         string     `acs:"odd%2Cname%25,query" json:"-"`
	Blank       string     `acs:",query" json:"-"` // a documented name that is empty is still the name
	ClientToken string     `acs:"ClientToken,query,token" json:"ClientToken,omitempty"`
}

type testRequiredStruct struct {
	Pool testTag `acs:"Pool,query,required"`
}

type testROARequest struct {
	Id     string            `acs:"id,path,required" json:"-"`
	N      int64             `acs:"n,path,required" json:"-"`
	Ids    []string          `acs:"ids,query" json:"-"`
	Filter map[string]string `acs:"filter,query" json:"-"`
	Obj    testTag           `acs:"obj,header" json:"-"`
	Limit  int32             `acs:"limit,query" json:"-"`
	Name   string            `acs:"name,body" json:"name,omitempty"`
	Tags   []testTag         `acs:"tags,body" json:"tags,omitempty"`
}

var (
	opTestRPC = &Operation{Name: "TestRPC", Version: "2020-01-01", Product: "test", Style: RPC, Method: "POST", PathPattern: "/", BodyType: BodyForm}
	opTestROA = &Operation{Name: "TestROA", Version: "2020-01-01", Product: "test", Style: ROA, Method: "PUT", PathPattern: "/things/{id}/{n}", BodyType: BodyJSON}
)

func encoded(t *testing.T, op *Operation, req any) *Request {
	t.Helper()
	var in Request
	if err := EncodeRequest(op, req, &in); err != nil {
		t.Fatal(err)
	}
	return &in
}

func TestEncodeRPCRequest(t *testing.T) {
	yes := false
	lvl := testLevel(0)
	in := encoded(t, opTestRPC, &testRPCRequest{
		RegionId: "cn-hangzhou", Size: 0, Ratio: 0.5, Force: &yes, Level: &lvl, Mode: "fast",
		Modes: []testMode{"slow", "fast"}, Tag: []testTag{{Key: "k", Value: "v"}, {Key: "k2"}},
		Attrs: testTag{Key: "a"}, Note: "n 1", Odd: "x", Blank: "b", ClientToken: "mine",
	})
	want := "RegionId=cn-hangzhou&Size=0&Ratio=0.5&DryRun=false&Force=false&Level=0&Mode=fast&Modes.1=slow&Modes.2=fast" +
		"&Tag.1.Key=k&Tag.1.Value=v&Tag.2.Key=k2&Attrs.Key=a&odd%2Cname%25=x&=b&ClientToken=mine"
	if got := in.Query.Encode(); got != want {
		t.Errorf("query\n got %s\nwant %s", got, want)
	}
	if got := in.Form.Encode(); got != "Note=n%201" {
		t.Errorf("form %s", got)
	}
	if in.Body != nil || in.Path != nil || in.Header != nil {
		t.Errorf("RPC request has body %v, path %v, header %v", in.Body, in.Path, in.Header)
	}

	// absent optional values are left out; a required number is sent even when zero; a
	// non-pointer bool is always sent; an empty token is filled
	in = encoded(t, opTestRPC, &testRPCRequest{RegionId: "r"})
	q := in.Query.Encode()
	if !regexp.MustCompile(`^RegionId=r&Size=0&DryRun=false&ClientToken=[0-9a-f]{32}$`).MatchString(q) {
		t.Errorf("minimal query %s", q)
	}
}

func TestEncodeROARequest(t *testing.T) {
	req := &testROARequest{Id: "a/b", N: 7, Ids: []string{"x", "y"}, Filter: map[string]string{"k": "v"},
		Obj: testTag{Key: "k"}, Name: "n", Tags: []testTag{{Key: "t"}}}
	in := encoded(t, opTestROA, req)
	if !reflect.DeepEqual(in.Path, map[string]string{"id": "a/b", "n": "7"}) {
		t.Errorf("path %v", in.Path)
	}
	if got := in.Query.Encode(); got != "ids=x%2Cy&filter=%7B%22k%22%3A%22v%22%7D" {
		t.Errorf("query %s", got)
	}
	if got := in.Header.Encode(); got != "obj=%7B%22Key%22%3A%22k%22%7D" {
		t.Errorf("header %s", got)
	}
	b, _ := json.Marshal(in.Body)
	if string(b) != `{"name":"n","tags":[{"Key":"t"}]}` {
		t.Errorf("body %s", b)
	}
	// zero composite values are not sent
	in = encoded(t, opTestROA, &testROARequest{Id: "a", N: 1})
	if len(in.Query) != 0 || len(in.Header) != 0 {
		t.Errorf("empty values sent: query %v header %v", in.Query, in.Header)
	}
	// a nil request is an empty one: its JSON body is {}, not null
	in = encoded(t, opTestROA, (*testROARequest)(nil))
	if b, _ := json.Marshal(in.Body); string(b) != "{}" {
		t.Errorf("nil request body %s", b)
	}
}

func TestValidateRequest(t *testing.T) {
	bad := testLevel(5)
	for _, tc := range []struct {
		req         any
		field, want string
	}{
		{&testRPCRequest{RegionId: "r"}, "", ""},
		{&testRPCRequest{}, "RegionId", "required parameter is missing"},
		{(*testRPCRequest)(nil), "RegionId", "required parameter is missing"},
		{&testRPCRequest{RegionId: "r", Mode: "warp"}, "Mode", "warp is not one of the documented values"},
		{&testRPCRequest{RegionId: "r", Level: &bad}, "Level", "5 is not one of the documented values"},
		{&testRPCRequest{RegionId: "r", Modes: []testMode{"fast", ""}}, "Modes[1]", " is not one of the documented values"},
		{&testRPCRequest{RegionId: "r", Tag: []testTag{{Key: "k"}, {}}}, "Tag[1].Key", "required parameter is missing"},
		{&testRPCRequest{RegionId: "r", Tag: []testTag{{Key: "k", Mode: "x"}}}, "Tag[0].Mode", "x is not one of the documented values"},
		{&testRPCRequest{RegionId: "r", Attrs: testTag{Value: "v"}}, "Attrs.Key", "required parameter is missing"},
		{&testROARequest{}, "id", "required parameter is missing"},
		// a required struct (a metadata parent of a required flattened name, Pool.Key) is
		// checked even when zero
		{&testRequiredStruct{}, "Pool.Key", "required parameter is missing"},
		{&testRequiredStruct{Pool: testTag{Key: "k"}}, "", ""},
	} {
		err := ValidateRequest(tc.req)
		if tc.field == "" {
			if err != nil {
				t.Errorf("%+v: %v", tc.req, err)
			}
			continue
		}
		var ve *ValidationError
		if !errors.As(err, &ve) || ve.Field != tc.field || ve.Reason != tc.want {
			t.Errorf("%+v: got %v, want %s: %s", tc.req, err, tc.field, tc.want)
		}
	}
	if err := ValidateRequest(testRPCRequest{}); err == nil || !strings.Contains(err.Error(), "pointer to a struct") {
		t.Errorf("non-pointer request: %v", err)
	}
}

func TestBadTags(t *testing.T) {
	type badOption struct {
		A string `acs:"A,query,sometimes"`
	}
	type badOrder struct {
		A string `acs:"A,required,query"`
	}
	type badEscape struct {
		A string `acs:"a%zz,query"`
	}
	for _, req := range []any{&badOption{}, &badOrder{}, &badEscape{}} {
		var in Request
		err := EncodeRequest(opTestRPC, req, &in)
		if err == nil || !strings.Contains(err.Error(), "acs tag") {
			t.Errorf("%T: %v", req, err)
		}
	}
}

// TestInvoke calls a server: validation stops a bad request before the network, the
// operation name is set on the error, and a retried call repeats the filled token.
func TestInvoke(t *testing.T) {
	calls := 0
	srv, got := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) {
		calls++
		if calls == 1 {
			w.WriteHeader(503)
			fmt.Fprint(w, `{"Code":"ServiceUnavailable","RequestId":"r0"}`)
			return
		}
		fmt.Fprint(w, `{"RequestId":"r1","Name":"done"}`)
	})
	c := testClient(t, srv.URL, nil)
	type resp struct {
		RequestId, Name string
	}
	_, err := Invoke[resp](context.Background(), c, opTestRPC, &testRPCRequest{})
	var ve *ValidationError
	if !errors.As(err, &ve) || ve.Operation != "TestRPC" || err.Error() != "acs: TestRPC: invalid request: RegionId: required parameter is missing" {
		t.Fatalf("invalid request: %v", err)
	}
	if len(got()) != 0 {
		t.Fatal("an invalid request was sent")
	}
	out, err := Invoke[resp](context.Background(), c, opTestRPC, &testRPCRequest{RegionId: "r"})
	if err != nil || out.Name != "done" {
		t.Fatalf("got %+v, %v", out, err)
	}
	reqs := got()
	if len(reqs) != 2 {
		t.Fatalf("%d requests, want 2 (one retry)", len(reqs))
	}
	t0, t1 := reqs[0].r.URL.Query().Get("ClientToken"), reqs[1].r.URL.Query().Get("ClientToken")
	if t0 == "" || t0 != t1 {
		t.Errorf("tokens %q and %q: a retry must repeat the filled token", t0, t1)
	}
	if _, err := Invoke[resp](context.Background(), c, nil, &testRPCRequest{}); err == nil {
		t.Error("nil operation accepted")
	}
}

// A value tagged json goes as one parameter holding its JSON text, not flattened.
func TestEncodeJSONTextParams(t *testing.T) {
	type req struct {
		Context map[string]any `acs:"EncryptionContext,query,json" json:"EncryptionContext,omitempty"`
		Attrs   testTag        `acs:"Attrs,form,json" json:"Attrs,omitzero"`
		Tags    []testTag      `acs:"Tags,query,json" json:"Tags,omitempty"`
		Same    map[string]any `acs:"Same,query" json:"Same,omitempty"`
	}
	get := func(v string, _ bool) string { return v }
	in := encoded(t, opTestRPC, &req{
		Context: map[string]any{"b": "2", "a": 1},
		Attrs:   testTag{Key: "k"},
		Tags:    []testTag{{Key: "x", Value: "y"}},
		Same:    map[string]any{"a": "1"},
	})
	if got, want := get(in.Query.Get("EncryptionContext")), `{"a":1,"b":"2"}`; got != want {
		t.Errorf("EncryptionContext = %s, want %s", got, want)
	}
	if got, want := get(in.Query.Get("Tags")), `[{"Key":"x","Value":"y"}]`; got != want {
		t.Errorf("Tags = %s, want %s", got, want)
	}
	if got, want := get(in.Form.Get("Attrs")), `{"Key":"k"}`; got != want {
		t.Errorf("Attrs = %s, want %s", got, want)
	}
	if v, _ := in.Query.Get("Same.a"); v != "1" {
		t.Errorf("a map without the json option is flattened: %s", in.Query.Encode())
	}
	// absent values send nothing
	in = encoded(t, opTestRPC, &req{})
	if q, f := in.Query.Encode(), in.Form.Encode(); q != "" || f != "" {
		t.Errorf("empty request sends query %q form %q", q, f)
	}
}

// A ROA query list of scalars goes comma-joined: an item holding a comma would arrive as
// two items, so it is refused before sending, naming the item.
func TestJoinedListItemWithComma(t *testing.T) {
	type req struct {
		Names []string `acs:"names,query"`
	}
	var in Request
	if err := EncodeRequest(opTestROA, &req{Names: []string{"a", "b"}}, &in); err != nil {
		t.Fatal(err)
	}
	if v, _ := in.Query.Get("names"); v != "a,b" {
		t.Errorf("names = %q, want a,b", v)
	}
	err := EncodeRequest(opTestROA, &req{Names: []string{"a", "b,c", "d,e"}}, &Request{})
	var ve *ValidationError
	if !errors.As(err, &ve) || ve.Field != "names[1]" {
		t.Errorf("items with a comma: %v, want a ValidationError naming the first, names[1]", err)
	}
	// an empty list sends nothing
	in = Request{}
	if err := EncodeRequest(opTestROA, &req{Names: []string{}}, &in); err != nil {
		t.Fatal(err)
	}
	if v, ok := in.Query.Get("names"); ok {
		t.Errorf("an empty list sends names=%q, want nothing", v)
	}
}
