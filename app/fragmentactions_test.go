package app

import "testing"

func TestTextEdit(t *testing.T) {
	tests := []struct {
		name, old, new string
		start, end     int
		repl           string
		changed        bool
	}{
		{name: "unchanged", old: "鳏寡孤独", new: "鳏寡孤独"},
		{name: "one character replaced", old: "邬寡孤独老人", new: "鳏寡孤独老人", start: 0, end: 1, repl: "鳏", changed: true},
		{name: "stray word removed", old: "剪、裁 and 缝", new: "剪、裁缝", start: 3, end: 8, repl: "", changed: true},
		{name: "inserted at the end", old: "要想有", new: "要想有发展", start: 3, end: 3, repl: "发展", changed: true},
		{name: "everything replaced", old: "王磊", new: "张喙", start: 0, end: 2, repl: "张喙", changed: true},
		{name: "repeated characters", old: "好好学习", new: "好好好学习", start: 2, end: 2, repl: "好", changed: true},
		{name: "emptied", old: "noise", new: "", start: 0, end: 5, repl: "", changed: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, end, repl, changed := textEdit(tt.old, tt.new)
			if changed != tt.changed {
				t.Fatalf("changed = %v, want %v", changed, tt.changed)
			}
			if !changed {
				return
			}
			if start != tt.start || end != tt.end || repl != tt.repl {
				t.Errorf("textEdit = [%d,%d) %q, want [%d,%d) %q", start, end, repl, tt.start, tt.end, tt.repl)
			}
			r := []rune(tt.old)
			if got := string(r[:start]) + repl + string(r[end:]); got != tt.new {
				t.Errorf("applying the edit gives %q, want %q", got, tt.new)
			}
		})
	}
}

func FuzzTextEdit(f *testing.F) {
	f.Add("邬寡孤独老人", "鳏寡孤独老人")
	f.Add("剪、裁 and 缝", "剪、裁缝")
	f.Add("好好学习", "好好好学习")
	f.Fuzz(func(t *testing.T, old, new string) {
		start, end, repl, changed := textEdit(old, new)
		if !changed {
			if old != new {
				t.Fatalf("%q → %q reported unchanged", old, new)
			}
			return
		}
		r := []rune(old)
		if start < 0 || start > end || end > len(r) {
			t.Fatalf("bad range [%d,%d) of %d runes", start, end, len(r))
		}
		if got := string(r[:start]) + repl + string(r[end:]); got != string([]rune(new)) {
			t.Fatalf("applying the edit gives %q, want %q", got, new)
		}
	})
}
