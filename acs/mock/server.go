package mock

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/acsgen/acsgen/opspec"
)

// ControlPrefix is the reserved path prefix of the control API.
const ControlPrefix = "/_acsgen/"

// Server is a mock of one or more product versions. It is safe for concurrent use.
type Server struct {
	cfg         config
	t           *table
	verifySigs  bool
	checkBearer bool

	store   *store
	nonces  *nonceCache
	journal *journal
	faults  *faultSet
	idem    *idemStore
	ids     *lockedRNG
	counter atomic.Uint64
	// resetMu orders Reset against requests that create state.
	resetMu sync.RWMutex
	// behaviours are the names of the behaviours in use.
	behaviours []string
}

// New compiles specs into a Server. Every operation's response template is built and
// checked against its schema here, so requests never walk the specs.
func New(specs []*opspec.Spec, opts ...Option) (*Server, error) {
	cfg := defaultConfig()
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.journalSize < 0 || cfg.nonceSize <= 0 {
		return nil, errors.New("mock: journal and nonce sizes must be positive")
	}
	s := &Server{
		cfg:     cfg,
		t:       newTable(),
		store:   newStore(),
		nonces:  newNonceCache(cfg.nonceSize, cfg.maxSkew),
		journal: newJournal(cfg.journalSize),
		faults:  newFaultSet(cfg.seed),
		idem:    newIdemStore(),
		ids:     &lockedRNG{r: newRNG(cfg.seed, "ids")},
	}
	s.verifySigs = len(cfg.keys) > 0
	s.checkBearer = true
	if cfg.verify != nil {
		s.verifySigs = *cfg.verify && len(cfg.keys) > 0
		s.checkBearer = *cfg.verify
	}
	seen := map[string]bool{}
	for i, spec := range specs {
		if spec == nil {
			return nil, fmt.Errorf("mock: spec %d is nil", i)
		}
		id := lowerKey(spec.Product) + "/" + spec.Version
		if seen[id] {
			return nil, fmt.Errorf("mock: %s %s is given twice", spec.Product, spec.Version)
		}
		seen[id] = true
		hosts := spec.HostRegions()
		var routes []*route
		for _, op := range spec.Operations {
			if op == nil || op.OverviewOnly {
				continue
			}
			rt, err := s.compile(spec, op)
			if err != nil {
				return nil, fmt.Errorf("mock: %s %s %s: %w", spec.Product, spec.Version, op.Name, err)
			}
			rt.hosts = hosts
			routes = append(routes, rt)
		}
		inferKinds(routes)
		finishResources(routes, cfg.stateless)
		for _, rt := range routes {
			s.t.add(rt)
		}
	}
	for k := range cfg.handlers {
		found := false
		for _, rt := range s.t.all {
			if rt.product == k.product && rt.spec.Version == k.version && rt.op.Name == k.op {
				rt.handler, found = cfg.handlers[k], true
			}
		}
		if !found {
			return nil, fmt.Errorf("mock: handler for %s %s %s: no such operation", k.product, k.version, k.op)
		}
	}
	s.applyBehaviours()
	s.t.finish()
	return s, nil
}

