package acs

import (
	"cmp"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
)

// AlgorithmV3 is the name of Alibaba Cloud's V3 signature algorithm.
const AlgorithmV3 = "ACS3-HMAC-SHA256"

// EmptyPayloadHash is HashPayload(nil): the x-acs-content-sha256 of a request without a body.
const EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

// SigningInput is what a V3 signature covers. Both the client (to sign) and a server
// (to verify) fill it from their view of the request.
type SigningInput struct {
	// Method is the HTTP method, upper case ("POST").
	Method string
	// URI is the path exactly as sent, already percent-encoded ("/" for RPC,
	// "/instances/a%2Fb" for ROA). Empty means "/".
	URI string
	// Query holds the decoded query parameters; order and duplicates do not matter.
	Query []Pair
	// Headers holds request headers; names in any case. Only host, content-type and
	// x-acs-* take part; repeated names are merged ("a,b" after sorting the values).
	Headers []Pair
	// PayloadHash is HashPayload(body), the value of x-acs-content-sha256.
	PayloadHash string
}

// HashPayload returns the lower-case hex SHA-256 of body.
func HashPayload(body []byte) string {
	if len(body) == 0 {
		return EmptyPayloadHash
	}
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}

// CanonicalRequestV3 builds the V3 canonical request of in and returns it with the
// SignedHeaders list (lower-case names joined by ';').
func CanonicalRequestV3(in *SigningInput) (canonical, signedHeaders string) {
	hs := canonicalHeaderPairs(in.Headers)
	var b strings.Builder
	b.Grow(512)
	b.WriteString(in.Method)
	b.WriteByte('\n')
	b.WriteString(canonicalURI(in.URI))
	b.WriteByte('\n')
	writeCanonicalQuery(&b, in.Query)
	b.WriteByte('\n')
	for i, h := range hs {
		if i > 0 && h.Key == hs[i-1].Key {
			b.WriteByte(',') // repeated header: values merged, already sorted
		} else {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(h.Key)
			b.WriteByte(':')
		}
		b.WriteString(h.Value)
	}
	if len(hs) > 0 {
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	signedStart := b.Len()
	for i, h := range hs {
		if i > 0 && h.Key == hs[i-1].Key {
			continue
		}
		if i > 0 {
			b.WriteByte(';')
		}
		b.WriteString(h.Key)
	}
	signedEnd := b.Len()
	b.WriteByte('\n')
	b.WriteString(in.PayloadHash)
	s := b.String()
	return s, s[signedStart:signedEnd]
}

// StringToSignV3 returns "ACS3-HMAC-SHA256\n" + hex(SHA-256(canonical)).
func StringToSignV3(canonical string) string {
	sum := sha256.Sum256([]byte(canonical))
	var buf [len(AlgorithmV3) + 1 + 64]byte
	n := copy(buf[:], AlgorithmV3)
	buf[n] = '\n'
	hex.Encode(buf[n+1:], sum[:])
	return string(buf[:])
}

// SignatureV3 returns hex(HMAC-SHA256(secret, stringToSign)).
func SignatureV3(secret, stringToSign string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(stringToSign))
	var sum [sha256.Size]byte
	return hex.EncodeToString(m.Sum(sum[:0]))
}

// AuthorizationV3 formats the Authorization header value.
func AuthorizationV3(accessKeyID, signedHeaders, signature string) string {
	return AlgorithmV3 + " Credential=" + accessKeyID + ",SignedHeaders=" + signedHeaders + ",Signature=" + signature
}

// SignV3 signs in and returns the Authorization header value.
func SignV3(in *SigningInput, accessKeyID, accessKeySecret string) string {
	canonical, signed := CanonicalRequestV3(in)
	return AuthorizationV3(accessKeyID, signed, SignatureV3(accessKeySecret, StringToSignV3(canonical)))
}

// canonicalURI applies the SDK's last-step replacements to an already encoded path.
func canonicalURI(uri string) string {
	if uri == "" {
		return "/"
	}
	if strings.ContainsAny(uri, "+*") || strings.Contains(uri, "%7E") {
		uri = strings.NewReplacer("+", "%20", "*", "%2A", "%7E", "~").Replace(uri)
	}
	return uri
}

// writeCanonicalQuery writes the pairs sorted by key (then value), percent-encoded, "k=v"
// joined by '&'; a parameter without a value is "k=".
func writeCanonicalQuery(b *strings.Builder, q []Pair) {
	if len(q) == 0 {
		return
	}
	sorted := q
	if !slices.IsSortedFunc(q, comparePairs) {
		sorted = slices.Clone(q)
		slices.SortFunc(sorted, comparePairs)
	}
	for i, p := range sorted {
		if i > 0 {
			b.WriteByte('&')
		}
		appendPercentEncoded(b, p.Key)
		b.WriteByte('=')
		appendPercentEncoded(b, p.Value)
	}
}

func comparePairs(a, b Pair) int {
	if c := strings.Compare(a.Key, b.Key); c != 0 {
		return c
	}
	return cmp.Compare(a.Value, b.Value)
}

// canonicalHeaderPairs keeps host, content-type and x-acs-* headers, lower-cases names,
// trims values and sorts by name then value.
func canonicalHeaderPairs(headers []Pair) []Pair {
	out := make([]Pair, 0, len(headers))
	for _, h := range headers {
		name := strings.ToLower(h.Key)
		if name == "host" || name == "content-type" || strings.HasPrefix(name, "x-acs-") {
			out = append(out, Pair{name, strings.TrimSpace(h.Value)})
		}
	}
	slices.SortFunc(out, comparePairs)
	return out
}
