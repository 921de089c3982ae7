package diff

import (
	"fmt"
	"sort"
	"strings"

	"github.com/acsgen/acsgen/internal/editdist"
	"github.com/acsgen/acsgen/opspec"
)

// params matches request parameters in three passes: same name and location, then same
// name in another location (a move), then a removed and an added parameter of the same
// location and type with similar names (a rename). What is left was removed or added.
func (o *opDiff) params() {
	bp, rp := o.b.Params, o.r.Params
	usedB := make([]bool, len(bp))
	usedR := make([]bool, len(rp))
	type pair struct{ b, r *opspec.Param }
	var pairs []pair
	match := func(same func(b, r *opspec.Param) bool) {
		for i, b := range bp {
			if usedB[i] {
				continue
			}
			for j, r := range rp {
				if !usedR[j] && same(b, r) {
					usedB[i], usedR[j] = true, true
					pairs = append(pairs, pair{b, r})
					break
				}
			}
		}
	}
	match(func(b, r *opspec.Param) bool { return b.Name == r.Name && b.In == r.In })
	match(func(b, r *opspec.Param) bool { return b.Name == r.Name })

	var removed, added []*opspec.Param
	for i, b := range bp {
		if !usedB[i] {
			removed = append(removed, b)
		}
	}
	for j, r := range rp {
		if !usedR[j] {
			added = append(added, r)
		}
	}
	renames := pairRenames(removed, added)

	for _, p := range pairs {
		o.param(p.b, p.r)
	}
	for _, b := range removed {
		if r := renames[b]; r != nil {
			o.emitBreaks("request-parameter-renamed", r.Name,
				fmt.Sprintf("request parameter %s (%s) was renamed to %s", b.Name, b.In, r.Name),
				attrs("from", b.Name, "to", r.Name, "in", string(r.In)),
				Breaks{Wire: true}) // Go: goCompare, from the models
			o.param(b, r)
			continue
		}
		o.emit("request-parameter-removed", b.Name, fmt.Sprintf("request parameter %s (%s) was removed", b.Name, b.In), attrs("in", string(b.In)))
	}
	renamedTo := map[*opspec.Param]bool{}
	for _, r := range renames {
		renamedTo[r] = true
	}
	for _, r := range added {
		if renamedTo[r] {
			continue
		}
		if r.Required {
			o.emit("new-required-request-parameter", r.Name, fmt.Sprintf("required request parameter %s (%s) was added", r.Name, r.In), attrs("in", string(r.In)))
		} else {
			o.emit("new-optional-request-parameter", r.Name, fmt.Sprintf("optional request parameter %s (%s) was added", r.Name, r.In), attrs("in", string(r.In)))
		}
	}
}

// param compares a matched pair (same parameter, possibly moved or renamed).
func (o *opDiff) param(b, r *opspec.Param) {
	o.pairs = append(o.pairs, paramPair{b, r})
	name := r.Name
	if b.In != r.In {
		o.emit("request-parameter-location-changed", name,
			fmt.Sprintf("request parameter %s moved from %s to %s", name, b.In, r.In),
			attrs("from", string(b.In), "to", string(r.In)))
	}
	switch {
	case !b.Required && r.Required:
		o.emitBreaks("request-parameter-became-required", name, fmt.Sprintf("request parameter %s became required", name), nil,
			Breaks{Wire: true}) // Go: goCompare, from the models
	case b.Required && !r.Required:
		o.emitBreaks("request-parameter-became-optional", name, fmt.Sprintf("request parameter %s became optional", name), nil,
			Breaks{}) // Go: goCompare, from the models
	}
	// A whole-body parameter is not jsonWire: a whole-body string is the caller's text sent
	// as it is, so a scalar that becomes a string still sends the same bytes.
	sc := schemaCmp{o: o, request: true, top: true, jsonWire: r.In == opspec.InBody && b.In == opspec.InBody}
	sc.compare(name, b.Schema, r.Schema)
}

// pairRenames pairs removed with added parameters that look like renames: same location,
// same type, and names equal up to case and separators, within a small edit distance, or
// one containing the other. Only unambiguous best pairs count.
func pairRenames(removed, added []*opspec.Param) map[*opspec.Param]*opspec.Param {
	out := map[*opspec.Param]*opspec.Param{}
	if len(removed) == 0 || len(added) == 0 {
		return out
	}
	const no = 1 << 30
	score := func(b, r *opspec.Param) int {
		if b.In != r.In || schemaType(b.Schema) != schemaType(r.Schema) {
			return no
		}
		return nameDistance(b.Name, r.Name)
	}
	type cand struct {
		b, r  *opspec.Param
		score int
	}
	var cands []cand
	for _, b := range removed {
		for _, r := range added {
			if s := score(b, r); s < no {
				cands = append(cands, cand{b, r, s})
			}
		}
	}
	// Stable order: by score, then page order (removed, then added), as built.
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score < cands[j].score })
	taken := map[*opspec.Param]bool{}
	for i, c := range cands {
		if out[c.b] != nil || taken[c.r] {
			continue
		}
		ambiguous := false
		for j, o := range cands {
			if j != i && o.score == c.score && (o.b == c.b && !taken[o.r] || o.r == c.r && out[o.b] == nil) {
				ambiguous = true
				break
			}
		}
		if ambiguous {
			continue
		}
		out[c.b] = c.r
		taken[c.r] = true
	}
	return out
}

// nameDistance scores how alike two names are; large means "not a rename". 0: equal up to
// case and separators; 1..: edit distance within a quarter of the shorter name; 100+: one
// name contains the other and the shorter has at least four letters.
func nameDistance(a, b string) int {
	const no = 1 << 30
	na, nb := normName(a), normName(b)
	if na == nb {
		return 0
	}
	short := min(len(na), len(nb))
	if d := editdist.Distance(na, nb); d <= max(1, short/4) {
		return d
	}
	if short >= 4 && (strings.Contains(na, nb) || strings.Contains(nb, na)) {
		return 100 + len(na) + len(nb) - 2*short
	}
	return no
}

func normName(s string) string {
	var sb strings.Builder
	for _, c := range strings.ToLower(s) {
		if c != '_' && c != '-' && c != '.' && c != ' ' {
			sb.WriteRune(c)
		}
	}
	return sb.String()
}
