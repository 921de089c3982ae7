package mock

import (
	"fmt"
	"net/http"
	"strings"

	"golang.org/x/net/http/httpguts"

	"github.com/acsgen/acsgen/opspec"
)

// serverHeaders are the response headers the HTTP server and the mock write themselves:
// what the documentation says of them (a page's Content-Length of its example, its
// Content-Type of an XML answer, a fixed Date) would contradict the answer sent.
var serverHeaders = map[string]bool{
	"Content-Type": true, "Content-Length": true, "Content-Encoding": true, "Transfer-Encoding": true,
	"Connection": true, "Keep-Alive": true, "Trailer": true, "Upgrade": true, "Date": true,
	"X-Acs-Request-Id": true,
}

// responseHeaders computes, once per operation, the documented response headers a
// successful answer carries: each with its example when the example fits its type, else a
// value generated from its type as for a response field (deterministic under the seed r).
// Headers the server writes itself (serverHeaders) and values no header can carry are left
// out. The result is only read after New (shared like jsonContentType).
func responseHeaders(op *opspec.Operation, r *rng) http.Header {
	var h http.Header
	for _, d := range op.ResponseHeaders {
		if d == nil || !httpguts.ValidHeaderFieldName(d.Name) {
			continue
		}
		key := http.CanonicalHeaderKey(d.Name)
		if serverHeaders[key] || h.Get(key) != "" {
			continue
		}
		n := compileSchema(d.Schema)
		ex := ""
		if d.Schema != nil {
			ex = strings.TrimSpace(d.Schema.Example)
		}
		var v string
		switch n.typ {
		case "object", "array":
			v = ex
			if v == "" {
				b, err := encodeJSON(buildTemplate(n, nil, false, r, d.Name, 0))
				if err != nil {
					continue
				}
				v = string(b)
			}
		default:
			if tv, ok := typedScalar(ex, n.typ); ok && ex != "" && n.validate(tv) == nil {
				v = ex
			} else {
				v = fmt.Sprint(generateScalar(n, r, d.Name))
			}
		}
		if !httpguts.ValidHeaderFieldValue(v) {
			continue
		}
		if h == nil {
			h = http.Header{}
		}
		h[key] = []string{v}
	}
	return h
}
