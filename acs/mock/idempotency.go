package mock

import (
	"crypto/sha256"
	"net/http"
	"sync"
)

// idemStore implements ClientToken idempotency: the same token with the same parameters
// replays the first successful answer; with different parameters it is an error.
type idemStore struct {
	mu      sync.Mutex
	entries map[idemKey]idemEntry
	// inflight serializes requests per token so two concurrent retries create one resource.
	inflight map[idemKey]*sync.Mutex
}

type idemKey struct{ account, region, product, version, op, token string }

type idemEntry struct {
	hash [32]byte
	body []byte
}

func newIdemStore() *idemStore {
	return &idemStore{entries: map[idemKey]idemEntry{}, inflight: map[idemKey]*sync.Mutex{}}
}

func (s *idemStore) do(k idemKey, params map[string]any, tokenName string, run func() ([]byte, *Error)) ([]byte, *Error) {
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
		m = &sync.Mutex{}
		s.inflight[k] = m
	}
	s.mu.Unlock()
	m.Lock()
	defer m.Unlock()

	s.mu.Lock()
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
		s.entries[k] = idemEntry{hash: h, body: body}
		s.mu.Unlock()
	}
	return body, ae
}

func (s *idemStore) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	clear(s.entries)
	clear(s.inflight)
}
