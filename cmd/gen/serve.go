package main

import (
	"context"
	"errors"

	"github.com/acsgen/acsgen/acs/mock/mockserve"
)

// runServe runs a standalone mock server of one or more specs until ctx is cancelled
// (SIGINT/SIGTERM); acs/mock/mockserve holds it, so that users who add behaviours in Go
// keep the same command line.
func runServe(ctx context.Context, io stdio, args []string) error {
	return serve(ctx, io, args, nil)
}

// serve is runServe with a hook that receives the bound address (tests listen on :0).
func serve(ctx context.Context, io stdio, args []string, ready func(addr string)) error {
	err := mockserve.Run(ctx, args, mockserve.Config{Stdout: io.out, Stderr: io.err, Ready: ready})
	var ue *mockserve.UsageError
	if errors.As(err, &ue) {
		return withCode(2, err)
	}
	return err
}
