// Package config reads acsgen.yaml: the products a repository generates, where their pages
// come from, and where each output goes. `gen all` regenerates everything it lists; other
// repositories point `//go:generate go run github.com/acsgen/acsgen/cmd/gen all -config acsgen.yaml`
// at their own copy.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/acsgen/acsgen/gen/naming"
	"io"
	"os"
	"path"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// Config is the whole file.
type Config struct {
	// Specs, Generated and Docs are the default output roots, relative to the file's
	// directory: specs/<key>/<version>.yaml, generated/<pkg>/, docs/<key>/<version>/.
	Specs     string    `yaml:"specs"`
	Generated string    `yaml:"generated"`
	Docs      string    `yaml:"docs"`
	Products  []Product `yaml:"products"`
}

// Product is one product version and its outputs. Only Product, Version and one source
// (Pages or Fetch) are required; the outputs default from the roots.
type Product struct {
	Product string `yaml:"product"` // product code as the docs write it ("Eiam")
	Version string `yaml:"version"` // "2021-12-01"
	Style   string `yaml:"style,omitempty"`
	Auth    string `yaml:"auth,omitempty"`
	// Pages are files or directories of saved pages, scraped in order.
	Pages []string `yaml:"pages,omitempty"`
	// Fetch are overview or operation page URLs that `gen fetch` downloads into
	// Cache (default <spec dir>/cache).
	Fetch []string `yaml:"fetch,omitempty"`
	Cache string   `yaml:"cache,omitempty"`

	Spec    string `yaml:"spec,omitempty"`    // output spec file
	Package string `yaml:"package,omitempty"` // Go package name of the client
	Client  string `yaml:"client,omitempty"`  // client package dir; "-" skips it
	Mock    string `yaml:"mock,omitempty"`    // mock package dir; "-" skips it
	DocsDir string `yaml:"docs,omitempty"`    // docs dir; "-" skips it
}

// Key is the lower-case product code used in paths.
func (p *Product) Key() string { return strings.ToLower(p.Product) }

var (
	versionRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	productRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*$`)
)

// Load reads and checks a config file. Relative paths in it are resolved against the
// file's directory and returned slash-separated.
func Load(file string) (*Config, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(file, data)
}

// Parse reads a config from data; file names it in errors and anchors relative paths.
func Parse(file string, data []byte) (*Config, error) {
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: empty config: want a products list", file)
		}
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if err := c.resolve(path.Dir(slash(file))); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return &c, nil
}

func slash(p string) string { return strings.ReplaceAll(p, `\`, "/") }

func (c *Config) resolve(dir string) error {
	def := func(v, d string) string {
		if v == "" {
			v = d
		}
		return v
	}
	c.Specs = join(dir, def(c.Specs, "specs"))
	c.Generated = join(dir, def(c.Generated, "generated"))
	c.Docs = join(dir, def(c.Docs, "docs/reference"))
	if len(c.Products) == 0 {
		return errors.New("no products listed")
	}
	seen := map[string]int{}
	var errs []error
	for i := range c.Products {
		p := &c.Products[i]
		where := fmt.Sprintf("products[%d]", i)
		if !productRE.MatchString(p.Product) {
			errs = append(errs, fmt.Errorf("%s: product %q: want a product code such as Eiam", where, p.Product))
			continue
		}
		if !versionRE.MatchString(p.Version) {
			errs = append(errs, fmt.Errorf("%s (%s): version %q: want YYYY-MM-DD", where, p.Product, p.Version))
			continue
		}
		id := p.Key() + "/" + p.Version
		if j, dup := seen[id]; dup {
			errs = append(errs, fmt.Errorf("%s: %s is listed twice (also products[%d])", where, id, j))
			continue
		}
		seen[id] = i
		switch strings.ToUpper(p.Style) {
		case "", "RPC", "ROA":
			p.Style = strings.ToUpper(p.Style)
		default:
			errs = append(errs, fmt.Errorf("%s (%s): style %q: want RPC or ROA", where, id, p.Style))
		}
		switch p.Auth {
		case "", "ak", "bearer", "anonymous":
		default:
			errs = append(errs, fmt.Errorf("%s (%s): auth %q: want ak, bearer or anonymous", where, id, p.Auth))
		}
		if len(p.Pages) == 0 && len(p.Fetch) == 0 {
			errs = append(errs, fmt.Errorf("%s (%s): no pages or fetch sources", where, id))
		}
		for j, pg := range p.Pages {
			p.Pages[j] = join(dir, pg)
		}
		p.Spec = join(dir, p.Spec)
		if p.Spec == "" {
			p.Spec = path.Join(c.Specs, p.Key(), p.Version+".yaml")
		}
		if p.Cache == "" {
			p.Cache = path.Join(path.Dir(p.Spec), "cache")
		} else {
			p.Cache = join(dir, p.Cache)
		}
		if p.Package == "" {
			p.Package = naming.Package(p.Product, p.Version) // the rule gen client uses
		}
		p.Client = output(dir, p.Client, path.Join(c.Generated, p.Package))
		p.Mock = output(dir, p.Mock, path.Join(c.Generated, p.Package, "mockserver"))
		p.DocsDir = output(dir, p.DocsDir, path.Join(c.Docs, p.Key(), p.Version))
	}
	return errors.Join(errs...)
}

// output resolves an output dir: "" takes the default, "-" stays "-" (skip).
func output(dir, v, d string) string {
	switch v {
	case "":
		return d
	case "-":
		return "-"
	}
	return join(dir, v)
}

func join(dir, p string) string {
	if p == "" {
		return ""
	}
	p = slash(p)
	if path.IsAbs(p) || dir == "." || dir == "" {
		return path.Clean(p)
	}
	return path.Join(dir, p)
}
