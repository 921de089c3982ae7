// Package mock is the runtime of acsgen's mock servers: one http.Handler that serves any
// number of Alibaba Cloud product versions, described by opspec models, side by side.
//
// A request goes through a fixed pipeline, every step precompiled by New so that no
// request walks the spec:
//
//  1. control API: paths under /_acsgen/ reset, dump and seed state, list the journal and
//     manage faults (see control.go);
//  2. routing: RPC calls by Version and Action (x-acs-action/x-acs-version headers, query,
//     or form body) on POST / or GET /; ROA calls by method and path template, with
//     x-acs-version (and x-acs-action) choosing between products that share a path;
//  3. authentication: V3 (ACS3-HMAC-SHA256) and V2 (HMAC-SHA1) signatures checked against
//     the configured AccessKey pairs with acs.Verify, x-acs-date skew, nonce reuse; bearer
//     tokens for operations whose Auth is bearer;
//  4. faults: documented error codes, throttling with wait hints, latency, dropped
//     connections, chosen by rule and seeded probability;
//  5. decoding and validation: RPC flattened parameters (Tag.1.Key=) are unflattened into
//     nested values, every value is coerced to its schema type and checked with kin-openapi
//     (openapi3.Schema.VisitJSON) against schemas compiled once from the model; a list
//     arriving as one value is read by where it travels (params.go listText: comma-joined
//     only in ROA query and header values); what that has to guess, and each query, form
//     or JSON body key that is no parameter (ignored, as by the service), is a warning of
//     the request (Request.Warnings, LogEntry.Warnings);
//  6. behaviour: a user Handler or Behaviour when one answers the operation (the built-in
//     kms-crypto round trip among them), otherwise the generated stateful behaviour
//     inferred from the spec (resource.go: kinds, verbs, identifiers by ID or name, batch
//     forms, list filters and paging, state verbs, child collections, documented error
//     codes; resource_refs.go: references between kinds and dependants;
//     docs/MOCK-BEHAVIOUR.md) on per-account, per-region resources, with ClientToken
//     idempotency, over responses built from the documented JSON example and the response
//     schema, always valid against that schema.
//
// Why not openapi3filter: it routes by path only (every RPC operation of a product shares
// POST /), it cannot decode the RPC flattening (Tag.1.Key=), and it needs a whole
// openapi3.T plus a router. We use kin-openapi's schema validator, the part of
// openapi3filter that does the checking, directly on values we decode ourselves, with
// schemas compiled once per operation (openapi3filter itself was not benchmarked; see
// docs/benchmarks/mock.md for what was).
//
// Errors use Alibaba's envelopes: RPC products answer
// {"RequestId","HostId","Code","Message","Recommend"}, ROA products the lower-case
// {"requestId","code","message"}; every envelope carries a code and a message because the
// official SDKs need both. Secrets (AccessKey secrets, bearer tokens) never reach the
// journal, the state dump, logs or error messages.
package mock
