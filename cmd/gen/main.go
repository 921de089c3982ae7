// Command gen is acsgen's command line: it scrapes documentation pages into specs and emits
// clients, mocks, docs and diffs from them. It holds no logic of its own: each subcommand
// (one file each) parses flags and calls the packages that do the work.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// stdio is what a subcommand may write to; tests swap it for buffers.
type stdio struct {
	out, err io.Writer
}

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, io stdio, args []string) error
}

// commands lists the subcommands; each lives in the file of its name.
func commands() map[string]command {
	return map[string]command{
		"scrape": {"scrape documentation pages into specs/<product>/<version>.yaml", runScrape},
		"client": {"generate a Go client package from a spec", runClient},
		"mock":   {"generate a Go mock server package from a spec", runMock},
		"serve":  {"run a standalone mock server from specs", runServe},
		"docs":   {"render Markdown reference docs from a spec", runDocs},
		"diff":   {"report what changed between two specs (exit 1 when --fail-on is met)", runDiff},
		"check":  {"list what pages and the official metadata (api-docs.json) disagree on (exit 1 on any)", runCheck},
		"fetch":  {"download an overview page and its operation pages, then scrape them", runFetch},
		"all":    {"regenerate specs, clients, mocks and docs from acsgen.yaml (--check: fail if stale)", runAll},
	}
}

// exitError carries a specific exit status; any other error exits with 1.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// withCode makes err exit with code.
func withCode(code int, err error) error { return &exitError{code: code, err: err} }

// usageError is a bad command line; it exits with 2.
func usageError(format string, args ...any) error {
	return withCode(2, fmt.Errorf(format, args...))
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, stdio{out: os.Stdout, err: os.Stderr}, os.Args[1:])
	stop()
	os.Exit(code)
}

// run executes one command line and returns the exit status.
func run(ctx context.Context, io stdio, args []string) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(io.err, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(io.err, "gen: unknown command %q\n", args[0])
		usage(io.err, cmds)
		return 2
	}
	if err := c.run(ctx, io, args[1:]); err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			if ee.err != nil && ee.err.Error() != "" {
				fmt.Fprintf(io.err, "gen %s: %v\n", args[0], ee.err)
			}
			return ee.code
		}
		fmt.Fprintf(io.err, "gen %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: gen <command> [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-7s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'gen <command> -h' for a command's flags.")
}
