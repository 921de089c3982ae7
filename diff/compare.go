package diff

import (
	"fmt"
	"strings"

	"github.com/acsgen/acsgen/acs"
	"github.com/acsgen/acsgen/gen/ir"
	"github.com/acsgen/acsgen/opspec"
)

// Compare reports what changed from base to rev. It reads only the model; either spec may
// be nil (treated as empty). The report is sorted and deterministic.
func Compare(base, rev *opspec.Spec) Report {
	if base == nil {
		base = &opspec.Spec{}
	}
	if rev == nil {
		rev = &opspec.Spec{}
	}
	d := &differ{checks: checkIndex(), base: base, rev: rev, goBase: goModel(base), goRev: goModel(rev)}
	d.spec()
	d.operations()
	d.goErrors()
	sortChanges(d.out)
	for i := range d.out {
		d.out[i].Fingerprint = fingerprint(&d.out[i])
	}
	if d.out == nil {
		d.out = []Change{}
	}
	return Report{
		Base:     SpecRef{Product: base.Product, Version: base.Version},
		Revision: SpecRef{Product: rev.Product, Version: rev.Version},
		Changes:  d.out,
	}
}

// differ accumulates changes for one comparison.
type differ struct {
	checks    map[string]Check
	base, rev *opspec.Spec
	// goBase and goRev are the Go models of base and rev (gen/ir), which decide what
	// breaks Go code.
	goBase, goRev *ir.Package
	out           []Change
}

// opDiff is the comparison of one operation present on both sides (or on one).
type opDiff struct {
	d    *differ
	name string
	b, r *opspec.Operation
	// start is where this operation's changes begin in d.out.
	start int
	// pairs are the request parameters matched across the specs (params fills it).
	pairs []paramPair
}

// emit records a change of check id. breaks overrides the check's default when non-nil.
func (d *differ) emit(op *opDiff, id, path, text string, attrs map[string]string, breaks *Breaks) {
	c, ok := d.checks[id]
	if !ok {
		// A programming error, caught by TestEmittedIDsAreRegistered; report it rather than panic.
		c = Check{ID: id, Level: Breaking, Section: SectionOperation}
	}
	ch := Change{ID: id, Level: c.Level, Text: text, Section: c.Section, Path: path, Breaks: c.Breaks, Attributes: attrs}
	if breaks != nil {
		ch.Breaks = *breaks
	}
	if op != nil {
		ch.Operation = op.name
		if op.b != nil {
			ch.Base = source(op.b.Source)
		}
		if op.r != nil {
			ch.Revision = source(op.r.Source)
		}
	}
	d.out = append(d.out, ch)
}

func (o *opDiff) emit(id, path, text string, attrs map[string]string) {
	o.d.emit(o, id, path, text, attrs, nil)
}

func (o *opDiff) emitBreaks(id, path, text string, attrs map[string]string, b Breaks) {
	o.d.emit(o, id, path, text, attrs, &b)
}

func source(s opspec.Source) *Source {
	if s.File == "" && s.URL == "" && s.LastUpdated == "" {
		return nil
	}
	return &Source{File: s.File, URL: s.URL, LastUpdated: s.LastUpdated}
}

