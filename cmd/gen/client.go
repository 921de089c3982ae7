package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/acsgen/acsgen/gen/client"
	"github.com/acsgen/acsgen/gen/fileset"
	"github.com/acsgen/acsgen/opspec"
)

// runClient generates Go client packages. With --spec, one package into --out (default
// generated/<pkg>); without, every specs/*/*.yaml into <out>/<pkg>/ (default out
// generated). Unchanged files are not touched; generated files no longer produced are
// removed; hand-written files (tests, anything without the generated header) are kept.
func runClient(ctx context.Context, io stdio, args []string) error {
	fl := flag.NewFlagSet("client", flag.ContinueOnError)
	fl.SetOutput(io.err)
	specFile := fl.String("spec", "", "generate from this spec `file` only (default: every specs/*/*.yaml)")
	specsDir := fl.String("specs", "specs", "`dir` searched for <product>/<version>.yaml when --spec is not given")
	out := fl.String("out", "", "output `dir`: the package directory with --spec (default generated/<pkg>), else the root of one directory per package (default generated)")
	pkg := fl.String("package", "", "Go package `name` (with --spec only; default <product><yyyymmdd>, e.g. eiam20211201)")
	fl.Usage = func() {
		fmt.Fprintln(io.err, "usage: gen client [--spec FILE] [--out DIR] [--package NAME]")
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
	if *pkg != "" && *specFile == "" {
		return usageError("--package needs --spec (one package name cannot serve every spec)")
	}

	type job struct{ file, dir string }
	var jobs []job
	root := *out
	if *specFile != "" {
		jobs = append(jobs, job{file: *specFile})
	} else {
		if root == "" {
			root = "generated"
		}
		files, err := filepath.Glob(filepath.Join(*specsDir, "*", "*.yaml"))
		if err != nil {
			return err
		}
		if len(files) == 0 {
			return fmt.Errorf("no specs in %s (want %s/<product>/<version>.yaml, or pass --spec FILE)",
				filepath.Join(*specsDir, "*", "*.yaml"), *specsDir)
		}
		sort.Strings(files)
		for _, f := range files {
			jobs = append(jobs, job{file: f})
		}
	}

	set := fileset.New()
	from := map[string]string{}
	for _, j := range jobs {
		if err := ctx.Err(); err != nil {
			return err
		}
		spec, err := opspec.LoadFile(j.file)
		if err != nil {
			return err
		}
		name := *pkg
		if name == "" {
			name = client.DefaultPackage(spec)
		}
		dir := name
		if *specFile != "" {
			// --out is the package directory itself.
			if root == "" {
				root = filepath.Join("generated", name)
			}
			dir = "."
		}
		if prev, dup := from[dir]; dup {
			return fmt.Errorf("%s and %s both generate package %s", prev, j.file, name)
		}
		from[dir] = j.file
		pkgDir := filepath.Join(root, dir)
		set.Own(dir, func(base string) bool {
			data, err := os.ReadFile(filepath.Join(pkgDir, base))
			return err == nil && client.IsGenerated(base, data)
		})
		if err := client.Generate(spec, client.Config{Package: name}, set.Sub(dir)); err != nil {
			return fmt.Errorf("%s: %w", j.file, err)
		}
	}
	changes, err := set.Apply(root)
	if err != nil {
		return fmt.Errorf("write client: %w", err)
	}
	for _, c := range changes {
		fmt.Fprintf(io.out, "%-8s %s\n", c.Kind, filepath.Join(root, filepath.FromSlash(c.Name)))
	}
	fmt.Fprintf(io.out, "client: %d specs, %d files in %s, %d changed\n", len(jobs), len(set.Names()), root, len(changes))
	return nil
}
