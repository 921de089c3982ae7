package diff

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/opspec"
)

// response compares the 200 response bodies.
func (o *opDiff) response() {
	b, r := o.b.Response, o.r.Response
	switch {
	case b == nil && r == nil:
	case b == nil:
		o.emit("response-schema-added", "", "the response body is now documented", nil)
	case r == nil:
		o.emit("response-schema-removed", "", "the response body is no longer documented", nil)
	default:
		schemaCmp{o: o, jsonWire: true}.compare("", b, r)
	}
	o.responseHeaders()
}

// responseHeaders compares the documented response headers by name in any letter case,
// as HTTP matches them, each header's schema as a response field's (schemaCmp). A client
// that reads a header breaks when it is gone or its type changes (on the wire only:
// generated clients do not decode headers), and may not know a new value; a new header
// breaks nobody.
func (o *opDiff) responseHeaders() {
	rev := map[string]*opspec.Header{}
	for _, h := range o.r.ResponseHeaders {
		if low := strings.ToLower(h.Name); rev[low] == nil {
			rev[low] = h
		}
	}
	seen := map[string]bool{}
	for _, bh := range o.b.ResponseHeaders {
		low := strings.ToLower(bh.Name)
		if seen[low] {
			continue
		}
		seen[low] = true
		rh := rev[low]
		if rh == nil {
			o.emit("response-header-removed", bh.Name, fmt.Sprintf("response header %s was removed", bh.Name), nil)
			continue
		}
		schemaCmp{o: o, header: true}.compare(rh.Name, bh.Schema, rh.Schema)
	}
	for _, rh := range o.r.ResponseHeaders {
		if low := strings.ToLower(rh.Name); !seen[low] {
			seen[low] = true
			o.emit("response-header-added", rh.Name, fmt.Sprintf("response header %s was added", rh.Name), nil)
		}
	}
}

// idempotency reports a ClientToken parameter appearing or disappearing. Its removal is
// also a parameter removal; this change says why it matters: retries stop being safe.
func (o *opDiff) idempotency() {
	bt, rt := o.b.IdempotencyParam(), o.r.IdempotencyParam()
	switch {
	case bt != nil && rt == nil:
		o.emit("request-idempotency-token-removed", bt.Name, fmt.Sprintf("idempotency parameter %s was removed: retried calls may now act twice", bt.Name), nil)
	case bt == nil && rt != nil:
		o.emit("request-idempotency-token-added", rt.Name, fmt.Sprintf("idempotency parameter %s was added", rt.Name), nil)
	}
}

// Paging styles.
const (
	pagingNone  = ""
	pagingToken = "NextToken/MaxResults"
	pagingPage  = "PageNumber/PageSize"
)

// pagingStyle is the operation's paging convention as opspec.Pagination detects it, the
// detection gen/client builds its iterators on (NextToken, or PageNumber with PageSize,
// matched case-insensitively in any location). The differ reports the API's
// convention, so it does not add gen/client's further conditions for writing an iterator
// (a string token, plain integer page fields, items found in the response): losing the
// iterator through such a change shows up as that field's own type or response change.
func pagingStyle(op *opspec.Operation) string {
	pg := op.Pagination()
	switch {
	case pg == nil:
		return pagingNone
	case pg.Kind == opspec.PageByToken:
		return pagingToken
	}
	return pagingPage
}

func (o *opDiff) pagination() {
	bs, rs := pagingStyle(o.b), pagingStyle(o.r)
	switch {
	case bs == rs:
	case bs == pagingNone:
		o.emit("pagination-added", "", fmt.Sprintf("the operation now pages with %s", rs), attrs("to", rs))
	case rs == pagingNone:
		o.emit("pagination-removed", "", fmt.Sprintf("the operation no longer pages (was %s)", bs), attrs("from", bs))
	default:
		o.emit("pagination-changed", "", fmt.Sprintf("pagination changed from %s to %s", bs, rs), attrs("from", bs, "to", rs))
	}
}

// ram compares RAM authorization. A side whose page says nothing (nil) is not compared.
func (o *opDiff) ram() {
	b, r := o.b.RAM, o.r.RAM
	if b == nil || r == nil {
		return
	}
	bActs, rActs := ramActions(b), ramActions(r)
	switch {
	case b.None && !r.None && len(rActs) > 0:
		o.emit("ram-authorization-required", "", fmt.Sprintf("the operation now needs RAM authorization: %s", strings.Join(slices.Sorted(maps.Keys(rActs)), ", ")), nil)
		return
	case !b.None && r.None:
		o.emit("ram-authorization-no-longer-required", "", "the operation no longer needs RAM authorization", nil)
		return
	}
	var gone, come []string
	for a := range bActs {
		if _, ok := rActs[a]; !ok {
			gone = append(gone, a)
		}
	}
	for a := range rActs {
		if _, ok := bActs[a]; !ok {
			come = append(come, a)
		}
	}
	sort.Strings(gone)
	sort.Strings(come)
	if len(gone) == 1 && len(come) == 1 {
		o.emit("ram-action-changed", come[0], fmt.Sprintf("RAM action %s was replaced by %s: policies granting the old action no longer allow the call", gone[0], come[0]),
			attrs("from", gone[0], "to", come[0]))
		o.ramAction(bActs[gone[0]], rActs[come[0]])
	} else {
		for _, a := range gone {
			o.emit("ram-action-removed", a, fmt.Sprintf("RAM action %s is no longer needed", a), nil)
		}
		for _, a := range come {
			o.emit("ram-action-added", a, fmt.Sprintf("RAM action %s is now needed: policies must grant it", a), nil)
		}
	}
	for _, a := range slices.Sorted(maps.Keys(bActs)) {
		if ra, ok := rActs[a]; ok {
			o.ramAction(bActs[a], ra)
		}
	}
}

