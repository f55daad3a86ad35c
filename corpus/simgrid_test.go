package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// TestSimGridRuns checks how articles are set in the grid and read column
// by column: each article is a box whose text runs down a page column and
// on at the top of the next, set where the grid is free highest and
// furthest left, so that an article read column by column jumps over the
// pieces set under it.
func TestSimGridRuns(t *testing.T) {
	art := func(cols ...string) *simArt {
		a := &simArt{}
		for _, c := range cols {
			a.cols = append(a.cols, []string{c})
		}
		return a
	}
	tests := map[string]struct {
		arts   []*simArt
		widths []int
		width  int
		want   string // runs in reading order: article and block
	}{
		"一行排下": {
			arts:   []*simArt{art("春耕|", "|备耕"), art("新闻")},
			widths: []int{2, 1},
			width:  3,
			want:   "0:春耕| 0:|备耕 1:新闻",
		},
		"窄而高的长文": {
			arts:   []*simArt{art("甲一", "甲二", "甲三", "甲四"), art("乙一")},
			widths: []int{2, 1},
			width:  3,
			want:   "0:甲一 0:甲二 0:甲三 0:甲四 1:乙一",
		},
		"矮而宽的文章下面排别的": {
			arts:   []*simArt{art("甲一", "甲二", "甲三"), art("乙一", "乙二"), art("丙一")},
			widths: []int{3, 2, 1},
			width:  3,
			want:   "0:甲一 1:乙一 0:甲二 1:乙二 0:甲三 2:丙一",
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var got []string
			for _, r := range simGridRuns(tt.arts, tt.widths, tt.width) {
				got = append(got, fmt.Sprintf("%d:%s", r.art, strings.Join(r.blocks, "/")))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("runs %s, want %s", g, tt.want)
			}
		})
	}
}

// TestSimColumnMajor checks that pages read column by column keep their
// gold in reading order and that articles on them jump more than once.
func TestSimColumnMajor(t *testing.T) {
	arts := loadPD(t)
	opt := DefaultSimOptions()
	opt.ColumnMajor = true
	var st simStats
	multi := 0
	for _, p := range SimulatePages(arts, 12, opt) {
		checkSimPage(t, p, arts, opt, &st)
		if err := p.Gold.MatchPage(NewPage(p.Name, p.Text)); err != nil {
			t.Errorf("%s: %v", p.Name, err)
		}
		for _, a := range p.Gold.Articles {
			jumps := 0
			for k := 1; k < len(a.Blocks); k++ {
				if a.Blocks[k] != a.Blocks[k-1]+1 {
					jumps++
				}
			}
			if jumps >= 2 {
				multi++
			}
		}
	}
	if multi == 0 {
		t.Error("no article jumps twice")
	}
}
