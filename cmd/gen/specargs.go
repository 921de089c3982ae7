package main

// The plumbing the subcommands share: flag sets, the --spec/--specs/--out trio of the
// emitters (client, mock, docs), loading specs into one file set and writing it, and
// fetching and scraping pages into one product version (fetch, all). Messages and exit codes are the
// subcommands' own; they only live here once.

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/acsgen/acsgen/fetch"
	"github.com/acsgen/acsgen/gen/fileset"
	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape"
	"github.com/acsgen/acsgen/scrape/page"
)

// newFlagSet is a subcommand's flag set: errors and -h output go to io.err. A non-empty
// usage line replaces flag's default "Usage of NAME:" header before the flag list.
func newFlagSet(name string, io stdio, usage string) *flag.FlagSet {
	fl := flag.NewFlagSet(name, flag.ContinueOnError)
	fl.SetOutput(io.err)
	if usage != "" {
		fl.Usage = func() {
			fmt.Fprintln(io.err, usage)
			fl.PrintDefaults()
		}
	}
	return fl
}

// parseFlags parses args. help is true when -h asked for the usage (already printed: the
// subcommand returns nil); a bad flag returns an exit-2 error with an empty message, since
// flag has printed the reason and the usage.
func parseFlags(fl *flag.FlagSet, args []string) (help bool, err error) {
	return parsed(fl.Parse(args))
}

// parsed is parseFlags for a parse done another way (diff's interspersed arguments).
func parsed(err error) (help bool, _ error) {
	switch {
	case err == nil:
		return false, nil
	case errors.Is(err, flag.ErrHelp):
		return true, nil
	}
	return false, withCode(2, errors.New(""))
}

// specArgs are the emitters' input and output flags.
type specArgs struct {
	spec, specs, out *string
}

// addSpecFlags defines --spec (verb says what is done with it: "generate from", "render"),
// --specs and --out with its help text and default.
func addSpecFlags(fl *flag.FlagSet, verb, outDefault, outUsage string) specArgs {
	return specArgs{
		spec:  fl.String("spec", "", verb+" this spec `file` only (default: every specs/*/*.yaml)"),
		specs: fl.String("specs", "specs", "`dir` searched for <product>/<version>.yaml when --spec is not given"),
		out:   fl.String("out", outDefault, outUsage),
	}
}

// parse parses args, rejects positional arguments (the emitters take their spec as
// --spec), runs check on the flags when given, and lists the spec files. help: -h printed
// the usage and the subcommand is done.
func (a specArgs) parse(fl *flag.FlagSet, args []string, check func() error) (files []string, help bool, err error) {
	if help, err := parseFlags(fl, args); help || err != nil {
		return nil, help, err
	}
	if fl.NArg() > 0 {
		return nil, false, usageError("unexpected argument %q (pass a spec with --spec)", fl.Arg(0))
	}
	specsGiven := false
	fl.Visit(func(f *flag.Flag) { specsGiven = specsGiven || f.Name == "specs" })
	if *a.spec != "" && specsGiven {
		return nil, false, usageError("--spec %s and --specs %s: give one (--specs is searched only without --spec)", *a.spec, *a.specs)
	}
	if check != nil {
		if err := check(); err != nil {
			return nil, false, err
		}
	}
	files, err = a.files()
	return files, false, err
}

// root is the output root of an emitter whose --out defaults, without --spec, to the
// directory generated (with --spec the default depends on the spec: see runClient).
func (a specArgs) root() string {
	if *a.out == "" && *a.spec == "" {
		return "generated"
	}
	return *a.out
}

// files is the --spec file, or else every <specs>/*/*.yaml in sorted order (none is an
// error).
func (a specArgs) files() ([]string, error) {
	if *a.spec != "" {
		return []string{*a.spec}, nil
	}
	pattern := filepath.Join(*a.specs, "*", "*.yaml")
	files, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no specs in %s (want %s/<product>/<version>.yaml, or pass --spec FILE)", pattern, *a.specs)
	}
	sort.Strings(files)
	return files, nil
}

// target is where and how one spec renders into the file set.
type target struct {
	dir    string                        // slash-separated directory in the set
	clash  string                        // what two specs placed in dir both are, after "A and B "
	owns   func(base string) bool        // which files already in dir the emitter owns
	render func(sink *fileset.Sub) error // writes the spec's files
}

// emitSpecs loads each file in order and renders it where place says. Two specs placed in
// one directory are an error naming both files; render errors name the spec file.
func emitSpecs(ctx context.Context, set *fileset.Set, files []string, place func(spec *opspec.Spec) target) error {
	from := map[string]string{} // set dir → spec file
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		spec, err := loadSpec(f)
		if err != nil {
			return err
		}
		t := place(spec)
		if prev, dup := from[t.dir]; dup {
			return fmt.Errorf("%s and %s %s", prev, f, t.clash)
		}
		from[t.dir] = f
		set.Own(t.dir, t.owns)
		if err := t.render(set.Sub(t.dir)); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
	}
	return nil
}

