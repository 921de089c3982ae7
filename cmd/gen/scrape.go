package main

import (
	"context"
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
//	           [-o FILE] [--specs DIR] PATH...
func runScrape(ctx context.Context, io stdio, args []string) error {
	fs := newFlagSet("gen scrape", io, "usage: gen scrape [flags] PATH...\n\nReads page files and directories (text, Markdown, HTML) and writes one spec per product version.\n\nflags:")
	var opts scrape.Options
	var style, auth, out, specsDir string
	fs.StringVar(&opts.Product, "product", "", "product code (overrides the pages), e.g. Eiam")
	fs.StringVar(&opts.Version, "version", "", "API version (overrides the pages), e.g. 2021-12-01")
	fs.StringVar(&style, "style", "", "API style RPC or ROA (overrides the pages)")
	fs.StringVar(&auth, "auth", "", "default authentication: ak, bearer or anonymous (overrides the pages)")
	fs.StringVar(&out, "o", "", "write one spec to FILE (.json or .yaml; - for JSON on stdout)")
	fs.StringVar(&specsDir, "specs", "specs", "directory of specs/<product>/<version>.yaml")
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
	warnings := 0
	s := scrape.New(opts, func(w page.Warning) {
		warnings++
		fmt.Fprintln(io.err, w.String())
	})
	for _, p := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.AddPath(p); err != nil {
			return err
		}
	}
	specs, err := s.Specs()
	if err != nil {
		return fmt.Errorf("%w\n(%d pages read, nothing written)", err, s.Pages())
	}
	if len(specs) == 0 {
		return fmt.Errorf("no pages found in %s", strings.Join(fs.Args(), " "))
	}
	for _, sp := range specs {
		if err := sp.Validate(); err != nil {
			return fmt.Errorf("spec %s/%s: %w", sp.Product, sp.Version, err)
		}
	}
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
		fmt.Fprintf(io.out, "wrote %s (%d operations, %d warnings)\n", filepath.ToSlash(path), len(sp.Operations), warnings)
	}
	return nil
}
