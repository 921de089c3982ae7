package acs

import (
	"crypto/subtle"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"
)

// SignatureError is why a request failed signature verification. Code is the error code
// Alibaba Cloud's gateway answers with, so a mock server can put it straight into its
// error envelope.
type SignatureError struct {
	// Code is IncompleteSignature, SignatureDoesNotMatch or InvalidAccessKeyId.NotFound.
	Code    string
	Message string
	// StringToSign is the server-side string to sign when it got that far (it holds no
	// secret; Alibaba's gateway echoes it to help debugging).
	StringToSign string
}

func (e *SignatureError) Error() string { return e.Code + ": " + e.Message }

func sigErr(code, format string, args ...any) *SignatureError {
	return &SignatureError{Code: code, Message: fmt.Sprintf(format, args...)}
}

// SecretLookup returns the AccessKey secret of an AccessKey ID, ok=false when unknown.
type SecretLookup func(accessKeyID string) (secret string, ok bool)

// Verify checks the signature of r, whichever version it uses: V3 when the Authorization
// header starts with ACS3-HMAC-SHA256, V2 when the query carries Signature. body is the
// request body already read by the caller.
func Verify(r *http.Request, body []byte, lookup SecretLookup) error {
	if strings.HasPrefix(r.Header.Get("Authorization"), AlgorithmV3+" ") {
		return VerifyV3(r, body, lookup)
	}
	if r.URL.Query().Has("Signature") {
		return VerifyV2(r, body, lookup)
	}
	return sigErr("IncompleteSignature", "the request is not signed (no %s Authorization header, no Signature parameter)", AlgorithmV3)
}

// ParseAuthorizationV3 splits "ACS3-HMAC-SHA256 Credential=..,SignedHeaders=..,Signature=..".
func ParseAuthorizationV3(v string) (accessKeyID, signedHeaders, signature string, err error) {
	rest, ok := strings.CutPrefix(v, AlgorithmV3+" ")
	if !ok {
		return "", "", "", sigErr("IncompleteSignature", "Authorization does not start with %q", AlgorithmV3)
	}
	for part := range strings.SplitSeq(rest, ",") {
		k, val, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch k {
		case "Credential":
			accessKeyID = val
		case "SignedHeaders":
			signedHeaders = val
		case "Signature":
			signature = val
		}
	}
	switch {
	case accessKeyID == "":
		err = sigErr("IncompleteSignature", "Authorization has no Credential")
	case signedHeaders == "":
		err = sigErr("IncompleteSignature", "Authorization has no SignedHeaders")
	case signature == "":
		err = sigErr("IncompleteSignature", "Authorization has no Signature")
	}
	return
}

// VerifyV3 recomputes the ACS3-HMAC-SHA256 signature of r (a server-side request, or a
// client-side one before it is sent) and compares it with the Authorization header. It
// also checks that x-acs-content-sha256 is the hash of body, that host, x-acs-date,
// x-acs-signature-nonce and every x-acs-* header present are signed. Date skew and nonce
// reuse are the caller's policy.
func VerifyV3(r *http.Request, body []byte, lookup SecretLookup) error {
	akid, signedList, gotSig, err := ParseAuthorizationV3(r.Header.Get("Authorization"))
	if err != nil {
		return err
	}
	secret, ok := lookup(akid)
	if !ok {
		return sigErr("InvalidAccessKeyId.NotFound", "Specified access key is not found.")
	}
	hash := r.Header.Get("X-Acs-Content-Sha256")
	if hash == "" {
		return sigErr("IncompleteSignature", "header x-acs-content-sha256 is missing")
	}
	if want := HashPayload(body); hash != want {
		return sigErr("SignatureDoesNotMatch", "x-acs-content-sha256 is not the SHA-256 of the request body")
	}
	signed := strings.Split(signedList, ";")
	isSigned := make(map[string]bool, len(signed))
	for _, name := range signed {
		isSigned[name] = true
	}
	for _, must := range []string{"host", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"} {
		if !isSigned[must] {
			return sigErr("IncompleteSignature", "header %s is not in SignedHeaders", must)
		}
	}
	for name := range r.Header {
		if l := strings.ToLower(name); strings.HasPrefix(l, "x-acs-") && !isSigned[l] {
			return sigErr("IncompleteSignature", "header %s is sent but not in SignedHeaders", l)
		}
	}
	headers := make([]Pair, 0, len(signed)+2)
	for _, name := range signed {
		if name != strings.ToLower(name) {
			return sigErr("IncompleteSignature", "SignedHeaders name %q is not lower case", name)
		}
		if name == "host" {
			headers = append(headers, Pair{"host", requestHost(r)})
			continue
		}
		if !(name == "content-type" || strings.HasPrefix(name, "x-acs-")) {
			continue // other headers are not part of the canonical request
		}
		vals := r.Header.Values(name)
		if len(vals) == 0 {
			return sigErr("IncompleteSignature", "signed header %s is missing", name)
		}
		for _, v := range vals {
			headers = append(headers, Pair{name, v})
		}
	}
	query, err := parseQueryPairs(rawQuery(r))
	if err != nil {
		return sigErr("IncompleteSignature", "query string: %v", err)
	}
	in := SigningInput{Method: r.Method, URI: rawPath(r), Query: query, Headers: headers, PayloadHash: hash}
	canonical, signedHeaders := CanonicalRequestV3(&in)
	sts := StringToSignV3(canonical)
	if signedHeaders != signedList {
		return &SignatureError{Code: "IncompleteSignature", StringToSign: sts,
			Message: fmt.Sprintf("SignedHeaders %q is not sorted, has duplicates or names headers outside host, content-type and x-acs-* (canonical: %q)", signedList, signedHeaders)}
	}
	want := SignatureV3(secret, sts)
	if subtle.ConstantTimeCompare([]byte(want), []byte(gotSig)) != 1 {
		return &SignatureError{Code: "SignatureDoesNotMatch", StringToSign: sts,
			Message: "Specified signature is not matched with our calculation."}
	}
	return nil
}

