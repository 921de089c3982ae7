package main

import (
	"context"
	"fmt"
	"os"

	"github.com/acsgen/acsgen/crosscheck"
	"github.com/acsgen/acsgen/scrape"
	"github.com/acsgen/acsgen/scrape/apidocs"
	"github.com/acsgen/acsgen/scrape/page"
)

// runCheck compares documentation pages with the official metadata:
//
//	gen check [--format text|json] --against api-docs.json PAGES...
//
// The pages are scraped as the metadata's product version; each operation they describe is
// compared with the metadata's (missing or extra parameters and response fields, types,
// required flags, locations, enum values). Scraping warnings that drop or guess something
// go to stderr, since they may explain a difference. Exit 0 when they agree, 1 on any difference, 2 on
// bad input (a metadata file that does not read, no pages).
func runCheck(ctx context.Context, io stdio, args []string) error {
	fs := newFlagSet("gen check", io, "usage: gen check --against api-docs.json [flags] PAGES...\n\nLists, per operation, what the pages and the official metadata disagree on.\nExit status 1 on any difference, 2 on bad input.\n\nflags:")
	against := fs.String("against", "", "the official metadata (api-docs.json) to check the pages against")
	format := fs.String("format", "text", "report format: text or json")
	pos, err := parseInterspersed(fs, args)
	if help, err := parsed(err); help || err != nil {
		return err
	}
	if *against == "" {
		fs.Usage()
		return usageError("--against api-docs.json is required")
	}
	if *format != "text" && *format != "json" {
		return usageError("unknown --format %q (want text or json)", *format)
	}
	if len(pos) == 0 {
		fs.Usage()
		return usageError("no page files or directories given")
	}
	data, err := os.ReadFile(*against)
	if err != nil {
		return withCode(2, err)
	}
	res, err := apidocs.Read(*against, data)
	if err != nil {
		return withCode(2, err)
	}
	meta := res.Spec
	// Warnings that drop or guess something are printed: they often explain a difference
	// (a row the scraper dropped is "missing on the page"); info warnings are only counted.
	s := scrape.New(scrape.Options{Product: meta.Product, Version: meta.Version, Style: meta.Style}, func(w page.Warning) {
		if w.Kind != page.Info {
			fmt.Fprintln(io.err, warningLine(w))
		}
	})
	for _, p := range pos {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.AddPath(p); err != nil {
			return withCode(2, err)
		}
	}
	specs, pageErrs := s.Specs()
	printPageErrors(io, pageErrs)
	fmt.Fprintf(io.err, "scrape: %v\n", s.Summary())
	if len(specs) != 1 {
		return withCode(2, fmt.Errorf("the pages make %d specs; want the one of %s %s", len(specs), meta.Product, meta.Version))
	}
	rep := crosscheck.Compare(specs[0], meta)
	if rep.Compared == 0 && len(specs[0].Operations) > 0 {
		// every page operation "not in the metadata": the pages are of another product
		return withCode(2, fmt.Errorf("none of the %d page operations (%s first) is in %s (%s %s): are the pages of that product version?",
			len(specs[0].Operations), specs[0].Operations[0].Name, *against, meta.Product, meta.Version))
	}
	if *format == "json" {
		err = rep.WriteJSON(io.out)
	} else {
		err = rep.WriteText(io.out)
	}
	if err != nil {
		return err
	}
	if len(rep.Findings) > 0 {
		return withCode(1, fmt.Errorf("%d differences between the pages and %s", len(rep.Findings), *against))
	}
	return nil
}