func (s *Server) compile(spec *opspec.Spec, op *opspec.Operation) (*route, error) {
	rt := &route{
		spec: spec, op: op, product: lowerKey(spec.Product),
		style: op.Style, auth: spec.EffectiveAuth(op), method: strings.ToUpper(op.Method),
		byName: map[string]*param{}, byLow: map[string]*param{},
	}
	if rt.style == "" {
		rt.style = spec.Style
	}
	if rt.style == "" {
		rt.style = opspec.RPC
	}
	if rt.method == "" {
		rt.method = "POST"
	}
	if rt.style == opspec.ROA {
		p := op.Path
		if !strings.HasPrefix(p, "/") {
			return nil, fmt.Errorf("ROA path %q does not start with /", p)
		}
		segs, err := splitPath(p)
		if err != nil {
			return nil, err
		}
		rt.segs = segs
		for _, sg := range segs {
			if strings.HasPrefix(sg, "{") && strings.HasSuffix(sg, "}") {
				rt.nParams++
			}
		}
	}
	for _, p := range op.Params {
		if p == nil || p.Name == "" {
			continue
		}
		cp := &param{name: p.Name, low: strings.ToLower(p.Name), in: p.In, req: p.Required || p.In == opspec.InPath, n: compileSchema(p.Schema), json: p.JSONText(), lists: listFormOf(rt.style, p.In)}
		if _, dup := rt.byName[cp.name]; dup {
			continue
		}
		rt.params = append(rt.params, cp)
		rt.byName[cp.name] = cp
		if _, dup := rt.byLow[cp.low]; !dup {
			rt.byLow[cp.low] = cp
		}
		if cp.low == "clienttoken" {
			rt.clientToken = cp
		}
		if cp.in == opspec.InWholeBody && rt.whole == nil {
			rt.whole = cp
		}
	}
	rt.resp = compileSchema(op.Response)
	ex, hasEx := parseExample(op.ResponseExample)
	r := newRNG(s.cfg.seed, rt.product+"/"+spec.Version+"/"+op.Name)
	t := buildTemplate(rt.resp, ex, hasEx, r, "", 0)
	if err := rt.resp.validate(t); err != nil {
		t = buildTemplate(rt.resp, nil, false, r, "", 0)
		if err2 := rt.resp.validate(t); err2 != nil {
			return nil, fmt.Errorf("generated response does not fit the response schema: %v", err2)
		}
	}
	rt.tmplAny = t
	rt.header = responseHeaders(op, newRNG(s.cfg.seed, rt.product+"/"+spec.Version+"/"+op.Name+"/headers"))
	if m, ok := t.(map[string]any); ok {
		rt.tmpl = m
	}
	if op.Response == nil {
		rt.tmpl = map[string]any{}
		rt.tmplAny = rt.tmpl
		rt.reqIDField = "RequestId"
		if rt.style == opspec.ROA {
			rt.reqIDField = "requestId"
		}
	} else if p := rt.resp.prop("requestid"); p != nil && (p.n.typ == "string" || p.n.typ == "") && len(p.n.k.Enum) == 0 {
		rt.reqIDField = p.name
	}
	if rt.tmpl != nil {
	}
	return rt, nil
}

// NewHTTPServer is the net/http server a standalone mock runs behind (gen serve, the load
// test): read, write, idle and header timeouts and a header size limit, so that slow or
// silent clients cannot hold connections for ever (bodies are bounded by WithMaxBody).
func NewHTTPServer(h http.Handler) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
}

// exchange is what the pipeline knows about one request as it goes.
type exchange struct {
	rt        *route
	reqID     string
	status    int
	code      string
	account   string
	region    string
	params    map[string]any
	operation string
	// warnings: what the mock guessed reading the request (journaled and logged)
	warnings []string
	// drop: a drop fault picked this request; the connection closes once it is journaled.
	drop bool
}

// ServeHTTP answers one request; see the package doc for the pipeline.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Body == nil { // a handler called directly (as a client transport, say) may get none
		r.Body = http.NoBody
	}
	if strings.HasPrefix(r.URL.Path, ControlPrefix) {
		s.control(w, r)
		return
	}
	start := time.Now()
	n := s.counter.Add(1)
	// The request is journaled before the first byte of its answer leaves (and before a
	// dropped connection closes), so a client that has seen the answer always finds the
	// request in the journal, in the order the answers were given.
	jw := &journalingWriter{ResponseWriter: w, s: s, r: r, seq: n}
	ex := &jw.ex
	ex.reqID = requestID(s.cfg.seed, n)
	s.serve(jw, r, ex)
	jw.record()
	if s.cfg.logf != nil {
		e := LogEntry{Method: r.Method, Path: r.URL.Path, Status: ex.status, Code: ex.code, Duration: time.Since(start), Warnings: ex.warnings}
		if ex.rt != nil {
			e.Product, e.Operation = ex.rt.spec.Product, ex.rt.op.Name
		}
		s.cfg.logf(e)
	}
	if ex.drop {
		s.dropConnection(w, r)
	}
}

