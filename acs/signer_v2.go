package acs

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"slices"
	"strings"
)

// Signature V2 for RPC APIs (HMAC-SHA1 over the sorted parameters). Alibaba documents it as
// discontinued but still accepted; the client uses it only when Options.SignatureVersion is
// SigningV2, and the mock runtime verifies it with VerifyV2.

// StringToSignV2 returns METHOD + "&%2F&" + pe(canonicalized query) where the canonicalized
// query is every parameter (common, query and form ones, Signature excluded) sorted by key,
// "pe(k)=pe(v)" joined by '&'.
func StringToSignV2(method string, params []Pair) string {
	sorted := slices.Clone(params)
	slices.SortFunc(sorted, comparePairs)
	var q strings.Builder
	q.Grow(256)
	for _, p := range sorted {
		if p.Key == "Signature" {
			continue
		}
		if q.Len() > 0 {
			q.WriteByte('&')
		}
		appendPercentEncoded(&q, p.Key)
		q.WriteByte('=')
		appendPercentEncoded(&q, p.Value)
	}
	return method + "&%2F&" + PercentEncode(q.String())
}

// SignatureV2 returns Base64(HMAC-SHA1(secret + "&", stringToSign)).
func SignatureV2(secret, stringToSign string) string {
	m := hmac.New(sha1.New, []byte(secret+"&"))
	m.Write([]byte(stringToSign))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// SignV2 returns the Signature parameter for params sent with method.
func SignV2(method string, params []Pair, accessKeySecret string) string {
	return SignatureV2(accessKeySecret, StringToSignV2(method, params))
}