// ramAction compares one action's row: access level, resources, condition keys and
// dependent actions.
func (o *opDiff) ramAction(b, r opspec.RAMAction) {
	a := r.Action
	if b.AccessLevel != "" && r.AccessLevel != "" && !strings.EqualFold(b.AccessLevel, r.AccessLevel) {
		o.emit("ram-access-level-changed", a, fmt.Sprintf("RAM action %s access level changed from %s to %s", a, b.AccessLevel, r.AccessLevel),
			attrs("from", b.AccessLevel, "to", r.AccessLevel))
	}
	bRes, rRes := map[string]string{}, map[string]string{}
	for _, x := range b.Resources {
		bRes[x.Type] = x.ARN
	}
	for _, x := range r.Resources {
		rRes[x.Type] = x.ARN
	}
	for _, t := range slices.Sorted(maps.Keys(bRes)) {
		arn, ok := rRes[t]
		switch {
		case !ok:
			o.emit("ram-resource-removed", a, fmt.Sprintf("RAM action %s no longer lists resource %s (%s)", a, t, bRes[t]), attrs("resource", t, "arn", bRes[t]))
		case arn != bRes[t]:
			o.emit("ram-resource-changed", a, fmt.Sprintf("RAM action %s resource %s changed ARN from %s to %s", a, t, bRes[t], arn), attrs("resource", t, "from", bRes[t], "to", arn))
		}
	}
	for _, t := range slices.Sorted(maps.Keys(rRes)) {
		if _, ok := bRes[t]; !ok {
			o.emit("ram-resource-added", a, fmt.Sprintf("RAM action %s now lists resource %s (%s)", a, t, rRes[t]), attrs("resource", t, "arn", rRes[t]))
		}
	}
	setDiff(b.ConditionKeys, r.ConditionKeys, func(k string) {
		o.emit("ram-condition-key-removed", a, fmt.Sprintf("RAM action %s no longer supports condition key %s", a, k), attrs("key", k))
	}, func(k string) {
		o.emit("ram-condition-key-added", a, fmt.Sprintf("RAM action %s supports condition key %s", a, k), attrs("key", k))
	})
	setDiff(b.DependentActions, r.DependentActions, func(k string) {
		o.emit("ram-dependent-action-removed", a, fmt.Sprintf("RAM action %s no longer depends on %s", a, k), attrs("action", k))
	}, func(k string) {
		o.emit("ram-dependent-action-added", a, fmt.Sprintf("RAM action %s now depends on %s: policies must grant it", a, k), attrs("action", k))
	})
}

func ramActions(r *opspec.RAM) map[string]opspec.RAMAction {
	m := map[string]opspec.RAMAction{}
	for _, a := range r.Actions {
		if _, ok := m[a.Action]; !ok && a.Action != "" {
			m[a.Action] = a
		}
	}
	return m
}

// errors compares error codes by code: many share HTTP 400, so statuses alone say little.
func (o *opDiff) errors() {
	bc, rc := errorCodes(o.b), errorCodes(o.r)
	for _, code := range slices.Sorted(maps.Keys(bc)) {
		rs, ok := rc[code]
		switch {
		case !ok:
			o.emit("error-code-removed", code, fmt.Sprintf("error code %s (HTTP %s) is no longer documented", code, bc[code]), attrs("status", bc[code]))
		case rs != bc[code]:
			o.emit("error-code-status-changed", code, fmt.Sprintf("error code %s changed HTTP status from %s to %s", code, bc[code], rs), attrs("from", bc[code], "to", rs))
		}
	}
	for _, code := range slices.Sorted(maps.Keys(rc)) {
		if _, ok := bc[code]; !ok {
			o.emit("error-code-added", code, fmt.Sprintf("error code %s (HTTP %s) was documented", code, rc[code]), attrs("status", rc[code]))
		}
	}
}

// errorCodes maps each code to its HTTP statuses ("400" or "400,403").
func errorCodes(op *opspec.Operation) map[string]string {
	sets := map[string][]int{}
	for _, e := range op.Errors {
		if e.Code == "" {
			continue
		}
		dup := false
		for _, s := range sets[e.Code] {
			dup = dup || s == e.HTTPStatus
		}
		if !dup {
			sets[e.Code] = append(sets[e.Code], e.HTTPStatus)
		}
	}
	out := map[string]string{}
	for code, ss := range sets {
		sort.Ints(ss)
		parts := make([]string, len(ss))
		for i, s := range ss {
			parts[i] = strconv.Itoa(s)
		}
		out[code] = strings.Join(parts, ",")
	}
	return out
}

// setDiff calls removed and added for the members only one side has, in sorted order.
func setDiff(b, r []string, removed, added func(string)) {
	bs, rs := map[string]bool{}, map[string]bool{}
	for _, x := range b {
		bs[x] = true
	}
	for _, x := range r {
		rs[x] = true
	}
	for _, x := range slices.Sorted(maps.Keys(bs)) {
		if !rs[x] {
			removed(x)
		}
	}
	for _, x := range slices.Sorted(maps.Keys(rs)) {
		if !bs[x] {
			added(x)
		}
	}
}