// journalingWriter records the request in the journal just before its answer is written.
// It carries the request's exchange, so that one allocation serves both.
type journalingWriter struct {
	http.ResponseWriter
	s        *Server
	r        *http.Request
	seq      uint64
	ex       exchange
	recorded bool
}

// record journals the request once.
func (w *journalingWriter) record() {
	if w.recorded {
		return
	}
	w.recorded = true
	ex := &w.ex
	if ex.status == 0 { // connection dropped
		ex.status = -1
	}
	entry := Request{
		Seq: w.seq, Method: w.r.Method, Path: w.r.URL.Path, RequestID: ex.reqID, Status: ex.status, Code: ex.code,
		Account: ex.account, Region: ex.region, Params: ex.params, Warnings: ex.warnings,
	}
	if ex.rt != nil {
		entry.Product, entry.Version, entry.Operation = ex.rt.spec.Product, ex.rt.spec.Version, ex.rt.op.Name
	}
	w.s.journal.add(entry)
}

func (w *journalingWriter) WriteHeader(code int) {
	w.record()
	w.ResponseWriter.WriteHeader(code)
}

func (w *journalingWriter) Write(b []byte) (int, error) {
	w.record()
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *journalingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) serve(w http.ResponseWriter, r *http.Request, ex *exchange) {
	raw, err := readBody(r, s.cfg.maxBody)
	if err != nil {
		// 413 only for a body over the limit; a truncated or malformed body is the
		// client's framing error
		status := http.StatusBadRequest
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			status = http.StatusRequestEntityTooLarge
		}
		s.writeError(w, r, ex, Errorf(status, "InvalidParameter", "InvalidParameter: request body: %v", err))
		return
	}
	query, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		s.writeError(w, r, ex, Errorf(http.StatusBadRequest, "InvalidParameter", "InvalidParameter: query string: %v", err))
		return
	}
	ct := r.Header.Get("Content-Type")
	rt, pathVals, e := s.route(r, query, ct, raw)
	ex.rt = rt
	if e != nil {
		s.writeError(w, r, ex, e)
		return
	}
	account, e := s.authenticate(r, query, raw, rt)
	ex.account = account
	if e != nil {
		s.writeError(w, r, ex, e)
		return
	}
	ex.region = regionOf(query, r.Host, rt.hosts)
	if f := s.faults.pick(rt); f != nil {
		if s.applyFault(w, r, ex, f) {
			return
		}
	}
	b, e := decodeBody(ct, raw, rt.style == opspec.ROA, rt.whole)
	if e != nil {
		s.writeError(w, r, ex, e)
		return
	}
	params, e := rt.rawParams(query, b, headerValue(r.Header), pathVals, &ex.warnings)
	if e != nil {
		s.writeError(w, r, ex, e)
		return
	}
	e = rt.validate(params, &ex.warnings)
	ex.params = params
	if e != nil {
		s.writeError(w, r, ex, e)
		return
	}
	if ex.region == "" {
		if v, ok := lookupFold(params, "regionId"); ok {
			ex.region, _ = v.(string)
		}
	}
	call := &Call{
		Product: rt.spec.Product, Version: rt.spec.Version, Operation: rt.op.Name,
		Account: ex.account, Region: ex.region, RequestID: ex.reqID, Params: params, Header: r.Header,
		srv: s, rt: rt,
	}
	buf := getBuf()
	defer putBuf(buf)
	body, e := s.answer(r.Context(), rt, call, buf)
	if e != nil {
		s.writeError(w, r, ex, e)
		return
	}
	ex.status = http.StatusOK
	h := w.Header()
	for k, v := range rt.header {
		h[k] = v
	}
	h["Content-Type"] = jsonContentType
	h["X-Acs-Request-Id"] = []string{ex.reqID} // h.Set("x-acs-request-id") without canonicalizing
	w.WriteHeader(http.StatusOK)
	w.Write(body)
}