// VerifyV2 checks an RPC V2 (HMAC-SHA1) signature: every query parameter and, for a form
// body, every form field is signed; the Signature query parameter must match.
func VerifyV2(r *http.Request, body []byte, lookup SecretLookup) error {
	params, err := parseQueryPairs(rawQuery(r))
	if err != nil {
		return sigErr("IncompleteSignature", "query string: %v", err)
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "application/x-www-form-urlencoded" {
		form, err := parseQueryPairs(string(body))
		if err != nil {
			return sigErr("IncompleteSignature", "form body: %v", err)
		}
		params = append(params, form...)
	}
	get := func(k string) string {
		for _, p := range params {
			if p.Key == k {
				return p.Value
			}
		}
		return ""
	}
	sig, akid := get("Signature"), get("AccessKeyId")
	switch {
	case sig == "":
		return sigErr("IncompleteSignature", "parameter Signature is missing")
	case akid == "":
		return sigErr("IncompleteSignature", "parameter AccessKeyId is missing")
	case get("SignatureMethod") != "HMAC-SHA1":
		return sigErr("IncompleteSignature", "SignatureMethod must be HMAC-SHA1")
	}
	secret, ok := lookup(akid)
	if !ok {
		return sigErr("InvalidAccessKeyId.NotFound", "Specified access key is not found.")
	}
	sts := StringToSignV2(r.Method, params)
	if subtle.ConstantTimeCompare([]byte(SignatureV2(secret, sts)), []byte(sig)) != 1 {
		return &SignatureError{Code: "SignatureDoesNotMatch", StringToSign: sts,
			Message: "Specified signature is not matched with our calculation."}
	}
	return nil
}

func requestHost(r *http.Request) string {
	if r.Host != "" {
		return r.Host
	}
	return r.URL.Host
}

// rawPath is the path as sent: RequestURI on a server, the escaped URL path on a client.
func rawPath(r *http.Request) string {
	if r.RequestURI != "" && r.RequestURI != "*" {
		p, _, _ := strings.Cut(r.RequestURI, "?")
		if !strings.HasPrefix(p, "/") { // absolute-form request target
			if u, err := url.Parse(r.RequestURI); err == nil {
				return u.EscapedPath()
			}
		}
		return p
	}
	return r.URL.EscapedPath()
}

func rawQuery(r *http.Request) string { return r.URL.RawQuery }

// parseQueryPairs decodes "k=v&k=v" keeping duplicates; '+' is a space.
func parseQueryPairs(s string) ([]Pair, error) {
	var out []Pair
	for part := range strings.SplitSeq(s, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		dk, err := url.QueryUnescape(k)
		if err != nil {
			return nil, fmt.Errorf("key %q: %w", k, err)
		}
		dv, err := url.QueryUnescape(v)
		if err != nil {
			return nil, fmt.Errorf("value of %q: %w", dk, err)
		}
		out = append(out, Pair{dk, dv})
	}
	return out, nil
}
