package corpus

import (
	_ "embed"
	"fmt"

	json "github.com/goccy/go-json"
)

// Model holds the stitcher's learned weights. Each pass has two
// conditional-logit models: one chooses a tail's successor among its
// candidate heads or none, the other a head's predecessor among its
// candidate tails or none. Calib maps a chosen join's calibration row (its
// weight and its margin over the best alternative, read apart for jumps
// and open tails: calibRow) to the log-odds of its confidence.
type Model struct {
	Features []string  `json:"features"`
	Tail1    []float64 `json:"tail1"`
	Head1    []float64 `json:"head1"`
	Tail2    []float64 `json:"tail2"`
	Head2    []float64 `json:"head2"`
	Calib    []float64 `json:"calib"`
	// EndCalib maps an article end's calibration row (endRow) to the
	// log-odds that the article truly ends there; empty in a model
	// without it, whose ends carry no confidence.
	EndCalib []float64 `json:"end_calib,omitempty"`
	Note     string    `json:"note,omitempty"`
}

// weightNames lists the names of one side's weights, in order.
func weightNames() []string {
	return append(append([]string{}, featureNames[:]...), noneNames[:]...)
}

//go:embed stitchmodel.json
var modelJSON []byte

//go:embed stitchmodel-lines.json
var lineModelJSON []byte

// ParseModel reads a model from JSON and checks its shape.
func ParseModel(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%w: stitch model: %v", ErrBadInput, err)
	}
	names := weightNames()
	if len(m.Features) != len(names) {
		return nil, fmt.Errorf("%w: stitch model: %d features, want %d", ErrBadInput, len(m.Features), len(names))
	}
	for k, name := range m.Features {
		if names[k] != name {
			return nil, fmt.Errorf("%w: stitch model: feature %d is %q, want %q", ErrBadInput, k, name, names[k])
		}
	}
	for _, w := range [][]float64{m.Tail1, m.Head1, m.Tail2, m.Head2} {
		if len(w) != numWeights {
			return nil, fmt.Errorf("%w: stitch model: a side has %d weights, want %d", ErrBadInput, len(w), numWeights)
		}
	}
	if len(m.Calib) != calibInputs {
		return nil, fmt.Errorf("%w: stitch model: %d calibration weights, want %d", ErrBadInput, len(m.Calib), calibInputs)
	}
	if len(m.EndCalib) != 0 && len(m.EndCalib) != endInputs {
		return nil, fmt.Errorf("%w: stitch model: %d end calibration weights, want %d", ErrBadInput, len(m.EndCalib), endInputs)
	}
	return &m, nil
}

// DefaultModel returns the embedded model, trained on simulated pages.
func DefaultModel() *Model {
	return mustParseModel(modelJSON)
}

// DefaultLineModel returns the embedded model for pages that give each
// printed line a block of its own (see lineBlockWidth), trained on such
// simulated pages.
func DefaultLineModel() *Model {
	return mustParseModel(lineModelJSON)
}

// mustParseModel parses an embedded model.
func mustParseModel(data []byte) *Model {
	m, err := ParseModel(data)
	if err != nil {
		panic(err) // the embedded files are checked by TestDefaultModel
	}
	return m
}
