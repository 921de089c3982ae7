package acs

import (
	"context"
	"net/http"
	"strings"
	"testing"
)

type testRawBodyRequest struct {
	Id   string `acs:"id,path,required" json:"-"`
	Body string `acs:"body,wholebody" json:"-"`
}

type testListBodyRequest struct {
	Id     string    `acs:"id,path,required" json:"-"`
	Items  []testTag `acs:"items,wholebody,required" json:"-"`
	DryRun bool      `acs:"dryRun,query" json:"-"`
}

type testAnyBodyRequest struct {
	Id   string `acs:"id,path,required" json:"-"`
	Body any    `acs:"body,wholebody" json:"-"`
}

// TestWholeBody: a wholebody field is the entire request body: a string as it is (not
// quoted, not inside an object), a list or map as its JSON; an absent one sends no body.
func TestWholeBody(t *testing.T) {
	srv, got := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) {
		w.Write([]byte(`{"RequestId":"r"}`))
	})
	c := testClient(t, srv.URL, nil)
	op := &Operation{Name: "Put", Version: "2020-01-01", Product: "test", Style: ROA, Method: "PUT", PathPattern: "/things/{id}", BodyType: BodyJSON}
	for _, tc := range []struct {
		name     string
		req      any
		body, ct string
	}{
		{"string", &testRawBodyRequest{Id: "a", Body: `{"name": "x", "n": [1, 2]}`}, `{"name": "x", "n": [1, 2]}`, "application/json; charset=utf-8"},
		{"empty string", &testRawBodyRequest{Id: "a"}, "", ""},
		{"list", &testListBodyRequest{Id: "a", Items: []testTag{{Key: "k", Value: "v"}}, DryRun: true}, `[{"Key":"k","Value":"v"}]`, "application/json; charset=utf-8"},
		{"map", &testAnyBodyRequest{Id: "a", Body: map[string]int{"a": 1}}, `{"a":1}`, "application/json; charset=utf-8"},
		{"nil", &testAnyBodyRequest{Id: "a"}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := len(got())
			if err := c.Invoke(context.Background(), op, tc.req, nil); err != nil {
				t.Fatal(err)
			}
			r := got()[n]
			if string(r.body) != tc.body {
				t.Errorf("body %q, want %q", r.body, tc.body)
			}
			if ct := r.r.Header.Get("Content-Type"); ct != tc.ct {
				t.Errorf("content type %q, want %q", ct, tc.ct)
			}
		})
	}
	// a required list is checked like any other required value
	err := c.Invoke(context.Background(), op, &testListBodyRequest{Id: "a"}, nil)
	if err == nil || !strings.Contains(err.Error(), "items: required parameter is missing") {
		t.Errorf("missing required body: %v", err)
	}
}

func TestWholeBodyMustBeAlone(t *testing.T) {
	type twoWhole struct {
		A string `acs:"a,wholebody" json:"-"`
		B string `acs:"b,wholebody" json:"-"`
	}
	type withField struct {
		F string `acs:"f,body" json:"f"`
		A string `acs:"a,wholebody" json:"-"`
	}
	for _, req := range []any{&twoWhole{}, &withField{}} {
		var in Request
		err := EncodeRequest(opTestROA, req, &in)
		if err == nil || !strings.Contains(err.Error(), "must be the only body field") {
			t.Errorf("%T: %v", req, err)
		}
	}
}
