package main

import (
	"context"
	"fmt"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/acsgen/acsgen/acs/mock"
	"github.com/acsgen/acsgen/opspec"
)

// listValue is a repeatable string flag.
type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(v string) error { *l = append(*l, v); return nil }

// runServe runs a standalone mock server of one or more specs until ctx is cancelled
// (SIGINT/SIGTERM), logging one line per request: method, path, operation, status and
// duration (never credentials).
func runServe(ctx context.Context, io stdio, args []string) error {
	return serve(ctx, io, args, nil)
}

// serve is runServe with a hook that receives the bound address (tests listen on :0).
func serve(ctx context.Context, io stdio, args []string, ready func(addr string)) error {
	fl := newFlagSet("serve", io, "usage: gen serve --spec FILE... [--addr 127.0.0.1:8080] [--seed N] [--ak ID:SECRET]... [--token T]... [--no-verify] [--stateless] [--control-token T | --no-control]")
	var specs, aks, tokens listValue
	fl.Var(&specs, "spec", "spec `file` to serve (repeatable)")
	addr := fl.String("addr", "127.0.0.1:8080", "listen `address`")
	seed := fl.Uint64("seed", 1, "`seed` of generated values, IDs and fault probabilities")
	fl.Var(&aks, "ak", "AccessKey pair `ID:SECRET` whose signatures are accepted (repeatable); turns signature checking on")
	fl.Var(&tokens, "token", "bearer `token` accepted by bearer operations (repeatable; default any)")
	noVerify := fl.Bool("no-verify", false, "accept requests without checking signatures or bearer tokens")
	stateless := fl.Bool("stateless", false, "answer every operation from its template, keeping no resources")
	controlToken := fl.String("control-token", "", "require `T` as \"Authorization: Bearer T\" on the control API (needed to keep it on when --addr is not loopback)")
	noControl := fl.Bool("no-control", false, "turn the control API off")
	if help, err := parseFlags(fl, args); help || err != nil {
		return err
	}
	for _, a := range fl.Args() { // also accept spec files as arguments
		specs = append(specs, a)
	}
	if len(specs) == 0 {
		return usageError("serve: give at least one --spec FILE")
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
	for _, f := range specs {
		s, err := opspec.LoadFile(f)
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
		fmt.Fprintf(io.err, "%s %s %s %d%s %s\n", e.Method, e.Path, op, e.Status, code, e.Duration.Round(time.Microsecond))
		logMu.Unlock()
	}))
	srv, err := mock.New(loaded, opts...)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := mock.NewHTTPServer(srv)
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
	fmt.Fprintf(io.out, "serving %s on http://%s (%s)\n", strings.Join(names, ", "), ln.Addr(), control)
	if !loopback {
		fmt.Fprintf(io.err, "warning: %s is reachable from other machines; %s\n", ln.Addr(), control)
	}
	if ready != nil {
		ready(ln.Addr().String())
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
	fmt.Fprintln(io.out, "stopped")
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
