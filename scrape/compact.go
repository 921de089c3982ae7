package scrape

import (
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
)

// compactResult copies every string a page's result keeps into one new string per page,
// when the result keeps less than half of the page (size bytes; -1 when not known). The
// strings extraction returns are mostly cut from the page text, and a substring keeps its
// whole page alive: without this, a spec of N operations could hold N page texts (4 KB and
// more each) beside what it says. A result whose strings add up to half of its page or more
// keeps the page text instead: the text is then at most twice the size of those strings,
// and keeping it spares the copy and the more frequent garbage collections a smaller heap
// brings (BenchmarkScrapeDir: about 10% of the time). Either way the heap is bounded by
// the spec, not by the pages read (TestHeapBoundedBySpec).
func compactResult(res *extract.Result, size int) {
	var c collector
	c.add(&res.Product, &res.Version, &res.ProductTitle, (*string)(&res.Style))
	if res.Op != nil {
		c.op(res.Op)
	}
	if ov := res.Overview; ov != nil {
		for _, op := range ov.Operations {
			c.op(op)
		}
		for i := range ov.Groups {
			g := &ov.Groups[i]
			c.add(&g.Name)
			for j := range g.Operations {
				c.add(&g.Operations[j])
			}
		}
	}
	if size < 0 || 2*c.n < size {
		c.pack()
	}
}

// collector lists the strings to copy and their total length.
type collector struct {
	strs []*string
	n    int
}

func (c *collector) add(ps ...*string) {
	for _, p := range ps {
		if *p != "" {
			c.strs = append(c.strs, p)
			c.n += len(*p)
		}
	}
}

// pack copies the listed strings into one and points each at its copy.
func (c *collector) pack() {
	var b strings.Builder
	b.Grow(c.n)
	for _, p := range c.strs {
		b.WriteString(*p)
	}
	all := b.String()
	off := 0
	for _, p := range c.strs {
		n := len(*p)
		*p = all[off : off+n]
		off += n
	}
}

func (c *collector) op(op *opspec.Operation) {
	c.add(&op.Name, &op.Title, &op.Summary, &op.Description, &op.Method, &op.Path, &op.ResponseExample,
		&op.Source.File, &op.Source.URL, &op.Source.LastUpdated, &op.Source.Lang,
		(*string)(&op.Style), (*string)(&op.Auth))
	if r := op.RAM; r != nil {
		for i := range r.Actions {
			a := &r.Actions[i]
			c.add(&a.Action, &a.AccessLevel)
			for j := range a.Resources {
				c.add(&a.Resources[j].Type, &a.Resources[j].ARN)
			}
			for j := range a.ConditionKeys {
				c.add(&a.ConditionKeys[j])
			}
			for j := range a.DependentActions {
				c.add(&a.DependentActions[j])
			}
		}
	}
	for _, p := range op.Params {
		c.add(&p.Name, (*string)(&p.In))
		c.schema(p.Schema, 0)
	}
	c.schema(op.Response, 0)
	for _, h := range op.ResponseHeaders {
		c.add(&h.Name)
		c.schema(h.Schema, 0)
	}
	for i := range op.Errors {
		e := &op.Errors[i]
		c.add(&e.Code, &e.Message, &e.Description)
	}
	for i := range op.Changes {
		c.add(&op.Changes[i].Date, &op.Changes[i].Summary)
	}
}

// maxCompactDepth stops the walk on a schema that contains itself; extraction builds
// trees, so it is only a guard.
const maxCompactDepth = 256

func (c *collector) schema(s *opspec.Schema, depth int) {
	if s == nil || depth > maxCompactDepth {
		return
	}
	c.add(&s.Type, &s.Format, &s.DocType, &s.Description, &s.Example)
	for i := range s.Enum {
		c.add(&s.Enum[i].Value, &s.Enum[i].Description)
	}
	for _, p := range s.Properties {
		c.add(&p.Name)
		c.schema(p.Schema, depth+1)
	}
	c.schema(s.Items, depth+1)
	c.schema(s.AdditionalProperties, depth+1)
}
