// Package client generates a Go client package from one product version's spec
// (*opspec.Spec): a Client over the hand-written runtime in package acs, one method per
// callable operation, typed requests and responses, enums, client-side validation and
// pagination iterators.
//
// The layering follows ogen's: the spec is first turned into the Go model (package gen/ir:
// every Go name, type, pointer, enum, paging and endpoint decision, shared with gen/mock,
// gen/docs and diff), then one emitter per concern prints a file with jennifer (client.go,
// operations.go, types.go, enums.go, errors.go, pagination.go, doc.go of the generated
// package), and the files go to a Sink.
// Every generated method has the same shape, Alibaba's static descriptor pattern: one
// statement handing a package-level acs.Operation and the request to acs.Invoke. Encoding
// and validation are the runtime's, driven by each request field's struct tag
// (`acs:"Name,location[,required][,token][,json]"`), so the generated code holds declarations and
// data only; comments are one line per field (the full descriptions are in gen/docs).
package client
