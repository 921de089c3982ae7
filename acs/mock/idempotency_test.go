package mock

import (
	"fmt"
	"testing"
	"time"
)

// TestIdemStoreBounded: tokens are forgotten past the count and age bounds, and no per-token
// lock outlives its requests (200k unique tokens grew the store without bound).
func TestIdemStoreBounded(t *testing.T) {
	s := newIdemStore()
	s.maxEntries, s.maxAge = 100, time.Hour
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	runs := 0
	run := func() ([]byte, *Error) { runs++; return []byte(fmt.Sprint(runs)), nil }
	key := func(i int) idemKey { return idemKey{"acct", "r", "p", "v", "Create", fmt.Sprint("tok", i)} }
	for i := 0; i < 1000; i++ {
		s.do(key(i), t0, map[string]any{"Name": "x"}, "ClientToken", run)
	}
	if len(s.entries) != 100 || len(s.inflight) != 0 || len(s.order) > 200 {
		t.Errorf("after 1000 tokens: %d entries, %d locks, order %d", len(s.entries), len(s.inflight), len(s.order))
	}
	// the newest token still replays; the oldest was forgotten
	if b, _ := s.do(key(999), t0, map[string]any{"Name": "x"}, "ClientToken", run); string(b) != "1000" {
		t.Errorf("newest token replayed %q", b)
	}
	if b, _ := s.do(key(0), t0, map[string]any{"Name": "x"}, "ClientToken", run); string(b) != "1001" {
		t.Errorf("oldest token not forgotten: %q", b)
	}
	// age: two hours later every token is forgotten
	s.do(key(5000), t0.Add(2*time.Hour), map[string]any{"Name": "x"}, "ClientToken", run)
	if len(s.entries) != 1 {
		t.Errorf("after the age bound: %d entries", len(s.entries))
	}
	// same token, other parameters: still a mismatch within the bounds
	if _, e := s.do(key(5000), t0.Add(2*time.Hour), map[string]any{"Name": "y"}, "ClientToken", run); e == nil || e.Code != "IdempotentParameterMismatch" {
		t.Errorf("mismatch: %v", e)
	}
}
