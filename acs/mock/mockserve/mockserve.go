// Package mockserve is `gen serve` as a library: a standalone mock server of one or more
// specs, for any language's SDK, with the same flags. A user who adds behaviours in Go
// (mock.WithBehaviour, mock.WithHandler) writes a main of a few lines and keeps every
// flag of gen serve:
//
//	func main() { mockserve.Main(mock.WithBehaviour(myBehaviour)) }
package mockserve

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/acsgen/acsgen/acs/mock"
	"github.com/acsgen/acsgen/opspec"
)

// Usage is the command line's synopsis.
const Usage = "usage: gen serve --spec FILE... [--addr 127.0.0.1:8080] [--seed N] [--ak ID:SECRET]... [--token T]... [--no-verify] [--stateless] [--no-builtin] [--no-ref-checks] [--control-token T | --no-control] [--gogc N|off]"

// DefaultGOGC is the garbage collector's target percentage (Go's GOGC) a standalone mock
// serves with unless --gogc or the GOGC environment variable says otherwise. With Go's
// default, 100, the collector runs every few hundred requests (a mock's live heap is a few
// MiB: specs, journal, stored resources) and takes about a sixth of the server's CPU; 400
// makes it run a quarter as often, for a heap up to five times the live one instead of
// twice (tens of MiB; memory is cheap for a test tool).
const DefaultGOGC = 400

// GCPercent is the GOGC a standalone mock serves with, from a --gogc value (a percentage
// or "off") and the GOGC environment variable: set is false when the flag is empty and the
// environment has GOGC (Go applied it at start), else pct is the flag's value or
// DefaultGOGC. -1 is "off", as for debug.SetGCPercent.
func GCPercent(flag, env string) (pct int, set bool, err error) {
	switch {
	case flag == "" && env != "":
		return 0, false, nil
	case flag == "":
		return DefaultGOGC, true, nil
	case strings.EqualFold(flag, "off"):
		return -1, true, nil
	}
	n, err := strconv.Atoi(flag)
	if err != nil || n <= 0 {
		return 0, false, fmt.Errorf("--gogc wants a positive percentage or off, got %q", flag)
	}
	return n, true, nil
}

// Config is what Run needs besides the command line.
type Config struct {
	Stdout, Stderr io.Writer
	// Ready, when set, is called with the bound address once the server listens (tests
	// listen on :0).
	Ready func(addr string)
	// Options are added after those the flags make: behaviours, handlers.
	Options []mock.Option
	// Load reads a --spec file (default opspec.LoadFile); gen serve's also names official
	// metadata or a page given instead of a spec.
	Load func(path string) (*opspec.Spec, error)
}

// UsageError is a bad command line (exit status 2); an empty message means the flag
// package has printed the reason and the usage already.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usageError(format string, args ...any) error {
	return &UsageError{Msg: fmt.Sprintf(format, args...)}
}

// listValue is a repeatable string flag.
type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(v string) error { *l = append(*l, v); return nil }

