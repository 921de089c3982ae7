package fetch

import (
	"context"
	"fmt"
	"net/url"
	"strings"
)

// MetadataBase is where Alibaba Cloud publishes the OpenAPI metadata of its products.
const MetadataBase = "https://api.aliyun.com"

// MetadataURL is the address of a product version's official metadata (api-docs.json)
// under base (MetadataBase, or a test server).
func MetadataURL(base, product, version string) string {
	return strings.TrimSuffix(base, "/") + "/meta/v1/products/" + url.PathEscape(product) +
		"/versions/" + url.PathEscape(version) + "/api-docs.json"
}

// Metadata downloads a product version's api-docs.json into the cache with the same cache,
// conditional requests, retries and rate limit as pages, and saves the index. The cached
// file keeps the name api-docs.json (api-docs-2.json ... when several versions share a
// cache), which is how the scraper knows it.
func (f *Fetcher) Metadata(ctx context.Context, base, product, version string) (Result, error) {
	if product == "" || version == "" {
		return Result{Status: "failed"}, fmt.Errorf("fetch: metadata needs a product and a version")
	}
	res := f.Page(ctx, MetadataURL(base, product, version))
	if err := f.index.Save(f.dir); err != nil {
		return res, err
	}
	return res, res.Err
}
