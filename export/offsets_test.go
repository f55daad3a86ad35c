package export

import (
	"testing"
	"unicode/utf16"
)

func TestUTF16Index(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"BMP only", "王磊在菏泽市"},
		{"astral first", "𠮷野家在菏泽"},
		{"astral twice", "菏泽𠮷𠮷王磊😀"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx := newUTF16Index(tt.text)
			runes := []rune(tt.text)
			for cp := 0; cp <= len(runes); cp++ {
				want := len(utf16.Encode(runes[:cp])) // the standard library's count
				u := idx.to(cp)
				if u != want {
					t.Fatalf("to(%d) = %d, want %d", cp, u, want)
				}
				back, ok := idx.from(u, len(runes))
				if !ok || back != cp {
					t.Fatalf("from(%d) = %d %v, want %d", u, back, ok, cp)
				}
			}
			total := len(utf16.Encode(runes))
			if _, ok := idx.from(total+1, len(runes)); ok {
				t.Errorf("from(%d) past the end accepted", total+1)
			}
			if _, ok := idx.from(-1, len(runes)); ok {
				t.Error("from(-1) accepted")
			}
		})
	}
	if _, ok := newUTF16Index("𠮷野").from(1, 2); ok {
		t.Error("an offset inside a surrogate pair was accepted")
	}
}

func TestParseOffsets(t *testing.T) {
	for s, want := range map[string]Offsets{"": CodePoints, "codepoints": CodePoints, "utf16": UTF16} {
		if got, err := ParseOffsets(s); err != nil || got != want {
			t.Errorf("ParseOffsets(%q) = %q, %v", s, got, err)
		}
	}
	if _, err := ParseOffsets("字节"); err == nil {
		t.Error("ParseOffsets(字节) accepted")
	}
}
