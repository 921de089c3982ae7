package mock

import (
	"context"
	"net/http"
	"time"
)

// Option configures a Server.
type Option func(*config)

type config struct {
	seed        uint64
	keys        map[string]string // AccessKey ID → secret
	tokens      map[string]bool
	verify      *bool
	maxSkew     time.Duration
	now         func() time.Time
	journalSize int
	nonceSize   int
	maxBody     int64
	stateless   bool
	handlers    map[opKey]Handler
	behaviours  []Behaviour
	noBuiltins  bool
	noRefs      bool
	logf        func(LogEntry)
	// control: the control API's guard; controlOff turns it off, controlToken (when set)
	// must come as "Authorization: Bearer <token>".
	controlOff   bool
	controlToken string
}

type opKey struct{ product, version, op string }

func defaultConfig() config {
	return config{
		seed:        1,
		keys:        map[string]string{},
		tokens:      map[string]bool{},
		maxSkew:     15 * time.Minute,
		now:         time.Now,
		journalSize: 10000,
		nonceSize:   1 << 18,
		maxBody:     8 << 20,
		handlers:    map[opKey]Handler{},
	}
}

// WithSeed makes generated values, IDs and request IDs, and fault probabilities
// reproducible: the same seed and the same request sequence give the same answers.
func WithSeed(seed uint64) Option { return func(c *config) { c.seed = seed } }

// WithAccessKey configures an AccessKey pair; configuring any turns signature checking on
// (unless WithSignatureCheck(false)).
func WithAccessKey(id, secret string) Option {
	return func(c *config) { c.keys[id] = secret }
}

// WithBearerToken accepts a bearer token for operations that authenticate with one. With
// no tokens configured, any non-empty bearer token is accepted.
func WithBearerToken(token string) Option { return func(c *config) { c.tokens[token] = true } }

// WithSignatureCheck forces signature and bearer checking on or off. By default signatures
// are checked when AccessKey pairs are configured, and bearer operations need a token.
func WithSignatureCheck(on bool) Option { return func(c *config) { c.verify = &on } }

// WithClock sets the clock used for x-acs-date skew checks and throttling hints.
func WithClock(now func() time.Time) Option { return func(c *config) { c.now = now } }

// WithMaxSkew sets how far x-acs-date may be from the server clock (default 15 minutes).
func WithMaxSkew(d time.Duration) Option { return func(c *config) { c.maxSkew = d } }

// WithMaxBody bounds a request body (default 8 MiB); a larger body answers 413.
func WithMaxBody(n int64) Option { return func(c *config) { c.maxBody = n } }

// WithControlToken requires "Authorization: Bearer <token>" on every control API request
// (for a mock reachable from other machines: the journal and state are not public).
func WithControlToken(token string) Option { return func(c *config) { c.controlToken = token } }

// WithoutControlAPI turns the control API off: its paths answer 404.
func WithoutControlAPI() Option { return func(c *config) { c.controlOff = true } }

// WithJournalSize bounds the request journal (default 10000 entries, oldest dropped).
func WithJournalSize(n int) Option { return func(c *config) { c.journalSize = n } }

// WithStateless turns the resource store off: every operation answers its generated
// response, as a spec-driven mock (Prism) would.
func WithStateless() Option { return func(c *config) { c.stateless = true } }

// WithoutReferenceChecks turns the checks between kinds off: a create naming a resource of
// another kind that does not exist (CreateVSwitch with an unknown VpcId) succeeds, and a
// delete of a resource others refer to (DeleteVpc with a VSwitch in it) succeeds, leaving
// them (docs/MOCK-BEHAVIOUR.md, References).
func WithoutReferenceChecks() Option { return func(c *config) { c.noRefs = true } }

// WithHandler registers a handler for one operation of one product version; it replaces
// the generated behaviour (it may return ErrFallthrough or call Call.Default).
func WithHandler(product, version, operation string, h Handler) Option {
	return func(c *config) { c.handlers[opKey{lowerKey(product), version, operation}] = h }
}

// WithRequestLog calls f once per request after it is answered. Entries hold no secrets.
func WithRequestLog(f func(LogEntry)) Option { return func(c *config) { c.logf = f } }

// LogEntry is one answered request, for logs.
type LogEntry struct {
	Method    string
	Path      string
	Product   string
	Operation string
	Status    int
	Code      string // error code, "" on success
	Duration  time.Duration
	Warnings  []string // what the mock guessed reading the request (as journaled)
}

// Handler answers one operation instead of the generated behaviour. It returns the
// response body (any JSON-marshalable value), or an error: *Error for an Alibaba error,
// ErrFallthrough for the generated behaviour, anything else for an InternalError.
type Handler func(ctx context.Context, c *Call) (any, error)

// Call is one validated request as a Handler sees it.
type Call struct {
	Product   string // product code as in the spec ("Eiam")
	Version   string
	Operation string
	Account   string // AccessKey ID, bearer token fingerprint or "anonymous"
	Region    string
	RequestID string
	// Params are the decoded, typed and validated request parameters by name (numbers are
	// json.Number, nested values map[string]any and []any). The journal keeps this map:
	// a handler must not change it after it returns.
	Params map[string]any
	Header http.Header

	def func() (any, error)
	srv *Server
	rt  *route
}

// Default computes the generated (stateful) answer for this call, so that a handler can
// adjust it instead of starting from scratch.
func (c *Call) Default() (any, error) {
	if c.def == nil {
		return nil, ErrFallthrough
	}
	return c.def()
}
