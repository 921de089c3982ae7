package main

import (
	"context"
	"errors"
	"fmt"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/acsgen/acsgen/config"
	"github.com/acsgen/acsgen/diff"
	"github.com/acsgen/acsgen/fetch"
	"github.com/acsgen/acsgen/gen/client"
	"github.com/acsgen/acsgen/gen/docs"
	"github.com/acsgen/acsgen/gen/fileset"
	"github.com/acsgen/acsgen/gen/mock"
	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape"
	"github.com/acsgen/acsgen/scrape/page"
)

// runAll regenerates every output acsgen.yaml lists: it fetches (when a product has fetch
// sources), scrapes, and emits spec, client, mock and docs into one in-memory file set,
// then writes the files that changed — or, with --check, writes nothing and fails when
// anything committed is stale, printing the API diff of each stale spec.
func runAll(ctx context.Context, io stdio, args []string) error {
	fs := newFlagSet("all", io, "")
	cfgFile := fs.String("config", "acsgen.yaml", "config file listing products, sources and outputs")
	check := fs.Bool("check", false, "write nothing; exit 1 if any committed output is stale, printing the API diff")
	offline := fs.Bool("offline", false, "do not fetch; scrape the cached pages as they are")
	quiet := fs.Bool("q", false, "do not print scraping warnings")
	strict := fs.Bool("strict", false, "fail every page with a warning that drops or guesses a field (for CI)")
	interval := fs.Duration("fetch-interval", 0, "minimum time between requests to one docs host (default 500ms)")
	prune := fs.Bool("prune", false, "remove orphaned generated files: ones under the generated and docs roots that no listed product produces")
	if err := fs.Parse(args); err != nil {
		return withCode(2, err)
	}
	if fs.NArg() > 0 {
		return usageError("all takes no arguments (got %q)", fs.Args())
	}
	cfg, err := config.Load(*cfgFile)
	if err != nil {
		return withCode(2, err)
	}
	set := fileset.New()
	fresh := map[string]*opspec.Spec{} // spec file → spec built now
	var total scrape.Summary
	var failed []string // product versions whose pages made no spec
	for i := range cfg.Products {
		p := &cfg.Products[i]
		spec, sum, err := buildSpec(ctx, io, p, buildOpts{check: *check, offline: *offline, quiet: *quiet, strict: *strict, interval: *interval})
		total.Read += sum.Read
		total.Failed += sum.Failed
		for k, n := range sum.Warnings {
			total.Warnings[k] += n
		}
		if err != nil {
			// One product's pages must not stop the others: its outputs are rendered
			// from the spec last written (so that nothing of it reads as orphaned), or
			// left as they are when there is none; the run fails at the end.
			failed = append(failed, p.Product+" "+p.Version)
			if spec = fallbackSpec(io, p, err); spec == nil {
				continue
			}
		}
		if sum.Failed > 0 {
			fmt.Fprintf(io.err, "%s %s: %v\n", p.Product, p.Version, sum)
		}
		fresh[p.Spec] = spec
		if err := emit(set, p, spec); err != nil {
			return fmt.Errorf("%s %s: %w", p.Product, p.Version, err)
		}
	}
	if err := emitCatalog(set, cfg, fresh); err != nil {
		return err
	}
	claimRoots(set, cfg)
	if err := noteUnlistedSpecs(io, cfg, *cfgFile); err != nil {
		return err
	}
	fmt.Fprintf(io.err, "scrape: %v\n", total)
	pagesFailed := func() error {
		if len(failed) > 0 {
			return withCode(1, fmt.Errorf("%d of %d product versions made no spec from their pages (%s); their outputs are the last spec's", len(failed), len(cfg.Products), strings.Join(failed, ", ")))
		}
		if total.Failed > 0 {
			return withCode(1, fmt.Errorf("%d pages failed; the specs hold the %d that read", total.Failed, total.Read))
		}
		return nil
	}
	if *check {
		if err := checkStale(io, set, fresh); err != nil {
			return err
		}
		return pagesFailed()
	}
	changes, err := set.Apply(".")
	if err != nil {
		return err
	}
	if *prune {
		if changes, err = set.Prune(".", changes); err != nil {
			return err
		}
	}
	n := printChanges(io.err, changes, func(name string) string { return name })
	orphaned := ""
	if k := countKind(changes, fileset.Orphaned); k > 0 {
		orphaned = fmt.Sprintf(", %d orphaned (left in place; --prune removes them)", k)
	}
	fmt.Fprintf(io.err, "all: %d products, %d files, %d changed%s\n", len(cfg.Products), len(set.Names()), n, orphaned)
	return pagesFailed()
}

