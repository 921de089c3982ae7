package main

import (
	"context"
	"path/filepath"

	"github.com/acsgen/acsgen/gen/client"
	"github.com/acsgen/acsgen/gen/fileset"
	"github.com/acsgen/acsgen/opspec"
)

// runClient generates Go client packages. With --spec, one package into --out (default
// generated/<pkg>); without, every specs/*/*.yaml into <out>/<pkg>/ (default out
// generated). Unchanged files are not touched; generated files no longer produced are
// removed; hand-written files (tests, anything without the generated header) are kept.
func runClient(ctx context.Context, io stdio, args []string) error {
	fl := newFlagSet("client", io, "usage: gen client [--spec FILE] [--out DIR] [--package NAME]")
	sa := addSpecFlags(fl, "generate from", "", "output `dir`: the package directory with --spec (default generated/<pkg>), else the root of one directory per package (default generated)")
	pkg := fl.String("package", "", "Go package `name` (with --spec only; default <product><yyyymmdd>, e.g. eiam20211201)")
	files, help, err := sa.parse(fl, args, func() error {
		if *pkg != "" && *sa.spec == "" {
			return usageError("--package needs --spec (one package name cannot serve every spec)")
		}
		return nil
	})
	if help || err != nil {
		return err
	}
	root := sa.root()
	set := fileset.New()
	err = emitSpecs(ctx, set, files, func(spec *opspec.Spec) target {
		name := *pkg
		if name == "" {
			name = client.DefaultPackage(spec)
		}
		dir := name
		if *sa.spec != "" {
			// --out is the package directory itself.
			if root == "" {
				root = filepath.Join("generated", name)
			}
			dir = "."
		}
		return target{
			dir:    dir,
			clash:  "both generate package " + name,
			owns:   generatedIn(filepath.Join(root, dir), client.IsGenerated),
			render: func(sink *fileset.Sub) error { return client.Generate(spec, client.Config{Package: name}, sink) },
		}
	})
	if err != nil {
		return err
	}
	return writeSet(io, set, root, "client", len(files))
}
