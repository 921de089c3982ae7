package mock

import (
	"bufio"
	"errors"
	"io"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
)

// This file reads an HTTP/1.x request off an h1conn: the line and headers into one
// string (so that the header values share a single allocation), then the *http.Request
// handlers see, with its body framed by Content-Length or chunked encoding.

// commonKeys maps the lower-case spellings SDKs send to canonical header names, so that
// the usual headers need no new string.
var commonKeys = func() map[string]string {
	m := map[string]string{}
	for _, k := range []string{"Accept", "Accept-Encoding", "Authorization", "Connection", "Content-Length",
		"Content-Md5", "Content-Type", "Date", "Expect", "Host", "Transfer-Encoding", "User-Agent",
		"X-Acs-Accesskey-Id", "X-Acs-Action", "X-Acs-Content-Sha256", "X-Acs-Date", "X-Acs-Security-Token",
		"X-Acs-Signature-Method", "X-Acs-Signature-Nonce", "X-Acs-Signature-Version", "X-Acs-Version",
		"X-Acs-Bearer-Token", "X-Sdk-Client"} {
		m[strings.ToLower(k)] = k
	}
	return m
}()

var errHeaderLine = errors.New("malformed header line")

// readHeaderBlock reads the request line and header lines, through the empty line, into
// c.scratch. A nil *h1Error with no bytes cannot happen; status 0 means close silently.
func (c *h1conn) readHeaderBlock(limit int) *h1Error {
	c.scratch = c.scratch[:0]
	lineStart := 0
	for {
		line, err := c.br.ReadSlice('\n')
		if len(c.scratch)+len(line) > limit {
			return &h1Error{http.StatusRequestHeaderFieldsTooLarge, "431 Request Header Fields Too Large"}
		}
		c.scratch = append(c.scratch, line...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			return &h1Error{} // closed, timed out or cut off: nobody to answer
		}
		l := c.scratch[lineStart:]
		if len(l) == 1 || len(l) == 2 && l[0] == '\r' { // empty line
			if lineStart == 0 { // before the request line: tolerated (RFC 9112 section 2.2)
				c.scratch = c.scratch[:0]
				continue
			}
			return nil
		}
		lineStart = len(c.scratch)
	}
}

// readRequest reads the next request; base carries the connection's context.
func (c *h1conn) readRequest(base *http.Request, limit int) (*http.Request, *h1Error) {
	if e := c.readHeaderBlock(limit); e != nil {
		return nil, e
	}
	bad := func(text string) *h1Error { return &h1Error{http.StatusBadRequest, "400 Bad Request: " + text} }
	block := string(c.scratch) // every string below is a part of this one
	line, rest := nextLine(block)
	method, rest1, ok1 := strings.Cut(line, " ")
	target, proto, ok2 := strings.Cut(rest1, " ")
	if !ok1 || !ok2 || !validToken(method) || target == "" {
		return nil, bad("malformed request line")
	}
	major, minor, ok := http.ParseHTTPVersion(proto)
	if !ok {
		return nil, bad("malformed HTTP version")
	}
	if major != 1 {
		return nil, &h1Error{http.StatusHTTPVersionNotSupported, "505 HTTP Version Not Supported"}
	}
	u, err := url.ParseRequestURI(target)
	if err != nil {
		return nil, bad("malformed request target")
	}
	n := strings.Count(rest, "\n")
	strs := make([]string, n) // one slab for the header values, as net/http does
	h := make(http.Header, n)
	for rest != "" {
		line, rest = nextLine(rest)
		if line == "" {
			break
		}
		k, v, err := headerField(line)
		if err != nil {
			return nil, bad(err.Error())
		}
		if vs, ok := h[k]; ok {
			h[k] = append(vs, v)
		} else {
			h[k] = strs[:1:1]
			strs[0] = v
			strs = strs[1:]
		}
	}
	r := new(http.Request)
	*r = *base
	r.Method, r.URL, r.Proto, r.ProtoMajor, r.ProtoMinor = method, u, proto, major, minor
	r.Header, r.RequestURI, r.RemoteAddr = h, target, c.remote
	hosts := h["Host"]
	switch {
	case len(hosts) > 1:
		return nil, bad("too many Host headers")
	case len(hosts) == 0 && minor >= 1:
		return nil, bad("missing required Host header")
	}
	r.Host = u.Host
	if r.Host == "" && len(hosts) == 1 {
		r.Host = hosts[0]
	}
	delete(h, "Host")
	conn := h["Connection"]
	r.Close = minor == 0 && !hasToken(conn, "keep-alive") || hasToken(conn, "close")
	if e := c.frameBody(r); e != nil {
		return nil, e
	}
	return r, nil
}

