// Command rcp2p runs RCP2P Inbox: it reads the shared opportunities
// mailbox, sends digests and introduces partners. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Environ())
	stop()
	os.Exit(code)
}

// run executes one command line and maps its error to an exit code:
// 0 ok, 1 runtime failure, 2 usage or config error.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, env []string) int {
	m := NewMain(stdin, stdout, stderr, env)
	defer m.Close()
	cmd := m.Command()
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	fmt.Fprintln(stderr, "rcp2p: "+oneLine(err))
	var u *usageError
	if errors.As(err, &u) || isCobraUsage(err) {
		return 2
	}
	return 1
}
