package sdktest

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// A scenario is a table of named steps run in order against one mock, for each source of
// its spec (pages, metadata, committed spec) with signature checking on and then off.
//
// A step known to fail today because of the mock's behaviour is marked in the table with
// the reason (xfail, per source). The test fails when any other step fails, and when a
// marked step passes: the marks are kept true, and shrink as the mock improves.

type scenario[S any] struct {
	name    string
	sources []source
	// setup builds the scenario's state (the clients) for a mock of spec; it runs once per
	// source and signature mode.
	setup func(t *testing.T, spec *opspec.Spec, sig bool) *S
	steps []step[S]
}

type step[S any] struct {
	name string
	// xfail maps a source name ("pages", "metadata", "committed"; "*" for every source)
	// to the reason the step fails today.
	xfail map[string]string
	// sig limits the step to one signature mode: "on" or "off" ("" for both).
	sig string
	run func(s *S) error
}

func (st step[S]) expected(src string) string {
	if r, ok := st.xfail[src]; ok {
		return r
	}
	return st.xfail["*"]
}

func sigName(on bool) string {
	if on {
		return "on"
	}
	return "off"
}

func (sc scenario[S]) run(t *testing.T) {
	for _, src := range sc.sources {
		for _, sig := range []bool{true, false} {
			col := src.name + " sig " + sigName(sig)
			t.Run(src.name+"/sig-"+sigName(sig), func(t *testing.T) {
				spec := src.load(t)
				s := sc.setup(t, spec, sig)
				for _, st := range sc.steps {
					if st.sig != "" && st.sig != sigName(sig) {
						continue
					}
					t.Run(st.name, func(t *testing.T) {
						err := st.run(s)
						reason := st.expected(src.name)
						res := result{}
						switch {
						case err == nil && reason == "":
							res.status = "pass"
						case err == nil:
							res.status = "XPASS"
							res.note = "passes now: remove its xfail mark"
							t.Errorf("expected failure (%s) passes now: remove the xfail mark", reason)
						case reason == "":
							res.status = "FAIL"
							res.note = errText(err)
							t.Errorf("%s", errText(err))
						default:
							res.status = "xfail"
							res.note = reason + "; got: " + errText(err)
							t.Logf("expected failure (%s): %s", reason, errText(err))
						}
						table.record(sc.name, st.name, col, res)
					})
				}
			})
		}
	}
}

// need says a step cannot run because an earlier one gave nothing to work on.
func need(what string, v string) error {
	if v == "" {
		return fmt.Errorf("no %s from an earlier step", what)
	}
	return nil
}

// The step table: every step's outcome per source and signature mode.

type result struct {
	status string // pass, FAIL, xfail, XPASS
	note   string
}

type stepTable struct {
	mu   sync.Mutex
	rows []string // scenario \x00 step, in first-run order
	cols map[string]bool
	res  map[string]map[string]result
}

var table = &stepTable{cols: map[string]bool{}, res: map[string]map[string]result{}}

func (tb *stepTable) record(scenario, step, col string, r result) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	key := scenario + "\x00" + step
	if tb.res[key] == nil {
		tb.res[key] = map[string]result{}
		tb.rows = append(tb.rows, key)
	}
	tb.res[key][col] = r
	tb.cols[col] = true
}

var columnOrder = []string{"pages sig on", "pages sig off", "metadata sig on", "metadata sig off", "committed sig on", "committed sig off"}

// markdown renders the table: one row per step, one column per source and signature mode,
// and the notes (the reason of an expected failure and what happened; the error of a
// failure).
func (tb *stepTable) markdown() string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	var cols []string
	for _, c := range columnOrder {
		if tb.cols[c] {
			cols = append(cols, c)
		}
	}
	var b bytes.Buffer
	b.WriteString("| scenario | step | " + strings.Join(cols, " | ") + " | notes |\n")
	b.WriteString("|---|---|" + strings.Repeat("---|", len(cols)) + "---|\n")
	counts := map[string]int{}
	for _, key := range tb.rows {
		scen, st, _ := strings.Cut(key, "\x00")
		cells := make([]string, len(cols))
		var notes []string
		seen := map[string]bool{}
		for i, c := range cols {
			r, ok := tb.res[key][c]
			if !ok {
				cells[i] = "-"
				continue
			}
			cells[i] = r.status
			counts[r.status]++
			if r.note != "" && !seen[r.note] {
				seen[r.note] = true
				notes = append(notes, r.note)
			}
		}
		b.WriteString("| " + scen + " | " + st + " | " + strings.Join(cells, " | ") + " | " + cellText(strings.Join(notes, "; ")) + " |\n")
	}
	var sum []string
	for _, s := range []string{"pass", "xfail", "FAIL", "XPASS"} {
		sum = append(sum, fmt.Sprintf("%d %s", counts[s], s))
	}
	b.WriteString("\n" + strings.Join(sum, ", ") + " (step runs; - = not run: source absent or step not in that mode)\n")
	return b.String()
}

func cellText(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", " ")
}

var docFlag = flag.Bool("doc", false, "write the step table into ../docs/SDK-ACCEPTANCE.md (between its table markers)")

const (
	tableBegin = "<!-- step table: begin -->"
	tableEnd   = "<!-- step table: end -->"
)

func TestMain(m *testing.M) {
	code := m.Run()
	if len(table.rows) > 0 {
		sortTable()
		md := table.markdown()
		if testing.Verbose() {
			fmt.Print("\nStep table (official SDKs and generated clients against the mock):\n\n" + md)
		}
		if *docFlag {
			if err := writeDoc(md); err != nil {
				fmt.Fprintln(os.Stderr, err)
				code = 1
			}
		}
	}
	os.Exit(code)
}

// sortTable orders rows by scenario (steps keep their order inside a scenario), so that
// the table does not depend on the order the tests ran in.
func sortTable() {
	pos := map[string]int{}
	for i, k := range table.rows {
		pos[k] = i
	}
	sort.SliceStable(table.rows, func(i, j int) bool {
		si, _, _ := strings.Cut(table.rows[i], "\x00")
		sj, _, _ := strings.Cut(table.rows[j], "\x00")
		if si != sj {
			return si < sj
		}
		return pos[table.rows[i]] < pos[table.rows[j]]
	})
}

func writeDoc(md string) error {
	path := filepath.Join("..", "docs", "SDK-ACCEPTANCE.md")
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text := string(data)
	i, j := strings.Index(text, tableBegin), strings.Index(text, tableEnd)
	if i < 0 || j < i {
		return fmt.Errorf("%s: no %q ... %q markers", path, tableBegin, tableEnd)
	}
	text = text[:i+len(tableBegin)] + "\n" + md + text[j:]
	return os.WriteFile(path, []byte(text), 0o644)
}
