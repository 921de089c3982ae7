// Package scrape is the scraper's entry point: it reads page files and directories, picks a
// reader by format, extracts each page (scrape/extract) and merges the results per product
// version into opspec specs. Files are read one at a time and dropped after extraction, so
// memory is bounded by the largest page and the specs being built.
package scrape

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// Options override what pages say. Empty fields leave the pages' word.
type Options struct {
	Product string
	Version string
	Style   opspec.Style
	Auth    opspec.Auth
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
	// buf is the read buffer, reused from file to file.
	buf []byte
	// strs is compact's scratch list, reused from page to page.
	strs []*string
	// text is the scraper's own text reader and ex its extractor; both reuse their scratch
	// space from page to page.
	text textpage.Reader
	ex   extract.Extractor
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
	return &Scraper{opts: opts, warn: warn, specs: map[string]*builder{}, text: textpage.NewReader()}
}

// Pages is the number of pages extracted so far.
func (s *Scraper) Pages() int { return s.pages }

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
			return err
		}
		if d.IsDir() {
			if p != path && len(d.Name()) > 0 && d.Name()[0] == '.' {
				return filepath.SkipDir
			}
			return nil
		}
		if IsPage(p) {
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
		if err := s.AddFile(f, filepath.ToSlash(rel)); err != nil {
			return err
		}
	}
	return nil
}

// AddFile reads and adds one page file; rel is the name recorded in the spec's sources.
// The file is read into a buffer the scraper reuses for the next file: readers copy what
// they keep.
func (s *Scraper) AddFile(path, rel string) error {
	data, size, err := readPageFile(path, s.buf)
	s.buf = data[:0]
	if errors.Is(err, errTooBig) {
		s.errs = append(s.errs, fmt.Errorf("%s: page is %d bytes, more than the %d a page may have", path, size, MaxPageSize))
		return nil
	}
	if err != nil {
		return fmt.Errorf("scrape: %w", err)
	}
	s.Add(filepath.ToSlash(path), rel, data)
	return nil
}

// Add reads, extracts and merges one page given as bytes. file names the page in
// messages; rel is recorded as its source. Problems are recorded for Specs.
func (s *Scraper) Add(file, rel string, data []byte) {
	r, err := readerFor(file, data)
	if err != nil {
		s.errs = append(s.errs, err)
		return
	}
	if _, ok := r.(textpage.Reader); ok {
		r = s.text
	}
	p, err := r.Read(file, data)
	if err != nil {
		s.errs = append(s.errs, fmt.Errorf("%s: %w", file, err))
		return
	}
	s.addPage(p, rel, len(data))
}

// AddPage extracts and merges a page already read.
func (s *Scraper) AddPage(p *page.Page, rel string) { s.addPage(p, rel, -1) }

// addPage extracts and merges a page read from size bytes (-1 when not known).
func (s *Scraper) addPage(p *page.Page, rel string, size int) {
	res, err := s.ex.Page(p)
	if res != nil {
		for _, w := range res.Warnings {
			s.warn(w)
		}
	}
	if err != nil {
		s.errs = append(s.errs, err)
		return
	}
	s.pages++
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
	s.strs = compactResult(res, size, s.strs)
	product, version := s.productVersion(res, p.File)
	if product == "" || version == "" {
		s.pending = append(s.pending, pendingResult{res: res, file: p.File, product: product, version: version})
		return
	}
	s.builder(product, version).add(res, p.File, s.warn)
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

// Specs finishes the merge and returns the specs sorted by product key and version. The
// error joins every page that could not be read or placed; specs are returned anyway.
func (s *Scraper) Specs() ([]*opspec.Spec, error) {
	for _, pr := range s.pending {
		// A page that does not say its product version joins the only scraped spec it fits.
		var fits []*builder
		for _, b := range s.specs {
			if (pr.product == "" || strings.EqualFold(pr.product, b.spec.Product)) &&
				(pr.version == "" || pr.version == b.spec.Version) {
				fits = append(fits, b)
			}
		}
		if len(fits) != 1 {
			missing := "product and version"
			switch {
			case pr.product != "":
				missing = "version (product " + pr.product + ")"
			case pr.version != "":
				missing = "product (version " + pr.version + ")"
			}
			s.errs = append(s.errs, fmt.Errorf("%s: the page does not say its %s and %d scraped product versions fit it; use --product and --version",
				pr.file, missing, len(fits)))
			continue
		}
		b := fits[0]
		s.warn(page.Warning{File: pr.file, Msg: fmt.Sprintf("page does not say its product version; merged into %s %s", b.spec.Product, b.spec.Version)})
		b.add(pr.res, pr.file, s.warn)
	}
	s.pending = nil
	keys := make([]string, 0, len(s.specs))
	for k := range s.specs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]*opspec.Spec, 0, len(keys))
	for _, k := range keys {
		out = append(out, s.specs[k].finish(s.opts, s.warn))
	}
	return out, errors.Join(s.errs...)
}
