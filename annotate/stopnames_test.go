package annotate

import "testing"

func TestWordSet(t *testing.T) {
	set := wordSet(" 城市 明白\n联合会 ")
	for name, want := range map[string]bool{"城市": true, "明白": true, "联合会": true, "菏泽": false, "": false} {
		if set[name] != want {
			t.Errorf("wordSet has %q = %v, want %v", name, set[name], want)
		}
	}
	if len(set) != 3 {
		t.Errorf("wordSet holds %d words, want 3", len(set))
	}
	for _, w := range []string{"城市", "明白", "联合会"} {
		if !notNames[w] {
			t.Errorf("notNames lacks %q", w)
		}
	}
}
