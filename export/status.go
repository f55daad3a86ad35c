package export

import (
	"fmt"
	"strings"

	"github.com/stitchmark/stitchmark/corpus"
)

// ParseStatuses reads the --status flag: a comma list of statuses (auto,
// joins-checked, labeled, gold) or "all", which returns nil (every
// article). An empty string means gold, the default.
func ParseStatuses(s string) ([]corpus.Status, error) {
	switch strings.TrimSpace(s) {
	case "":
		return []corpus.Status{corpus.StatusGold}, nil
	case "all":
		return nil, nil
	}
	var out []corpus.Status
	for _, part := range strings.Split(s, ",") {
		st := corpus.Status(strings.TrimSpace(part))
		if !st.Valid() {
			return nil, fmt.Errorf("%w: status %q (want a comma list of %v, or all)", ErrBadOption, part, corpus.Statuses)
		}
		out = append(out, st)
	}
	return out, nil
}
