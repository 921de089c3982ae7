package mock

import (
	"io"
	"net/http"
	"strings"
)

// This file reads what a request carries before decoding: the body, within the size
// limit, and the media type of its Content-Type.

// readBody reads the whole body, at most limit bytes. A body shorter than its
// Content-Length (the client went away) is an error, never a short success: a truncated
// create must not be stored. Over the limit, the error is an *http.MaxBytesError.
func readBody(r *http.Request, limit int64) ([]byte, error) {
	if r.Body == http.NoBody {
		return nil, nil
	}
	b, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, limit))
	if err == nil && r.ContentLength > 0 && int64(len(b)) < r.ContentLength {
		// a reader that reports the short body as a plain EOF (a handler called directly)
		err = io.ErrUnexpectedEOF
	}
	return b, err
}

// mediaType is the media type of a Content-Type value, lower case, as the first result
// of mime.ParseMediaType: "" when the type part is not a token or token/token; the
// parameters (which ParseMediaType may reject while still returning the type) are
// ignored, as every caller ignored them.
func mediaType(ct string) string {
	base, _, _ := strings.Cut(ct, ";")
	base = strings.ToLower(strings.TrimSpace(base))
	typ, rest := consumeToken(base)
	if typ == "" {
		return ""
	}
	if rest == "" {
		return base
	}
	if rest[0] != '/' {
		return ""
	}
	sub, rest := consumeToken(rest[1:])
	if sub == "" || rest != "" {
		return ""
	}
	return base
}

// consumeToken splits off a leading RFC 1521 token, as package mime does.
func consumeToken(v string) (token, rest string) {
	i := 0
	for i < len(v) && isTokenByte(v[i]) {
		i++
	}
	return v[:i], v[i:]
}

func isTokenByte(b byte) bool {
	return b > 0x20 && b < 0x7f && !strings.ContainsRune(`()<>@,;:\"/[]?=`, rune(b))
}