func attrs(kv ...string) map[string]string {
	m := make(map[string]string, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}

// spec compares the product-level facts.
func (d *differ) spec() {
	b, r := d.base, d.rev
	if !strings.EqualFold(b.Product, r.Product) {
		d.emit(nil, "spec-product-changed", "", fmt.Sprintf("product changed from %s to %s", q(b.Product), q(r.Product)), attrs("from", b.Product, "to", r.Product), nil)
	}
	if b.Version != r.Version {
		d.emit(nil, "spec-version-changed", "", fmt.Sprintf("API version changed from %s to %s", q(b.Version), q(r.Version)), attrs("from", b.Version, "to", r.Version), nil)
	}
	if b.Style != "" && r.Style != "" && b.Style != r.Style {
		d.emit(nil, "spec-style-changed", "", fmt.Sprintf("API style changed from %s to %s", b.Style, r.Style), attrs("from", string(b.Style), "to", string(r.Style)), nil)
	}
	if ba, ra := specAuth(b), specAuth(r); ba != ra {
		d.emit(nil, "spec-auth-changed", "", fmt.Sprintf("default authentication changed from %s to %s", ba, ra), attrs("from", string(ba), "to", string(ra)), nil)
	}
	d.endpoints()
}

// endpoints compares the region maps by what a client does: a region whose host changes
// (documented differently, or now documented with a host other than the pattern, or no
// longer documented where its host was not the pattern) sends calls elsewhere; a region
// that only appears in or leaves the map with the pattern's host changes nothing on the
// wire.
func (d *differ) endpoints() {
	b, r := d.base, d.rev
	var regions []string
	seen := map[string]bool{}
	for _, s := range []*opspec.Spec{b, r} {
		for _, e := range s.Endpoints {
			if !seen[e.Region] {
				seen[e.Region] = true
				regions = append(regions, e.Region)
			}
		}
	}
	for _, region := range regions {
		bh, bok := hostOf(b, region)
		rh, rok := hostOf(r, region)
		switch {
		case bh != rh:
			d.emit(nil, "spec-endpoint-changed", region, fmt.Sprintf("region %s: calls go to %s instead of %s", region, q(rh), q(bh)), attrs("region", region, "from", bh, "to", rh), nil)
		case bok && !rok:
			d.emit(nil, "spec-endpoint-removed", region, fmt.Sprintf("region %s is no longer documented (its host stays %s)", region, q(rh)), attrs("region", region, "host", rh), nil)
		case !bok && rok:
			d.emit(nil, "spec-endpoint-added", region, fmt.Sprintf("region %s is documented at %s", region, q(rh)), attrs("region", region, "host", rh), nil)
		}
	}
}

// hostOf is the host a generated client calls for region: the documented one, else the
// runtime's <product>.<region>.aliyuncs.com ("" when the region ID cannot make one).
// documented says whether the spec lists the region.
func hostOf(s *opspec.Spec, region string) (host string, documented bool) {
	for _, e := range s.Endpoints {
		if e.Region == region {
			return e.Host, true
		}
	}
	h, _ := acs.ProductEndpoint(s.Product, region)
	return h, false
}

func specAuth(s *opspec.Spec) opspec.Auth {
	if s.Auth == "" {
		return opspec.AuthAK
	}
	return s.Auth
}

// operations matches operations by name and compares each pair.
func (d *differ) operations() {
	rev := map[string]*opspec.Operation{}
	for _, op := range d.rev.Operations {
		rev[op.Name] = op
	}
	seen := map[string]bool{}
	for _, b := range d.base.Operations {
		if seen[b.Name] {
			continue
		}
		seen[b.Name] = true
		r := rev[b.Name]
		o := &opDiff{d: d, name: b.Name, b: b, r: r}
		if r == nil {
			if b.Deprecated {
				o.emit("api-removed-after-deprecation", "", fmt.Sprintf("deprecated operation %s was removed", b.Name), nil)
			} else {
				o.emit("api-removed-without-deprecation", "", fmt.Sprintf("operation %s was removed without deprecation", b.Name), nil)
			}
			continue
		}
		o.start = len(d.out)
		o.compare()
	}
	for _, r := range d.rev.Operations {
		if seen[r.Name] {
			continue
		}
		seen[r.Name] = true
		o := &opDiff{d: d, name: r.Name, r: r}
		o.emit("api-added", "", fmt.Sprintf("operation %s was added", r.Name), nil)
	}
}

// compare compares one operation present on both sides.
func (o *opDiff) compare() {
	b, r := o.b, o.r
	switch {
	case !b.Deprecated && r.Deprecated:
		o.emit("api-deprecated", "", fmt.Sprintf("operation %s was deprecated", o.name), nil)
	case b.Deprecated && !r.Deprecated:
		o.emit("api-reactivated", "", fmt.Sprintf("operation %s is no longer deprecated", o.name), nil)
	}
	switch {
	case b.OverviewOnly && r.OverviewOnly:
		return
	case b.OverviewOnly:
		o.emit("api-details-added", "", fmt.Sprintf("operation %s, known only from the overview before, is now documented", o.name), nil)
		return
	case r.OverviewOnly:
		o.emit("api-details-removed", "", fmt.Sprintf("operation %s is now known only from the overview; its parameters and response are not compared", o.name), nil)
		return
	}
	o.addressing()
	o.params()
	o.idempotency()
	o.pagination()
	o.response()
	o.ram()
	o.errors()
	o.goCompare(o.pairs)
}

// addressing compares style, method, path and authentication.
func (o *opDiff) addressing() {
	d, b, r := o.d, o.b, o.r
	bs, rs := opStyle(d.base, b), opStyle(d.rev, r)
	specStyle := d.base.Style != d.rev.Style
	if bs != "" && rs != "" && bs != rs && !(specStyle && b.Style == "" && r.Style == "") {
		o.emit("api-style-changed", "", fmt.Sprintf("style changed from %s to %s", bs, rs), attrs("from", string(bs), "to", string(rs)))
	}
	bm, rm := strings.ToUpper(b.Method), strings.ToUpper(r.Method)
	if bm != "" && rm != "" && bm != rm {
		o.emit("api-method-changed", "", fmt.Sprintf("HTTP method changed from %s to %s", bm, rm), attrs("from", bm, "to", rm))
	}
	if b.Path != "" && r.Path != "" && pathShape(b.Path) != pathShape(r.Path) {
		o.emit("api-path-changed", "", fmt.Sprintf("path changed from %s to %s", b.Path, r.Path), attrs("from", b.Path, "to", r.Path))
	}
	// A product-wide auth change is reported once, at spec level.
	ba, ra := d.base.EffectiveAuth(b), d.rev.EffectiveAuth(r)
	specChanged := specAuth(d.base) != specAuth(d.rev)
	if ba != ra && !(specChanged && b.Auth == "" && r.Auth == "") {
		o.emit("api-auth-changed", "", fmt.Sprintf("authentication changed from %s to %s", ba, ra), attrs("from", string(ba), "to", string(ra)))
	}
}

func opStyle(s *opspec.Spec, op *opspec.Operation) opspec.Style {
	if op.Style != "" {
		return op.Style
	}
	return s.Style
}

// pathShape replaces path template names with {}: renaming a placeholder does not change
// the wire (the parameter rename is reported on its own).
func pathShape(p string) string {
	var sb strings.Builder
	depth := 0
	for _, c := range p {
		switch {
		case c == '{':
			depth++
			if depth == 1 {
				sb.WriteString("{}")
			}
		case c == '}' && depth > 0:
			depth--
		case depth == 0:
			sb.WriteRune(c)
		}
	}
	return strings.TrimSuffix(sb.String(), "/")
}

// q quotes a possibly empty name for messages.
func q(s string) string {
	if s == "" {
		return `""`
	}
	return s
}
