// Package cli is the headless face of stitchmark: the sub-commands that
// scripts and batch jobs run (stitch, import, stats, export, import-jsonl,
// eval, agree, bench). Each command lives in its own file and registers itself.
package cli