// fallbackSpec reports that product p's pages made no spec (err) and returns the spec last
// written for it, from which all renders its outputs as before; nil when there is none to
// read (its outputs are then not written, and any it wrote before read as orphaned).
func fallbackSpec(io stdio, p *config.Product, err error) *opspec.Spec {
	spec, lerr := opspec.LoadFile(filepath.FromSlash(p.Spec))
	if lerr != nil {
		fmt.Fprintf(io.err, "%s %s: %v; no spec to render its outputs from (%v): left out\n", p.Product, p.Version, err, lerr)
		return nil
	}
	fmt.Fprintf(io.err, "%s %s: %v; its outputs are rendered from the spec last written, %s\n", p.Product, p.Version, err, p.Spec)
	return spec
}

// buildOpts are the flags of all that shape how a spec is built.
type buildOpts struct {
	check, offline, quiet, strict bool
	interval                      time.Duration
}

// buildSpec fetches (unless offline) and scrapes one product version. Pages that fail are
// printed and left out; the summary counts them.
func buildSpec(ctx context.Context, io stdio, p *config.Product, o buildOpts) (*opspec.Spec, scrape.Summary, error) {
	sources := append([]string(nil), p.Pages...)
	if len(p.Fetch) > 0 {
		cache := p.Cache
		if !o.offline {
			var err error
			if cache, err = fetchInto(ctx, io, p, o); err != nil {
				return nil, scrape.Summary{}, err
			}
			if o.check {
				defer os.RemoveAll(filepath.Dir(cache))
			}
		}
		if _, err := os.Stat(cache); err == nil {
			sources = append(sources, cache)
		}
	}
	warn := func(w page.Warning) {
		if !o.quiet {
			fmt.Fprintln(io.err, warningLine(w))
		}
	}
	return scrapeOne(io, scrape.Options{
		Product: p.Product, Version: p.Version,
		Style: opspec.Style(p.Style), Auth: opspec.Auth(p.Auth),
		Strict: o.strict,
	}, warn, sources, "its pages")
}

