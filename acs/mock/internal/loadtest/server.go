package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/acsgen/acsgen/acs/mock"
	"github.com/acsgen/acsgen/acs/mock/mockserve"
	"github.com/acsgen/acsgen/opspec"
)

// This file is the server side: the load generator runs the mock in a child process of
// itself (-serve), so that the server's CPU time and memory can be read from /proc apart
// from the generator's own.

// serverOpts configure the mock server a child runs.
type serverOpts struct {
	specs      string // glob of spec files
	sign       bool   // accept loadAKID's signatures and check every request's
	stateless  bool
	journal    int
	profile    string // CPU profile file the server writes until it stops
	memProfile string // allocation profile file the server writes when it stops
	gogc       string // GOGC of the server process ("" inherits)
}

func (o serverOpts) args() []string {
	a := []string{"-specs", o.specs, "-journal", strconv.Itoa(o.journal)}
	if o.sign {
		a = append(a, "-sign")
	}
	if o.stateless {
		a = append(a, "-stateless")
	}
	if o.profile != "" {
		a = append(a, "-server-profile", o.profile)
	}
	if o.memProfile != "" {
		a = append(a, "-server-memprofile", o.memProfile)
	}
	return a
}

// newMock loads the specs and builds the mock handler.
func newMock(o serverOpts) (*mock.Server, []string, error) {
	files, err := filepath.Glob(o.specs)
	if err != nil {
		return nil, nil, fmt.Errorf("-specs %q: %w", o.specs, err)
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("-specs %q matches no file (run from the repository root or give -specs)", o.specs)
	}
	var specs []*opspec.Spec
	for _, f := range files {
		s, err := opspec.LoadFile(f)
		if err != nil {
			return nil, nil, err
		}
		specs = append(specs, s)
	}
	opts := []mock.Option{mock.WithJournalSize(o.journal)}
	if o.sign {
		opts = append(opts, mock.WithAccessKey(loadAKID, loadAKSecret))
	} else {
		opts = append(opts, mock.WithSignatureCheck(false))
	}
	if o.stateless {
		opts = append(opts, mock.WithStateless())
	}
	s, err := mock.New(specs, opts...)
	return s, files, err
}

// serveChild is the child process: it serves the mock on addr, writes "listening ADDR" on
// stdout, and exits when its stdin closes (the parent is gone or done).
func serveChild(addr string, o serverOpts) error {
	h, _, err := newMock(o)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	if o.profile != "" {
		f, err := os.Create(o.profile)
		if err != nil {
			return fmt.Errorf("-server-profile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("-server-profile: %w", err)
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	if o.memProfile != "" {
		defer func() {
			if err := writeAllocs(o.memProfile); err != nil {
				fmt.Fprintln(os.Stderr, "loadtest: -server-memprofile:", err)
			}
		}()
	}
	var hs interface {
		Serve(net.Listener) error
		Close() error
	}
	hs = mock.NewHTTPServer(withStats(h)) // what gen serve runs
	if pct, set, _ := mockserve.GCPercent("", os.Getenv("GOGC")); set {
		debug.SetGCPercent(pct) // gen serve's collector setting (-server-gogc sets GOGC)
	}
	fmt.Printf("listening %s\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	go func() {
		io.Copy(io.Discard, os.Stdin)
		hs.Close()
	}()
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// writeAllocs writes the allocation profile (every allocation since the start, sampled
// at the default rate) to file.
func writeAllocs(file string) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// child is a running server process.
type child struct {
	cmd  *exec.Cmd
	in   io.WriteCloser
	addr string
	pid  int
}

// startChild runs this program again with -serve; cpus, when set, pins it with taskset.
func startChild(o serverOpts, cpus string) (*child, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("start server: %w", err)
	}
	args := append([]string{"-serve", "127.0.0.1:0"}, o.args()...)
	name := self
	if cpus != "" {
		ts, err := exec.LookPath("taskset")
		if err != nil {
			return nil, fmt.Errorf("-server-cpus needs taskset: %w", err)
		}
		name, args = ts, append([]string{"-c", cpus, self}, args...)
	}
	cmd := exec.Command(name, args...)
	cmd.Stderr = os.Stderr
	if o.gogc != "" {
		cmd.Env = append(os.Environ(), "GOGC="+o.gogc)
	}
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start server: %w", err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "listening ")
	if err != nil || !ok {
		in.Close()
		cmd.Wait()
		return nil, fmt.Errorf("server did not start (first line %q): %v", line, err)
	}
	// taskset execs the program, so the child's pid is the server's.
	return &child{cmd: cmd, in: in, addr: addr, pid: cmd.Process.Pid}, nil
}

func (c *child) stop() error {
	c.in.Close()
	done := make(chan error, 1)
	go func() { done <- c.cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		c.cmd.Process.Kill()
		return fmt.Errorf("server did not stop within 10s; killed")
	}
}

// statsPath answers the child's Go memory statistics (runtime.MemStats), after a
// collection with ?gc=1, so that the parent can report allocation per request, GC cycles
// and the live heap. It is not part of the mock: only this load-test server has it.
const statsPath = "/_loadtest/memstats"

// memStats is the part of runtime.MemStats the report uses.
type memStats struct {
	TotalAlloc, Mallocs, HeapAlloc, HeapSys uint64
	NumGC                                   uint32
	PauseTotalNs                            uint64
}

func withStats(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != statsPath {
			h.ServeHTTP(w, r)
			return
		}
		if r.URL.Query().Get("gc") == "1" {
			runtime.GC()
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(memStats{m.TotalAlloc, m.Mallocs, m.HeapAlloc, m.HeapSys, m.NumGC, m.PauseTotalNs})
	})
}
