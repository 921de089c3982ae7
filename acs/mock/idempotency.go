package mock

import (
	"crypto/sha256"
	"net/http"
	"sync"
	"time"
)

// Bounds of the idempotency store: a token is remembered for idemMaxAge after its first
// success, and at most idemMaxEntries tokens are kept (the oldest forgotten first), so a
// long-running mock fed unique tokens does not grow without bound.
const (
	idemMaxEntries = 50000
	idemMaxAge     = 24 * time.Hour
)

// idemStore implements ClientToken idempotency: the same token with the same parameters
// replays the first successful answer; with different parameters it is an error.
type idemStore struct {
	mu      sync.Mutex
	entries map[idemKey]idemEntry
	// order lists the keys of entries oldest first (a key may be listed after its entry
	// is gone; such keys are skipped).
	order []idemKey
	// inflight serializes requests per token so two concurrent retries create one resource;
	// a token's lock is freed when no request holds or waits for it.
	inflight   map[idemKey]*tokenLock
	maxEntries int
	maxAge     time.Duration
}

type tokenLock struct {
	sync.Mutex
	users int // requests holding or waiting for the lock; guarded by idemStore.mu
}

type idemKey struct{ account, region, product, version, op, token string }

type idemEntry struct {
	hash [32]byte
	body []byte
	at   time.Time
}

func newIdemStore() *idemStore {
	return &idemStore{entries: map[idemKey]idemEntry{}, inflight: map[idemKey]*tokenLock{},
		maxEntries: idemMaxEntries, maxAge: idemMaxAge}
}

func (s *idemStore) do(k idemKey, now time.Time, params map[string]any, tokenName string, run func() ([]byte, *Error)) ([]byte, *Error) {
	rest := make(map[string]any, len(params))
	for n, v := range params {
		if n != tokenName {
			rest[n] = v
		}
	}
	b, err := encodeJSON(rest) // map keys are sorted: a canonical form
	if err != nil {
		return nil, errInternal()
	}
	h := sha256.Sum256(b)

	s.mu.Lock()
	m := s.inflight[k]
	if m == nil {
		m = &tokenLock{}
		s.inflight[k] = m
	}
	m.users++
	s.mu.Unlock()
	m.Lock()
	defer func() {
		m.Unlock()
		s.mu.Lock()
		if m.users--; m.users == 0 && s.inflight[k] == m {
			delete(s.inflight, k)
		}
		s.mu.Unlock()
	}()

	s.mu.Lock()
	s.expire(now)
	e, ok := s.entries[k]
	s.mu.Unlock()
	if ok {
		if e.hash != h {
			return nil, Errorf(http.StatusBadRequest, "IdempotentParameterMismatch",
				"The request uses the same client token as a previous, but non-identical request.")
		}
		return e.body, nil
	}
	body, ae := run()
	if ae == nil {
		s.mu.Lock()
		s.entries[k] = idemEntry{hash: h, body: body, at: now}
		s.order = append(s.order, k)
		s.expire(now)
		s.mu.Unlock()
	}
	return body, ae
}

// expire forgets entries older than maxAge and, past maxEntries, the oldest ones. s.mu is held.
func (s *idemStore) expire(now time.Time) {
	drop := 0
	for drop < len(s.order) {
		k := s.order[drop]
		e, ok := s.entries[k]
		switch {
		case !ok:
		case len(s.entries) > s.maxEntries || now.Sub(e.at) > s.maxAge:
			delete(s.entries, k)
		default:
			s.order = s.order[drop:]
			if cap(s.order) > 2*len(s.order)+64 { // let the dropped prefix be collected
				s.order = append([]idemKey(nil), s.order...)
			}
			return
		}
		drop++
	}
	s.order = s.order[:0]
}

func (s *idemStore) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	clear(s.entries)
	s.order = nil
	clear(s.inflight)
}
