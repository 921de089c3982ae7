// Package scrape is the scraper's entry point: it reads page files and directories, picks a
// reader by format, extracts each page (scrape/extract) and merges the results per product
// version into opspec specs. Files are read one at a time and dropped after extraction, so
// memory is bounded by the largest page and the specs being built.
package scrape

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/apidocs"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/xmlpage"
)

// Options override what pages say. Empty fields leave the pages' word.
type Options struct {
	Product string
	Version string
	Style   opspec.Style
	Auth    opspec.Auth
	// Strict fails every page with a warning that drops or guesses a field (page.Drop,
	// page.Guess): such a page is left out of the spec and counted as failed.
	Strict bool
}

// MaxPageSize bounds one input file; documentation pages are a few KB.
const MaxPageSize = 16 << 20

// Scraper accumulates pages into specs.
type Scraper struct {
	opts Options
	warn func(page.Warning)
	// specs by lower-case product and version.
	specs   map[string]*builder
	pending []pendingResult
	errs    []error
	pages   int
	// folders says, per folder, which product versions its pages named: a page that names
	// none joins its folder's when that is one.
	folders map[string]map[*builder]bool
	// failed holds the files of the pages that failed (errs names why); sum counts.
	failed map[string]bool
	sum    Summary
	// stage says what the scraper is doing with the current page, for a panic's message.
	stage string
	// validate checks a spec's OpenAPI form (openAPIError; tests make it panic).
	validate func(*opspec.Spec) error
	// formats are the input formats read (builtinFormats; tests add readers).
	formats formatTable
}

// pendingResult is a page that names no product or version; it joins the only spec at the end.
type pendingResult struct {
	res  *extract.Result
	file string
	// product and version are what the page and flags say; one of them is "".
	product, version string
}

// New makes a scraper; warn receives every warning as it is found (nil drops them).
func New(opts Options, warn func(page.Warning)) *Scraper {
	if warn == nil {
		warn = func(page.Warning) {}
	}
	s := &Scraper{opts: opts, specs: map[string]*builder{}, folders: map[string]map[*builder]bool{},
		failed: map[string]bool{}, validate: openAPIError, formats: builtinFormats()}
	s.warn = func(w page.Warning) {
		s.sum.Warnings[w.Kind]++
		warn(w)
	}
	return s
}

// Pages is the number of pages extracted so far.
func (s *Scraper) Pages() int { return s.pages }

// Summary counts what a run read and lost. It is complete after Specs.
type Summary struct {
	// Read is the number of pages whose operation or operation list is in the specs.
	Read int
	// Failed is the number of pages that failed: not read, not an API page, a panic, an
	// operation that makes the spec invalid, a product version that cannot be written, or
	// (with Options.Strict) a field dropped or guessed. Each is named in what Specs returns.
	Failed int
	// Warnings counts the warnings by kind (page.Info, page.Drop, page.Guess).
	Warnings [3]int
}

// Dropped is the number of warnings that say something of a page is not in the spec.
func (s Summary) Dropped() int { return s.Warnings[page.Drop] }

// Guessed is the number of warnings that say a field's type, place or flag was assumed.
func (s Summary) Guessed() int { return s.Warnings[page.Guess] }

// String is the run's closing line, e.g. "438 pages read, 2 failed; warnings: 5 drop, 12
// guess, 30 info" (drop: something on a page is not in the spec; guess: a field's type,
// place or flag is assumed; info: nothing lost).
func (s Summary) String() string {
	return fmt.Sprintf("%d pages read, %d failed; warnings: %d drop, %d guess, %d info",
		s.Read, s.Failed, s.Dropped(), s.Guessed(), s.Warnings[page.Info])
}

// Summary returns the counts so far; call it after Specs for the run's figures.
func (s *Scraper) Summary() Summary {
	sum := s.sum
	sum.Failed = len(s.failed)
	return sum
}

// PageError is why one page failed. Err names the file (and line when known).
type PageError struct {
	File string
	Err  error
}

