// Package extract turns a page model (scrape/page) into the normalized model (opspec): one
// operation per operation page, or the operation list of an overview page. It never looks
// at raw input; every fact it takes and every doubt it has is tied to a page line.
package extract

import (
	"errors"
	"fmt"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// Result is what one page says.
type Result struct {
	// Product, Version and Style are what the page tells about its product version; each
	// is "" when the page does not say.
	Product string
	Version string
	Style   opspec.Style
	// ProductTitle is the human product name from the title ("Identity as a Service").
	ProductTitle string
	// Op is the operation of an operation page; nil for an overview.
	Op *opspec.Operation
	// Overview is set for an overview page.
	Overview *Overview
	// Warnings are the reader's warnings followed by extraction's, each with file and line.
	Warnings []page.Warning
}

// Overview is the operation list of an overview page.
type Overview struct {
	// Operations are OverviewOnly operations in page order.
	Operations []*opspec.Operation
	Groups     []opspec.Group
}

// ErrNotAPIPage is wrapped by Page when a page is neither an operation nor an overview.
var ErrNotAPIPage = errors.New("not an API operation or overview page")

// ErrNoOperationName is wrapped by Page when a page laid out as an operation (parameter
// tables) names its operation nowhere.
var ErrNoOperationName = errors.New("operation page without an operation name")

// extractor carries one page through extraction and collects warnings.
type extractor struct {
	p   *page.Page
	res *Result
	// urls are what the debug link and the page URL tell, read once by pageFacts.
	urls [2]urlFacts
	// products and versions are what the page's sources say, in the order met;
	// decideFacts picks the result's.
	products, versions facts
	// claimed holds the sections of headings the lexicon does not know whose tables a
	// rule read (structSections).
	claimed map[*page.Section]bool
	// stamps are the Timestamp rows of the request or response being read, typed by
	// decideStamps once the examples are known.
	stamps []stamp
}

// warn records a warning that loses nothing (page.Info).
func (x *extractor) warn(line int, format string, args ...any) {
	x.warnKind(page.Info, line, format, args...)
}

// drop records that something the page documents is not in the spec; the message names it.
func (x *extractor) drop(line int, format string, args ...any) {
	x.warnKind(page.Drop, line, format, args...)
}

// guess records that a field's type, place, flag or nesting is assumed; the message names
// the field.
func (x *extractor) guess(line int, format string, args ...any) {
	x.warnKind(page.Guess, line, format, args...)
}

func (x *extractor) warnKind(k page.WarnKind, line int, format string, args ...any) {
	x.res.Warnings = append(x.res.Warnings, page.Warning{File: x.p.File, Line: line, Kind: k, Msg: fmt.Sprintf(format, args...)})
}

// Page extracts one page. It returns an error wrapping ErrNotAPIPage when the page has no
// operation name and no operation list (ErrNoOperationName when it has parameter tables
// all the same); problems inside a page are warnings.
func Page(p *page.Page) (*Result, error) {
	if p == nil {
		return nil, errors.New("extract: nil page")
	}
	x := &extractor{p: p, res: &Result{}}
	x.res.Warnings = append(x.res.Warnings, p.Warnings...)
	page.GroupRows(p)
	page.ResponseLabels(p)
	page.FactColumns(p)
	if p.Truncated {
		x.warn(0, "page is cut off part way; extracted what is there")
	}
	x.pageFacts()
	if err := x.content(); err != nil {
		return x.res, err
	}
	x.decideFacts()
	return x.res, nil
}

// content fills the result's operation or operation list, or says why the page has none.
func (x *extractor) content() error {
	p := x.p
	ov := x.overview()
	if ov == nil && !x.hasOperationSections() {
		// an overview whose list has no heading (text dumps): its tables tell
		if lo := x.listedOperations(); len(lo.Operations) > 0 {
			ov = lo
		}
	}
	if ov != nil && len(ov.Operations) > 0 {
		x.res.Overview = ov
		return nil
	}
	name := x.opName()
	if name == "" && ov != nil {
		x.res.Overview = ov
		x.warn(p.TitleLine, "overview page lists no operations")
		return nil
	}
	if name == "" && x.operationShaped() {
		return fmt.Errorf("%s: %w: it has parameter tables, but no title, Action row, sample request, XML response root, URL, RAM action or first sentence names it", p.File, ErrNoOperationName)
	}
	if name == "" {
		return fmt.Errorf("%s: %w: no operation name in the title, RAM action, Action row or URL", p.File, ErrNotAPIPage)
	}
	x.operation(name)
	return nil
}

// operation fills Result.Op for an operation page.
func (x *extractor) operation(name string) {
	p := x.p
	op := &opspec.Operation{Name: name}
	x.res.Op = op
	op.Source = opspec.Source{File: p.File, URL: p.URL, Lang: p.Lang}
	if p.LastUpdated != "" {
		d, ok := normalizeDate(p.LastUpdated)
		if !ok {
			x.warn(0, "cannot read Last Updated date %q", p.LastUpdated)
		}
		op.Source.LastUpdated = d
	}
	if op.Source.URL == "" {
		op.Source.URL = p.Meta["debug-url"]
	}
	op.Title = x.opTitle(name)
	op.Summary, op.Description = x.summary()
	op.Deprecated = x.pageDeprecated()
	x.syntax(op)
	op.RAM = x.ram()
	x.params(op)
	x.response(op)
	x.responseHeaders(op)
	markCaseTwins(op)
	op.Errors = x.errorCodes()
	x.unreadTables()
	op.Changes = x.changes()
	if x.res.Style == "" {
		x.res.Style = op.Style
	}
}

// pageDeprecated tells whether the page marks the whole operation deprecated.
func (x *extractor) pageDeprecated() bool {
	t := x.p.Title
	return strings.Contains(strings.ToLower(t), "deprecated") || strings.Contains(t, "已废弃") || strings.Contains(t, "已下线")
}
