package naming

import (
	"strconv"
	"strings"
)

// Scope hands out unique identifiers within one namespace (a package, a struct's fields,
// a type's methods). Uniqueness is by case-folded name, so two documented names that
// differ only in case ("userId", "UserId") never produce identifiers a reader would
// confuse; the second gets a numeric suffix. Reserved names are taken from the start.
type Scope struct {
	used map[string]bool
}

// NewScope returns a scope in which reserved are already taken.
func NewScope(reserved ...string) *Scope {
	s := &Scope{used: map[string]bool{}}
	for _, r := range reserved {
		s.used[strings.ToLower(r)] = true
	}
	return s
}

// Take returns name, or name2, name3, ... whichever is free first, and marks it used.
func (s *Scope) Take(name string) string {
	cand := name
	for i := 2; s.used[strings.ToLower(cand)]; i++ {
		cand = name + strconv.Itoa(i)
	}
	s.used[strings.ToLower(cand)] = true
	return cand
}

// Used reports whether name (case-folded) is taken.
func (s *Scope) Used(name string) bool { return s.used[strings.ToLower(name)] }

// The generated client's own identifiers that documented names must not take. gen/docs
// names methods and request fields the same way when it writes examples.

// ClientMethods returns a scope for the generated Client's methods: its own methods
// (Runtime, invoke) are taken.
func ClientMethods() *Scope { return NewScope("Runtime", "invoke") }

// StructFields returns a scope for the fields of a generated client's request, response
// or nested struct: the name of the Validate method is taken.
func StructFields() *Scope { return NewScope("Validate") }
