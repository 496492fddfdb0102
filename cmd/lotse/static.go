package main

import (
	"flag"
	"fmt"
	"log"
	"strings"

	"lotse/internal/server"
)

// runStatic writes the whole site into a directory that any static host
// or CDN can serve (see server.Export).
func runStatic(args []string) error {
	fs := flag.NewFlagSet("static", flag.ExitOnError)
	out := fs.String("out", "", "directory to write the site to (required)")
	base := fs.String("base-path", "", "sub-path the site is served under, e.g. /lotse")
	cfg, todayFlag := sourceFlags(fs)
	siteFlags(fs, cfg)
	fs.Parse(args)
	if *out == "" {
		return fmt.Errorf("static: --out is required")
	}
	prefix := strings.TrimRight(*base, "/")
	if prefix != "" && !strings.HasPrefix(prefix, "/") {
		prefix = "/" + prefix
	}
	var err error
	if cfg.PublicURL, err = checkPublicURL(cfg.PublicURL); err != nil {
		return err
	}
	if cfg.Today, _, err = parseToday(*todayFlag); err != nil {
		return err
	}
	cfg.BasePath, cfg.Static = prefix, true
	if err := server.CheckWasm(cfg.WebDir); err != nil {
		return err
	}
	s, err := server.New(*cfg)
	if err != nil {
		return err
	}
	for _, w := range server.Warnings(s.Site().Data.Content, cfg.Today()) {
		log.Print("warning: ", w)
	}
	files, copies, err := s.Export(*out)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %d pages and resources and %d compressed copies to %s (base path %q, version %s)\n", files, copies, *out, prefix, s.Version())
	return nil
}
