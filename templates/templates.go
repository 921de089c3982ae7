// Package templates holds acsgen's default Markdown templates for `gen docs`, embedded in
// the binary so the tool works from any directory. Users who want other docs pass their own
// directory (`gen docs --templates DIR`); it must hold the same entry templates
// (index.md.tmpl and operation.md.tmpl) and may hold any other *.tmpl partials.
//
// The templates receive gen/docs' IndexData and OperationData and may call its template
// functions (cell, cellCode, code, text, fence, link, ...); see gen/docs for both.
package templates

import "embed"

// FS holds the default templates.
//
//go:embed *.tmpl
var FS embed.FS
