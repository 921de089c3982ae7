package mock

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// FaultKind is what a fault does to a request.
type FaultKind string

const (
	// FaultError answers with an error code: Code when set (its status and message from
	// the operation's error table when documented), else one of the operation's documented
	// errors chosen by the seeded generator, else InternalError.
	FaultError FaultKind = "error"
	// FaultThrottle answers Throttling.User (HTTP 400) with x-ratelimit-user and
	// x-acs-retry-after wait hints of RetryAfter.
	FaultThrottle FaultKind = "throttle"
	// FaultLatency delays the request by Latency, then serves it normally.
	FaultLatency FaultKind = "latency"
	// FaultDrop closes the connection without an answer.
	FaultDrop FaultKind = "drop"
)

// Fault is a rule injecting a failure into matching requests.
type Fault struct {
	ID int `json:"id,omitempty"` // assigned by AddFault
	// Product, Version and Operation select requests; empty matches any. Product is
	// compared case-insensitively.
	Product   string    `json:"product,omitempty"`
	Version   string    `json:"version,omitempty"`
	Operation string    `json:"operation,omitempty"`
	Kind      FaultKind `json:"kind"`
	Code      string    `json:"code,omitempty"`
	Status    int       `json:"status,omitempty"`
	Message   string    `json:"message,omitempty"`
	// Latency is the delay of a FaultLatency ("250ms" in JSON).
	Latency Duration `json:"latency,omitempty"`
	// RetryAfter is the wait hint of a FaultThrottle (default 1s).
	RetryAfter Duration `json:"retryAfter,omitempty"`
	// Probability in (0,1] applies the fault to that share of matching requests, drawn
	// from the seeded generator; 0 means always.
	Probability float64 `json:"probability,omitempty"`
	// Times limits how many requests the fault hits; 0 means no limit.
	Times int `json:"times,omitempty"`

	hits int
}

// Duration is a time.Duration that reads and writes JSON as "1.5s" (or a number of ns).
type Duration time.Duration

func (d Duration) MarshalJSON() ([]byte, error) {
	return []byte(strconv.Quote(time.Duration(d).String())), nil
}

func (d *Duration) UnmarshalJSON(b []byte) error {
	s := string(b)
	if uq, err := strconv.Unquote(s); err == nil {
		v, err := time.ParseDuration(uq)
		if err != nil {
			return fmt.Errorf("duration %q: %w", uq, err)
		}
		*d = Duration(v)
		return nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return fmt.Errorf("duration %s: want \"250ms\" or nanoseconds", s)
	}
	*d = Duration(n)
	return nil
}

func (f *Fault) check() error {
	switch f.Kind {
	case FaultError, FaultThrottle, FaultDrop:
	case FaultLatency:
		if f.Latency <= 0 {
			return fmt.Errorf("latency fault needs a positive latency")
		}
	default:
		return fmt.Errorf("fault kind %q: want error, throttle, latency or drop", f.Kind)
	}
	if f.Probability < 0 || f.Probability > 1 {
		return fmt.Errorf("fault probability %v: want 0 to 1", f.Probability)
	}
	if f.Status != 0 && (f.Status < 400 || f.Status > 599) {
		return fmt.Errorf("fault status %d: want 400 to 599", f.Status)
	}
	return nil
}

func (f *Fault) matches(rt *route) bool {
	return (f.Product == "" || strings.EqualFold(f.Product, rt.spec.Product)) &&
		(f.Version == "" || f.Version == rt.spec.Version) &&
		(f.Operation == "" || f.Operation == rt.op.Name)
}

type faultSet struct {
	mu     sync.Mutex
	rules  []*Fault
	nextID int
	rnd    *rng
	seed   uint64
}

func newFaultSet(seed uint64) *faultSet { return &faultSet{rnd: newRNG(seed, "faults"), seed: seed} }

