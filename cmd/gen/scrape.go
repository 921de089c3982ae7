package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape"
	"github.com/acsgen/acsgen/scrape/page"
)

// runScrape reads pages and writes one spec per product version:
//
//	gen scrape [--product P] [--version V] [--style RPC|ROA] [--auth ak|bearer|anonymous]
//	           [--strict] [-o FILE] [--specs DIR] PATH...
//
// Every page that reads is written; each page that fails is named with the reason, and a
// summary closes stderr. Exit 0 when every page read, 1 when any failed, 2 on usage errors.
func runScrape(ctx context.Context, io stdio, args []string) error {
	fs := newFlagSet("gen scrape", io, "usage: gen scrape [flags] PATH...\n\nReads page files and directories (text, Markdown, HTML) and official metadata (api-docs.json)\nand writes one spec per product version.\n\nflags:")
	var opts scrape.Options
	var style, auth, out, specsDir string
	fs.StringVar(&opts.Product, "product", "", "product code (overrides the pages), e.g. Eiam")
	fs.StringVar(&opts.Version, "version", "", "API version (overrides the pages), e.g. 2021-12-01")
	fs.StringVar(&style, "style", "", "API style RPC or ROA (overrides the pages)")
	fs.StringVar(&auth, "auth", "", "default authentication: ak, bearer or anonymous (overrides the pages)")
	fs.StringVar(&out, "o", "", "write one spec to FILE (.json or .yaml; - for JSON on stdout)")
	fs.StringVar(&specsDir, "specs", "specs", "directory of specs/<product>/<version>.yaml")
	fs.BoolVar(&opts.Strict, "strict", false, "fail every page with a warning that drops or guesses a field (for CI)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	var err error
	if opts.Style, err = parseStyle(style); err != nil {
		return usageError("%v", err)
	}
	if opts.Auth, err = parseAuth(auth); err != nil {
		return usageError("%v", err)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("no page files or directories given")
	}
	if out != "" && out != "-" {
		if _, err := opspec.FormatOf(out); err != nil {
			return usageError("-o %v", err)
		}
	}
	s := scrape.New(opts, func(w page.Warning) { fmt.Fprintln(io.err, warningLine(w)) })
	for _, p := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.AddPath(p); err != nil {
			return err
		}
	}
	specs, pageErrs := s.Specs()
	printPageErrors(io, pageErrs)
	sum := s.Summary()
	fmt.Fprintf(io.err, "scrape: %v\n", sum)
	if len(specs) == 0 {
		if pageErrs != nil {
			return withCode(1, errors.New("no page read; nothing written"))
		}
		return fmt.Errorf("no pages found in %s", strings.Join(fs.Args(), " "))
	}
	if err := writeScraped(io, specs, out, specsDir); err != nil {
		return err
	}
	if sum.Failed > 0 {
		return withCode(1, fmt.Errorf("%d pages failed; the specs hold the %d that read", sum.Failed, sum.Read))
	}
	return nil
}

// writeScraped writes the specs: to out (one spec; - for JSON on stdout) or else to
// specsDir/<product>/<version>.yaml each.
func writeScraped(io stdio, specs []*opspec.Spec, out, specsDir string) error {
	if out != "" {
		if len(specs) > 1 {
			var names []string
			for _, sp := range specs {
				names = append(names, sp.Product+"/"+sp.Version)
			}
			return usageError("-o writes one spec but the pages make %d: %s", len(specs), strings.Join(names, ", "))
		}
		if out == "-" {
			b, err := opspec.Marshal(specs[0], "json")
			if err != nil {
				return err
			}
			_, err = io.out.Write(b)
			return err
		}
		return opspec.WriteFile(out, specs[0])
	}
	for _, sp := range specs {
		path := filepath.Join(specsDir, sp.Key(), sp.Version+".yaml")
		if err := opspec.WriteFile(path, sp); err != nil {
			return err
		}
		fmt.Fprintf(io.out, "wrote %s (%d operations)\n", filepath.ToSlash(path), len(sp.Operations))
	}
	return nil
}

// warningLine is how the commands print a scraping warning: `file:line: message`, with the
// kind after the place for the warnings that lose or assume something (`file:line: drop:
// message`, `file:line: guess: message`), so the run's summary counts can be found by grep.
func warningLine(w page.Warning) string {
	if w.Kind == page.Info {
		return w.String()
	}
	w.Msg = w.Kind.String() + ": " + w.Msg
	return w.String()
}
