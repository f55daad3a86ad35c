package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// sampleGoldPath and samplePagePath are the shared reference page.
const (
	sampleGoldPath = "../../shared/samples/heze-daily-2020-09-15.gold.json"
	samplePagePath = "../../shared/samples/heze-daily-2020-09-15.txt"
)

func TestReadGoldSample(t *testing.T) {
	g, err := ReadGold(sampleGoldPath)
	if err != nil {
		t.Fatal(err)
	}
	if g.Source != "heze-daily-2020-09-15.txt" || len(g.Blocks) != 79 || len(g.Articles) != 11 ||
		!reflect.DeepEqual(g.Unassigned, []int{78}) {
		t.Errorf("source %q, %d blocks, %d articles, unassigned %v", g.Source, len(g.Blocks), len(g.Articles), g.Unassigned)
	}
	feature := g.Articles[6]
	want := []int{38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 67, 68, 69, 70}
	if feature.Title != "菏泽速度" || !reflect.DeepEqual(feature.Blocks, want) {
		t.Errorf("article 6: %q %v", feature.Title, feature.Blocks)
	}
	if g.Blocks[34] != "解、明白。" {
		t.Errorf("block 34 = %q", g.Blocks[34])
	}
}

func TestParseGoldErrors(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"不是JSON", `{"source": "菏泽日报"`, ""},
		{"块号越界", `{"blocks": ["标题", "正文。"], "articles": [{"title": "危化品", "blocks": [0, 2]}]}`,
			`article 0 ("危化品"): block 2 out of range 0..1`},
		{"负块号", `{"blocks": ["标题"], "articles": [], "unassigned": [-1]}`, "unassigned: block -1 out of range 0..0"},
		{"同一篇重复", `{"blocks": ["标题", "正文。"], "articles": [{"title": "巡察", "blocks": [0, 1, 0]}]}`,
			`article 0 ("巡察"): block 0 already used by article 0 ("巡察")`},
		{"两篇共用", `{"blocks": ["标题", "正文。", "另一标题"], "articles": [{"title": "甲", "blocks": [0, 1]}, {"title": "乙", "blocks": [2, 1]}]}`,
			`article 1 ("乙"): block 1 already used by article 0 ("甲")`},
		{"既在文章又未分配", `{"blocks": ["荣归故里 创业圆梦"], "articles": [{"title": "甲", "blocks": [0]}], "unassigned": [0]}`,
			`unassigned: block 0 already used by article 0 ("甲")`},
		{"空文章", `{"blocks": ["标题"], "articles": [{"title": "空", "blocks": []}]}`, `article 0 ("空") has no blocks`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ParseGold([]byte(tt.json))
			if g != nil || !errors.Is(err, ErrBadGold) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, %v; want ErrBadGold with %q", g, err, tt.want)
			}
		})
	}
}

func TestReadGoldBadFile(t *testing.T) {
	path := filepath.Join("testdata", "gold-bad-duplicate.json")
	_, err := ReadGold(path)
	want := path + `: article 1 ("民政局党组巡察"): block 2 already used by article 0 ("扶贫开发办巡察")`
	if !errors.Is(err, ErrBadGold) || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want %q", err, want)
	}
	_, err = ReadGold(filepath.Join(t.TempDir(), "missing.gold.json"))
	if !errors.Is(err, ErrBadGold) || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: got %v", err)
	}
}

func TestGoldEncodeRoundTrip(t *testing.T) {
	g, err := ReadGold(sampleGoldPath)
	if err != nil {
		t.Fatal(err)
	}
	data, err := g.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseGold(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g, back) {
		t.Errorf("round trip changed the gold:\n%+v\n%+v", g, back)
	}
}

func TestGoldMatchPage(t *testing.T) {
	g := &Gold{Source: "测试页.txt", Blocks: []string{"书法家助力“美丽庭院”创建", "记者 马琳 摄"}}
	frags := func(texts ...string) *Page {
		p := &Page{Source: "测试页.txt"}
		for i, s := range texts {
			p.Fragments = append(p.Fragments, Fragment{Block: i, Text: s})
		}
		return p
	}
	tests := []struct {
		name string
		page *Page
		want string // "" when the page matches
	}{
		{"相同", frags("书法家助力“美丽庭院”创建", "记者 马琳 摄"), ""},
		{"少一块", frags("书法家助力“美丽庭院”创建"), "2 gold blocks, page has 1"},
		{"文字不同", frags("书法家助力“美丽庭院”创建", "记者 马 琳 摄"), `block 1 differs: gold "记者 马琳 摄", page "记者 马 琳 摄"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := g.MatchPage(tt.page)
			if tt.want == "" && err != nil || tt.want != "" && (!errors.Is(err, ErrBadGold) || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

func TestSampleGoldMatchesNewPage(t *testing.T) {
	g, err := ReadGold(sampleGoldPath)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(samplePagePath)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.MatchPage(NewPage(g.Source, string(text))); err != nil {
		t.Error(err)
	}
}
