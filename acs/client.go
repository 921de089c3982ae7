package acs

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	neturl "net/url"
	"strings"
	"time"
)

// RuntimeVersion is the version of this runtime, sent in the User-Agent.
const RuntimeVersion = "0.1.0"

// SigningVersion selects the AccessKey signature scheme.
type SigningVersion int

const (
	// SigningV3 is ACS3-HMAC-SHA256 for RPC and ROA (the default).
	SigningV3 SigningVersion = iota
	// SigningV2 is the legacy RPC HMAC-SHA1 query signature (RPC operations only).
	SigningV2
)

// Middleware wraps the HTTP transport, for logging, tracing or metrics. Each attempt of a
// call passes through it with its final, signed headers.
type Middleware func(next http.RoundTripper) http.RoundTripper

// DefaultMaxResponseBytes bounds response bodies when Options.MaxResponseBytes is 0.
const DefaultMaxResponseBytes = 10 << 20

// Options configures a Client. Only Region or Endpoint is required.
type Options struct {
	// Region picks the endpoint: the host Endpoints documents for it, else
	// <product>.<region>.aliyuncs.com; empty means $ALIBABA_CLOUD_REGION_ID.
	Region string
	// Endpoint overrides the endpoint: "host[:port]" (https) or "http(s)://host[:port]".
	Endpoint string
	// Endpoints is the documented region map of the product the client calls: region ID →
	// host, in Endpoint's forms. Generated clients set it from their spec (x-acs-endpoints)
	// to the regions whose host is not <product>.<region>.aliyuncs.com.
	Endpoints map[string]string
	// Credentials signs AuthAK operations; nil means DefaultProvider (environment, then
	// the aliyun CLI profile file), resolved at each call.
	Credentials Provider
	// BearerToken supplies the token of AuthBearer operations (generated clients have no
	// Authorization field: this is where their token comes from); a Request built by hand
	// may carry its own Authorization header instead.
	BearerToken func(ctx context.Context) (string, error)
	// SignatureVersion selects V3 (default) or V2 (RPC only).
	SignatureVersion SigningVersion
	// HTTPClient sends requests; nil means a new http.Client with http.DefaultTransport.
	HTTPClient *http.Client
	// Timeout bounds each attempt (0: only the context bounds it).
	Timeout time.Duration
	// Middleware wraps the transport; the first element is the outermost.
	Middleware []Middleware
	// UserAgent is appended to "acsgen/<ver> (<product>/<version>)".
	UserAgent string
	Retry     RetryPolicy
	// MaxResponseBytes bounds a response body; 0 means DefaultMaxResponseBytes.
	MaxResponseBytes int64
	// OnDecodeWarning hears about response values that had to be converted because the
	// wire type disagreed with the documented one (see DecodeJSON).
	OnDecodeWarning func(op, field, msg string)
	// Now and Nonce replace the clock and the nonce source (tests).
	Now   func() time.Time
	Nonce func() string
	// Getenv replaces os.LookupEnv (tests).
	Getenv LookupEnv
}

// Client calls Alibaba Cloud APIs. It is safe for concurrent use.
type Client struct {
	opts     Options
	http     *http.Client
	endpoint endpoint // Options.Endpoint, else the region's host in Options.Endpoints
	region   string
	creds    Provider
	maxBody  int64
}

// New checks opts and returns a Client. Credentials are not read here, so a client of
// bearer-only or anonymous operations needs none.
func New(opts Options) (*Client, error) {
	c := &Client{opts: opts, creds: opts.Credentials, maxBody: opts.MaxResponseBytes}
	if opts.Endpoint != "" {
		ep, err := parseEndpoint(opts.Endpoint)
		if err != nil {
			return nil, fmt.Errorf("acs: Options.Endpoint: %w", err)
		}
		c.endpoint = ep
	}
	c.region = opts.Region
	if c.region == "" {
		if v, ok := orOSEnv(opts.Getenv)(EnvRegion); ok {
			c.region = strings.TrimSpace(v)
		}
	}
	if c.region != "" && !ValidRegion(c.region) {
		return nil, fmt.Errorf("acs: Options.Region %q is not a valid region ID (like cn-hangzhou)", c.region)
	}
	if c.endpoint.host == "" && c.region == "" {
		return nil, fmt.Errorf("acs: no endpoint: set Options.Region (or %s) or Options.Endpoint", EnvRegion)
	}
	if h, ok := opts.Endpoints[c.region]; ok && c.endpoint.host == "" {
		ep, err := parseEndpoint(h)
		if err != nil {
			return nil, fmt.Errorf("acs: Options.Endpoints[%q]: %w", c.region, err)
		}
		c.endpoint = ep
	}
	if c.creds == nil {
		c.creds = DefaultProvider(opts.Getenv)
	}
	if c.maxBody <= 0 {
		c.maxBody = DefaultMaxResponseBytes
	}
	base := opts.HTTPClient
	if base == nil {
		base = &http.Client{}
	}
	hc := *base
	rt := hc.Transport
	if rt == nil {
		rt = http.DefaultTransport
	}
	for i := len(opts.Middleware) - 1; i >= 0; i-- {
		rt = opts.Middleware[i](rt)
	}
	hc.Transport = rt
	c.http = &hc
	return c, nil
}

