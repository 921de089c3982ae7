package scrape

import (
	"fmt"
	"slices"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/apidocs"
	"github.com/acsgen/acsgen/scrape/page"
)

// addMetadata reads an api-docs.json file (the official OpenAPI metadata) and merges its
// operations like pages': the metadata says the product's style and auth, its directories
// are the groups. An operation also described by a page follows the usual rule of two
// pages: the one with the newer Last Updated date wins, and the metadata has no date, so a
// dated page beats it.
func (s *Scraper) addMetadata(file, rel string, data []byte) {
	s.stage = "reading metadata"
	res, err := apidocs.Read(file, data)
	if err != nil {
		s.fail(file, err)
		return
	}
	lossy := 0
	for _, w := range res.Warnings {
		s.warn(w)
		if w.Kind != page.Info {
			lossy++
		}
	}
	if s.opts.Strict && lossy > 0 {
		s.fail(file, fmt.Errorf("%s: %d warnings drop or guess fields, and --strict makes them errors", file, lossy))
		return
	}
	sp := res.Spec
	product, version := sp.Product, sp.Version
	if s.opts.Product != "" {
		if !strings.EqualFold(product, s.opts.Product) {
			s.warn(page.Warning{File: file, Msg: fmt.Sprintf("metadata says product %q; --product %q overrides it", product, s.opts.Product)})
		}
		product = s.opts.Product
	}
	if s.opts.Version != "" {
		if version != s.opts.Version {
			s.warn(page.Warning{File: file, Msg: fmt.Sprintf("metadata says version %q; --version %q overrides it", version, s.opts.Version)})
		}
		version = s.opts.Version
	}
	s.stage = "merging"
	b := s.builder(product, version)
	if strings.EqualFold(sp.Product, b.spec.Product) && betterProductSpelling(b.spec.Product, sp.Product) {
		b.spec.Product = sp.Product
	}
	if b.overviewStyle != "" && b.overviewStyle != sp.Style {
		s.warn(page.Warning{File: file, Msg: fmt.Sprintf("metadata says style %s but an overview said %s", sp.Style, b.overviewStyle)})
	}
	b.overviewStyle = sp.Style
	b.metaAuth = sp.Auth
	b.spec.Groups = append(b.spec.Groups, sp.Groups...)
	w := func(format string, args ...any) {
		s.warn(page.Warning{File: file, Msg: fmt.Sprintf(format, args...)})
	}
	// A second metadata file of the same version adds the regions the first does not list.
	for _, e := range sp.Endpoints {
		i := slices.IndexFunc(b.spec.Endpoints, func(o opspec.Endpoint) bool { return o.Region == e.Region })
		switch {
		case i < 0:
			b.spec.Endpoints = append(b.spec.Endpoints, e)
		case b.spec.Endpoints[i].Host != e.Host:
			s.warn(page.Warning{File: file, Kind: page.Drop, Msg: fmt.Sprintf("endpoint of region %s left out: host %s, but an earlier file says %s", e.Region, e.Host, b.spec.Endpoints[i].Host)})
		}
	}
	for _, op := range sp.Operations {
		op.Source.File = rel
		if op.Auth == "" {
			op.Auth = sp.Auth
		}
		b.addOp(op, file, w)
	}
	b.pages = append(b.pages, file)
	s.pages++ // after the merge: a metadata file whose merge panics is failed, not read
}
