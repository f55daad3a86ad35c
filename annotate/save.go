package annotate

import (
	"fmt"
	"io"

	"github.com/goccy/go-json"
)

// memoryVersion is the version of the saved memory format.
const memoryVersion = 1

// savedMemory is the JSON form of the memory:
// {"version":1,"confirmed":{"精进电动":{"ORG":2}},"rejected":{"全市":{"LOC":1}}}.
type savedMemory struct {
	Version   int                       `json:"version"`
	Confirmed map[string]map[string]int `json:"confirmed"`
	Rejected  map[string]map[string]int `json:"rejected"`
}

// Save writes the memory (confirmed and rejected strings with their label
// counts) to w as JSON.
func (a *Annotator) Save(w io.Writer) error {
	a.mu.RLock()
	data, err := json.Marshal(savedMemory{Version: memoryVersion, Confirmed: a.mem.confirmed, Rejected: a.mem.rejected})
	a.mu.RUnlock()
	if err != nil {
		return fmt.Errorf("annotate: saving memory: %w", err)
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("annotate: saving memory: %w", err)
	}
	return nil
}

// Load replaces the memory with one written by Save. On an error, which
// wraps ErrBadMemory when the data is not a saved memory, the memory is left
// as it was.
func (a *Annotator) Load(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("annotate: loading memory: %w", err)
	}
	var saved savedMemory
	if err := json.Unmarshal(data, &saved); err != nil {
		return fmt.Errorf("%w: %v", ErrBadMemory, err)
	}
	m, err := saved.memory()
	if err != nil {
		return err
	}
	a.mu.Lock()
	a.mem = m
	a.mu.Unlock()
	return nil
}

// memory checks the saved form and rebuilds the memory from it.
func (s savedMemory) memory() (*memory, error) {
	if s.Version != memoryVersion {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrBadMemory, s.Version, memoryVersion)
	}
	m := newMemory()
	if err := copyCounts(m.confirmed, s.Confirmed, "confirmed"); err != nil {
		return nil, err
	}
	if err := copyCounts(m.rejected, s.Rejected, "rejected"); err != nil {
		return nil, err
	}
	for str := range m.confirmed {
		m.insert(str)
	}
	return m, nil
}

// copyCounts copies saved counts into dst, refusing empty strings, empty
// labels and counts below one.
func copyCounts(dst, src map[string]map[string]int, name string) error {
	for str, labels := range src {
		for label, n := range labels {
			if str == "" || label == "" || n < 1 {
				return fmt.Errorf("%w: %s %q as %q counted %d", ErrBadMemory, name, str, label, n)
			}
			if dst[str] == nil {
				dst[str] = map[string]int{}
			}
			dst[str][label] = n
		}
	}
	return nil
}
