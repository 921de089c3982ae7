package main

import (
	"context"
	"path/filepath"

	"github.com/acsgen/acsgen/gen/fileset"
	genmock "github.com/acsgen/acsgen/gen/mock"
	"github.com/acsgen/acsgen/opspec"
)

// runMock generates mock server packages. With --spec, one package into --out (default
// generated/<pkg>/mockserver); without, every specs/*/*.yaml into
// <out>/<pkg>/mockserver/ (default out generated). Unchanged files are not touched;
// generated files no longer produced are removed; hand-written files are kept.
func runMock(ctx context.Context, io stdio, args []string) error {
	fl := newFlagSet("mock", io, "usage: gen mock [--spec FILE] [--out DIR] [--package NAME]")
	sa := addSpecFlags(fl, "generate from", "", "output `dir`: the package directory with --spec (default generated/<pkg>/mockserver), else the root holding <pkg>/mockserver (default generated)")
	pkg := fl.String("package", "mockserver", "Go package `name`")
	files, help, err := sa.parse(fl, args, nil)
	if help || err != nil {
		return err
	}
	root := sa.root()
	set := fileset.New()
	err = emitSpecs(ctx, set, files, func(spec *opspec.Spec) target {
		// generated/<pkg>/mockserver relative to the root "generated".
		dir, _ := filepath.Rel("generated", filepath.FromSlash(genmock.DefaultDir(spec)))
		if *sa.spec != "" {
			if root == "" {
				root = filepath.FromSlash(genmock.DefaultDir(spec))
			}
			dir = "."
		}
		dir = filepath.ToSlash(dir)
		return target{
			dir:    dir,
			clash:  "both generate " + dir,
			owns:   generatedIn(filepath.Join(root, dir), genmock.IsGenerated),
			render: func(sink *fileset.Sub) error { return genmock.Generate(spec, genmock.Config{Package: *pkg}, sink) },
		}
	})
	if err != nil {
		return err
	}
	return writeSet(io, set, root, "mock", len(files))
}