// jsonContentType is the Content-Type of every answer (shared: header values are only read).
var jsonContentType = []string{"application/json;charset=utf-8"}

// answer runs the handler or the generated behaviour, with ClientToken idempotency. The
// answer is encoded into buf; what it returns is valid until buf is reused.
func (s *Server) answer(ctx context.Context, rt *route, c *Call, buf *bytes.Buffer) ([]byte, *Error) {
	run := func() ([]byte, *Error) {
		s.resetMu.RLock()
		defer s.resetMu.RUnlock()
		var v any
		var err error
		if rt.handler != nil {
			c.def = func() (any, error) { return s.behave(rt, c) }
			v, err = rt.handler(context.WithValue(ctx, callKey{}, c), c)
			if errors.Is(err, ErrFallthrough) {
				v, err = s.behave(rt, c)
			} else if err == nil {
				v = withRequestID(v, rt.reqIDField, c.RequestID)
			}
		} else {
			v, err = s.behave(rt, c)
		}
		if err != nil {
			return nil, asError(err)
		}
		buf.Reset()
		if err := encodeInto(buf, v); err != nil {
			return nil, errInternal()
		}
		return buf.Bytes(), nil
	}
	if rt.clientToken == nil {
		return run()
	}
	tok, _ := c.Params[rt.clientToken.name].(string)
	if tok == "" {
		return run()
	}
	kept := func() ([]byte, *Error) { // the store keeps the answer for replays: not buf's bytes
		b, e := run()
		return bytes.Clone(b), e
	}
	return s.idem.do(idemKey{c.Account, c.Region, rt.product, rt.spec.Version, rt.op.Name, tok}, s.cfg.now(), c.Params, rt.clientToken.name, kept)
}

// withRequestID fills the request ID field of a handler's answer when it left it empty.
func withRequestID(v any, field, id string) any {
	if field == "" {
		return v
	}
	m, ok := v.(map[string]any)
	if !ok {
		b, err := encodeJSON(v)
		if err != nil {
			return v
		}
		if d, ok := decodeJSONValue(string(b)); ok {
			m, _ = d.(map[string]any)
		}
	}
	if m == nil {
		return v
	}
	if cur, _ := m[field].(string); cur == "" {
		m[field] = id
	}
	return m
}

// regionOf reads the region from the RegionId parameter, else from the endpoint host: a
// host the spec documents (hosts, from opspec.Spec.HostRegions: "ims.aliyuncs.com",
// "ecs-cn-hangzhou.aliyuncs.com"), else one of the pattern <product>.<region>.aliyuncs.com
// ("eiam.cn-hangzhou.aliyuncs.com").
func regionOf(q url.Values, host string, hosts map[string]string) string {
	for _, k := range []string{"RegionId", "regionId"} {
		if v := q.Get(k); v != "" {
			return v
		}
	}
	h, _, _ := strings.Cut(host, ":")
	h = strings.ToLower(h)
	if r, ok := hosts[h]; ok {
		return r
	}
	if rest, ok := strings.CutSuffix(h, ".aliyuncs.com"); ok {
		if i := strings.LastIndexByte(rest, '.'); i >= 0 { // at least two labels: the last
			return rest[i+1:]
		}
	}
	return ""
}

// headerValue reads a header parameter: the values of all the request's fields of the name,
// joined with commas, which HTTP holds the same as one field (RFC 9110, 5.3), so a second
// field is not dropped.
func headerValue(h http.Header) func(string) string {
	return func(name string) string { return strings.Join(h.Values(name), ",") }
}