func (e *PageError) Error() string { return e.Err.Error() }
func (e *PageError) Unwrap() error { return e.Err }

// fail records that the page in file failed; err names the file.
func (s *Scraper) fail(file string, err error) {
	s.failed[file] = true
	s.errs = append(s.errs, &PageError{File: file, Err: err})
}

// recoverPage turns a panic while reading, extracting or merging the page in file into that
// page's error, naming where in the scraper it happened, so that one page never ends the run.
func (s *Scraper) recoverPage(file string) {
	r := recover()
	if r == nil {
		return
	}
	s.fail(file, fmt.Errorf("%s: the scraper failed %s this page (please report it): %w", file, s.stage, &panicError{val: r, site: panicSite()}))
}

// panicError is a panic recovered in the scraper: a bug, not a problem of the pages.
type panicError struct {
	val  any
	site string
}

func (e *panicError) Error() string { return fmt.Sprintf("panic: %v%s", e.val, e.site) }

// catch runs fn and returns a panic in it as a *panicError, so that the merge steps fail
// only the pages or operations they were working on.
func catch(fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &panicError{val: r, site: panicSite()}
		}
	}()
	fn()
	return nil
}

// panicSite is " at func (file.go:line)" for the frame that panicked, found from within a
// deferred recover: the first frame below the runtime's panic machinery.
func panicSite() string {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	panicking := false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			panicking = true
		case panicking && f.Function != "" && !strings.HasPrefix(f.Function, "runtime."):
			return fmt.Sprintf(" at %s (%s:%d)", path.Base(f.Function), path.Base(f.File), f.Line)
		}
		if !more {
			return ""
		}
	}
}

// AddPath adds a file, or every page file under a directory (recursively, in sorted
// order, skipping non-page files). It returns an error only when the path cannot be read;
// bad pages are recorded and reported by Specs.
func (s *Scraper) AddPath(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("scrape: %w", err)
	}
	if !st.IsDir() {
		return s.AddFile(path, filepath.ToSlash(filepath.Base(path)))
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == path {
				return err
			}
			// an unreadable file or folder inside fails alone
			s.fail(filepath.ToSlash(p), fmt.Errorf("%s: %w", filepath.ToSlash(p), err))
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != path && len(d.Name()) > 0 && d.Name()[0] == '.' {
				return filepath.SkipDir
			}
			return nil
		}
		if s.formats.isPage(p) || apidocs.IsName(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("scrape: %w", err)
	}
	sort.Strings(files)
	base := filepath.Base(filepath.Clean(path))
	for _, f := range files {
		rel, err := filepath.Rel(path, f)
		if err != nil {
			rel = filepath.Base(f)
		}
		if base != "." && base != string(filepath.Separator) {
			rel = filepath.Join(base, rel)
		}
		s.addFile(f, filepath.ToSlash(rel), true)
	}
	return nil
}

// AddFile reads and adds one page file; rel is the name recorded in the spec's sources.
// A file that cannot be read fails as a page (the error is for Specs); the returned error
// is always nil, kept for callers that check it.
func (s *Scraper) AddFile(path, rel string) error {
	s.addFile(path, rel, false)
	return nil
}

// addFile reads and adds one page file, found in a folder (AddFound) or named (Add).
func (s *Scraper) addFile(path, rel string, found bool) {
	data, size, err := readPageFile(path)
	if errors.Is(err, errTooBig) {
		s.fail(filepath.ToSlash(path), fmt.Errorf("%s: page is %d bytes, more than the %d a page may have", path, size, MaxPageSize))
		return
	}
	if err != nil {
		s.fail(filepath.ToSlash(path), err) // an *fs.PathError: it names the file
		return
	}
	if found {
		s.AddFound(filepath.ToSlash(path), rel, data)
	} else {
		s.Add(filepath.ToSlash(path), rel, data)
	}
}

