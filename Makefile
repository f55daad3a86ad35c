# Stitchmark. `make run` opens the desk on the bundled sample page,
# `make test` runs vet and the race-enabled tests. Both install what is missing.
GO ?= go

.PHONY: run test deps build bench vet lint train crossval

deps:
	@bash scripts/deps.sh

run: deps
	$(GO) run .

build: deps
	$(GO) build -o stitchmark .

vet: deps
	$(GO) vet ./...

lint: deps
	test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); exit 1; }
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

test: vet
	$(GO) test -race -count=1 ./...

# train refits the stitcher's embedded character model and weights on pages
# simulated from ../shared/data (the tuning share of the articles): the
# model for pages of paragraphs, then the one for pages that give each
# printed line a block (about 10 minutes and 14 GB of memory).
train:
	$(GO) test ./corpus -run '^TestTrainCharLM$$' -update -count=1
	$(GO) test ./corpus -run '^TestTrainModel$$' -update -count=1 -v
	$(GO) test ./corpus -run '^TestTrainLineModel$$' -update -count=1 -v -timeout 60m

# crossval measures the training procedure rather than the shipped model:
# five rotations of which articles are held out, each trained and measured
# on its own (about 10 minutes on two cores and 12 GB of memory).
crossval:
	$(GO) test ./corpus -run '^TestCrossValidate$$' -crossval -count=1 -v -timeout 90m

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...
