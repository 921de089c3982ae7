// Package naming holds the rules that turn documented names (operations, parameters,
// properties, enum values) into Go identifiers. gen/client decides the names of a
// generated client with them; gen/mock names its handler types with the same rules;
// gen/docs writes examples that call the client by those names; diff uses them to tell
// whether a renamed parameter changes the Go field. One copy of the rules keeps all four
// in agreement.
package naming
