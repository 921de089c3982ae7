package main

import (
	"context"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"

	"github.com/acsgen/acsgen/gen/client"
	"github.com/acsgen/acsgen/gen/fileset"
	genmock "github.com/acsgen/acsgen/gen/mock"
	"github.com/acsgen/acsgen/opspec"
)

// runMock generates mock server packages. With --spec, one package into --out (default
// generated/<pkg>/mockserver); without, every specs/*/*.yaml into
// <out>/<pkg>/mockserver/ (default out generated). Unchanged files are not touched;
// generated files no longer produced are removed; hand-written files are kept.
func runMock(ctx context.Context, io stdio, args []string) error {
	fl := newFlagSet("mock", io, "usage: gen mock [--spec FILE] [--out DIR] [--package NAME] [--client IMPORT|-]")
	sa := addSpecFlags(fl, "generate from", "", "output `dir`: the package directory with --spec (default generated/<pkg>/mockserver), else the root holding <pkg>/mockserver (default generated)")
	pkg := fl.String("package", "mockserver", "Go package `name`")
	clientFlag := fl.String("client", "", "import `path` of the client package whose types the handlers use (default: the parent directory when gen client generated it; - for none: the mock declares its own)")
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
		cfg := genmock.Config{Package: *pkg, Client: *clientFlag}
		switch cfg.Client {
		case "-":
			cfg.Client = ""
		case "":
			mockDir := filepath.Join(root, filepath.FromSlash(dir))
			cfg.Client, cfg.ClientPackage = clientBeside(mockDir)
			if cfg.Client == "" {
				// a decision that changes the package's API: said, not silent (a directive
				// order that runs gen mock before gen client shows here)
				fmt.Fprintf(io.out, "note: no generated client in %s: the mock declares its own request and response types (run gen client first, or pass --client IMPORT, or --client - to keep this)\n", filepath.Dir(filepath.Clean(mockDir)))
			}
		}
		return target{
			dir:    dir,
			clash:  "both generate " + dir,
			owns:   generatedIn(filepath.Join(root, dir), genmock.IsGenerated),
			render: func(sink *fileset.Sub) error { return genmock.Generate(spec, cfg, sink) },
		}
	})
	if err != nil {
		return err
	}
	return writeSet(io, set, root, "mock", len(files))
}

// clientBeside finds the client package of gen's layout (generated/<pkg> holding
// generated/<pkg>/mockserver): the import path and package name of the mock directory's
// parent when it holds a file gen client generated; empty when it does not or its import
// path cannot be told (no go.mod above it).
func clientBeside(mockDir string) (importPath, pkg string) {
	clientDir := filepath.Dir(filepath.Clean(mockDir))
	entries, err := os.ReadDir(clientDir)
	if err != nil {
		return "", ""
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(clientDir, e.Name()))
		if e.IsDir() || err != nil || !client.IsGenerated(e.Name(), data) {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), e.Name(), data, parser.PackageClauseOnly)
		if err != nil {
			return "", ""
		}
		prefix, err := importPrefix(clientDir)
		if err != nil {
			return "", ""
		}
		return prefix + "/" + filepath.Base(clientDir), f.Name.Name
	}
	return "", ""
}
