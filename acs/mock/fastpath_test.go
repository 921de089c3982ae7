package mock

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/acsgen/acsgen/opspec"
)

// The fast paths of the request pipeline must answer exactly as the library calls they
// replace.

func TestRequestIDMatchesSprintf(t *testing.T) {
	for _, seed := range []uint64{0, 1, 42, 1 << 63} {
		for n := range uint64(2000) {
			a := splitmix64(seed ^ splitmix64(n))
			b := splitmix64(a ^ n)
			want := fmt.Sprintf("%08X-%04X-%04X-%04X-%012X", uint32(a>>32), uint16(a>>16), uint16(a), uint16(b>>48), b&0xffffffffffff)
			if got := requestID(seed, n); got != want {
				t.Fatalf("requestID(%d, %d) = %s, want %s", seed, n, got, want)
			}
		}
	}
}

func TestMediaTypeMatchesMime(t *testing.T) {
	for _, ct := range []string{
		"", "application/json", "Application/JSON; charset=utf-8", " text/plain ;x", "application/json; charset",
		"application/x-www-form-urlencoded;charset=UTF-8", "a/b/c", "a/", "/b", "a b/c", "a/b c", "multipart/form-data; boundary=\"x\"",
		"json", "appl\u00e9/json", "application/json\u212a", "text/plain; =bad", "a@b/c", "application/problem+json",
	} {
		want, _, _ := mime.ParseMediaType(ct)
		if got := mediaType(ct); got != want {
			t.Errorf("mediaType(%q) = %q, mime.ParseMediaType says %q", ct, got, want)
		}
	}
}

func FuzzMediaType(f *testing.F) {
	f.Add("application/json; charset=utf-8")
	f.Fuzz(func(t *testing.T, ct string) {
		want, _, _ := mime.ParseMediaType(ct)
		if got := mediaType(ct); got != want {
			t.Errorf("mediaType(%q) = %q, mime.ParseMediaType says %q", ct, got, want)
		}
	})
}

// TestReadBodyMatchesReadAll: readBody is io.ReadAll within the limit, except that a body
// shorter than its Content-Length is an error.
func TestReadBodyMatchesReadAll(t *testing.T) {
	const limit = 16
	for _, tc := range []struct {
		body   string
		length int64
		half   bool // body arrives one byte per Read
	}{
		{"", 0, false}, {"abc", 3, false}, {"abc", -1, false}, {"abc", 0, false}, {"abc", 5, false},
		{"abcdef", 3, false}, {strings.Repeat("x", 16), 16, true}, {strings.Repeat("x", 17), 17, false},
		{strings.Repeat("x", 17), 10, true}, {strings.Repeat("x", 40), -1, true},
	} {
		mk := func() *http.Request {
			r := httptest.NewRequest("POST", "/", nil)
			var rd io.Reader = strings.NewReader(tc.body)
			if tc.half {
				rd = iotest.OneByteReader(rd)
			}
			r.Body, r.ContentLength = io.NopCloser(rd), tc.length
			return r
		}
		want, werr := io.ReadAll(http.MaxBytesReader(nil, mk().Body, limit))
		if werr == nil && tc.length > int64(len(want)) {
			werr = io.ErrUnexpectedEOF // shorter than announced: truncated, never a success
		}
		got, gerr := readBody(mk(), limit)
		if !bytes.Equal(got, want) || fmt.Sprint(gerr) != fmt.Sprint(werr) {
			t.Errorf("%q (length %d): got %q %v, want %q %v", tc.body, tc.length, got, gerr, want, werr)
		}
	}
	r := httptest.NewRequest("GET", "/", nil)
	r.Body = http.NoBody
	if b, err := readBody(r, limit); b != nil || err != nil {
		t.Errorf("NoBody: %q %v", b, err)
	}
}

// A string-typed node without enum or format accepts every string without asking
// kin-openapi; check that kin-openapi agrees, and that the others still ask it.
func TestValidateStringFastPath(t *testing.T) {
	values := []any{"", "x", "2023-10-26T10:22:32Z", "\xff"}
	for _, s := range []*opspec.Schema{{Type: "string"}, {}, {Type: "string", Format: "date-time"}, {Type: "string", Enum: []opspec.EnumValue{{Value: "a"}}}, {Type: "integer"}} {
		n := compileSchema(s)
		for _, v := range values {
			if got, want := n.validate(v), n.k.VisitJSON(v); (got == nil) != (want == nil) {
				t.Errorf("schema %+v value %q: validate %v, kin-openapi %v", s, v, got, want)
			}
		}
	}
	if !compileSchema(&opspec.Schema{Type: "string"}).anyString || compileSchema(&opspec.Schema{Type: "string", Format: "date"}).anyString {
		t.Error("anyString set wrongly")
	}
}

// The nonce cache remembers the last size nonces (its ring grows to size, then wraps),
// forgets the oldest first, and forgets everything on reset.
func TestNonceCacheEviction(t *testing.T) {
	now := testNow
	c := newNonceCache(3, time.Minute)
	for _, n := range []string{"a", "b", "c"} {
		if !c.add(n, now) {
			t.Fatalf("%s refused on first use", n)
		}
	}
	if c.add("b", now) || len(c.ring) != 3 {
		t.Fatalf("b accepted twice (ring %v)", c.ring)
	}
	if !c.add("d", now) || len(c.ring) != 3 {
		t.Fatalf("d refused or ring grew past its size: %v", c.ring)
	}
	if !c.add("a", now) { // a was the oldest: forgotten when d came
		t.Fatal("a still remembered after eviction")
	}
	if c.add("c", now) || c.add("d", now) {
		t.Fatal("recent nonces accepted again")
	}
	if !c.add("b", now.Add(3*time.Minute)) { // older than twice the skew: usable again
		t.Fatal("expired nonce refused")
	}
	c.reset()
	if len(c.ring) != 0 || !c.add("c", now) {
		t.Fatalf("reset kept %v", c.ring)
	}
}