// frameBody sets r.Body and r.ContentLength from Transfer-Encoding and Content-Length.
func (c *h1conn) frameBody(r *http.Request) *h1Error {
	h := r.Header
	te, cl := h["Transfer-Encoding"], h["Content-Length"]
	b := &h1body{c: c, left: 0}
	if ex := h["Expect"]; len(ex) > 0 {
		if len(ex) > 1 || !strings.EqualFold(ex[0], "100-continue") {
			return &h1Error{http.StatusExpectationFailed, "417 Expectation Failed"}
		}
		b.expect = r.ProtoMinor >= 1
	}
	switch {
	case len(te) > 0:
		if len(cl) > 0 {
			return &h1Error{http.StatusBadRequest, "400 Bad Request: both Transfer-Encoding and Content-Length"}
		}
		if len(te) != 1 || !strings.EqualFold(te[0], "chunked") {
			return &h1Error{http.StatusNotImplemented, "501 Not Implemented: unsupported transfer encoding"}
		}
		b.left = -1
		b.r = httputil.NewChunkedReader(c.br)
		r.ContentLength, r.TransferEncoding = -1, []string{"chunked"}
		delete(h, "Transfer-Encoding")
	case len(cl) > 0:
		for _, v := range cl[1:] {
			if v != cl[0] {
				return &h1Error{http.StatusBadRequest, "400 Bad Request: conflicting Content-Length"}
			}
		}
		n, err := strconv.ParseUint(cl[0], 10, 63)
		if err != nil {
			return &h1Error{http.StatusBadRequest, "400 Bad Request: bad Content-Length"}
		}
		b.left = int64(n)
		r.ContentLength = int64(n)
	}
	if b.left == 0 {
		r.Body = http.NoBody
		b.err = io.EOF
	} else {
		r.Body = b
	}
	c.body = b
	return nil
}

// nextLine splits off a line, without its CRLF or LF.
func nextLine(s string) (line, rest string) {
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return s, ""
	}
	line, rest = s[:i], s[i+1:]
	return strings.TrimSuffix(line, "\r"), rest
}

// headerField splits "Name: value" into the canonical name and the value without
// surrounding blanks. Folded lines, blanks before the colon, names that are not tokens
// and control characters in values are refused, as RFC 9112 allows.
func headerField(line string) (string, string, error) {
	k, v, ok := strings.Cut(line, ":")
	if !ok || !validToken(k) {
		return "", "", errHeaderLine
	}
	v = strings.Trim(v, " \t")
	for i := 0; i < len(v); i++ {
		if b := v[i]; b < 0x20 && b != '\t' || b == 0x7f {
			return "", "", errHeaderLine
		}
	}
	if ck, ok := commonKeys[k]; ok {
		return ck, v, nil
	}
	return textproto.CanonicalMIMEHeaderKey(k), v, nil
}

// tchar marks the bytes of RFC 9110 tokens (method and header names).
var tchar = func() (t [256]bool) {
	for b := '0'; b <= '9'; b++ {
		t[b] = true
	}
	for b := 'a'; b <= 'z'; b++ {
		t[b], t[b-'a'+'A'] = true, true
	}
	for _, b := range "!#$%&'*+-.^_`|~" {
		t[b] = true
	}
	return t
}()

func validToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !tchar[s[i]] {
			return false
		}
	}
	return true
}

// skipTrailer reads the trailer section after a chunked body's last chunk, through its
// empty line (trailer fields are dropped).
func (c *h1conn) skipTrailer() error {
	for n := 0; ; n++ {
		line, err := c.br.ReadSlice('\n')
		if err != nil || n > 100 {
			return io.ErrUnexpectedEOF
		}
		if len(line) == 1 || len(line) == 2 && line[0] == '\r' {
			return nil
		}
	}
}

// hasToken reports whether a comma-separated header value list names tok.
func hasToken(vals []string, tok string) bool {
	for _, v := range vals {
		for part := range strings.SplitSeq(v, ",") {
			if strings.EqualFold(strings.TrimSpace(part), tok) {
				return true
			}
		}
	}
	return false
}
