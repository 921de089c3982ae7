package docs

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/acsgen/acsgen/opspec"
)

func tmplFS(files map[string]string) fstest.MapFS {
	fs := fstest.MapFS{}
	for n, body := range files {
		fs[n] = &fstest.MapFile{Data: []byte(body)}
	}
	return fs
}

// TestTemplateErrors: each way a user's templates directory can be wrong gets an error
// naming the directory, the template and, at execution, the operation.
func TestTemplateErrors(t *testing.T) {
	spec := fixtures()["roa-bearer"]
	cases := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"missing operation", map[string]string{"index.md.tmpl": "# x\n"},
			[]string{"templates mytmpl", "missing template operation.md.tmpl"}},
		{"missing index", map[string]string{"operation.md.tmpl": "# x\n"},
			[]string{"missing template index.md.tmpl"}},
		{"empty dir", map[string]string{"notes.txt": "hi"},
			[]string{"missing template index.md.tmpl"}},
		{"parse error", map[string]string{"index.md.tmpl": "# x\n", "operation.md.tmpl": "{{if}}\n"},
			[]string{"templates mytmpl", "operation.md.tmpl"}},
		{"unknown function", map[string]string{"index.md.tmpl": "{{nosuch .}}", "operation.md.tmpl": "# x\n"},
			[]string{"index.md.tmpl", `"nosuch" not defined`}},
		{"exec error in operation", map[string]string{"index.md.tmpl": "# x\n", "operation.md.tmpl": "# {{.Op.Name}}\n{{.Op.Missing}}\n"},
			[]string{"Eiam-developerapi 2022-02-25", "operation CreateGroup", "operation.md.tmpl:2"}},
		{"exec error in index", map[string]string{"index.md.tmpl": "{{template \"nope\"}}", "operation.md.tmpl": "# x\n"},
			[]string{"index", `template "nope" not defined`}},
	}
	for _, c := range cases {
		err := Render(spec, newMemSink(), Options{Templates: tmplFS(c.files), TemplatesName: "mytmpl"})
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not mention %q", c.name, err, w)
			}
		}
	}
}

// TestCustomTemplates: a user's directory replaces the defaults and may hold partials.
func TestCustomTemplates(t *testing.T) {
	fs := tmplFS(map[string]string{
		"index.md.tmpl":     "# {{text .Spec.Product}}\n{{range .Groups}}{{range .Operations}}{{template \"item\" .}}{{end}}{{end}}",
		"operation.md.tmpl": "# {{code .Op.Name}}\n\n{{cell .Op.Summary}}\n",
		"partials.tmpl":     "{{define \"item\"}}- {{.Op.Name}} {{.File}}\n{{end}}",
	})
	sink := newMemSink()
	if err := Render(fixtures()["roa-bearer"], sink, Options{Templates: fs}); err != nil {
		t.Fatal(err)
	}
	want := Header + "\n# Eiam-developerapi\n- CreateGroup CreateGroup.md\n- GenerateToken GenerateToken.md\n- GetUser GetUser.md\n"
	if got := string(sink.files[IndexFile]); got != want {
		t.Errorf("index = %q, want %q", got, want)
	}
	if got := string(sink.files["GetUser.md"]); got != Header+"\n# `GetUser`\n\nRetrieves the details of an EIAM account.\n" {
		t.Errorf("page = %q", got)
	}
}

// TestImportPath: the Go example imports the client from the configured place.
func TestImportPath(t *testing.T) {
	for _, c := range []struct {
		opts Options
		want string
	}{
		{Options{}, `"github.com/acsgen/acsgen/generated/eiamdeveloperapi20220225"`},
		{Options{ImportPrefix: "example.com/x/clients/"}, `"example.com/x/clients/eiamdeveloperapi20220225"`},
		{Options{Package: "idaas"}, `"github.com/acsgen/acsgen/generated/idaas"`},
		{Options{Package: "idaas", ImportPath: "example.com/y/idaasclient"}, `idaas "example.com/y/idaasclient"`},
	} {
		sink := newMemSink()
		if err := Render(fixtures()["roa-bearer"], sink, c.opts); err != nil {
			t.Fatal(err)
		}
		if page := string(sink.files["GetUser.md"]); !strings.Contains(page, c.want) {
			t.Errorf("%+v: page does not import %s", c.opts, c.want)
		}
	}
}

// TestBadSpecs: specs the docs cannot be laid out for are refused with the reason.
func TestBadSpecs(t *testing.T) {
	base := func(ops ...*opspec.Operation) *opspec.Spec {
		return &opspec.Spec{Product: "P", Version: "2020-01-01", Operations: ops}
	}
	cases := map[string]struct {
		spec *opspec.Spec
		want string
	}{
		"nil spec":        {nil, "no spec"},
		"nil operation":   {base(nil), "operation #0 is nil"},
		"unnamed":         {base(&opspec.Operation{}), "operation #0 has no name"},
		"duplicate":       {base(&opspec.Operation{Name: "A"}, &opspec.Operation{Name: "A"}), "A is listed twice"},
		"case collision":  {base(&opspec.Operation{Name: "GetX"}, &opspec.Operation{Name: "getx"}), "page getx.md collides with operation GetX"},
		"index collision": {base(&opspec.Operation{Name: "readme"}), "collides with the index"},
	}
	for name, c := range cases {
		err := Render(c.spec, newMemSink(), Options{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", name, err, c.want)
		}
	}
}

// failSink fails on the nth write.
type failSink struct{ n int }

func (f *failSink) WriteFile(name string, _ []byte) error {
	if f.n--; f.n < 0 {
		return errors.New("disk full")
	}
	return nil
}

func TestSinkErrors(t *testing.T) {
	for n, want := range map[int]string{0: "disk full", 1: "operation CreateGroup: disk full"} {
		err := Render(fixtures()["roa-bearer"], &failSink{n: n}, Options{})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("fail at write %d: %v, want %q", n, err, want)
		}
	}
}
