package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape"
	"github.com/acsgen/acsgen/scrape/apidocs"
	"github.com/acsgen/acsgen/scrape/page"
)

// inputLoader turns a diff argument into a spec: a spec file, a page file or directory
// (scraped), or REF:PATH read from git.
type inputLoader struct {
	ctx  context.Context
	opts scrape.Options
	warn io.Writer
}

// input is one side, resolved but not yet loaded.
type input struct {
	arg string
	// spec inputs are loaded first so that page inputs can take their product and version.
	spec bool
	load func(opts scrape.Options) (*opspec.Spec, error)
}

// loadPair loads OLD and NEW. Spec files load first; pages that do not say their product
// or version take them from the flags, else from the other side.
func (l *inputLoader) loadPair(oldArg, newArg string) ([2]*opspec.Spec, error) {
	var out [2]*opspec.Spec
	var ins [2]*input
	for i, a := range []string{oldArg, newArg} {
		in, err := l.resolve(a)
		if err != nil {
			return out, err
		}
		ins[i] = in
	}
	if ins[0].spec && ins[1].spec {
		// Two spec files: load both at once (parsing dominates a large diff).
		var errs [2]error
		done := make(chan struct{})
		go func() {
			out[1], errs[1] = ins[1].load(l.opts)
			close(done)
		}()
		out[0], errs[0] = ins[0].load(l.opts)
		<-done
		return out, errors.Join(errs[0], errs[1])
	}
	order := []int{0, 1}
	if !ins[0].spec && ins[1].spec {
		order = []int{1, 0}
	}
	for _, i := range order {
		opts := l.opts
		if other := out[1-i]; other != nil {
			if opts.Product == "" {
				opts.Product = other.Product
			}
			if opts.Version == "" {
				opts.Version = other.Version
			}
		}
		s, err := ins[i].load(opts)
		if err != nil {
			return out, err
		}
		out[i] = s
	}
	return out, nil
}

// isMetadataFile reports whether a file is official OpenAPI metadata (api-docs.json): by
// name, or a .json file whose start looks like one.
func isMetadataFile(name string) bool {
	if apidocs.IsName(name) {
		return true
	}
	if strings.ToLower(filepath.Ext(name)) != ".json" {
		return false
	}
	data, err := os.ReadFile(name)
	return err == nil && apidocs.Looks(name, data)
}

func isSpecFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

func (l *inputLoader) resolve(arg string) (*input, error) {
	st, statErr := os.Stat(arg)
	switch {
	case statErr == nil && st.IsDir():
		return &input{arg: arg, load: func(o scrape.Options) (*opspec.Spec, error) {
			return l.scrape(arg, o, func(s *scrape.Scraper) error { return s.AddPath(arg) })
		}}, nil
	case statErr == nil && isMetadataFile(arg):
		// official metadata (api-docs.json): imported like pages
		return &input{arg: arg, load: func(o scrape.Options) (*opspec.Spec, error) {
			return l.scrape(arg, o, func(s *scrape.Scraper) error { return s.AddPath(arg) })
		}}, nil
	case statErr == nil && isSpecFile(arg):
		return &input{arg: arg, spec: true, load: func(scrape.Options) (*opspec.Spec, error) {
			s, err := opspec.LoadFile(arg)
			if err != nil {
				return nil, fmt.Errorf("spec %s does not load: %w", arg, err)
			}
			return s, nil
		}}, nil
	case statErr == nil && scrape.IsPage(arg):
		return &input{arg: arg, load: func(o scrape.Options) (*opspec.Spec, error) {
			return l.scrape(arg, o, func(s *scrape.Scraper) error { return s.AddPath(arg) })
		}}, nil
	case statErr == nil:
		return nil, fmt.Errorf("%s: neither a spec (.yaml, .yml, .json) nor a page file", arg)
	}
	if ref, p, ok := strings.Cut(arg, ":"); ok && ref != "" && p != "" && !errors.Is(statErr, os.ErrPermission) {
		return l.resolveGit(arg, ref, p)
	}
	return nil, fmt.Errorf("%s: %w", arg, statErr)
}

// scrape reads pages into exactly one spec.
func (l *inputLoader) scrape(arg string, o scrape.Options, add func(*scrape.Scraper) error) (*opspec.Spec, error) {
	warnings := 0
	s := scrape.New(o, func(w page.Warning) {
		warnings++
		fmt.Fprintf(l.warn, "warning: %s\n", warningLine(w))
	})
	if err := add(s); err != nil {
		return nil, err
	}
	specs, err := s.Specs()
	if err != nil {
		return nil, fmt.Errorf("scraping %s: %w", arg, err)
	}
	switch len(specs) {
	case 0:
		return nil, fmt.Errorf("%s: no pages found", arg)
	case 1:
		return specs[0], nil
	}
	var names []string
	for _, sp := range specs {
		names = append(names, sp.Product+" "+sp.Version)
	}
	return nil, fmt.Errorf("%s: pages of %d product versions (%s); diff one at a time", arg, len(specs), strings.Join(names, ", "))
}

// resolveGit reads REF:PATH from the repository around the working directory: a spec
// file, a page file or a directory of pages.
func (l *inputLoader) resolveGit(arg, ref, p string) (*input, error) {
	if _, err := l.git("rev-parse", "--verify", "--quiet", ref+"^{commit}"); err != nil {
		return nil, fmt.Errorf("%s: git ref %q does not exist (or this is not a git repository)", arg, ref)
	}
	kind, err := l.git("cat-file", "-t", ref+":"+p)
	if err != nil {
		return nil, fmt.Errorf("%s: no %s at git ref %s", arg, p, ref)
	}
	switch strings.TrimSpace(string(kind)) {
	case "blob":
		data, err := l.git("show", ref+":"+p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", arg, err)
		}
		if isSpecFile(p) {
			return &input{arg: arg, spec: true, load: func(scrape.Options) (*opspec.Spec, error) {
				s, err := opspec.Load(data, arg)
				if err != nil {
					return nil, fmt.Errorf("spec %s does not load: %w", arg, err)
				}
				return s, nil
			}}, nil
		}
		if !scrape.IsPage(p) {
			return nil, fmt.Errorf("%s: neither a spec (.yaml, .yml, .json) nor a page file", arg)
		}
		return &input{arg: arg, load: func(o scrape.Options) (*opspec.Spec, error) {
			return l.scrape(arg, o, func(s *scrape.Scraper) error {
				s.Add(arg, path.Base(p), data)
				return nil
			})
		}}, nil
	case "tree":
		list, err := l.git("ls-tree", "-r", "--name-only", ref+":"+p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", arg, err)
		}
		return &input{arg: arg, load: func(o scrape.Options) (*opspec.Spec, error) {
			return l.scrape(arg, o, func(s *scrape.Scraper) error {
				for _, f := range strings.Split(strings.TrimSpace(string(list)), "\n") {
					if f == "" || !scrape.IsPage(f) || strings.Contains("/"+f, "/.") {
						continue
					}
					data, err := l.git("show", ref+":"+path.Join(p, f))
					if err != nil {
						return fmt.Errorf("%s: %s: %w", arg, f, err)
					}
					s.AddFound(arg+"/"+f, path.Join(path.Base(p), f), data)
				}
				return nil
			})
		}}, nil
	}
	return nil, fmt.Errorf("%s: not a file or directory at git ref %s", arg, ref)
}

// git runs a git command in the working directory and returns its standard output.
func (l *inputLoader) git(args ...string) ([]byte, error) {
	cmd := exec.CommandContext(l.ctx, "git", args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", args[0], msg)
	}
	return out.Bytes(), nil
}
