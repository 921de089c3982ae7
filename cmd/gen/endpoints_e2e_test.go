package main

import (
	"path/filepath"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
)

// endpointsE2E is the user's test written into the generated package: the generated client,
// built from metadata with a region map, calls the generated mock over TLS through a
// transport that dials the mock whatever the host, and records the host it was asked for.
// The documented host of cn-hangzhou, the pattern for cn-beijing (not listed), and
// WithEndpoint over both, with the mock checking each request's V3 signature (which covers
// the Host header).
const endpointsE2E = `import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	demo "IMPORT"
	"IMPORT/mockserver"
)

func TestEndpointResolution(t *testing.T) {
	srv, err := mockserver.New(testKey())
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewUnstartedServer(srv)
	ts.StartTLS()
	defer ts.Close()
	var mu sync.Mutex
	var dialed, hosts []string
	tr := ts.Client().Transport.(*http.Transport).Clone()
	tr.TLSClientConfig.ServerName = "example.com" // the test certificate's name
	tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		mu.Lock()
		dialed = append(dialed, addr)
		mu.Unlock()
		return (&net.Dialer{}).DialContext(ctx, network, ts.Listener.Addr().String())
	}
	hc := &http.Client{Transport: tr}
	seen := func(next http.RoundTripper) http.RoundTripper {
		return roundTrip(func(r *http.Request) (*http.Response, error) {
			mu.Lock()
			hosts = append(hosts, r.URL.Scheme+"://"+r.Host)
			mu.Unlock()
			return next.RoundTrip(r)
		})
	}
	for _, tc := range []struct {
		opts       []demo.Option
		dial, host string
	}{
		{[]demo.Option{demo.WithRegion("cn-hangzhou")}, "demo-cn-hangzhou.aliyuncs.com:443", "https://demo-cn-hangzhou.aliyuncs.com"},
		{[]demo.Option{demo.WithRegion("cn-shanghai-finance-1")}, "demo.aliyuncs.com:443", "https://demo.aliyuncs.com"},
		{[]demo.Option{demo.WithRegion("cn-beijing")}, "demo.cn-beijing.aliyuncs.com:443", "https://demo.cn-beijing.aliyuncs.com"},
		{[]demo.Option{demo.WithRegion("cn-hangzhou"), demo.WithEndpoint("widgets.example.com")}, "widgets.example.com:443", "https://widgets.example.com"},
	} {
		dialed, hosts = nil, nil
		c := newClient(t, append(tc.opts, demo.WithHTTPClient(hc), demo.WithMiddleware(seen))...)
		if _, err := c.DescribeWidgets(context.Background(), &demo.DescribeWidgetsRequest{RegionId: "cn-hangzhou"}); err != nil {
			t.Fatalf("%s: %v", tc.host, err)
		}
		if strings.Join(dialed, " ") != tc.dial || strings.Join(hosts, " ") != tc.host {
			t.Errorf("dialed %v for %v, want %s for %s", dialed, hosts, tc.dial, tc.host)
		}
	}
}
`

// TestMetadataEndpointsEndToEnd generates client and mock from a metadata file with a region
// map (golden/metadata/demo-rpc) and runs endpointsE2E in the generated package: a call goes
// to the host the metadata documents for the region, to <product>.<region>.aliyuncs.com for
// a region it does not list, and to WithEndpoint when one is given.
func TestMetadataEndpointsEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go tool")
	}
	spec := scrapeMetadata(t, filepath.Join(goldentest.ModuleRoot(t), "golden", "metadata", "demo-rpc", "api-docs.json"))
	runE2E(t, spec, "example.com/endpoints", "demo20240101", "endpoints_e2e_test.go", endpointsE2E, "TestEndpointResolution")
}
