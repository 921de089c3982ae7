package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/acsgen/acsgen/fetch"
	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape"
	"github.com/acsgen/acsgen/scrape/page"
)

// runFetch downloads overview pages and the operation pages they link to, and/or a product
// version's official metadata (--metadata Product/Version: api-docs.json from
// https://api.aliyun.com/meta/v1/products/{Product}/versions/{Version}/api-docs.json), into a
// cache under specs/, then scrapes the cache into the product version's spec.
func runFetch(ctx context.Context, io stdio, args []string) error {
	fs := newFlagSet("fetch", io, "usage: gen fetch --product P --version V [flags] URL...\n       gen fetch --metadata Product/Version [flags] [URL...]")
	metadata := fs.String("metadata", "", "also download the official metadata of Product/Version (api-docs.json), e.g. Ecs/2014-05-26")
	metaBase := fs.String("metadata-base", fetch.MetadataBase, "where the metadata is published")
	product := fs.String("product", "", "product code, e.g. Eiam-developerapi (required)")
	version := fs.String("version", "", "API version, e.g. 2022-02-25 (required)")
	style := fs.String("style", "", "override the style: RPC or ROA")
	auth := fs.String("auth", "", "override the authentication: ak, bearer or anonymous")
	specs := fs.String("specs", "specs", "specs root")
	cache := fs.String("cache", "", "page cache directory (default <specs>/<product>/cache)")
	out := fs.String("o", "", "spec file to write (default <specs>/<product>/<version>.yaml)")
	interval := fs.Duration("interval", 0, "minimum time between requests to one host (default 500ms)")
	if err := fs.Parse(args); err != nil {
		return withCode(2, err) // unlike the emitters: the reason is printed again, and -h exits 2
	}
	var metaProduct, metaVersion string
	if *metadata != "" {
		var ok bool
		metaProduct, metaVersion, ok = strings.Cut(*metadata, "/")
		if !ok || metaProduct == "" || metaVersion == "" || strings.Contains(metaVersion, "/") {
			return usageError("--metadata wants Product/Version, e.g. Ecs/2014-05-26; got %q", *metadata)
		}
		if *product == "" {
			*product = metaProduct
		}
		if *version == "" {
			*version = metaVersion
		}
	}
	if *product == "" || *version == "" || (fs.NArg() == 0 && *metadata == "") {
		fs.Usage()
		return usageError("need --product, --version and at least one URL, or --metadata Product/Version")
	}
	key := strings.ToLower(*product)
	if *cache == "" {
		*cache = filepath.Join(*specs, key, "cache")
	}
	if *out == "" {
		*out = filepath.Join(*specs, key, *version+".yaml")
	}
	f, err := fetch.New(*cache, fetch.Options{MinInterval: *interval, Progress: progress(io)})
	if err != nil {
		return err
	}
	failed := 0
	if *metadata != "" {
		res, err := f.Metadata(ctx, *metaBase, metaProduct, metaVersion)
		if err != nil {
			if res.File == "" {
				return fmt.Errorf("fetch metadata %s: %w", *metadata, err)
			}
			failed++
			fmt.Fprintf(io.err, "error: %v (using the cached copy)\n", err)
		}
		fmt.Fprintf(io.err, "fetch: %s: %s\n", res.URL, res.Status)
	}
	for _, u := range fs.Args() {
		results, n, err := fetchOverview(ctx, io, f, u)
		failed += n
		if err != nil {
			return err
		}
		counts := map[string]int{}
		for _, r := range results {
			counts[r.Status]++
		}
		fmt.Fprintf(io.err, "fetch: %s: %d new, %d changed, %d unchanged, %d failed\n",
			u, counts["new"], counts["changed"], counts["unchanged"], counts["failed"])
	}
	spec, sum, err := scrapeOne(io, scrape.Options{Product: *product, Version: *version, Style: opspec.Style(strings.ToUpper(*style)), Auth: opspec.Auth(*auth)},
		func(w page.Warning) { fmt.Fprintln(io.err, warningLine(w)) }, []string{*cache}, "the cached pages")
	if err != nil {
		return err
	}
	if err := opspec.WriteFile(*out, spec); err != nil {
		return err
	}
	fmt.Fprintf(io.err, "fetch: wrote %s (%d operations); scrape: %v\n", *out, len(spec.Operations), sum)
	if failed > 0 {
		return fmt.Errorf("%d pages could not be fetched; their cached copies, if any, were used", failed)
	}
	if sum.Failed > 0 {
		return fmt.Errorf("%d pages failed to scrape; the spec holds the %d that read", sum.Failed, sum.Read)
	}
	return nil
}

// progress draws one updating "fetch done/total URL" line when stderr is a terminal, and
// is nil (nothing printed) when it is not, so logs and CI output stay quiet.
func progress(io stdio) func(done, total int, url string) {
	if !isTerminal(io.err) {
		return nil
	}
	return func(done, total int, url string) {
		fmt.Fprintf(io.err, "\r\033[Kfetch %d/%d %s", done, total, url)
		if done == total {
			fmt.Fprintln(io.err)
		}
	}
}

// isTerminal reports whether w is a terminal, so progress lines are drawn only for people.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