// loadSpec loads a --spec file; given official metadata or a page instead, it says so and
// how to make a spec of it, rather than reporting the first thing it lacks as a spec.
func loadSpec(path string) (*opspec.Spec, error) {
	spec, err := opspec.LoadFile(path)
	if err == nil {
		return spec, nil
	}
	switch {
	case isMetadataFile(path):
		return nil, fmt.Errorf("%s is official metadata (api-docs.json), not a spec: make one with `gen scrape -o spec.yaml %s`", path, path)
	case scrape.IsPage(path):
		return nil, fmt.Errorf("%s is a documentation page, not a spec: make one with `gen scrape -o spec.yaml %s`", path, path)
	}
	return nil, err
}

// generatedIn is a target's owns for a Go package directory on disk: a file is the
// emitter's when isGenerated says so of its current content (hand-written files are kept).
func generatedIn(pkgDir string, isGenerated func(base string, data []byte) bool) func(string) bool {
	return func(base string) bool {
		data, err := os.ReadFile(filepath.Join(pkgDir, base))
		return err == nil && isGenerated(base, data)
	}
}

// writeSet writes the set's changed files under root, lists each change on io.out and
// ends with "<what>: N specs, N files in <root>, N changed".
func writeSet(io stdio, set *fileset.Set, root, what string, specs int) error {
	changes, err := set.Apply(root)
	if err != nil {
		return fmt.Errorf("write %s: %w", what, err)
	}
	n := printChanges(io.out, changes, func(name string) string { return filepath.Join(root, filepath.FromSlash(name)) })
	fmt.Fprintf(io.out, "%s: %d specs, %d files in %s, %d changed\n", what, specs, len(set.Names()), root, n)
	return nil
}

// printChanges lists a write's changes, one line each ("added    NAME"), and returns how
// many changed a file. A kept file says why it was not written and how to get it back.
func printChanges(w io.Writer, changes []fileset.Change, where func(name string) string) int {
	n := 0
	for _, c := range changes {
		switch c.Kind {
		case fileset.Kept:
			fmt.Fprintf(w, "%-8s %s: %s\n", c.Kind, where(c.Name), keptWhy)
			continue
		case fileset.Orphaned:
			fmt.Fprintf(w, "%-8s %s: %s; left in place (--prune removes it)\n", c.Kind, where(c.Name), orphanWhy)
			continue
		}
		fmt.Fprintf(w, "%-8s %s\n", c.Kind, where(c.Name))
		n++
	}
	return n
}

// keptWhy is what a run says of a file it would generate but found without the generated
// header.
const keptWhy = "not overwritten: it does not start with the generated header, so it is yours (delete it to have it generated again)"

// orphanWhy is what a run says of a generated file under its output roots that no listed
// product produces.
const orphanWhy = "generated, but no product in the config produces it"

// parseStyle reads a --style flag: RPC or ROA in any case, or empty.
func parseStyle(s string) (opspec.Style, error) {
	switch strings.ToUpper(s) {
	case "":
		return "", nil
	case "RPC", "ROA":
		return opspec.Style(strings.ToUpper(s)), nil
	}
	return "", fmt.Errorf("--style must be RPC or ROA, not %q", s)
}

// parseAuth reads an --auth flag: ak, bearer or anonymous in any case, or empty.
func parseAuth(s string) (opspec.Auth, error) {
	switch strings.ToLower(s) {
	case "":
		return "", nil
	case "ak", "bearer", "anonymous":
		return opspec.Auth(strings.ToLower(s)), nil
	}
	return "", fmt.Errorf("--auth must be ak, bearer or anonymous, not %q", s)
}

// scrapeOne scrapes paths (files or directories of pages), which must make exactly one
// product version; what names the pages in the error when they make another number. Each
// page that failed is printed to io.err and left out of the spec; the run's summary is
// returned for the caller to print and to set the exit status by.
func scrapeOne(io stdio, opts scrape.Options, warn func(page.Warning), paths []string, what string) (*opspec.Spec, scrape.Summary, error) {
	s := scrape.New(opts, warn)
	for _, p := range paths {
		if err := s.AddPath(p); err != nil {
			return nil, s.Summary(), err
		}
	}
	specs, pageErrs := s.Specs()
	printPageErrors(io, pageErrs)
	sum := s.Summary()
	if len(specs) != 1 {
		return nil, sum, fmt.Errorf("%s make %d product versions, want 1 (%v)", what, len(specs), sum)
	}
	return specs[0], sum, nil
}

// printPageErrors prints each page that failed on its own line, "error: FILE: reason", so
// that failures stand out from the warnings ("FILE:LINE: message").
func printPageErrors(io stdio, err error) {
	if err == nil {
		return
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	for _, e := range errs {
		fmt.Fprintf(io.err, "error: %v\n", e)
	}
}

// fetchOverview fetches one overview page and the operation pages it links to, printing
// each page that failed; failed counts them.
func fetchOverview(ctx context.Context, io stdio, f *fetch.Fetcher, url string) (results []fetch.Result, failed int, err error) {
	results, err = f.Overview(ctx, url)
	for _, r := range results {
		if r.Err != nil {
			failed++
			fmt.Fprintf(io.err, "fetch: %v\n", r.Err)
		}
	}
	return results, failed, err
}
