package templates

import "embed"

// FS holds layout, digest and notice templates, in HTML and plain text.
//
//go:embed *.html *.txt
var FS embed.FS
