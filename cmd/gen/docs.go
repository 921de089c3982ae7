package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"

	"github.com/acsgen/acsgen/gen/docs"
	"github.com/acsgen/acsgen/gen/fileset"
	"github.com/acsgen/acsgen/opspec"
)

// runDocs renders Markdown reference docs: for each spec, <out>/<key>/<version>/README.md
// and one page per operation. Files whose bytes are unchanged are not touched, and pages of
// operations that no longer exist are removed.
func runDocs(ctx context.Context, io stdio, args []string) error {
	fl := flag.NewFlagSet("docs", flag.ContinueOnError)
	fl.SetOutput(io.err)
	specFile := fl.String("spec", "", "render this spec `file` only (default: every specs/*/*.yaml)")
	specsDir := fl.String("specs", "specs", "`dir` searched for <product>/<version>.yaml when --spec is not given")
	out := fl.String("out", "docs/reference", "output root `dir`; a spec's docs go to <dir>/<product>/<version>/")
	tmplDir := fl.String("templates", "", "templates `dir` replacing the defaults (needs index.md.tmpl and operation.md.tmpl)")
	prefix := fl.String("import-prefix", docs.DefaultImportPrefix, "import `path` under which the generated client packages live")
	fl.Usage = func() {
		fmt.Fprintln(io.err, "usage: gen docs [--spec FILE] [--out DIR] [--templates DIR] [--import-prefix P]")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return withCode(2, errors.New("")) // flag has printed the reason and the usage
	}
	if fl.NArg() > 0 {
		return usageError("unexpected argument %q (pass a spec with --spec)", fl.Arg(0))
	}

	files := []string{*specFile}
	if *specFile == "" {
		var err error
		files, err = filepath.Glob(filepath.Join(*specsDir, "*", "*.yaml"))
		if err != nil {
			return err
		}
		if len(files) == 0 {
			return fmt.Errorf("no specs in %s (want %s/<product>/<version>.yaml, or pass --spec FILE)",
				filepath.Join(*specsDir, "*", "*.yaml"), *specsDir)
		}
		sort.Strings(files)
	}

	opts := docs.Options{ImportPrefix: *prefix}
	if *tmplDir != "" {
		st, err := os.Stat(*tmplDir)
		if err != nil {
			return fmt.Errorf("templates: %w", err)
		}
		if !st.IsDir() {
			return fmt.Errorf("templates %s: not a directory", *tmplDir)
		}
		opts.Templates, opts.TemplatesName = os.DirFS(*tmplDir), *tmplDir
	}
	r, err := docs.New(opts)
	if err != nil {
		return err
	}

	set := fileset.New()
	from := map[string]string{} // docs dir → spec file, to name both when two specs collide
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		spec, err := opspec.LoadFile(f)
		if err != nil {
			return err
		}
		dir := path.Join(spec.Key(), spec.Version)
		if prev, dup := from[dir]; dup {
			return fmt.Errorf("%s and %s are both %s %s", prev, f, spec.Product, spec.Version)
		}
		from[dir] = f
		set.Own(dir, fileset.MarkdownFiles)
		if err := r.Render(spec, set.Sub(dir)); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
	}
	changes, err := set.Apply(*out)
	if err != nil {
		return fmt.Errorf("write docs: %w", err)
	}
	for _, c := range changes {
		fmt.Fprintf(io.out, "%-8s %s\n", c.Kind, filepath.Join(*out, filepath.FromSlash(c.Name)))
	}
	fmt.Fprintf(io.out, "docs: %d specs, %d files in %s, %d changed\n", len(files), len(set.Names()), *out, len(changes))
	return nil
}
