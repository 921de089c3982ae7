package acs

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Error is a non-2xx reply from the service. Both envelopes are understood: RPC
// {"Code","Message","RequestId","HostId","Recommend"} and ROA {"code","message","requestId"};
// an XML <Error> body too. Use errors.As(err, &e) with e *acs.Error.
type Error struct {
	Operation  string // operation name (x-acs-action)
	StatusCode int
	Code       string
	Message    string
	RequestID  string
	HostID     string
	Recommend  string
	// AccessDeniedDetail is the raw JSON of AccessDeniedDetail when present.
	AccessDeniedDetail json.RawMessage
	// RetryAfter is the server's wait hint (x-acs-retry-after, Retry-After or the
	// x-ratelimit-* TimeLeft), zero when none.
	RetryAfter time.Duration
	Header     http.Header
	// Body is the raw response body (bounded by Options.MaxResponseBytes).
	Body []byte
	// NotJSON is set when the body could not be read as an error envelope.
	NotJSON bool
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("acs: ")
	if e.Operation != "" {
		b.WriteString(e.Operation)
		b.WriteString(": ")
	}
	b.WriteString("HTTP ")
	b.WriteString(strconv.Itoa(e.StatusCode))
	if e.Code != "" {
		b.WriteString(" ")
		b.WriteString(e.Code)
	}
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	if e.NotJSON {
		b.WriteString(": response body is not a JSON error envelope")
		if ct := e.Header.Get("Content-Type"); ct != "" {
			b.WriteString(" (content-type " + ct + ")")
		}
		b.WriteString(": ")
		b.WriteString(strconv.Quote(excerpt(e.Body, 200)))
	}
	if e.RequestID != "" {
		b.WriteString(" (RequestId ")
		b.WriteString(e.RequestID)
		b.WriteString(")")
	}
	return b.String()
}

// HasCode reports whether err is, or wraps, an *Error whose Code is code: a generated
// client's documented error codes are constants to pass here
// (acs.HasCode(err, eiam20211201.ErrCodeEntityNotExistsInstance)).
func HasCode(err error, code string) bool {
	var e *Error
	return errors.As(err, &e) && e.Code == code
}

// Throttling reports whether the service refused the call for flow control: a code
// containing "Throttling" or HTTP 429.
func (e *Error) Throttling() bool {
	return strings.Contains(e.Code, "Throttling") || e.StatusCode == http.StatusTooManyRequests
}

// errorEnvelope holds both spellings; encoding/json matches keys case-insensitively, so
// "Code" and "code" land in the same field.
type errorEnvelope struct {
	Code               json.RawMessage `json:"Code"`
	Message            string          `json:"Message"`
	RequestID          string          `json:"RequestId"`
	HostID             string          `json:"HostId"`
	Recommend          string          `json:"Recommend"`
	AccessDeniedDetail json.RawMessage `json:"AccessDeniedDetail"`
}

type xmlError struct {
	Code      string `xml:"Code"`
	Message   string `xml:"Message"`
	RequestID string `xml:"RequestId"`
	HostID    string `xml:"HostId"`
	Recommend string `xml:"Recommend"`
}

// newError builds the *Error of a non-2xx reply.
func newError(op string, status int, header http.Header, body []byte, now time.Time) *Error {
	e := &Error{Operation: op, StatusCode: status, Header: header, Body: body}
	mt, _, _ := mime.ParseMediaType(header.Get("Content-Type"))
	trimmed := strings.TrimSpace(string(body))
	switch {
	case strings.HasSuffix(mt, "xml") || strings.HasPrefix(trimmed, "<?xml") || strings.HasPrefix(trimmed, "<Error"):
		var x xmlError
		if err := xml.Unmarshal(body, &x); err == nil && (x.Code != "" || x.Message != "") {
			e.Code, e.Message, e.RequestID, e.HostID, e.Recommend = x.Code, x.Message, x.RequestID, x.HostID, x.Recommend
		} else {
			e.NotJSON = true
		}
	case len(trimmed) > 0 && trimmed[0] == '{':
		var env errorEnvelope
		if err := json.Unmarshal(body, &env); err != nil {
			e.NotJSON = true
			break
		}
		e.Code = rawString(env.Code)
		e.Message, e.RequestID, e.HostID, e.Recommend = env.Message, env.RequestID, env.HostID, env.Recommend
		if len(env.AccessDeniedDetail) > 0 && string(env.AccessDeniedDetail) != "null" {
			e.AccessDeniedDetail = env.AccessDeniedDetail
		}
	case len(trimmed) > 0:
		e.NotJSON = true
	}
	if e.RequestID == "" {
		e.RequestID = header.Get("X-Acs-Request-Id")
	}
	e.RetryAfter = retryAfter(header, now)
	return e
}

// rawString reads a JSON string or number as text (some services send numeric codes).
func rawString(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// retryAfter reads the server's wait hint: x-acs-retry-after (milliseconds, as the
// darabonba runtimes treat it), the larger TimeLeft (milliseconds) of x-ratelimit-user-api
// and x-ratelimit-user ("Limit:1,Remain:0,TimeLeft:2000,Reset:1234"), then the standard
// Retry-After (seconds or an HTTP date).
func retryAfter(h http.Header, now time.Time) time.Duration {
	if v := strings.TrimSpace(h.Get("X-Acs-Retry-After")); v != "" {
		if ms, err := strconv.ParseInt(v, 10, 64); err == nil && ms > 0 {
			return time.Duration(ms) * time.Millisecond
		}
	}
	var best int64
	for _, name := range []string{"X-Ratelimit-User-Api", "X-Ratelimit-User"} {
		for part := range strings.SplitSeq(h.Get(name), ",") {
			k, v, _ := strings.Cut(strings.TrimSpace(part), ":")
			if k == "TimeLeft" {
				if ms, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64); err == nil && ms > best {
					best = ms
				}
			}
		}
	}
	if best > 0 {
		return time.Duration(best) * time.Millisecond
	}
	if v := strings.TrimSpace(h.Get("Retry-After")); v != "" {
		if s, err := strconv.ParseInt(v, 10, 64); err == nil && s > 0 {
			return time.Duration(s) * time.Second
		}
		if t, err := http.ParseTime(v); err == nil && t.After(now) {
			return t.Sub(now)
		}
	}
	return 0
}

// excerpt returns at most n bytes of b, cut on a rune boundary, with "..." when cut.
func excerpt(b []byte, n int) string {
	if len(b) <= n {
		return string(b)
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(b[cut]) {
		cut--
	}
	return string(b[:cut]) + "..."
}

// ResponseTooLargeError is returned when a response body exceeds Options.MaxResponseBytes.
type ResponseTooLargeError struct {
	Operation string
	Limit     int64
}

func (e *ResponseTooLargeError) Error() string {
	return fmt.Sprintf("acs: %s: response body exceeds %d bytes (Options.MaxResponseBytes)", e.Operation, e.Limit)
}
