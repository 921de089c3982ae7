package main

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"

	"github.com/acsgen/acsgen/gen/docs"
	"github.com/acsgen/acsgen/gen/fileset"
	"github.com/acsgen/acsgen/opspec"
)

// runDocs renders Markdown reference docs: for each spec, <out>/<key>/<version>/README.md
// and one page per operation. Files whose bytes are unchanged are not touched, and pages of
// operations that no longer exist are removed.
func runDocs(ctx context.Context, io stdio, args []string) error {
	fl := newFlagSet("docs", io, "usage: gen docs [--spec FILE] [--out DIR] [--templates DIR] [--import-prefix P]")
	sa := addSpecFlags(fl, "render", "docs/reference", "output root `dir`; a spec's docs go to <dir>/<product>/<version>/")
	tmplDir := fl.String("templates", "", "templates `dir` replacing the defaults (needs index.md.tmpl and operation.md.tmpl)")
	prefix := fl.String("import-prefix", docs.DefaultImportPrefix, "import `path` under which the generated client packages live")
	files, help, err := sa.parse(fl, args, nil)
	if help || err != nil {
		return err
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
	err = emitSpecs(ctx, set, files, func(spec *opspec.Spec) target {
		return target{
			dir:    path.Join(spec.Key(), spec.Version),
			clash:  fmt.Sprintf("are both %s %s", spec.Product, spec.Version),
			owns:   generatedIn(filepath.Join(*sa.out, spec.Key(), spec.Version), docs.IsGenerated),
			render: func(sink *fileset.Sub) error { return r.Render(spec, sink) },
		}
	})
	if err != nil {
		return err
	}
	return writeSet(io, set, *sa.out, "docs", len(files))
}
