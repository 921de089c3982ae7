// Package docs renders Markdown reference docs for one product version from the normalized
// model: a product index (README.md) and one page per operation (<Operation>.md).
//
// The Markdown comes from text/template files: the embedded defaults in templates/ or a
// directory the user supplies. Templates receive IndexData or OperationData and escape every
// documentation string through the functions in FuncMap (Cell, CellCode, Text, Code, Fence,
// Link), so that text from the pages never breaks a table or turns into HTML.
package docs

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"text/template"

	"github.com/acsgen/acsgen/gen/ir"
	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/templates"
)

// Entry templates every templates directory must hold.
const (
	IndexTemplate     = "index.md.tmpl"
	OperationTemplate = "operation.md.tmpl"
	// IndexFile is the product index's file name.
	IndexFile = "README.md"
)

// DefaultImportPrefix is where generated client packages live by default.
const DefaultImportPrefix = "github.com/acsgen/acsgen/generated"

// Sink receives rendered files by slash-separated name relative to the product's docs
// directory. *fileset.Set and fileset.Sub implement it; tests capture files in memory.
type Sink interface {
	WriteFile(name string, data []byte) error
}

// Options configure rendering. The zero value uses the embedded templates and the default
// import prefix.
type Options struct {
	// Templates is a directory of *.tmpl files that replaces the defaults; nil uses them.
	Templates fs.FS
	// TemplatesName names Templates in errors (the directory the user passed).
	TemplatesName string
	// ImportPrefix is the import path under which the generated client package lives;
	// the package is <ImportPrefix>/<package>. Empty means DefaultImportPrefix.
	ImportPrefix string
	// Package overrides the client package name (default: ir.PackageName, as gen/client).
	Package string
	// ImportPath overrides the whole import path of the client package, for clients that
	// do not live at <ImportPrefix>/<Package>; Package still names it in code.
	ImportPath string
}

// Renderer renders docs with one parsed set of templates; it is safe for concurrent use.
type Renderer struct {
	tmpl       *template.Template
	prefix     string
	pkg        string
	importPath string
}

// New parses the templates.
func New(opts Options) (*Renderer, error) {
	fsys, name := opts.Templates, opts.TemplatesName
	if fsys == nil {
		fsys, name = templates.FS, "default templates"
	}
	if name == "" {
		name = "templates"
	}
	t, err := parseTemplates(fsys, name)
	if err != nil {
		return nil, err
	}
	prefix := strings.TrimSuffix(opts.ImportPrefix, "/")
	if prefix == "" {
		prefix = DefaultImportPrefix
	}
	return &Renderer{tmpl: t, prefix: prefix, pkg: opts.Package, importPath: opts.ImportPath}, nil
}

// parseTemplates parses every *.tmpl file of fsys into one set, each named by its file
// name, and checks that the entry templates are there.
func parseTemplates(fsys fs.FS, name string) (*template.Template, error) {
	files, err := fs.Glob(fsys, "*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("templates %s: %w", name, err)
	}
	sort.Strings(files)
	set := template.New("").Funcs(FuncMap()).Option("missingkey=error")
	for _, f := range files {
		src, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("templates %s: %w", name, err)
		}
		if _, err := set.New(f).Parse(string(src)); err != nil {
			return nil, fmt.Errorf("templates %s: %s: %w", name, f, err)
		}
	}
	for _, need := range []string{IndexTemplate, OperationTemplate} {
		if set.Lookup(need) == nil {
			return nil, fmt.Errorf("templates %s: missing template %s (a templates directory needs %s and %s)",
				name, need, IndexTemplate, OperationTemplate)
		}
	}
	if set.Lookup(CatalogTemplate) == nil {
		// Optional in a user's directory: older template sets predate the catalog.
		src, err := fs.ReadFile(templates.FS, CatalogTemplate)
		if err != nil {
			return nil, fmt.Errorf("default templates: %w", err)
		}
		if _, err := set.New(CatalogTemplate).Parse(string(src)); err != nil {
			return nil, fmt.Errorf("default templates: %s: %w", CatalogTemplate, err)
		}
	}
	return set, nil
}

