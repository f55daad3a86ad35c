package export

import (
	"fmt"
	"testing"
)

func TestParseStatuses(t *testing.T) {
	tests := []struct {
		name, in, want string
		err            bool
	}{
		{"default gold", "", "[gold]", false},
		{"all", "all", "[]", false},
		{"list", "labeled, gold", "[labeled gold]", false},
		{"unknown", "gold,审核", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseStatuses(tt.in)
			if (err != nil) != tt.err || (err == nil && fmt.Sprint(got) != tt.want) {
				t.Errorf("ParseStatuses(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
			}
		})
	}
}
