package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/acsgen/acsgen/diff"
	"github.com/acsgen/acsgen/scrape"
)

// runDiff reports what changed between two versions of a product:
//
//	gen diff OLD NEW [--format text|markdown|json] [--fail-on breaking|warning|any|none]
//	         [--product P] [--version V] [--style RPC|ROA] [--auth ak|bearer|anonymous]
//
// OLD and NEW are spec files, page files or directories of pages (scraped on the fly), or
// REF:PATH to read either from git. Exit status: 0 no change met --fail-on, 1 it did, 2 bad
// input (a file that does not load, a missing git ref, two different products).
func runDiff(ctx context.Context, io stdio, args []string) error {
	fs := newFlagSet("gen diff", io, "usage: gen diff [flags] OLD NEW\n\nOLD and NEW are spec files (.yaml/.json), page files or directories of pages, official\nmetadata (api-docs.json), or REF:PATH\n(a file or directory at a git ref, e.g. HEAD~1:specs/eiam/2021-12-01.yaml).\nExit status 1 when --fail-on is met, 2 on bad input.\n\nflags:")
	format := fs.String("format", "text", "report format: "+strings.Join(diff.Formats(), ", "))
	failOn := fs.String("fail-on", "none", "exit 1 when a change of this level or above is found: breaking, warning, any or none")
	var opts scrape.Options
	var style, auth string
	fs.StringVar(&opts.Product, "product", "", "product code for pages that do not say it (default: the other side's)")
	fs.StringVar(&opts.Version, "version", "", "API version for pages that do not say it (default: the other side's)")
	fs.StringVar(&style, "style", "", "API style RPC or ROA for pages (overrides the pages)")
	fs.StringVar(&auth, "auth", "", "default authentication for pages: ak, bearer or anonymous (overrides the pages)")
	pos, err := parseInterspersed(fs, args)
	if help, err := parsed(err); help || err != nil {
		return err
	}
	if len(pos) != 2 {
		fs.Usage()
		return usageError("want two inputs, OLD and NEW; got %d", len(pos))
	}
	gate, err := diff.ParseFailOn(*failOn)
	if err != nil {
		return usageError("%v", err)
	}
	if !validFormat(*format) {
		return usageError("unknown --format %q (want %s)", *format, strings.Join(diff.Formats(), ", "))
	}
	if opts.Style, err = parseStyle(style); err != nil {
		return usageError("%v", err)
	}
	if opts.Auth, err = parseAuth(auth); err != nil {
		return usageError("%v", err)
	}

	ld := &inputLoader{ctx: ctx, opts: opts, warn: io.err}
	specs, err := ld.loadPair(pos[0], pos[1])
	if err != nil {
		return withCode(2, err)
	}
	base, rev := specs[0], specs[1]
	if !strings.EqualFold(base.Product, rev.Product) {
		return withCode(2, fmt.Errorf("%s is product %s but %s is product %s: diff compares two versions of one product",
			pos[0], base.Product, pos[1], rev.Product))
	}
	report := diff.Compare(base, rev)
	if err := diff.Write(io.out, report, *format); err != nil {
		return err
	}
	if report.Fails(gate) {
		return withCode(1, fmt.Errorf("--fail-on %s: %s", gate, failSummary(report)))
	}
	return nil
}

func failSummary(r diff.Report) string {
	return fmt.Sprintf("%d breaking, %d warning, %d info", r.Count(diff.Breaking), r.Count(diff.Warning), r.Count(diff.Info))
}

func validFormat(f string) bool {
	for _, x := range diff.Formats() {
		if f == x {
			return true
		}
	}
	return false
}

// parseInterspersed parses flags before, between and after the positional arguments
// ("gen diff OLD NEW --format json" reads as users expect).
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		rest := fs.Args()
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
