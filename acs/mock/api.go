package mock

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Requests returns the journal: the requests received since the last reset, oldest first
// (at most the journal size).
func (s *Server) Requests() []Request { return s.journal.list() }

// Reset forgets stored resources, the journal, idempotency tokens and nonces, and
// restarts request IDs and generated IDs, so that a reset server answers a request
// sequence exactly as a new one would. Fault rules are kept (ClearFaults removes them).
func (s *Server) Reset() {
	s.resetMu.Lock()
	defer s.resetMu.Unlock()
	s.store.reset()
	s.journal.reset()
	s.idem.reset()
	s.nonces.reset()
	s.counter.Store(0)
	s.ids.mu.Lock()
	s.ids.r = newRNG(s.cfg.seed, "ids")
	s.ids.mu.Unlock()
}

// State lists the stored resources, sorted, with secret attributes (passwords, secret
// data, tokens: the names the journal redacts) shown as Redacted.
func (s *Server) State() []StateEntry { return s.store.dump() }

// Seed stores resources as if they had been created, so that tests can start from a
// known state. Each entry names a product and a kind the specs define.
func (s *Server) Seed(entries []StateEntry) error {
	for i, e := range entries {
		k := s.kindOf(e.Product, e.Kind)
		if k == nil {
			return fmt.Errorf("state entry %d: product %q has no stateful kind %q", i, e.Product, e.Kind)
		}
		if e.ID == "" {
			return fmt.Errorf("state entry %d (%s %s): id is empty", i, e.Product, e.Kind)
		}
		attrs := make(map[string]any, len(e.Attrs)+1)
		for key, v := range e.Attrs {
			attrs[strings.ToLower(key)] = v
		}
		attrs[k.idParam] = e.ID
		parent := make([]string, len(k.parents))
		copy(parent, e.Parent)
		sc := scope{e.Account, e.Region, lowerKey(e.Product), k.name}
		if !s.store.put(sc, newResource(parent, e.ID, attrs)) {
			return fmt.Errorf("state entry %d (%s %s %q): already exists", i, e.Product, e.Kind, e.ID)
		}
	}
	return nil
}

func (s *Server) kindOf(product, kind string) *kind {
	for _, rt := range s.t.all {
		if rt.product == lowerKey(product) && rt.res.kind != nil && strings.EqualFold(rt.res.kind.name, kind) {
			return rt.res.kind
		}
	}
	return nil
}

// AddFault adds a fault rule and returns its ID. A rule that no served operation matches
// (a misspelt operation, another product or version) is refused, naming the nearest
// operation: it would never fire.
func (s *Server) AddFault(f Fault) (int, error) {
	for _, rt := range s.t.all {
		if f.matches(rt) {
			return s.faults.add(f)
		}
	}
	msg := fmt.Sprintf("fault matches no served operation (product %q, version %q, operation %q)", f.Product, f.Version, f.Operation)
	if n := nearest(f.Operation, s.t.actions); f.Operation != "" && n != "" {
		msg += "; nearest operation: " + n
	}
	return 0, errors.New(msg)
}

// Faults lists the fault rules.
func (s *Server) Faults() []Fault { return s.faults.list() }

// ClearFaults removes every fault rule and restarts the fault generator.
func (s *Server) ClearFaults() { s.faults.clear() }

// TB is the part of testing.TB the verify helpers use.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
}

// Count returns how many journaled requests called an operation (any product), whatever
// their answer. The name is compared exactly, and an operation no spec serves counts 0 like
// one never called: where a misspelt name must not pass unnoticed, use Verify (which reports
// it) or check Served first.
func (s *Server) Count(operation string) int {
	n := 0
	for _, r := range s.journal.list() {
		if r.Operation == operation {
			n++
		}
	}
	return n
}

// Served returns nil when a served spec has the operation (the exact name, as Count, Verify
// and VerifyParams compare it), else an error naming the nearest served operation.
func (s *Server) Served(operation string) error {
	if _, ok := slices.BinarySearch(s.t.actions, operation); ok {
		return nil
	}
	msg := fmt.Sprintf("mock: operation %q is not served", operation)
	if n := nearest(operation, s.t.actions); n != "" {
		msg += " (nearest operation: " + n + ")"
	}
	return errors.New(msg)
}

// Verify fails t unless exactly n requests called the operation. An operation no spec
// serves fails t whatever n is: Verify(t, "DescribeInstanse", 0) would otherwise pass.
func (s *Server) Verify(t TB, operation string, n int) {
	t.Helper()
	if err := s.Served(operation); err != nil {
		t.Errorf("%v", err)
		return
	}
	if got := s.Count(operation); got != n {
		t.Errorf("mock: %s was called %d times, want %d", operation, got, n)
	}
}

// VerifyParams fails t unless some request to the operation carried every given
// parameter with the given value (compared as text); an operation no spec serves fails t.
func (s *Server) VerifyParams(t TB, operation string, want map[string]string) {
	t.Helper()
	if err := s.Served(operation); err != nil {
		t.Errorf("%v", err)
		return
	}
	for _, r := range s.journal.list() {
		if r.Operation != operation {
			continue
		}
		ok := true
		for k, v := range want {
			if fmt.Sprint(r.Params[k]) != v {
				ok = false
				break
			}
		}
		if ok {
			return
		}
	}
	t.Errorf("mock: no %s request with parameters %v", operation, want)
}
