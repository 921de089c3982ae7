// Command loadtest measures the mock server (acs/mock) under load over loopback: N
// keep-alive connections send pre-built, SDK-shaped requests (EIAM GetInstance and
// CreateInstance over RPC, RocketMQ CreateInstanceAccount over ROA with a JSON body) and
// read the answers with a minimal HTTP/1.1 parser, so that the generator costs little.
//
// By default it starts the mock over specs/*/*.yaml in a child process of itself, so that
// the server's CPU time and resident memory are read from /proc/<pid> apart from the
// generator's; -addr targets a server that is already running (give -pid to measure it).
//
//	go build -o /tmp/loadtest ./acs/mock/internal/loadtest
//	/tmp/loadtest -c 16 -n 300000 -mix get,roa
//	/tmp/loadtest -c 16 -n 1000000 -mix get          # memory over a long stateless run
//	/tmp/loadtest -c 16 -n 100000 -sign              # V3 signatures checked, one nonce each
//	taskset -c 1 /tmp/loadtest -server-cpus 0 ...    # server and generator on their own core
//
// It reports requests per second, latency percentiles, errors by status and code, server
// CPU time per request, the server's RSS before and after, and machine CPU use.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/acsgen/acsgen/acs/mock/mockserve"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

type options struct {
	serverOpts
	serve      string
	addr       string
	pid        int
	conns      int
	total      int
	duration   time.Duration
	warmup     int
	mix        string
	serverCPUs string
	ak         string
}

// maxSigned bounds -n with -sign: signed requests are built (one nonce each) before the
// clock starts, about 1 KB apiece.
const maxSigned = 500_000

func run(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	var o options
	fl.StringVar(&o.specs, "specs", "specs/*/*.yaml", "`glob` of the spec files the server mocks")
	fl.BoolVar(&o.sign, "sign", false, "sign every request with V3 (distinct nonces) and have the server check signatures")
	fl.BoolVar(&o.stateless, "stateless", false, "server keeps no resources (every answer from the template)")
	fl.IntVar(&o.journal, "journal", 10000, "server request journal size (the mock's default)")
	fl.StringVar(&o.serve, "serve", "", "run as the server on `addr` (used by the parent process)")
	fl.StringVar(&o.addr, "addr", "", "target a running server at `host:port` instead of starting one")
	fl.IntVar(&o.pid, "pid", 0, "with -addr: the server's `pid`, to read its CPU time and RSS")
	fl.IntVar(&o.conns, "c", 16, "keep-alive `connections` (one request in flight each)")
	fl.IntVar(&o.total, "n", 200_000, "total `requests` (0 with -d)")
	fl.DurationVar(&o.duration, "d", 0, "run for this `duration` instead of -n (at most 10m)")
	fl.IntVar(&o.warmup, "warmup", 20_000, "unmeasured `requests` first")
	fl.StringVar(&o.mix, "mix", "get,roa", "request `mix`: get, create, roa with optional weights (get=3,roa=1)")
	fl.StringVar(&o.serverCPUs, "server-cpus", "", "pin the server child to these `cpus` with taskset (\"0\")")
	fl.StringVar(&o.profile, "server-profile", "", "the server writes a CPU profile to `file` (from start to stop)")
	fl.StringVar(&o.memProfile, "server-memprofile", "", "the server writes an allocation profile to `file` when it stops")
	fl.StringVar(&o.gogc, "server-gogc", "", "run the server child with GOGC=`value` (default: GOGC from the environment, else gen serve's default)")
	fl.StringVar(&o.ak, "ak", "", "with -addr -sign: the `ID:SECRET` the server accepts")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if o.serve != "" {
		return serveChild(o.serve, o.serverOpts)
	}
	switch {
	case o.conns <= 0 || o.conns > 1024:
		return errors.New("-c must be 1..1024")
	case o.duration > 10*time.Minute || o.duration < 0:
		return errors.New("-d must be at most 10m")
	case o.duration > 0:
		o.total = 0
	case o.total <= 0:
		return errors.New("give -n > 0 or -d")
	}
	if o.sign && (o.duration > 0 || o.total+o.warmup > maxSigned) {
		return fmt.Errorf("-sign needs -n (with -warmup) of at most %d: signed requests are built beforehand", maxSigned)
	}
	sched, err := parseMix(o.mix)
	if err != nil {
		return err
	}
	var sg *signer
	if o.sign {
		sg = &signer{loadAKID, loadAKSecret}
		if o.addr != "" {
			id, secret, ok := strings.Cut(o.ak, ":")
			if !ok || id == "" || secret == "" {
				return errors.New("-addr -sign needs -ak ID:SECRET")
			}
			sg = &signer{id, secret}
		}
	}
	addr, pid := o.addr, o.pid
	where := "a running server at " + addr
	if addr == "" {
		ch, err := startChild(o.serverOpts, o.serverCPUs)
		if err != nil {
			return err
		}
		defer ch.stop()
		addr, pid = ch.addr, ch.pid
		where = fmt.Sprintf("a child server (pid %d) over %s", pid, o.specs)
		if o.serverCPUs != "" {
			where += ", pinned to CPUs " + o.serverCPUs
		}
		if o.gogc != "" {
			where += ", GOGC=" + o.gogc
		} else if g := os.Getenv("GOGC"); g != "" {
			where += ", GOGC=" + g + " (environment)"
		} else {
			where += fmt.Sprintf(", GOGC=%d (gen serve's default)", mockserve.DefaultGOGC)
		}
		where += ", HTTP server net/http"
	}
	fmt.Fprintf(stdout, "loadtest %s\n", strings.Join(args, " "))
	fmt.Fprintf(stdout, "target: %s; signatures %s; %s\n", where, onOff(o.sign), stateWord(o.stateless))
	return measure(stdout, o, addr, pid, sched, sg)
}