// AddFound adds a page met while walking a folder or a git tree, as Add does, except an
// .xml file that is some other XML document (a build file, a sitemap, a sample: its root
// element no documentation vocabulary's, xmlpage.Document): a folder of pages may hold
// them, and they are no failed pages. It is skipped with a warning naming its root.
func (s *Scraper) AddFound(file, rel string, data []byte) {
	if strings.EqualFold(filepath.Ext(file), ".xml") {
		if root, doc := xmlpage.Document(data); !doc {
			why := "its root element <" + root + "> is no documentation page's (DocBook, DITA, JATS, TEI)"
			if root == "" {
				why = "it starts with no XML element"
			}
			s.warn(page.Warning{File: file, Msg: "skipped: an XML file, but " + why})
			return
		}
	}
	s.Add(file, rel, data)
}

// Add reads, extracts and merges one page given as bytes. file names the page in
// messages; rel is recorded as its source. Problems, panics included, are recorded for
// Specs: a page that fails never stops the others.
func (s *Scraper) Add(file, rel string, data []byte) {
	defer s.recoverPage(file)
	if apidocs.Looks(file, data) {
		s.addMetadata(file, rel, data)
		return
	}
	r, err := s.formats.readerFor(file, data)
	if err != nil {
		s.fail(file, err)
		return
	}
	s.stage = "reading"
	p, err := r.Read(file, data)
	if err != nil {
		if !strings.HasPrefix(err.Error(), file) {
			err = fmt.Errorf("%s: %w", file, err)
		}
		s.fail(file, err)
		return
	}
	s.addPage(p, rel, len(data))
}

// AddPage extracts and merges a page already read.
func (s *Scraper) AddPage(p *page.Page, rel string) {
	defer s.recoverPage(p.File)
	s.addPage(p, rel, -1)
}

// addPage extracts and merges a page read from size bytes (-1 when not known).
func (s *Scraper) addPage(p *page.Page, rel string, size int) {
	s.stage = "extracting"
	res, err := extract.Page(p)
	lossy := 0
	if res != nil {
		for _, w := range res.Warnings {
			s.warn(w)
			if w.Kind != page.Info {
				lossy++
			}
		}
	}
	if err != nil {
		s.fail(p.File, err)
		return
	}
	if s.opts.Strict && lossy > 0 {
		s.fail(p.File, fmt.Errorf("%s: %d warnings drop or guess fields, and --strict makes them errors", p.File, lossy))
		return
	}
	if rel == "" {
		rel = p.File
	}
	if res.Op != nil {
		res.Op.Source.File = rel
	}
	if res.Overview != nil {
		for _, op := range res.Overview.Operations {
			op.Source.File = rel
		}
	}
	compactResult(res, size)
	product, version := s.productVersion(res, p.File)
	if product == "" || version == "" {
		s.pending = append(s.pending, pendingResult{res: res, file: p.File, product: product, version: version})
		s.pages++
		return
	}
	b := s.builder(product, version)
	dir := path.Dir(p.File)
	if s.folders[dir] == nil {
		s.folders[dir] = map[*builder]bool{}
	}
	s.folders[dir][b] = true
	s.stage = "merging"
	b.add(res, p.File, s.warn)
	s.pages++ // after the merge: a page whose merge panics is failed, not read
}

// productVersion applies the flags over what the page says.
func (s *Scraper) productVersion(res *extract.Result, file string) (string, string) {
	product, version := res.Product, res.Version
	if s.opts.Product != "" {
		if product != "" && !strings.EqualFold(product, s.opts.Product) {
			s.warn(page.Warning{File: file, Msg: fmt.Sprintf("page says product %q; --product %q overrides it", product, s.opts.Product)})
		}
		product = s.opts.Product
	}
	if s.opts.Version != "" {
		if version != "" && version != s.opts.Version {
			s.warn(page.Warning{File: file, Msg: fmt.Sprintf("page says version %q; --version %q overrides it", version, s.opts.Version)})
		}
		version = s.opts.Version
	}
	return product, version
}

