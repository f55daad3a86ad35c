# Stitchmark. `make run` opens the desk on the bundled sample page,
# `make test` runs vet and the race-enabled tests. Both install what is missing.
GO ?= go

.PHONY: run test deps build bench vet cover

deps:
	@bash scripts/deps.sh

run: deps
	$(GO) run .

build: deps
	$(GO) build -o stitchmark .

vet: deps
	$(GO) vet ./...

test: vet
	$(GO) test -race -count=1 ./...

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...
