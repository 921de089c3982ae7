package config

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseDefaults(t *testing.T) {
	c, err := Parse("repo/acsgen.yaml", []byte(`
products:
  - product: Eiam-developerapi
    version: "2022-02-25"
    auth: bearer
    pages: [specs/x/pages]
  - product: RocketMQ
    version: "2022-08-01"
    style: roa
    pages: [p]
    mock: "-"
    client: out/rmq
`))
	if err != nil {
		t.Fatal(err)
	}
	want := []Product{{
		Product: "Eiam-developerapi", Version: "2022-02-25", Auth: "bearer",
		Pages: []string{"repo/specs/x/pages"}, Spec: "repo/specs/eiam-developerapi/2022-02-25.yaml",
		Cache: "repo/specs/eiam-developerapi/cache", Package: "eiamdeveloperapi20220225",
		Client: "repo/generated/eiamdeveloperapi20220225", Mock: "repo/generated/eiamdeveloperapi20220225/mockserver",
		DocsDir: "repo/docs/reference/eiam-developerapi/2022-02-25",
	}, {
		Product: "RocketMQ", Version: "2022-08-01", Style: "ROA", Pages: []string{"repo/p"},
		Spec: "repo/specs/rocketmq/2022-08-01.yaml", Cache: "repo/specs/rocketmq/cache", Package: "rocketmq20220801",
		Client: "repo/out/rmq", Mock: "-", DocsDir: "repo/docs/reference/rocketmq/2022-08-01",
	}}
	if d := cmp.Diff(want, c.Products); d != "" {
		t.Errorf("products (-want +got):\n%s", d)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"empty", ``, "empty config"},
		{"no products", `specs: s`, "no products listed"},
		{"unknown field", "products:\n  - product: A\n    version: \"2020-01-01\"\n    pagez: [x]\n", "field pagez not found"},
		{"bad version", "products:\n  - product: A\n    version: 2020\n    pages: [x]\n", `version "2020"`},
		{"bad product", "products:\n  - product: \"a b\"\n    version: \"2020-01-01\"\n    pages: [x]\n", `product "a b"`},
		{"no source", "products:\n  - product: A\n    version: \"2020-01-01\"\n", "no pages or fetch sources"},
		{"bad style", "products:\n  - product: A\n    version: \"2020-01-01\"\n    style: SOAP\n    pages: [x]\n", `style "SOAP"`},
		{"bad auth", "products:\n  - product: A\n    version: \"2020-01-01\"\n    auth: magic\n    pages: [x]\n", `auth "magic"`},
		{"duplicate", "products:\n  - {product: A, version: \"2020-01-01\", pages: [x]}\n  - {product: a, version: \"2020-01-01\", pages: [y]}\n", "listed twice"},
		{"not yaml", "products: [", "acsgen.yaml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("acsgen.yaml", []byte(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "acsgen.yaml") {
				t.Fatalf("err = %v, want it to name the file and contain %q", err, tc.want)
			}
		})
	}
}

func TestRepoConfigLoads(t *testing.T) {
	c, err := Load("../acsgen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Products) != 3 {
		t.Fatalf("got %d products, want 3", len(c.Products))
	}
}