func (s *Scraper) builder(product, version string) *builder {
	k := strings.ToLower(product) + "/" + version
	b := s.specs[k]
	if b == nil {
		b = newBuilder(product, version)
		s.specs[k] = b
	}
	return b
}

// Specs finishes the merge and returns the specs sorted by product key and version. Every
// page that failed is left out and named in the returned error (one *PageError per page,
// joined): a page that could not be read or extracted, that does not say its product
// version where several fit, or whose operation would make its spec invalid. A product
// version that cannot be written fails all its pages, named in one error. A panic while
// merging (a bug) fails only the page, operation or product version being merged. The specs
// of the pages that read are returned anyway, and are valid.
func (s *Scraper) Specs() ([]*opspec.Spec, error) {
	late := 0 // pages counted as read that fail here
	for _, pr := range s.pending {
		if err := catch(func() { late += s.join(pr) }); err != nil {
			s.fail(pr.file, fmt.Errorf("%s: the scraper failed merging this page (please report it): %w", pr.file, err))
			late++
		}
	}
	s.pending = nil
	keys := make([]string, 0, len(s.specs))
	for k := range s.specs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]*opspec.Spec, 0, len(keys))
	var specErrs []error
	for _, k := range keys {
		b := s.specs[k]
		var sp *opspec.Spec
		n := 0
		err := catch(func() { sp = b.finish(s.opts, s.warn) })
		if err != nil {
			err = fmt.Errorf("spec %s/%s: the scraper failed finishing this product version (please report it): %w", b.spec.Product, b.spec.Version, err)
		} else {
			n, err = s.dropInvalid(b, sp)
		}
		late += n
		if err != nil {
			late += s.failVersion(b)
			specErrs = append(specErrs, fmt.Errorf("%w; its pages are left out: %s", err, strings.Join(b.pages, ", ")))
			continue
		}
		out = append(out, sp)
	}
	s.sum.Read = s.pages - late
	return out, errors.Join(append(s.errs, specErrs...)...)
}

// join merges a page that does not say its product version into the only scraped spec it
// fits, and returns 1 when it fails instead (0 when joined).
func (s *Scraper) join(pr pendingResult) int {
	var fits []*builder
	for _, b := range s.specs {
		if (pr.product == "" || extract.SameProduct(pr.product, b.spec.Product)) &&
			(pr.version == "" || pr.version == b.spec.Version) {
			fits = append(fits, b)
		}
	}
	missing := "product and version"
	switch {
	case pr.product != "":
		missing = "version (product " + pr.product + ")"
	case pr.version != "":
		missing = "product (version " + pr.version + ")"
	}
	why := "the only scraped product version that fits it"
	if len(fits) > 1 {
		// several fit: the one the other pages of its folder name, when they name one
		var mates []*builder
		for _, b := range fits {
			if s.folders[path.Dir(pr.file)][b] {
				mates = append(mates, b)
			}
		}
		if len(mates) == 1 {
			why = fmt.Sprintf("%d scraped product versions fit it, and the other pages of its folder name this one", len(fits))
			fits = mates
		}
	}
	if len(fits) != 1 {
		s.fail(pr.file, fmt.Errorf("%s: the page does not say its %s and %d scraped product versions fit it; use --product and --version",
			pr.file, missing, len(fits)))
		return 1
	}
	b := fits[0]
	if t := pr.res.ProductTitle; t != "" && b.spec.Title != "" && t != b.spec.Title {
		// The title names a product in words, which may be another language's or
		// another page's name for the same one: it is told, not taken as a mismatch.
		why += fmt.Sprintf(", although its title names product %q where the spec's pages say %q", t, b.spec.Title)
		pr.res.ProductTitle = "" // said here; add would say it again as a conflict of two pages
	}
	s.warn(page.Warning{File: pr.file, Msg: fmt.Sprintf("page does not say its %s; joined to %s %s: %s", missing, b.spec.Product, b.spec.Version, why)})
	b.add(pr.res, pr.file, s.warn)
	return 0
}

