package opspec

import "strings"

// Key is the lower-case product code used for directories and package names
// ("eiam-developerapi").
func (s *Spec) Key() string { return strings.ToLower(s.Product) }

// Operation returns the operation with the given name, or nil.
func (s *Spec) Operation(name string) *Operation {
	for _, op := range s.Operations {
		if op.Name == name {
			return op
		}
	}
	return nil
}

// EffectiveAuth is the operation's authentication, falling back to the spec's and then to
// AccessKey signing.
func (s *Spec) EffectiveAuth(op *Operation) Auth {
	switch {
	case op.Auth != "":
		return op.Auth
	case s.Auth != "":
		return s.Auth
	}
	return AuthAK
}