func measure(w io.Writer, o options, addr string, pid int, sched []string, sg *signer) error {
	now := time.Now()
	nonce := fmt.Sprintf("lt%x", now.UnixNano())
	// "get" reads an EIAM instance made here first; the other entries need nothing, so
	// that a server mocking other products (another mock, with -addr) can be measured.
	var created struct{ InstanceId string }
	if slices.Contains(sched, "get") {
		create, _ := callFor("create", "")
		resp, body, err := roundTrip(addr, create.encode(sg, nonce+"-setup", now))
		if err != nil {
			return fmt.Errorf("setup CreateInstance: %w", err)
		}
		if resp != 200 || json.Unmarshal(body, &created) != nil || created.InstanceId == "" {
			return fmt.Errorf("setup CreateInstance: status %d: %s", resp, body)
		}
	}
	build := func(tag string, total int) ([][][]byte, [][]string) {
		seqs, names := make([][][]byte, o.conns), make([][]string, o.conns)
		for i := range seqs {
			count := len(sched)
			if sg != nil {
				count = total/o.conns + 1
			}
			for k := range count {
				name := sched[(i+k)%len(sched)]
				c, _ := callFor(name, created.InstanceId)
				seqs[i] = append(seqs[i], c.encode(sg, fmt.Sprintf("%s-%s-%d-%d", nonce, tag, i, k), now))
				names[i] = append(names[i], name)
			}
		}
		return seqs, names
	}
	if o.warmup > 0 {
		seqs, names := build("w", o.warmup)
		if _, err := runLoad(loadSpec{addr: addr, conns: o.conns, total: o.warmup, seqs: seqs}, names); err != nil {
			return fmt.Errorf("warm-up: %w", err)
		}
	}
	seqs, names := build("m", o.total)
	// A server started elsewhere may have no control API (another mock): then the state
	// is not checked.
	stored0, stateErr := stateCount(addr)
	if stateErr != nil && o.addr == "" {
		return stateErr
	}
	runtime.GC()
	ms0, hasStats := childStats(addr, true)
	load0 := loadAverage()
	m0, _ := readMachineCPU()
	g0 := selfCPU()
	var s0 cpuTimes
	var rss0 int64
	var err error
	if pid > 0 {
		if s0, err = procCPU(pid); err != nil {
			return err
		}
		if rss0, err = procRSS(pid); err != nil {
			return err
		}
	}
	res, err := runLoad(loadSpec{addr: addr, conns: o.conns, total: o.total, duration: o.duration, seqs: seqs}, names)
	if err != nil {
		return err
	}
	g1 := selfCPU()
	m1, _ := readMachineCPU()
	ms1, _ := childStats(addr, false)
	load1 := loadAverage()
	n := float64(res.requests)
	fmt.Fprintf(w, "mix %s, %d connections, %d requests after %d warm-up: %.2fs, %.0f req/s\n",
		o.mix, o.conns, res.requests, o.warmup, res.elapsed.Seconds(), n/res.elapsed.Seconds())
	fmt.Fprintf(w, "latency µs: p50 %s  p90 %s  p99 %s  p99.9 %s  max %s\n",
		us(percentile(res.lat, 50)), us(percentile(res.lat, 90)), us(percentile(res.lat, 99)),
		us(percentile(res.lat, 99.9)), us(res.lat[len(res.lat)-1]))
	if len(res.errors) == 0 {
		fmt.Fprintln(w, "errors: none")
	} else {
		fmt.Fprintf(w, "errors: %s\n", strings.Join(errorLines(res.errors), "; "))
	}
	if pid > 0 {
		s1, err := procCPU(pid)
		if err != nil {
			return err
		}
		rss1, err := procRSS(pid)
		if err != nil {
			return err
		}
		per := func(d time.Duration) float64 { return float64(d.Microseconds()) / n }
		fmt.Fprintf(w, "server CPU: %.2fs, %.1f µs/request (user %.1f + system %.1f, /proc/%d/stat)\n",
			(s1.total() - s0.total()).Seconds(), per(s1.total()-s0.total()), per(s1.user-s0.user), per(s1.sys-s0.sys), pid)
		fmt.Fprintf(w, "server RSS: %.1f MiB before, %.1f MiB after\n", mib(rss0), mib(rss1))
	}
	if hasStats {
		live1, _ := childStats(addr, true)
		fmt.Fprintf(w, "server Go heap: %.0f bytes and %.1f allocations per request, %d GC cycles (%.1f µs of pauses); live heap %.1f MiB before, %.1f MiB after (after a GC)\n",
			float64(ms1.TotalAlloc-ms0.TotalAlloc)/n, float64(ms1.Mallocs-ms0.Mallocs)/n, ms1.NumGC-ms0.NumGC,
			float64(ms1.PauseTotalNs-ms0.PauseTotalNs)/1e3, mib(int64(ms0.HeapAlloc)), mib(int64(live1.HeapAlloc)))
	}
	fmt.Fprintf(w, "generator CPU: %.1f µs/request\n", float64((g1-g0).Microseconds())/n)
	if m1.total > m0.total {
		fmt.Fprintf(w, "machine: %d CPUs %.0f%% busy during the run; load average %s before, %s after\n",
			m1.cpus, 100*float64(m1.busy-m0.busy)/float64(m1.total-m0.total), load0, load1)
	}
	if stateErr == nil {
		stored1, err := stateCount(addr)
		if err != nil {
			return err
		}
		// Both CreateInstance and CreateInstanceAccount store a resource (the mock infers
		// the Instance and InstanceAccount kinds from the committed specs); get stores nothing.
		storing := res.okByName["create"] + res.okByName["roa"]
		fmt.Fprintf(w, "state: %d resources stored before, %d after; %d CreateInstance and %d CreateInstanceAccount answered 200\n",
			stored0, stored1, res.okByName["create"], res.okByName["roa"])
		if !o.stateless && o.addr == "" && stored1-stored0 != storing {
			return fmt.Errorf("state: %d creates answered 200 but %d resources were added", storing, stored1-stored0)
		}
	} else {
		fmt.Fprintf(w, "state: not checked (%v)\n", stateErr)
	}
	if len(res.errors) > 0 {
		return fmt.Errorf("%d requests failed", sum(res.errors))
	}
	return nil
}

