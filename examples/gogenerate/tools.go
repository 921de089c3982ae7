//go:build tools

// This file keeps acsgen's generator in the module graph (go.mod/go.sum), so that the
// go:generate line can `go run` it.
package gogenerate

import _ "github.com/acsgen/acsgen/cmd/gen"
