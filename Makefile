# Lotse: `make run` serves the app, `make test` checks everything.
GO      ?= go
ADDR    ?= 127.0.0.1:8000
GOFILES := $(shell find app cmd content i18n internal present -name '*.go' -not -name '*_test.go')
DATA    := $(wildcard content/data/*.yaml i18n/*.json internal/server/*.js)

.PHONY: all run test deps vet unit race timing fuzz wasm server browser golden check clean bench bench-load

all: wasm server

wasm: web/app.wasm web/app.wasm.br
server: bin/lotse

# The client: its own main, no server code (see docs/adr/0001-two-programs.md).
web/app.wasm: $(GOFILES) go.mod go.sum
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $@ ./cmd/wasm

# Pre-compressed copies (gzip -9, brotli -q 11) for the server and the
# static export; brotli at its best quality takes about 40 s.
web/app.wasm.br: web/app.wasm bin/lotse
	./bin/lotse compress web/app.wasm

bin/lotse: $(GOFILES) $(DATA) go.mod go.sum
	$(GO) build -trimpath -o $@ ./cmd/lotse

run: wasm server
	./bin/lotse serve --addr $(ADDR)

check: server
	./bin/lotse check

# deps first: the unit tests use fribidi, the browser tests chromium and nginx.
test: deps vet unit race timing fuzz wasm server check browser

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./cmd/wasm/... ./content/ ./i18n/catalog/

unit:
	$(GO) test ./...

# The server under the race detector: requests, reloads and the page
# cache at once (-short leaves out the timing tests and the every-path
# comparison, which the unit run has).
race:
	$(GO) test -race -short ./internal/server/

# The editor's timing (40 quick saves, 14 times: the last one served
# within 2 s), alone: beside other test binaries the timing means little.
timing:
	LOTSE_TIMING=1 $(GO) test ./internal/server/ -run '^TestLastSaveServedWithin2s$$' -count=1 -v

# Bounded fuzz runs on top of the seed corpus (about 10 s each).
FUZZTIME ?= 10s
fuzz:
	$(GO) test ./content/ -run '^$$' -fuzz '^FuzzEvaluate$$' -fuzztime $(FUZZTIME)
	$(GO) test ./content/load/ -run '^$$' -fuzz '^FuzzLoad$$' -fuzztime $(FUZZTIME)
	$(GO) test ./i18n/ -run '^$$' -fuzz '^FuzzLoadCatalog$$' -fuzztime $(FUZZTIME)
	$(GO) test ./present/ -run '^$$' -fuzz '^FuzzContactMessage$$' -fuzztime $(FUZZTIME)
	$(GO) test ./present/ -run '^$$' -fuzz '^FuzzICS$$' -fuzztime $(FUZZTIME)
	$(GO) test ./present/ -run '^$$' -fuzz '^FuzzICSFields$$' -fuzztime $(FUZZTIME)
	$(GO) test ./internal/server/ -run '^$$' -fuzz '^FuzzPage$$' -fuzztime $(FUZZTIME)

# Rewrites the golden outcome matrix and the office's review document
# (Markdown and HTML) after a deliberate content change.
golden: server
	$(GO) test ./content/ -run TestGolden -update
	$(GO) test ./internal/report/ -run TestReviewDocumentIsCurrent -update
	./bin/lotse review --today 2026-12-01 --out docs/review-de.html

deps:
	./tests/browser/ensure-deps.sh

browser: wasm server deps
	cd tests/browser && node --test --test-concurrency=1 --test-timeout=1200000

# Lotse against a bare go-app app, measured in the same run (several
# minutes: five cold visits on Slow 4G per app, load tests of 10 s).
bench: wasm server deps
	mkdir -p bench/out/floor/web
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o bench/out/floor/web/app.wasm ./bench/floor
	cp web/icon-192.png web/icon-512.png web/icon.svg bench/out/floor/web/
	./bin/lotse compress bench/out/floor/web/app.wasm
	$(GO) build -o bench/out/floor-server ./bench/floor
	$(GO) build -o bench/out/load ./bench/load
	cd tests/browser && node bench.mjs

# Only the load lines of `make bench` (about 40 s): bench/load against
# `lotse serve` at 50 and 200 connections.
bench-load: wasm server deps
	mkdir -p bench/out
	$(GO) build -o bench/out/load ./bench/load
	cd tests/browser && BENCH_LOAD_ONLY=1 node bench.mjs

clean:
	rm -rf bin web/app.wasm web/app.wasm.gz web/app.wasm.br tests/browser/out