// Response describes a successful call.
type Response struct {
	StatusCode int
	Header     http.Header
	// Body is the raw response body.
	Body []byte
	// Attempts is how many HTTP attempts the call took.
	Attempts int
	// requestID is the error envelope's RequestId, when the response was captured from an
	// *Error (see RequestID).
	requestID string
}

// Do performs op with req and decodes a JSON reply into out (a pointer; nil discards the
// body). A non-2xx reply is an *Error.
func (c *Client) Do(ctx context.Context, op *Operation, req *Request, out any) error {
	_, err := c.Call(ctx, op, req, out)
	return err
}

// prepared is the attempt-independent part of a call.
type prepared struct {
	op          *Operation
	req         *Request
	method      string
	scheme      string
	host        string
	path        string
	query       string // encoded
	body        []byte
	contentType string
	payloadHash string
	userAgent   string
	safe        bool
}

// Call is Do that also returns the response. Generated clients call Do; their callers reach
// the response through WithResponse.
func (c *Client) Call(ctx context.Context, op *Operation, req *Request, out any) (*Response, error) {
	resp, attempts, err := c.call(ctx, op, req, out)
	capture(ctx, resp, err, attempts)
	return resp, err
}

// call is Call; it also returns how many attempts were made.
func (c *Client) call(ctx context.Context, op *Operation, req *Request, out any) (*Response, int, error) {
	if op == nil {
		return nil, 0, errors.New("acs: nil Operation")
	}
	if req == nil {
		req = &Request{}
	}
	p, err := c.prepare(op, req)
	if err != nil {
		return nil, 0, fmt.Errorf("acs: %s: %w", op.Name, err)
	}
	policy := c.opts.Retry
	attempts := policy.maxAttempts()
	var lastErr error
	for attempt := 1; ; attempt++ {
		resp, err := c.attempt(ctx, p)
		if err == nil {
			resp.Attempts = attempt
			if err := c.decode(op, resp, out); err != nil {
				return resp, attempt, err
			}
			return resp, attempt, nil
		}
		lastErr = err
		if attempt >= attempts {
			return nil, attempt, lastErr
		}
		retry, hint := retryDecision(ctx, err, p.safe)
		if !retry {
			return nil, attempt, lastErr
		}
		wait := policy.Backoff(attempt, hint)
		if dl, ok := ctx.Deadline(); ok && c.now().Add(wait).After(dl) {
			return nil, attempt, lastErr
		}
		if err := policy.sleep(ctx, wait); err != nil {
			return nil, attempt, lastErr
		}
	}
}

func (c *Client) now() time.Time {
	if c.opts.Now != nil {
		return c.opts.Now()
	}
	return time.Now()
}

