package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/acsgen/acsgen/gen/fileset"
	genmock "github.com/acsgen/acsgen/gen/mock"
	"github.com/acsgen/acsgen/opspec"
)

// runMock generates mock server packages. With --spec, one package into --out (default
// generated/<pkg>/mockserver); without, every specs/*/*.yaml into
// <out>/<pkg>/mockserver/ (default out generated). Unchanged files are not touched;
// generated files no longer produced are removed; hand-written files are kept.
func runMock(ctx context.Context, io stdio, args []string) error {
	fl := flag.NewFlagSet("mock", flag.ContinueOnError)
	fl.SetOutput(io.err)
	specFile := fl.String("spec", "", "generate from this spec `file` only (default: every specs/*/*.yaml)")
	specsDir := fl.String("specs", "specs", "`dir` searched for <product>/<version>.yaml when --spec is not given")
	out := fl.String("out", "", "output `dir`: the package directory with --spec (default generated/<pkg>/mockserver), else the root holding <pkg>/mockserver (default generated)")
	pkg := fl.String("package", "mockserver", "Go package `name`")
	fl.Usage = func() {
		fmt.Fprintln(io.err, "usage: gen mock [--spec FILE] [--out DIR] [--package NAME]")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return withCode(2, errors.New(""))
	}
	if fl.NArg() > 0 {
		return usageError("unexpected argument %q (pass a spec with --spec)", fl.Arg(0))
	}
	var files []string
	root := *out
	if *specFile != "" {
		files = []string{*specFile}
	} else {
		if root == "" {
			root = "generated"
		}
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
	set := fileset.New()
	from := map[string]string{}
	for _, file := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		spec, err := opspec.LoadFile(file)
		if err != nil {
			return err
		}
		// generated/<pkg>/mockserver relative to the root "generated".
		dir, _ := filepath.Rel("generated", filepath.FromSlash(genmock.DefaultDir(spec)))
		if *specFile != "" {
			if root == "" {
				root = filepath.FromSlash(genmock.DefaultDir(spec))
			}
			dir = "."
		}
		dir = filepath.ToSlash(dir)
		if prev, dup := from[dir]; dup {
			return fmt.Errorf("%s and %s both generate %s", prev, file, dir)
		}
		from[dir] = file
		pkgDir := filepath.Join(root, dir)
		set.Own(dir, func(base string) bool {
			data, err := os.ReadFile(filepath.Join(pkgDir, base))
			return err == nil && genmock.IsGenerated(base, data)
		})
		if err := genmock.Generate(spec, genmock.Config{Package: *pkg}, set.Sub(dir)); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
	}
	changes, err := set.Apply(root)
	if err != nil {
		return fmt.Errorf("write mock: %w", err)
	}
	for _, c := range changes {
		fmt.Fprintf(io.out, "%-8s %s\n", c.Kind, filepath.Join(root, filepath.FromSlash(c.Name)))
	}
	fmt.Fprintf(io.out, "mock: %d specs, %d files in %s, %d changed\n", len(files), len(set.Names()), root, len(changes))
	return nil
}
