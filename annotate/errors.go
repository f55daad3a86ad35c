package annotate

import "errors"

// Sentinel errors of the package; they are wrapped with %w, test them with
// errors.Is.
var (
	// ErrBadSpan marks a span or suggestion that does not fit its text.
	ErrBadSpan = errors.New("annotate: bad span")
	// ErrBadMemory marks saved memory that cannot be read back.
	ErrBadMemory = errors.New("annotate: bad memory")
)
