package scrape

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/page"
)

// builder merges the pages of one product version.
type builder struct {
	spec *opspec.Spec
	ops  map[string]*opspec.Operation
	// files says which file each operation came from, for duplicate messages.
	files map[string]string
	// overviewStyle is the style an overview page states; styles counts the operations'.
	overviewStyle opspec.Style
	bearerSeen    bool
	// metaAuth is the product's auth as an api-docs.json file says it ("" without one).
	metaAuth opspec.Auth
	// pages are the files merged, for the error when the spec cannot be written.
	pages []string
}

func newBuilder(product, version string) *builder {
	return &builder{
		spec:  &opspec.Spec{Product: product, Version: version},
		ops:   map[string]*opspec.Operation{},
		files: map[string]string{},
	}
}

// betterProductSpelling prefers a spelling with capitals ("Eiam-developerapi") over the
// lower-case form RAM actions and URLs give ("eiam-developerapi").
func betterProductSpelling(cur, cand string) bool {
	hasUpper := func(s string) bool { return strings.IndexFunc(s, unicode.IsUpper) >= 0 }
	return !hasUpper(cur) && hasUpper(cand)
}

// add merges one page's result.
func (b *builder) add(res *extract.Result, file string, warn func(page.Warning)) {
	w := func(format string, args ...any) {
		warn(page.Warning{File: file, Msg: fmt.Sprintf(format, args...)})
	}
	if res.Product != "" && strings.EqualFold(res.Product, b.spec.Product) && betterProductSpelling(b.spec.Product, res.Product) {
		b.spec.Product = res.Product
	}
	if res.ProductTitle != "" {
		if b.spec.Title == "" {
			b.spec.Title = res.ProductTitle
		} else if b.spec.Title != res.ProductTitle {
			w("product title %q differs from %q given by other pages", res.ProductTitle, b.spec.Title)
		}
	}
	if ov := res.Overview; ov != nil {
		if res.Style != "" {
			if b.overviewStyle != "" && b.overviewStyle != res.Style {
				w("overview says style %s but another overview said %s", res.Style, b.overviewStyle)
			}
			b.overviewStyle = res.Style
		}
		b.spec.Groups = append(b.spec.Groups, ov.Groups...)
		for _, op := range ov.Operations {
			b.addOp(op, file, w)
		}
	} else {
		if res.Op.Auth == opspec.AuthBearer {
			b.bearerSeen = true
		}
		b.addOp(res.Op, file, w)
	}
	b.pages = append(b.pages, file)
}

// addOp merges one operation: an operation page beats an overview entry (which fills its
// title and summary gaps); of two operation pages the newer Last Updated wins.
func (b *builder) addOp(op *opspec.Operation, file string, w func(string, ...any)) {
	old, ok := b.ops[op.Name]
	if !ok {
		b.ops[op.Name] = op
		b.files[op.Name] = file
		return
	}
	oldFile := b.files[op.Name]
	switch {
	case old.OverviewOnly && op.OverviewOnly:
		w("operation %s is listed by two overviews (%s and %s); keeping the first", op.Name, oldFile, file)
	case old.OverviewOnly:
		fillGaps(op, old)
		b.ops[op.Name] = op
		b.files[op.Name] = file
	case op.OverviewOnly:
		fillGaps(old, op)
	default:
		newer := op.Source.LastUpdated > old.Source.LastUpdated
		keep, drop, keepFile := old, op, oldFile
		if newer {
			keep, drop, keepFile = op, old, file
		}
		w("operation %s is described by two pages, %s (last updated %s) and %s (last updated %s); keeping %s",
			op.Name, oldFile, dateOr(old.Source.LastUpdated), file, dateOr(op.Source.LastUpdated), keepFile)
		if newer {
			b.ops[op.Name] = keep
			b.files[op.Name] = file
		}
		fillGaps(keep, drop)
	}
}

func dateOr(d string) string {
	if d == "" {
		return "unknown"
	}
	return d
}

// fillGaps copies title and summary from a weaker description of the same operation.
func fillGaps(dst, src *opspec.Operation) {
	if dst.Title == "" {
		dst.Title = src.Title
	}
	if dst.Summary == "" {
		dst.Summary = src.Summary
	}
}

// finish applies the flags and conventions and returns the spec with sorted operations.
func (b *builder) finish(opts Options, warn func(page.Warning)) *opspec.Spec {
	s := b.spec
	names := make([]string, 0, len(b.ops))
	for n := range b.ops {
		names = append(names, n)
	}
	sort.Strings(names)
	s.Operations = s.Operations[:0]
	for _, n := range names {
		s.Operations = append(s.Operations, b.ops[n])
	}
	// Style: flag, overview, then the operations' majority.
	switch {
	case opts.Style != "":
		s.Style = opts.Style
	case b.overviewStyle != "":
		s.Style = b.overviewStyle
	default:
		count := map[opspec.Style]int{}
		for _, op := range s.Operations {
			if !op.OverviewOnly {
				count[op.Style]++
			}
		}
		s.Style = opspec.RPC
		if count[opspec.ROA] > count[opspec.RPC] {
			s.Style = opspec.ROA
		}
	}
	for _, op := range s.Operations {
		if op.OverviewOnly {
			op.Style = s.Style
			continue
		}
		if op.Style != s.Style {
			warn(page.Warning{File: b.files[op.Name], Msg: fmt.Sprintf("operation %s is %s %s %s but the product version is %s",
				op.Name, op.Style, op.Method, op.Path, s.Style)})
		}
	}
	// Auth: flag, else the metadata's, else bearer when a page shows the bearer header, else AccessKey.
	switch {
	case opts.Auth != "":
		s.Auth = opts.Auth
	case b.metaAuth != "":
		s.Auth = b.metaAuth
	case b.bearerSeen:
		s.Auth = opspec.AuthBearer
	default:
		s.Auth = opspec.AuthAK
	}
	for _, op := range s.Operations {
		if op.OverviewOnly {
			continue
		}
		switch {
		case op.Auth == s.Auth:
			op.Auth = ""
		case op.Auth == "" && s.Auth == opspec.AuthBearer && b.bearerSeen:
			// In a bearer product whose pages show the Authorization header, an operation page
			// without it is a public token endpoint.
			op.Auth = opspec.AuthAnonymous
		}
	}
	return s
}
