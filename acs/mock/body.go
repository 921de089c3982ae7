package mock

import (
	"errors"
	"io"
	"net/http"
	"strings"
)

// This file reads what a request carries before decoding: the body, within the size
// limit, and the media type of its Content-Type.

// readBody reads the whole body, at most limit bytes, as io.ReadAll over
// http.MaxBytesReader does (same results, same errors), without ReadAll's 512-byte
// buffer for the empty bodies most RPC calls have, and with one exact-size buffer when
// Content-Length is known.
func readBody(r *http.Request, limit int64) ([]byte, error) {
	if r.Body == http.NoBody {
		return nil, nil
	}
	body := http.MaxBytesReader(nil, r.Body, limit)
	if n := r.ContentLength; n > 0 && n <= limit {
		buf := make([]byte, n, n+1)
		k, err := io.ReadFull(body, buf)
		switch {
		case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
			return buf[:k], nil // shorter than announced: what ReadAll would return
		case err != nil:
			return buf[:k], err
		}
		// Announced length read: whatever follows (nothing, on a server) still counts.
		rest, err := io.ReadAll(body)
		return append(buf, rest...), err
	}
	return io.ReadAll(body)
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
