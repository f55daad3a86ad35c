package app

import (
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestNextOf(t *testing.T) {
	a := func(id corpus.ArticleID, page corpus.PageID, ord int, title string) corpus.ArticleInfo {
		return corpus.ArticleInfo{ID: id, Page: page, Ordinal: ord, Title: title}
	}
	list := []corpus.ArticleInfo{
		a(11, 1, 1, "市危化品专项整治工作会议要求"),
		a(13, 1, 3, "市委第一联动巡察组向市民政局党组反馈巡察情况"),
		a(21, 2, 1, "菏泽全方位优化营商环境"),
	}
	tests := []struct {
		name string
		list []corpus.ArticleInfo
		cur  corpus.ArticleInfo
		want corpus.ArticleID
		ok   bool
	}{
		{"从头开始", list, corpus.ArticleInfo{}, 11, true},
		{"同页下一篇", list, list[0], 13, true},
		{"跨页", list, list[1], 21, true},
		{"末篇回到开头", list, list[2], 11, true},
		{"当前篇已是金标（不在列表中）", list, a(12, 1, 2, "市委第一联动巡察组向市扶贫开发办反馈巡察情况"), 13, true},
		{"只剩当前一篇", list[:1], list[0], 11, true},
		{"全部完成", nil, list[0], 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := nextOf(tc.list, tc.cur)
			if got != tc.want || ok != tc.ok {
				t.Errorf("nextOf(…, %d) = %d, %v; want %d, %v", tc.cur.ID, got, ok, tc.want, tc.ok)
			}
		})
	}
}