func (fs *faultSet) add(f Fault) (int, error) {
	if err := f.check(); err != nil {
		return 0, err
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.nextID++
	f.ID, f.hits = fs.nextID, 0
	fs.rules = append(fs.rules, &f)
	return f.ID, nil
}

func (fs *faultSet) list() []Fault {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	out := make([]Fault, len(fs.rules))
	for i, f := range fs.rules {
		out[i] = *f
	}
	return out
}

func (fs *faultSet) clear() {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.rules = nil
	fs.rnd = newRNG(fs.seed, "faults")
}

// pick returns a copy of the first fault that applies to a request to rt, or nil.
func (fs *faultSet) pick(rt *route) *Fault {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	for _, f := range fs.rules {
		if !f.matches(rt) || f.Times > 0 && f.hits >= f.Times {
			continue
		}
		if f.Probability > 0 && f.Probability < 1 && fs.rnd.float() >= f.Probability {
			continue
		}
		f.hits++
		c := *f
		if c.Kind == FaultError && c.Code == "" && len(rt.op.Errors) > 0 {
			e := rt.op.Errors[fs.rnd.intn(len(rt.op.Errors))]
			c.Code, c.Status, c.Message = e.Code, e.HTTPStatus, e.Message
		}
		return &c
	}
	return nil
}

// applyFault acts out a fault; true when the request is finished (answered or dropped).
func (s *Server) applyFault(w http.ResponseWriter, r *http.Request, ex *exchange, f *Fault) bool {
	switch f.Kind {
	case FaultLatency:
		t := time.NewTimer(time.Duration(f.Latency))
		defer t.Stop()
		select {
		case <-t.C:
			return false
		case <-r.Context().Done():
			// the client has gone (its deadline passed): do nothing it did not wait for
			ex.status, ex.code = 499, "ClientClosedRequest"
			return true
		}
	case FaultDrop:
		// The connection is closed by ServeHTTP after the request is in the journal, so a
		// client that sees the drop can always find it there.
		ex.code = "ConnectionDropped"
		ex.drop = true
		return true
	case FaultThrottle:
		wait := time.Duration(f.RetryAfter)
		if wait <= 0 {
			wait = time.Second
		}
		e := errThrottled()
		if f.Code != "" {
			e.Code = f.Code
		}
		ms := strconv.FormatInt(wait.Milliseconds(), 10)
		reset := s.cfg.now().Add(wait).Unix()
		e.Header = http.Header{
			"X-Ratelimit-User":  {"Limit:1,Remain:0,TimeLeft:" + ms + ",Reset:" + strconv.FormatInt(reset, 10)},
			"X-Acs-Retry-After": {ms},
		}
		s.writeError(w, r, ex, e)
		return true
	}
	e := s.faultError(ex.rt, f)
	s.writeError(w, r, ex, e)
	return true
}

func (s *Server) faultError(rt *route, f *Fault) *Error {
	if f.Code == "" {
		e := errInternal()
		if f.Status != 0 {
			e.Status = f.Status
		}
		return e
	}
	e := &Error{Status: f.Status, Code: f.Code, Message: f.Message}
	if d := rt.documented(f.Code); d != nil {
		if e.Status == 0 {
			e.Status = d.Status
		}
		if e.Message == "" {
			e.Message = d.Message
		}
	}
	if e.Status == 0 {
		e.Status = http.StatusBadRequest
		if strings.HasPrefix(f.Code, "ServiceUnavailable") {
			e.Status = http.StatusServiceUnavailable
		} else if strings.HasPrefix(f.Code, "InternalError") {
			e.Status = http.StatusInternalServerError
		}
	}
	if e.Message == "" {
		e.Message = "Injected fault: " + f.Code
	}
	return e
}

// dropConnection closes the request's connection without an answer. A writer that cannot
// hand over its connection gets net/http's abort on HTTP/2 (the stream is reset); anything
// else (a handler called directly, a recorder) gets a 502 ConnectionDropped answer, since
// there is no connection to close and a panic would reach the caller.
func (s *Server) dropConnection(w http.ResponseWriter, r *http.Request) {
	if hj, ok := w.(http.Hijacker); ok {
		if conn, _, err := hj.Hijack(); err == nil {
			conn.Close()
			return
		}
	}
	if r.ProtoMajor >= 2 {
		panic(http.ErrAbortHandler)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadGateway)
	_, _ = w.Write([]byte(`{"Code":"ConnectionDropped","code":"ConnectionDropped","Message":"the mock dropped the connection (drop fault)","message":"the mock dropped the connection (drop fault)"}`))
}
