package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Env is what a command reads and writes; tests pass buffers.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// command is one sub-command.
type command struct {
	summary string                             // one line for the help listing
	run     func(env Env, args []string) error // returns a usage or run error
}

var commands = map[string]command{}

// register adds a sub-command; each command file calls it from init.
func register(name, summary string, run func(env Env, args []string) error) {
	commands[name] = command{summary: summary, run: run}
}

// errUsage marks an error in the command line (exit status 2).
var errUsage = errors.New("usage")

// IsCommand reports whether args name a sub-command (or ask for help), as
// opposed to opening the window.
func IsCommand(args []string) bool {
	if len(args) == 0 {
		return false
	}
	switch args[0] {
	case "help", "-h", "--help", "-help":
		return true
	}
	_, ok := commands[args[0]]
	return ok
}

// Run runs the sub-command named by args[0] and returns the exit status:
// 0 on success, 1 on a failure, 2 on a bad command line.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := Env{Stdin: stdin, Stdout: stdout, Stderr: stderr}
	if len(args) == 0 || !IsCommand(args) || args[0] == "help" || strings.HasPrefix(args[0], "-") {
		usage(stdout)
		if len(args) == 0 || !IsCommand(args) {
			return 2
		}
		return 0
	}
	err := commands[args[0]].run(env, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "stitchmark %s: %v\n", args[0], err)
		return 2
	default:
		fmt.Fprintf(stderr, "stitchmark %s: %v\n", args[0], err)
		return 1
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: stitchmark [PROJECT.stitchmark]     open the desk window")
	fmt.Fprintln(w, "       stitchmark COMMAND [flags] [args]   run headless")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-13s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nrun 'stitchmark COMMAND -h' for a command's flags")
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(env Env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: stitchmark %s %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args with fs and wraps a flag error as a usage error.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}
