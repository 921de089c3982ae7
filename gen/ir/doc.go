// Package ir is the one Go view of a spec: every decision about the Go code that a product
// version turns into, made once, so that the emitters and the differ agree by construction.
//
// It sits where ogen's gen/ir sits: between the normalized model (opspec.Spec) and the
// emitters. Build decides the package name, method, type, field and enum names, every
// field's Go type, which optional fields are pointers, the pagination iterators and each
// operation's endpoint facts (style, HTTP method, path, auth, body encoding, idempotency).
// gen/client prints it, gen/mock and gen/docs name things by it, and diff compares two of
// them to find Go breaks (Compare). None of them decides a Go name or type of its own; a
// rule that changes here changes everywhere at once.
//
// Two rules keep names stable when a spec grows, because a Go break nobody reported is the
// worst outcome of regenerating:
//
//   - A named type takes its name from its own place: the operation's method and the field
//     path inside its request or response ("GetInstanceResponseInstanceStatus" for the
//     Status enum of GetInstance's Instance). Adding or removing another operation never
//     renames it. Only a name that two places spell the same (a case-folded clash, which
//     spec order then settles) gets a number.
//   - Whether an optional request field is a pointer depends on its Go type only, never on
//     its documented values: optional booleans and optional integer enums are pointers
//     (false and 0 are answers, not "unset"); other optional values use their zero value for
//     "not set". Documenting one more valid value (say "0") never turns Mode into *Mode.
//
// Build is deterministic: operations in name order, fields in page order.
package ir
