package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"lotse/internal/server"
)

func runServe(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on (HOST:PORT)")
	cfg, todayFlag := sourceFlags(fs)
	siteFlags(fs, cfg)
	fs.Parse(args)
	var err error
	if cfg.PublicURL, err = checkPublicURL(cfg.PublicURL); err != nil {
		return err
	}
	if cfg.Today, _, err = parseToday(*todayFlag); err != nil {
		return err
	}
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
	srv := &http.Server{
		Addr:              *addr,
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	ln = server.SecureListener(ln) // Go's own 400/431 carry the security headers too
	go s.Watch(ctx)
	fmt.Printf("Lotse is running on http://%s/ (version %s)\n", ln.Addr(), s.Version())
	return serveUntil(ctx, srv, ln)
}

// serveUntil serves until ctx ends (SIGINT, SIGTERM), then stops taking
// connections and finishes the requests in flight (at most 10 s).
func serveUntil(ctx context.Context, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Print("shutting down: finishing requests in flight")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}
