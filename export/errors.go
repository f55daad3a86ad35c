package export

import "errors"

// Sentinel errors of the package; they are wrapped with %w, test them with
// errors.Is.
var (
	// ErrBadSpan marks an entity span that is out of range, empty, or does
	// not cover its own text.
	ErrBadSpan = errors.New("export: bad span")
	// ErrBadRecord marks an article record that cannot be written or read:
	// a missing id, an unknown status, a bad fragment or join.
	ErrBadRecord = errors.New("export: bad record")
	// ErrBadLine marks a line of a JSONL file that cannot be read: not JSON,
	// wrong types, too long, too deep, invalid UTF-8.
	ErrBadLine = errors.New("export: bad line")
	// ErrBadOption marks an export option that makes no sense: an unknown
	// format or status, a split that does not add up.
	ErrBadOption = errors.New("export: bad option")
	// ErrMismatch marks two files that cannot be compared: the same article
	// id with different texts.
	ErrMismatch = errors.New("export: files do not match")
)
