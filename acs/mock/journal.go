package mock

import (
	"strings"
	"sync"
)

// Request is one journal entry: a request the mock received and how it answered. It
// holds no credentials (no Authorization header, no signature, no token), and parameters
// that hold secrets (passwords, secrets, tokens, signatures) are replaced by "<redacted>".
type Request struct {
	Seq       uint64         `json:"seq"`
	Method    string         `json:"method"`
	Path      string         `json:"path"`
	Product   string         `json:"product,omitempty"`
	Version   string         `json:"version,omitempty"`
	Operation string         `json:"operation,omitempty"`
	Account   string         `json:"account,omitempty"`
	Region    string         `json:"region,omitempty"`
	Params    map[string]any `json:"params,omitempty"`
	RequestID string         `json:"requestId"`
	Status    int            `json:"status"` // -1 when the connection was dropped
	Code      string         `json:"code,omitempty"`
	// Warnings say what the mock guessed reading the request, naming the parameter (a
	// single value for a list that goes flattened, say).
	Warnings []string `json:"warnings,omitempty"`
}

// journal is a bounded ring of received requests. It keeps each request's validated
// parameters as the call had them and redacts secrets when entries are read (list), so
// that answering a request does not copy its parameters.
type journal struct {
	mu    sync.Mutex
	buf   []Request
	start int
	n     int
}

func newJournal(size int) *journal { return &journal{buf: make([]Request, size)} }

func (j *journal) add(r Request) {
	if len(j.buf) == 0 {
		return
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.n < len(j.buf) {
		j.buf[(j.start+j.n)%len(j.buf)] = r
		j.n++
		return
	}
	j.buf[j.start] = r
	j.start = (j.start + 1) % len(j.buf)
}

func (j *journal) list() []Request {
	j.mu.Lock()
	out := make([]Request, j.n)
	for i := range out {
		out[i] = j.buf[(j.start+i)%len(j.buf)]
	}
	j.mu.Unlock()
	for i := range out {
		out[i].Params = redactParams(out[i].Params)
	}
	return out
}

func (j *journal) reset() {
	j.mu.Lock()
	defer j.mu.Unlock()
	clear(j.buf)
	j.start, j.n = 0, 0
}

// Redacted replaces a journaled secret parameter's value.
const Redacted = "<redacted>"

// redactParams copies params with the values of secret-like names (at any depth) redacted:
// the journal is served over the control API and printed in test failures.
func redactParams(params map[string]any) map[string]any {
	if params == nil {
		return nil
	}
	out := make(map[string]any, len(params))
	for k, v := range params {
		if isSecretName(k) {
			out[k] = Redacted
			continue
		}
		out[k] = redactValue(v)
	}
	return out
}

func redactValue(v any) any {
	switch v := v.(type) {
	case map[string]any:
		return redactParams(v)
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = redactValue(e)
		}
		return out
	}
	return v
}

// separators are dropped before matching secret words (a Replacer is safe for concurrent use
// and costly to build: once, here).
var separators = strings.NewReplacer("_", "", "-", "", ".", "")

// isSecretName: password, secret, token (not the idempotency ClientToken), signature,
// credential, private key and Authorization, in any case and with separators
// (client_secret, AccessKeySecret, x-acs-security-token). A name or ID of one is not a
// secret: KMS SecretName, SecretNames and SecretId identify a secret and stay readable (so
// VerifyParams can match them).
func isSecretName(name string) bool {
	n := separators.Replace(strings.ToLower(name))
	if n == "clienttoken" {
		return false
	}
	for _, suf := range []string{"name", "names", "id", "ids"} {
		if strings.HasSuffix(n, suf) {
			return false
		}
	}
	for _, w := range []string{"password", "passwd", "secret", "token", "signature", "credential", "privatekey", "authorization"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}
