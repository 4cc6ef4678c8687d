// A tiny FerretDB launcher for the OneWindow dev/test stack (built by tools/stack/stack.mjs).
//
// It embeds github.com/FerretDB/FerretDB/ferretdb instead of building upstream's cmd/ferretdb,
// whose version check panics when build/version/version.txt is missing (upstream issue 2982);
// the embedded package skips that check for any main module other than FerretDB's own.
//
// The embedded package also gives the safe defaults we need without flags: telemetry is
// disabled and locked and no reporter is started (it never calls out), no state directory
// is written, and no debug HTTP listener is opened.
package main

import (
	"context"
	"flag"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listenAddr := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	sqliteURL := flag.String("sqlite-url", "", "SQLite directory URI, e.g. file:/abs/dir/ (existing folder, trailing slash)")
	flag.Parse()

	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))

	if *sqliteURL == "" {
		logger.Error("-sqlite-url is required")
		os.Exit(2)
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listenAddr},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: *sqliteURL,
	})
	if err != nil {
		logger.Error("cannot start FerretDB", "error", err)
		os.Exit(1)
	}

	// Run returns once the context is cancelled, after closing the listener and the backend.
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	if err := f.Run(ctx); err != nil {
		logger.Error("FerretDB stopped with an error", "error", err)
		os.Exit(1)
	}
}