// Main runs the server with os.Args and the given options until SIGINT or SIGTERM, and
// exits: 0 when stopped, 2 on a bad command line, 1 on any other error.
func Main(opts ...mock.Option) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := Run(ctx, os.Args[1:], Config{Stdout: os.Stdout, Stderr: os.Stderr, Options: opts})
	stop()
	var ue *UsageError
	switch {
	case err == nil:
		os.Exit(0)
	case errors.As(err, &ue):
		if ue.Msg != "" {
			fmt.Fprintln(os.Stderr, ue.Msg)
		}
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// Run serves until ctx is cancelled, logging one line per request: method, path,
// operation, status and duration (never credentials). -h prints the usage and returns nil.
func Run(ctx context.Context, args []string, cfg Config) error {
	if cfg.Stdout == nil {
		cfg.Stdout = io.Discard
	}
	if cfg.Stderr == nil {
		cfg.Stderr = io.Discard
	}
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(cfg.Stderr)
	fl.Usage = func() {
		fmt.Fprintln(cfg.Stderr, Usage)
		fl.PrintDefaults()
	}
	var specs, aks, tokens listValue
	fl.Var(&specs, "spec", "spec `file` to serve (repeatable)")
	addr := fl.String("addr", "127.0.0.1:8080", "listen `address`")
	seed := fl.Uint64("seed", 1, "`seed` of generated values, IDs and fault probabilities")
	fl.Var(&aks, "ak", "AccessKey pair `ID:SECRET` whose signatures are accepted (repeatable); turns signature checking on")
	fl.Var(&tokens, "token", "bearer `token` accepted by bearer operations (repeatable; default any)")
	noVerify := fl.Bool("no-verify", false, "accept requests without checking signatures or bearer tokens")
	stateless := fl.Bool("stateless", false, "answer every operation from its template, keeping no resources")
	noBuiltin := fl.Bool("no-builtin", false, "leave out the built-in behaviours (KMS Encrypt/Decrypt round trip)")
	noRefs := fl.Bool("no-ref-checks", false, "let creates name resources that do not exist and deletes leave dependants (CreateVSwitch with an unknown VpcId, DeleteVpc with VSwitches in it)")
	controlToken := fl.String("control-token", "", "require `T` as \"Authorization: Bearer T\" on the control API (needed to keep it on when --addr is not loopback)")
	noControl := fl.Bool("no-control", false, "turn the control API off")
	gogc := fl.String("gogc", "", fmt.Sprintf("garbage collector target `percentage` while serving, or off (Go's GOGC; default %d, or GOGC from the environment when set)", DefaultGOGC))
	switch err := fl.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		return nil
	case err != nil:
		return &UsageError{}
	}
	specs = append(specs, fl.Args()...) // also accept spec files as arguments
	if len(specs) == 0 {
		return usageError("serve: give at least one --spec FILE")
	}
	pct, setGC, err := GCPercent(*gogc, os.Getenv("GOGC"))
	if err != nil {
		return usageError("%v", err)
	}
	opts := []mock.Option{mock.WithSeed(*seed)}
	for _, ak := range aks {
		id, secret, ok := strings.Cut(ak, ":")
		if !ok || id == "" || secret == "" {
			return usageError("--ak wants ID:SECRET (got a value without both parts)")
		}
		opts = append(opts, mock.WithAccessKey(id, secret))
	}
	for _, t := range tokens {
		opts = append(opts, mock.WithBearerToken(t))
	}
	if *noVerify {
		opts = append(opts, mock.WithSignatureCheck(false))
	}
	if *stateless {
		opts = append(opts, mock.WithStateless())
	}
	if *noBuiltin {
		opts = append(opts, mock.WithoutBuiltinBehaviours())
	}
	if *noRefs {
		opts = append(opts, mock.WithoutReferenceChecks())
	}
	loopback := isLoopback(*addr)
	switch {
	case *noControl:
		opts = append(opts, mock.WithoutControlAPI())
	case *controlToken != "":
		opts = append(opts, mock.WithControlToken(*controlToken))
	case !loopback:
		// the journal and state would be open to the network: off unless a token guards them
		*noControl = true
		opts = append(opts, mock.WithoutControlAPI())
	}
	var loaded []*opspec.Spec
	load := cfg.Load
	if load == nil {
		load = opspec.LoadFile
	}
	for _, f := range specs {
		s, err := load(f)
		if err != nil {
			return err
		}
		loaded = append(loaded, s)
	}
	var logMu sync.Mutex
	opts = append(opts, mock.WithRequestLog(func(e mock.LogEntry) {
		op := e.Operation
		if op == "" {
			op = "-"
		}
		code := ""
		if e.Code != "" {
			code = " " + e.Code
		}
		logMu.Lock()
		fmt.Fprintf(cfg.Stderr, "%s %s %s %d%s %s\n", e.Method, e.Path, op, e.Status, code, e.Duration.Round(time.Microsecond))
		for _, w := range e.Warnings {
			fmt.Fprintf(cfg.Stderr, "  warning: %s\n", w)
		}
		logMu.Unlock()
	}))
	srv, err := mock.New(loaded, append(opts, cfg.Options...)...)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := mock.NewHTTPServer(srv)
	if setGC {
		defer debug.SetGCPercent(debug.SetGCPercent(pct)) // restored for callers in a test process
	}
	names := make([]string, len(loaded))
	for i, s := range loaded {
		names[i] = s.Product + " " + s.Version
	}
	control := "control API under " + mock.ControlPrefix
	switch {
	case *noControl:
		control = "control API off"
	case *controlToken != "":
		control += ", control token required"
	}
	if b := srv.Behaviours(); len(b) > 0 {
		control += "; behaviours: " + strings.Join(b, ", ")
	}
	fmt.Fprintf(cfg.Stdout, "serving %s on http://%s (%s)\n", strings.Join(names, ", "), ln.Addr(), control)
	if !loopback {
		fmt.Fprintf(cfg.Stderr, "warning: %s is reachable from other machines; %s\n", ln.Addr(), control)
	}
	if cfg.Ready != nil {
		cfg.Ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	<-errc
	fmt.Fprintln(cfg.Stdout, "stopped")
	return nil
}

// isLoopback reports whether a listen address binds only the loopback interface (an empty
// or unspecified host binds every interface).
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}
