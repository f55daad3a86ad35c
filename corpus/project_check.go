package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// foregroundCheckLimit is the size of the largest project file whose
// integrity OpenProject checks before it returns; larger files are checked
// in the background.
var foregroundCheckLimit int64 = 64 << 20

// integrity is a running or finished background integrity check.
type integrity struct {
	done   chan struct{} // closed when err is set
	cancel context.CancelFunc
	err    error
}

// startCheck starts PRAGMA integrity_check on a second connection; WAL
// mode lets it read a snapshot while the project is being edited.
func (p *Project) startCheck() {
	ctx, cancel := context.WithCancel(context.Background())
	c := &integrity{done: make(chan struct{}), cancel: cancel}
	p.check = c
	go func() {
		defer close(c.done)
		err := checkFile(ctx, p.path)
		if ctx.Err() != nil {
			err = ctx.Err()
		}
		c.err = err
	}()
}

// checkFile runs PRAGMA integrity_check on a connection of its own.
func checkFile(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(10000)&_pragma=query_only(1)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	return integrityCheck(ctx, db)
}

// stopCheck cancels a background check and waits for it to end.
func (p *Project) stopCheck() {
	if p.check != nil {
		p.check.cancel()
		<-p.check.done
	}
}

// Integrity returns the result of the project's integrity check: nil when
// the file is whole, ErrCorrupt when PRAGMA integrity_check found damage.
// For a large file checked in the background it waits for the check to
// finish; ErrClosed if the project was closed first.
func (p *Project) Integrity() error {
	c := p.check
	if c == nil {
		return nil
	}
	<-c.done
	switch {
	case c.err == nil:
		return nil
	case errors.Is(c.err, context.Canceled):
		return ErrClosed
	}
	return fmt.Errorf("%w: %s: %v", ErrCorrupt, p.path, c.err)
}
