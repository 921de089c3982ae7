package main

import (
	"bytes"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/acsgen/acsgen/acs"
)

// This file builds the requests the load generator sends, as the official SDKs send them
// (darabonba-openapi V3 style: x-acs-* headers, parameters in the query for RPC, a JSON
// body for ROA), once, as bytes.

// Names of the EIAM and RocketMQ calls in the committed specs (specs/*/*.yaml).
const (
	eiamHost     = "eiam.cn-hangzhou.aliyuncs.com"
	eiamVersion  = "2021-12-01"
	rmqHost      = "rocketmq.cn-hangzhou.aliyuncs.com"
	rmqVersion   = "2022-08-01"
	userAgent    = "AlibabaCloud (linux; amd64) Go/go1.26 Core/acsgen-loadtest TeaDSL/2"
	loadAKID     = "loadtest-ak"
	loadAKSecret = "loadtest-secret" // a throwaway key for the mock; never a real credential
)

// call is one HTTP request before it is turned into bytes.
type call struct {
	method string
	path   string     // escaped path
	query  url.Values // encoded sorted
	host   string
	header [][2]string // extra headers, in order
	body   []byte
}

// kinds of request the -mix flag can name.
var mixNames = []string{"get", "create", "roa"}

// callFor returns the call a mix entry stands for. instanceID is the EIAM instance that
// "get" reads; n makes per-request values distinct where the operation needs it.
func callFor(name, instanceID string) (call, error) {
	switch name {
	case "get": // validated RPC read of a stored resource
		return call{method: "POST", path: "/", query: url.Values{"InstanceId": {instanceID}}, host: eiamHost,
			header: [][2]string{{"x-acs-action", "GetInstance"}, {"x-acs-version", eiamVersion}}}, nil
	case "create": // validated RPC write that keeps state
		return call{method: "POST", path: "/", query: url.Values{"Description": {"loadtest instance"}}, host: eiamHost,
			header: [][2]string{{"x-acs-action", "CreateInstance"}, {"x-acs-version", eiamVersion}}}, nil
	case "roa": // validated ROA call with a path parameter and a JSON body
		return call{method: "POST", path: "/instances/rmq-cn-loadtest/accounts", host: rmqHost,
			header: [][2]string{{"x-acs-action", "CreateInstanceAccount"}, {"x-acs-version", rmqVersion},
				{"content-type", "application/json; charset=utf-8"}},
			body: []byte(`{"username":"loadtest-user","password":"loadtest-password"}`)}, nil
	}
	return call{}, fmt.Errorf("unknown mix entry %q (want one of %s)", name, strings.Join(mixNames, ", "))
}

// signer signs calls with V3 (ACS3-HMAC-SHA256); nil means unsigned.
type signer struct{ id, secret string }

// encode renders c as HTTP/1.1 request bytes with the headers an SDK sends. With a signer,
// the request is signed with nonce; unsigned requests still carry x-acs-date, a nonce and
// the payload hash, so that the server parses as many headers as it would for an SDK.
func (c call) encode(s *signer, nonce string, now time.Time) []byte {
	hs := append([][2]string(nil), c.header...)
	hs = append(hs,
		[2]string{"x-acs-date", now.UTC().Format("2006-01-02T15:04:05Z")},
		[2]string{"x-acs-signature-nonce", nonce},
		[2]string{"x-acs-content-sha256", acs.HashPayload(c.body)},
	)
	if s != nil {
		in := acs.SigningInput{Method: c.method, URI: c.path, PayloadHash: acs.HashPayload(c.body)}
		for k, vs := range c.query {
			for _, v := range vs {
				in.Query = append(in.Query, acs.Pair{Key: k, Value: v})
			}
		}
		for _, h := range hs {
			in.Headers = append(in.Headers, acs.Pair{Key: h[0], Value: h[1]})
		}
		in.Headers = append(in.Headers, acs.Pair{Key: "host", Value: c.host})
		hs = append(hs, [2]string{"Authorization", acs.SignV3(&in, s.id, s.secret)})
	}
	var b bytes.Buffer
	target := c.path
	if len(c.query) > 0 {
		target += "?" + c.query.Encode()
	}
	fmt.Fprintf(&b, "%s %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nAccept: application/json\r\n", c.method, target, c.host, userAgent)
	for _, h := range hs {
		fmt.Fprintf(&b, "%s: %s\r\n", h[0], h[1])
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(c.body))
	b.Write(c.body)
	return b.Bytes()
}

// parseMix reads "get=3,roa=1" (weights default to 1) into a schedule of mix names that
// each connection cycles through.
func parseMix(s string) ([]string, error) {
	var sched []string
	weights := map[string]int{}
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, w, hasW := strings.Cut(part, "=")
		n := 1
		if hasW {
			var err error
			n, err = strconv.Atoi(w)
			if err != nil || n < 0 || n > 100 {
				return nil, fmt.Errorf("-mix %q: weight of %s must be 0..100", s, name)
			}
		}
		if _, err := callFor(name, "x"); err != nil {
			return nil, fmt.Errorf("-mix %q: %w", s, err)
		}
		weights[name] += n
	}
	names := make([]string, 0, len(weights))
	for n := range weights {
		names = append(names, n)
	}
	sort.Strings(names)
	// Interleave so that a schedule of get=2,roa=1 is get,roa,get, not get,get,roa.
	for left := true; left; {
		left = false
		for _, n := range names {
			if weights[n] > 0 {
				sched = append(sched, n)
				weights[n]--
				left = true
			}
		}
	}
	if len(sched) == 0 {
		return nil, fmt.Errorf("-mix %q names no requests", s)
	}
	return sched, nil
}
