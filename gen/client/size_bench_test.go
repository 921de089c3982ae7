package client

import (
	"bytes"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/opspec"
)

// BenchmarkGenerate349 generates the client of a product the size of the official
// eiam-20211201 SDK (349 operations) and reports the size of the output next to the time:
// files, lines, lines without comments or blank lines, and lines per operation of the
// package and of operations.go (the file that corresponds to the official client.go).
// The operations are the committed EIAM operations repeated under new names, so each has
// the documented parameters, nested responses and enums of a real page.
func BenchmarkGenerate349(b *testing.B) {
	s, err := opspec.LoadFile(filepath.Join(goldentest.ModuleRoot(b), "specs", "eiam", "2021-12-01.yaml"))
	if err != nil {
		b.Skip(err)
	}
	s.Operations = repeatOperations(s.Operations, 349)
	var out countSink
	b.ReportAllocs()
	for b.Loop() {
		out = countSink{}
		if err := Generate(s, Config{Package: "eiam"}, &out); err != nil {
			b.Fatal(err)
		}
	}
	n := float64(len(s.Operations))
	b.ReportMetric(float64(out.files), "files")
	b.ReportMetric(float64(out.lines), "lines")
	b.ReportMetric(float64(out.code), "code-lines")
	b.ReportMetric(float64(out.lines)/n, "lines/operation")
	b.ReportMetric(float64(out.opLines)/n, "operations.go-lines/operation")
}

// repeatOperations returns n operations cycling over the callable ones of ops, renamed
// so that every name is distinct.
func repeatOperations(ops []*opspec.Operation, n int) []*opspec.Operation {
	var callable []*opspec.Operation
	for _, op := range ops {
		if !op.OverviewOnly {
			callable = append(callable, op)
		}
	}
	out := make([]*opspec.Operation, 0, n)
	for i := 0; len(out) < n && len(callable) > 0; i++ {
		for _, op := range callable {
			if len(out) == n {
				break
			}
			c := *op
			c.Name = fmt.Sprintf("%sV%d", op.Name, i)
			out = append(out, &c)
		}
	}
	opspec.SortOperations(out)
	return out
}

// countSink counts what Generate writes instead of keeping it.
type countSink struct{ files, lines, code, opLines int }

func (c *countSink) WriteFile(name string, data []byte) error {
	c.files++
	for line := range bytes.Lines(data) {
		c.lines++
		if name == "operations.go" {
			c.opLines++
		}
		t := bytes.TrimSpace(line)
		if len(t) > 0 && !bytes.HasPrefix(t, []byte("//")) {
			c.code++
		}
	}
	return nil
}