func (c *Client) nonce() string {
	if c.opts.Nonce != nil {
		return c.opts.Nonce()
	}
	var b [32]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func (c *Client) prepare(op *Operation, req *Request) (*prepared, error) {
	p := &prepared{op: op, req: req, method: op.Method, scheme: "https"}
	if p.method == "" {
		p.method = http.MethodPost
	}
	if c.endpoint.host != "" {
		p.scheme, p.host = c.endpoint.scheme, c.endpoint.host
	} else {
		h, err := ProductEndpoint(op.Product, c.region)
		if err != nil {
			return nil, err
		}
		p.host = h
	}
	switch op.Style {
	case ROA:
		path, err := ExpandPath(op.PathPattern, req.Path)
		if err != nil {
			return nil, err
		}
		if !strings.HasPrefix(path, "/") {
			return nil, fmt.Errorf("path pattern %q does not start with '/'", op.PathPattern)
		}
		p.path = path
	case RPC, "":
		p.path = "/"
		if op.PathPattern != "" && op.PathPattern != "/" {
			return nil, fmt.Errorf("RPC operation has path %q, want /", op.PathPattern)
		}
	default:
		return nil, fmt.Errorf("unknown style %q", op.Style)
	}
	if c.opts.SignatureVersion != SigningV2 || !akAuth(op) {
		p.query = req.Query.Encode()
	}
	switch {
	case op.BodyType == BodyJSON:
		if req.Body == nil {
			p.body = []byte("{}")
		} else {
			b, err := json.Marshal(req.Body)
			if err != nil {
				return nil, fmt.Errorf("encode JSON body: %w", err)
			}
			p.body = b
		}
		p.contentType = "application/json; charset=utf-8"
	case op.BodyType == BodyForm || len(req.Form) > 0:
		if len(req.Form) > 0 {
			p.body = []byte(req.Form.Encode())
			p.contentType = "application/x-www-form-urlencoded"
		}
	case op.BodyType != BodyNone:
		return nil, fmt.Errorf("unknown body type %q", op.BodyType)
	}
	if op.BodyType != BodyJSON && req.Body != nil {
		return nil, fmt.Errorf("request has a JSON body but the operation's body type is %q", op.BodyType)
	}
	p.payloadHash = HashPayload(p.body)
	ua := "acsgen/" + RuntimeVersion + " (" + op.Product + "/" + op.Version + ")"
	if c.opts.UserAgent != "" {
		ua += " " + c.opts.UserAgent
	}
	p.userAgent = ua
	p.safe = op.Idempotent || idempotentMethod(p.method) || hasClientToken(req.Query, req.Form, req.Header)
	return p, nil
}

func akAuth(op *Operation) bool { return op.Auth == AuthAK || op.Auth == "" }

// Canonical header keys, set directly to skip canonicalization.
const (
	hAction   = "X-Acs-Action"
	hVersion  = "X-Acs-Version"
	hDate     = "X-Acs-Date"
	hNonce    = "X-Acs-Signature-Nonce"
	hHash     = "X-Acs-Content-Sha256"
	hProvider = "X-Acs-Credentials-Provider"
	hToken    = "X-Acs-Security-Token"
	hAKID     = "X-Acs-Accesskey-Id"
)

// attempt builds, signs and sends one HTTP request and reads its reply. A non-2xx reply
// is returned as *Error.
func (c *Client) attempt(ctx context.Context, p *prepared) (*Response, error) {
	op := p.op
	caller := ctx
	if c.opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.opts.Timeout)
		defer cancel()
	}
	now := c.now().UTC()
	h := make(http.Header, 16)
	for _, kv := range p.req.Header {
		h.Add(kv.Key, kv.Value)
	}
	h["Accept"] = []string{"application/json"}
	h["User-Agent"] = []string{p.userAgent}
	h[hAction] = []string{op.Name}
	h[hVersion] = []string{op.Version}
	h[hNonce] = []string{c.nonce()}
	if p.contentType != "" {
		h["Content-Type"] = []string{p.contentType}
	}
	query := p.query
	switch op.Auth {
	case AuthAK, "":
		creds, err := c.creds.Credentials(ctx)
		if err != nil {
			return nil, fmt.Errorf("acs: %s: credentials: %w", op.Name, err)
		}
		if c.opts.SignatureVersion == SigningV2 {
			if op.Style == ROA {
				return nil, fmt.Errorf("acs: %s: signature V2 is supported for RPC operations only", op.Name)
			}
			h.Del("Authorization")
			query = c.signV2(p, creds, now, h.Get(hNonce))
			break
		}
		date := now.Format("2006-01-02T15:04:05Z")
		h[hDate] = []string{date}
		h[hHash] = []string{p.payloadHash}
		h[hProvider] = []string{creds.providerName()}
		if creds.SecurityToken != "" {
			h[hToken] = []string{creds.SecurityToken}
			h[hAKID] = []string{creds.AccessKeyID}
		}
		h.Del("Authorization")
		headers := make([]Pair, 0, len(h)+1)
		headers = append(headers, Pair{"host", p.host})
		for k, vs := range h {
			for _, v := range vs {
				headers = append(headers, Pair{k, v})
			}
		}
		in := SigningInput{Method: p.method, URI: p.path, Query: p.req.Query, Headers: headers, PayloadHash: p.payloadHash}
		h["Authorization"] = []string{SignV3(&in, creds.AccessKeyID, creds.AccessKeySecret)}
	case AuthBearer:
		token := h.Get("Authorization")
		if token == "" && c.opts.BearerToken != nil {
			t, err := c.opts.BearerToken(ctx)
			if err != nil {
				return nil, fmt.Errorf("acs: %s: bearer token: %w", op.Name, err)
			}
			token = t
		}
		token = strings.TrimSpace(token)
		if token == "" {
			return nil, fmt.Errorf("acs: %s needs a bearer token: set Options.BearerToken", op.Name)
		}
		if len(token) < 7 || !strings.EqualFold(token[:7], "Bearer ") {
			token = "Bearer " + token
		}
		h["Authorization"] = []string{token}
		h["Date"] = []string{now.Format(http.TimeFormat)}
	case AuthAnonymous:
		h["Date"] = []string{now.Format(http.TimeFormat)}
	default:
		return nil, fmt.Errorf("acs: %s: unknown auth type %q", op.Name, op.Auth)
	}

	url := p.scheme + "://" + p.host + p.path
	if query != "" {
		url += "?" + query
	}
	var body io.Reader = http.NoBody
	if len(p.body) > 0 {
		body = bytes.NewReader(p.body)
	} else if p.method == http.MethodGet || p.method == http.MethodHead {
		body = nil
	}
	hr, err := http.NewRequestWithContext(ctx, p.method, url, body)
	if err != nil {
		return nil, fmt.Errorf("acs: %s: build request: %w", op.Name, withoutQuery(err))
	}
	hr.Header = h
	hr.Host = p.host
	resp, err := c.http.Do(hr)
	if err != nil {
		if caller.Err() != nil {
			return nil, fmt.Errorf("acs: %s: %w", op.Name, caller.Err())
		}
		if ctx.Err() != nil {
			// this attempt's own deadline (Options.Timeout), not the caller's: a network
			// failure that a safe call may retry
			return nil, &networkError{op: op.Name, err: fmt.Errorf("attempt timed out after %v: %w", c.opts.Timeout, ctx.Err())}
		}
		return nil, &networkError{op: op.Name, err: withoutQuery(err)}
	}
	defer resp.Body.Close()
	data, err := readLimited(resp.Body, c.maxBody)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			return nil, &ResponseTooLargeError{Operation: op.Name, Limit: c.maxBody}
		}
		if caller.Err() != nil {
			return nil, fmt.Errorf("acs: %s: read response: %w", op.Name, caller.Err())
		}
		if ctx.Err() != nil {
			return nil, &networkError{op: op.Name, err: fmt.Errorf("read response: attempt timed out after %v: %w", c.opts.Timeout, ctx.Err())}
		}
		return nil, &networkError{op: op.Name, err: fmt.Errorf("read response: %w", err)}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, newError(op.Name, resp.StatusCode, resp.Header, data, now)
	}
	return &Response{StatusCode: resp.StatusCode, Header: resp.Header, Body: data}, nil
}

