// Package data embeds the default content files, so that `lotse serve`
// works without a --content directory.
package data

import "embed"

// FS holds the *.yaml content files.
//
//go:embed *.yaml
var FS embed.FS
