package docs

import (
	"cmp"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/acsgen/acsgen/opspec"
)

// CatalogTemplate renders the page over all product versions (docs/reference/README.md).
// A user's templates directory may leave it out: the default one is used then.
const CatalogTemplate = "catalog.md.tmpl"

// CatalogItem is one product version to list in the catalog.
type CatalogItem struct {
	Spec *opspec.Spec
	// Dir is the product version's docs directory relative to the catalog's directory
	// ("eiam/2021-12-01"); its index is Dir/README.md.
	Dir string
}

// CatalogData is what catalog.md.tmpl receives.
type CatalogData struct {
	// Entries are sorted by product key, then version.
	Entries []CatalogEntry
}

// CatalogEntry is one row of the catalog.
type CatalogEntry struct {
	Spec *opspec.Spec
	// Index is the product version's index page relative to the catalog.
	Index string
	// Pages counts operations with a page; OverviewOnly those known only from the overview.
	Pages, OverviewOnly int
}

// RenderCatalog writes the catalog of items (IndexFile) to sink.
func (r *Renderer) RenderCatalog(items []CatalogItem, sink Sink) error {
	var d CatalogData
	for i, it := range items {
		if it.Spec == nil {
			return fmt.Errorf("docs catalog: item #%d has no spec", i)
		}
		e := CatalogEntry{Spec: it.Spec, Index: escapePath(path.Join(it.Dir, IndexFile))}
		for _, op := range it.Spec.Operations {
			if op.OverviewOnly {
				e.OverviewOnly++
			} else {
				e.Pages++
			}
		}
		d.Entries = append(d.Entries, e)
	}
	slices.SortFunc(d.Entries, func(a, b CatalogEntry) int {
		return cmp.Or(cmp.Compare(a.Spec.Key(), b.Spec.Key()), cmp.Compare(a.Spec.Version, b.Spec.Version))
	})
	out, err := r.execute(CatalogTemplate, d)
	if err != nil {
		return fmt.Errorf("docs catalog: %w", err)
	}
	return sink.WriteFile(IndexFile, out)
}

// escapePath percent-encodes each segment of a slash-separated relative path, so that a
// directory name with spaces or parentheses still makes a working Markdown link.
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}