var errTooLarge = errors.New("response too large")

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, errTooLarge
	}
	return buf.Bytes(), nil
}

// signV2 returns the query string of a V2-signed RPC call: the common parameters, the
// operation's query parameters and Signature (form fields are signed but stay in the body).
func (c *Client) signV2(p *prepared, creds Credentials, now time.Time, nonce string) string {
	q := make(Values, 0, len(p.req.Query)+10)
	q.Add("Action", p.op.Name)
	q.Add("Version", p.op.Version)
	q.Add("Format", "JSON")
	q.Add("AccessKeyId", creds.AccessKeyID)
	q.Add("SignatureMethod", "HMAC-SHA1")
	q.Add("SignatureNonce", nonce)
	q.Add("SignatureVersion", "1.0")
	q.Add("Timestamp", now.Format("2006-01-02T15:04:05Z"))
	if creds.SecurityToken != "" {
		q.Add("SecurityToken", creds.SecurityToken)
	}
	q = append(q, p.req.Query...)
	signed := append(append(Values(nil), q...), p.req.Form...)
	q.Add("Signature", SignV2(p.method, signed, creds.AccessKeySecret))
	return q.Encode()
}

func (c *Client) decode(op *Operation, resp *Response, out any) error {
	if out == nil || resp.StatusCode == http.StatusNoContent || len(bytes.TrimSpace(resp.Body)) == 0 {
		return nil
	}
	var warn func(DecodeWarning)
	if c.opts.OnDecodeWarning != nil {
		warn = func(w DecodeWarning) { c.opts.OnDecodeWarning(op.Name, w.Field, w.Message) }
	}
	if err := DecodeJSON(resp.Body, out, warn); err != nil {
		return fmt.Errorf("acs: %s: decode response: %w", op.Name, err)
	}
	return nil
}

// withoutQuery drops the query string from the URL that net/http and net/url put in their
// errors: V2 signing puts Signature= and SecurityToken= there, and errors must never carry a
// signature, token or secret.
func withoutQuery(err error) error {
	var ue *neturl.Error
	if errors.As(err, &ue) {
		if i := strings.IndexAny(ue.URL, "?#"); i >= 0 {
			ue.URL = ue.URL[:i] + "?<query omitted>"
		}
	}
	return err
}
