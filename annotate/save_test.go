package annotate

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestSaveLoad(t *testing.T) {
	a := New()
	text := "精进电动落户菏泽，华盛顿"
	spans := []corpus.Span{{Start: 0, End: 4, Label: "ORG"}, {Start: 6, End: 8, Label: "LOC"}, {Start: 9, End: 12, Label: "PER"}}
	if err := a.Learn(text, spans); err != nil {
		t.Fatal(err)
	}
	if err := a.Reject(text, Suggestion{Start: 9, End: 12, Label: "PER"}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := a.Save(&buf); err != nil {
		t.Fatal(err)
	}
	b := New()
	if err := b.Load(&buf); err != nil {
		t.Fatalf("Load(%s): %v", buf.String(), err)
	}
	if !reflect.DeepEqual(a.mem.confirmed, b.mem.confirmed) || !reflect.DeepEqual(a.mem.rejected, b.mem.rejected) {
		t.Errorf("loaded memory %v / %v, want %v / %v", b.mem.confirmed, b.mem.rejected, a.mem.confirmed, a.mem.rejected)
	}
	other := "精进电动和菏泽，华盛顿"
	want := []string{"ORG 精进电动", "LOC 菏泽"}
	if r := render(other, b.Suggest(other)); !reflect.DeepEqual(r[:2], want) {
		t.Errorf("after Load, Suggest(%q) = %q, want it to start with %q", other, r, want)
	}
	for _, s := range b.Suggest(other) {
		if s.Label == "PER" && s.Start == 8 {
			t.Errorf("rejected PER 华盛顿 suggested after Load")
		}
	}
}

func TestLoadBad(t *testing.T) {
	tests := []struct {
		name, data, where string
	}{
		{name: "not json", data: "精进电动", where: "invalid"},
		{name: "truncated", data: `{"version":1,"confirmed":{"精进`, where: ""},
		{name: "wrong version", data: `{"version":2,"confirmed":{}}`, where: "version 2"},
		{name: "no version", data: `{"confirmed":{"菏泽":{"LOC":1}}}`, where: "version 0"},
		{name: "empty string", data: `{"version":1,"confirmed":{"":{"LOC":1}}}`, where: "confirmed"},
		{name: "empty label", data: `{"version":1,"rejected":{"菏泽":{"":1}}}`, where: "rejected"},
		{name: "zero count", data: `{"version":1,"confirmed":{"菏泽":{"LOC":0}}}`, where: "counted 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := New()
			if err := a.Learn("菏泽", []corpus.Span{{Start: 0, End: 2, Label: "LOC"}}); err != nil {
				t.Fatal(err)
			}
			err := a.Load(strings.NewReader(tc.data))
			if !errors.Is(err, ErrBadMemory) || !strings.Contains(err.Error(), tc.where) {
				t.Fatalf("Load(%s): error %v, want ErrBadMemory saying %q", tc.data, err, tc.where)
			}
			if a.mem.confirmed["菏泽"]["LOC"] != 1 {
				t.Errorf("a failed Load changed the memory: %v", a.mem.confirmed)
			}
		})
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestSaveWriteError(t *testing.T) {
	if err := New().Save(failingWriter{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Save to a failing writer: error %v, want disk full", err)
	}
}