// roundTrip sends one request on a new connection and returns the status and body.
func roundTrip(addr string, req []byte) (int, []byte, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return 0, nil, err
	}
	defer c.Close()
	if _, err := c.Write(req); err != nil {
		return 0, nil, err
	}
	resp, err := newReader(c).next()
	if err != nil {
		return 0, nil, err
	}
	return resp.status, append([]byte(nil), resp.body...), nil
}

// childStats reads the child server's memory statistics; ok is false for a server that
// does not have the endpoint (one started elsewhere).
func childStats(addr string, gc bool) (memStats, bool) {
	q := ""
	if gc {
		q = "?gc=1"
	}
	st, body, err := roundTrip(addr, []byte("GET "+statsPath+q+" HTTP/1.1\r\nHost: loadtest\r\n\r\n"))
	var m memStats
	if err != nil || st != 200 || json.Unmarshal(body, &m) != nil {
		return m, false
	}
	return m, true
}

// stateCount asks the control API how many resources the server stores.
func stateCount(addr string) (int, error) {
	st, body, err := roundTrip(addr, []byte("GET /_acsgen/state HTTP/1.1\r\nHost: loadtest\r\n\r\n"))
	if err != nil {
		return 0, fmt.Errorf("state dump: %w", err)
	}
	var entries []json.RawMessage
	if st != 200 || json.Unmarshal(body, &entries) != nil {
		return 0, fmt.Errorf("state dump: status %d, not a JSON array", st)
	}
	return len(entries), nil
}

func us(d time.Duration) string { return fmt.Sprintf("%d", d.Microseconds()) }
func mib(b int64) float64       { return float64(b) / (1 << 20) }
func sum(m map[string]int) (n int) {
	for _, v := range m {
		n += v
	}
	return n
}
func onOff(b bool) string {
	if b {
		return "checked (V3)"
	}
	return "off"
}
func stateWord(stateless bool) string {
	if stateless {
		return "stateless"
	}
	return "stateful"
}
