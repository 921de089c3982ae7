package ir

// BuildConstraint is the line under the generated-code header of every generated Go file
// (client and mock). `go generate` sets the build tag "generate" and lists the files of
// every package it will visit before it runs the first directive; it then stops with "no
// such file or directory" at a listed file that a directive has removed since (a stale
// generated file, such as enums.go when a spec lost its last enum). Under the tag the
// generated files are in no package, so `go generate ./...` never lists them and a run that
// removes one completes. Builds, tests and tools without the tag see them as usual.
const BuildConstraint = "//go:build !generate"