// failVersion counts every page merged into b as failed (its spec cannot be written) and
// returns how many had not failed already.
func (s *Scraper) failVersion(b *builder) int {
	n := 0
	for _, f := range b.pages {
		if !s.failed[f] {
			s.failed[f] = true
			n++
		}
	}
	return n
}

// dropInvalid leaves out of sp every operation that makes it invalid (opspec's lint errors,
// then kin-openapi validation of its OpenAPI form), failing the page each came from, and
// returns how many pages failed. An error that is the spec's own, not one operation's, is
// returned: then the spec cannot be written at all. A panic while checking (a bug) fails the
// operations that panic when checked alone, and the others are checked again.
func (s *Scraper) dropInvalid(b *builder, sp *opspec.Spec) (int, error) {
	failed := 0
	for {
		bad, order, err := invalidOps(sp, s.validate)
		var pe *panicError
		if errors.As(err, &pe) {
			bad, order = map[string][]string{}, nil
			one := *sp
			one.Groups = nil
			for _, op := range sp.Operations {
				one.Operations = []*opspec.Operation{op}
				if _, _, err := invalidOps(&one, s.validate); errors.As(err, &pe) {
					order = append(order, op.Name)
					bad[op.Name] = []string{err.Error()}
				}
			}
			if len(order) == 0 {
				return failed, fmt.Errorf("spec %s/%s: the scraper failed checking this product version (please report it): %w", sp.Product, sp.Version, err)
			}
		} else if err != nil {
			return failed, fmt.Errorf("spec %s/%s: %w", sp.Product, sp.Version, err)
		}
		kept := sp.Operations[:0]
		for _, op := range sp.Operations {
			if bad[op.Name] == nil {
				kept = append(kept, op)
			}
		}
		clear(sp.Operations[len(kept):])
		sp.Operations = kept
		for _, name := range order {
			file := b.files[name]
			if !s.failed[file] {
				failed++
			}
			why := "it would make the spec invalid"
			if pe != nil {
				why = "the scraper failed checking it (please report it)"
			}
			s.fail(file, fmt.Errorf("%s: operation %s left out: %s: %s", file, name, why, strings.Join(bad[name], "; ")))
		}
		if pe == nil {
			return failed, nil
		}
	}
}

// invalidOps says why sp is invalid (its lint errors, then validate's): the problems of each
// operation, with the operations in order, or an error of the spec's own; a panic while
// checking is returned as a *panicError.
func invalidOps(sp *opspec.Spec, validate func(*opspec.Spec) error) (bad map[string][]string, order []string, err error) {
	var own error
	bad = map[string][]string{}
	note := func(op string, problem string) {
		if bad[op] == nil {
			order = append(order, op)
		}
		bad[op] = append(bad[op], problem)
	}
	err = catch(func() {
		for _, p := range sp.Lint() {
			if p.Warning {
				continue
			}
			if p.Operation == "" {
				own = p
				return
			}
			name := p.Operation
			p.Operation = ""
			note(name, p.Error())
		}
		if len(bad) > 0 || validate(sp) == nil {
			return
		}
		// Find the operations kin-openapi rejects, one at a time.
		one := *sp
		one.Groups = nil
		one.Operations = nil
		if own = validate(&one); own != nil {
			return
		}
		for _, op := range sp.Operations {
			one.Operations = []*opspec.Operation{op}
			if err := validate(&one); err != nil {
				note(op.Name, err.Error())
			}
		}
	})
	if err != nil {
		return nil, nil, err
	}
	return bad, order, own
}

// openAPIError is why the OpenAPI form of sp does not convert or validate, or nil.
func openAPIError(sp *opspec.Spec) error {
	doc, err := opspec.ToOpenAPI(sp)
	if err != nil {
		return err
	}
	return doc.Validate(context.Background())
}