// fetchInto refreshes the product's page cache and returns its directory. In check mode
// it refreshes a temporary copy, so that --check writes nothing.
func fetchInto(ctx context.Context, io stdio, p *config.Product, o buildOpts) (string, error) {
	dir := p.Cache
	if o.check {
		tmp, err := os.MkdirTemp("", "acsgen-check-")
		if err != nil {
			return "", err
		}
		// same base name as the real cache: sources are recorded relative to it
		dir = filepath.Join(tmp, filepath.Base(p.Cache))
		if err := copyDir(p.Cache, dir); err != nil {
			os.RemoveAll(tmp)
			return "", err
		}
	}
	f, err := fetch.New(dir, fetch.Options{MinInterval: o.interval, Progress: progress(io)})
	if err != nil {
		return "", err
	}
	for _, u := range p.Fetch {
		if _, _, err := fetchOverview(ctx, io, f, u); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// copyDir copies the regular files of src (one level: the cache is flat) into dst; a
// missing src is an empty cache.
func copyDir(src, dst string) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(src)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// emit renders one product version's outputs into the set.
func emit(set *fileset.Set, p *config.Product, spec *opspec.Spec) error {
	// The spec file and the mock (which embeds the spec's JSON) on one core, the client
	// and the docs on the other: the emitters only read the spec, the set takes writes from
	// both, and its files are sorted, so the output does not depend on which ends first.
	var wg sync.WaitGroup
	var specErr, codeErr error
	wg.Go(func() { specErr = emitSpecMock(set, p, spec) })
	wg.Go(func() { codeErr = emitClientDocs(set, p, spec) })
	wg.Wait()
	return errors.Join(specErr, codeErr)
}

// emitSpecMock writes a product's spec file and, unless switched off ("-"), its mock,
// which embeds the spec as JSON: both encodings come from one rendering of the spec.
func emitSpecMock(set *fileset.Set, p *config.Product, spec *opspec.Spec) error {
	format := strings.TrimPrefix(path.Ext(p.Spec), ".")
	formats := []string{format}
	if p.Mock != "-" {
		formats = append(formats, "json") // what the mock embeds
	}
	out, err := opspec.MarshalFormats(spec, formats...)
	if err != nil {
		return err
	}
	var specJSON []byte
	if len(out) > 1 {
		specJSON = out[1]
	}
	if err := set.WriteFile(p.Spec, out[0]); err != nil {
		return err
	}
	return emitMock(set, p, spec, specJSON)
}

// emitClientDocs writes a product's client package and Markdown docs, each unless
// switched off ("-").
func emitClientDocs(set *fileset.Set, p *config.Product, spec *opspec.Spec) error {
	if p.Client != "-" {
		// ownership by content, as `gen client` decides it: a hand-written file in the
		// package directory (no generated header) is never removed
		set.Own(p.Client, generatedIn(filepath.FromSlash(p.Client), client.IsGenerated))
		if err := client.Generate(spec, client.Config{Package: p.Package}, set.Sub(p.Client)); err != nil {
			return err
		}
	}
	if p.DocsDir != "-" {
		// ownership by content too: only Markdown carrying the generated marker
		set.Own(p.DocsDir, generatedIn(filepath.FromSlash(p.DocsDir), docs.IsGenerated))
		prefix, err := importPrefix(p.Client)
		if err != nil {
			return err
		}
		if err := docs.Render(spec, set.Sub(p.DocsDir), docs.Options{ImportPrefix: prefix, Package: p.Package}); err != nil {
			return err
		}
	}
	return nil
}

// emitCatalog writes the page over every product version's docs (README.md of the docs
// root), linking each product's index; nothing when no product writes docs.
func emitCatalog(set *fileset.Set, cfg *config.Config, specs map[string]*opspec.Spec) error {
	var items []docs.CatalogItem
	for _, p := range cfg.Products {
		if p.DocsDir == "-" {
			continue
		}
		rel, err := filepath.Rel(filepath.FromSlash(cfg.Docs), filepath.FromSlash(p.DocsDir))
		if err != nil {
			return fmt.Errorf("docs catalog: %w", err)
		}
		items = append(items, docs.CatalogItem{Spec: specs[p.Spec], Dir: filepath.ToSlash(rel)})
	}
	if len(items) == 0 {
		return nil
	}
	r, err := docs.New(docs.Options{})
	if err != nil {
		return err
	}
	// the catalog page is owned by content like the pages it links: a hand-written README
	// in the docs root is kept
	set.Own(cfg.Docs, generatedIn(filepath.FromSlash(cfg.Docs), docs.IsGenerated))
	return r.RenderCatalog(items, set.Sub(cfg.Docs))
}

func countKind(changes []fileset.Change, kind string) int {
	n := 0
	for _, c := range changes {
		if c.Kind == kind {
			n++
		}
	}
	return n
}

// claimRoots claims the generated and docs roots for the run: a file below them that
// carries a generated header (the one ownership rule) and that no listed product
// produces is orphaned output, say of a product removed from the config. The run names
// it, --check counts it as stale, and --prune removes it. Outputs a product places outside
// the roots are not looked for.
func claimRoots(set *fileset.Set, cfg *config.Config) {
	for _, root := range []string{cfg.Generated, cfg.Docs} {
		set.Claim(root, isGeneratedFile)
	}
}

// isGeneratedFile reports whether the file on disk starts with the generated header of
// one of the emitters.
func isGeneratedFile(file string) bool {
	data, err := os.ReadFile(file)
	if err != nil {
		return false
	}
	base := filepath.Base(file)
	return client.IsGenerated(base, data) || mock.IsGenerated(base, data) || docs.IsGenerated(base, data)
}

// noteUnlistedSpecs names the spec files at the default place under the specs root
// (<specs>/<key>/<YYYY-MM-DD>.yaml or .json) that no listed product writes. A spec carries
// no generated header, so nothing tells a spec a removed product wrote from one the user
// keeps there: it is named, never removed, and --check does not fail on it.
func noteUnlistedSpecs(io stdio, cfg *config.Config, cfgFile string) error {
	written := map[string]bool{}
	for _, p := range cfg.Products {
		written[path.Clean(p.Spec)] = true
	}
	dirs, err := os.ReadDir(filepath.FromSlash(cfg.Specs))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		files, err := os.ReadDir(filepath.Join(filepath.FromSlash(cfg.Specs), d.Name()))
		if err != nil {
			return err
		}
		for _, f := range files {
			ext := path.Ext(f.Name())
			if !f.Type().IsRegular() || (ext != ".yaml" && ext != ".json") || !specVersionRE.MatchString(strings.TrimSuffix(f.Name(), ext)) {
				continue
			}
			if n := path.Join(cfg.Specs, d.Name(), f.Name()); !written[n] {
				fmt.Fprintf(io.err, "note: %s: no product in %s writes this spec; left in place (a spec has no generated header, so it may be yours: delete it if a removed product wrote it)\n", n, cfgFile)
			}
		}
	}
	return nil
}

// specVersionRE is a version as a default spec file name has it.
var specVersionRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// importPrefix is the import path of the directory holding the client package, found
// from the nearest go.mod above it.
func importPrefix(clientDir string) (string, error) {
	if clientDir == "-" {
		return "", nil
	}
	abs, err := filepath.Abs(filepath.FromSlash(clientDir))
	if err != nil {
		return "", err
	}
	for dir := filepath.Dir(abs); ; dir = filepath.Dir(dir) {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil {
			mod := modulePath(data)
			if mod == "" {
				return "", fmt.Errorf("%s: no module line", filepath.Join(dir, "go.mod"))
			}
			rel, err := filepath.Rel(dir, filepath.Dir(abs))
			if err != nil {
				return "", err
			}
			if rel == "." {
				return mod, nil
			}
			return mod + "/" + filepath.ToSlash(rel), nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("no go.mod above %s: the client's import path is unknown", clientDir)
		}
	}
}

func modulePath(gomod []byte) string {
	for _, l := range strings.Split(string(gomod), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(l), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	return ""
}

// checkStale reports stale outputs and the API diff of each stale spec; any staleness
// exits 1.
func checkStale(io stdio, set *fileset.Set, fresh map[string]*opspec.Spec) error {
	changes, err := set.Diff(".")
	if err != nil {
		return err
	}
	stale := 0
	for _, c := range changes {
		if !c.Stale() {
			fmt.Fprintf(io.out, "kept: %s: %s\n", c.Name, keptWhy)
			continue
		}
		stale++
	}
	if stale == 0 {
		fmt.Fprintf(io.out, "all --check: %d files up to date\n", len(set.Names()))
		return nil
	}
	orphans := 0
	for _, c := range changes {
		if !c.Stale() {
			continue
		}
		if c.Kind == fileset.Orphaned {
			orphans++
			fmt.Fprintf(io.out, "stale: %s (%s: %s)\n", c.Name, c.Kind, orphanWhy)
			continue
		}
		fmt.Fprintf(io.out, "stale: %s (%s)\n", c.Name, c.Kind)
		spec, ok := fresh[c.Name]
		if !ok || c.Kind != fileset.Modified {
			continue
		}
		old, err := opspec.LoadFile(c.Name)
		if err != nil {
			fmt.Fprintf(io.out, "  (the committed spec does not load: %v)\n", err)
			continue
		}
		rep := diff.Compare(old, spec)
		if len(rep.Changes) == 0 {
			fmt.Fprintln(io.out, "  no API change (formatting or metadata only)")
			continue
		}
		if err := diff.Write(io.out, rep, "text"); err != nil {
			return err
		}
	}
	fix := "run 'go run ./cmd/gen all' and commit the result"
	if orphans > 0 {
		fix = fmt.Sprintf("run 'go run ./cmd/gen all --prune' (%d orphaned) and commit the result", orphans)
	}
	return withCode(1, fmt.Errorf("%d outputs are stale; %s", stale, fix))
}

// emitMock renders the mock package, named after its directory when that is an identifier;
// specJSON is the spec as the mock embeds it, when already rendered (nil: the mock renders it).
func emitMock(set *fileset.Set, p *config.Product, spec *opspec.Spec, specJSON []byte) error {
	if p.Mock == "-" {
		return nil
	}
	set.Own(p.Mock, generatedIn(filepath.FromSlash(p.Mock), mock.IsGenerated))
	pkg := path.Base(p.Mock)
	if !token.IsIdentifier(pkg) || token.IsKeyword(pkg) {
		pkg = "mockserver"
	}
	cfg := mock.Config{Package: pkg, SpecJSON: specJSON}
	if p.Client != "-" {
		// The handlers use the client's types: the client generated beside the mock.
		prefix, err := importPrefix(p.Client)
		if err != nil {
			return err
		}
		cfg.Client, cfg.ClientPackage = prefix+"/"+path.Base(p.Client), p.Package
	}
	return mock.Generate(spec, cfg, set.Sub(p.Mock))
}
