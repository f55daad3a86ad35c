package corpus

import "errors"

// Sentinel errors of the package; wrap them with %w and test with errors.Is.
var (
	// ErrBadInput marks input that cannot be read as a page of text.
	ErrBadInput = errors.New("corpus: bad input")
	// ErrSideBySide marks a page whose blocks hold several columns side by
	// side, their lines interleaved (see SideBySide).
	ErrSideBySide = errors.New("corpus: columns side by side")
)