// Render writes the index and the operation pages of spec to sink.
func Render(spec *opspec.Spec, sink Sink, opts Options) error {
	r, err := New(opts)
	if err != nil {
		return err
	}
	return r.Render(spec, sink)
}

// Render writes the index and the operation pages of spec to sink: README.md first, then
// the pages in operation order. Operations known only from an overview get no page.
func (r *Renderer) Render(spec *opspec.Spec, sink Sink) error {
	if spec == nil {
		return fmt.Errorf("docs: no spec")
	}
	where := strings.TrimSpace(spec.Product + " " + spec.Version)
	files, err := pageFiles(spec)
	if err != nil {
		return fmt.Errorf("docs %s: %w", where, err)
	}
	pkg := r.packageName(spec)
	importPath := r.importPath
	if importPath == "" {
		importPath = r.prefix + "/" + pkg
	}

	idx := buildIndex(spec, files)
	idx.Package, idx.ImportPath = pkg, importPath
	out, err := r.execute(IndexTemplate, idx)
	if err != nil {
		return fmt.Errorf("docs %s: index: %w", where, err)
	}
	if err := sink.WriteFile(IndexFile, out); err != nil {
		return fmt.Errorf("docs %s: %w", where, err)
	}
	model, err := ir.Build(spec, pkg)
	if err != nil {
		return fmt.Errorf("docs %s: %w", where, err)
	}
	for _, op := range spec.Operations {
		file := files[op.Name]
		o := model.Op(op.Name)
		if file == "" || o == nil {
			continue
		}
		d := buildOperation(spec, op)
		d.Package, d.ImportPath, d.Index = pkg, importPath, IndexFile
		d.Example = goExample(pkg, importPath, o, d)
		out, err := r.execute(OperationTemplate, d)
		if err != nil {
			return fmt.Errorf("docs %s: operation %s: %w", where, op.Name, err)
		}
		if err := sink.WriteFile(file, out); err != nil {
			return fmt.Errorf("docs %s: operation %s: %w", where, op.Name, err)
		}
	}
	return nil
}

// packageName is the generated client's package name for spec.
func (r *Renderer) packageName(spec *opspec.Spec) string {
	if r.pkg != "" {
		return r.pkg
	}
	return ir.PackageName(spec)
}

// execute runs one entry template and tidies its output.
func (r *Renderer) execute(name string, data any) ([]byte, error) {
	var buf bytes.Buffer
	if err := r.tmpl.ExecuteTemplate(&buf, name, data); err != nil {
		// text/template's message names the template, line and column.
		return nil, err
	}
	return tidy(buf.Bytes()), nil
}

var safeName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)

// pageFiles names each operation's page file and rejects names that would collide on a
// case-insensitive file system (or with the index).
func pageFiles(spec *opspec.Spec) (map[string]string, error) {
	files := map[string]string{}
	taken := map[string]string{strings.ToLower(IndexFile): "the index"}
	for i, op := range spec.Operations {
		if op == nil {
			return nil, fmt.Errorf("operation #%d is nil", i)
		}
		if op.Name == "" {
			return nil, fmt.Errorf("operation #%d has no name", i)
		}
		if _, dup := files[op.Name]; dup {
			return nil, fmt.Errorf("operation %s is listed twice", op.Name)
		}
		if op.OverviewOnly {
			files[op.Name] = ""
			continue
		}
		base := op.Name
		if !safeName.MatchString(base) {
			base = strings.Trim(strings.Map(func(r rune) rune {
				if r < 0x80 && (r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
					return r
				}
				return '_'
			}, base), "._-")
			if base == "" {
				base = "operation"
			}
		}
		file := path.Clean(base + ".md")
		if other, dup := taken[strings.ToLower(file)]; dup {
			return nil, fmt.Errorf("operation %s: page %s collides with %s", op.Name, file, other)
		}
		taken[strings.ToLower(file)] = "operation " + op.Name
		files[op.Name] = file
	}
	return files, nil
}
