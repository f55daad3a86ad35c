package annotate

import (
	"strings"
	"unicode/utf8"
)

// The gse dictionary tags many common words nr (贺卡, 祝贺, 温馨,
// 邓小平理论), so a word it tags nr is taken for a person only when it looks
// like a name: a Chinese name of two to four code points opening with a
// common surname (江泽民, 欧阳修), or a transliterated foreign name of two to
// seven code points written only with the characters used to spell foreign
// sounds (叶利钦, 克林顿, 内塔尼亚胡), possibly with a middle dot.

// surnames are the common Chinese family names of one code point.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"

// compoundSurnames are common family names of two code points.
var compoundSurnames = []string{"欧阳", "司马", "诸葛", "上官", "司徒", "夏侯", "慕容", "尉迟", "皇甫", "令狐", "东方", "公孙", "长孙", "宇文", "端木"}

// transliteration holds the characters used to spell foreign names.
const transliteration = "顿钦默罕斐茨兹阿埃艾爱安昂奥巴拜班邦贝本比彼宾波伯博布达戴丹道德迪蒂丁东杜敦多厄恩尔法菲费芬夫弗福盖冈戈格古圭哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考科克肯库拉莱赖兰朗劳勒雷里利莉列林琳卢鲁路伦罗洛马玛迈麦曼梅门米敏莫姆穆纳娜奈南内尼努诺帕佩皮普齐奇乔切琴丘萨塞桑瑟森沙尚什舍斯松苏索塔泰坦汤特提汀图托瓦万旺威韦维温沃乌西希夏谢辛休雅亚扬耶伊因英尤约扎泽詹哲佐祖·"

// looksLikeName reports whether word, tagged nr by gse, may be a person's
// name.
func looksLikeName(word string) bool {
	n := utf8.RuneCountInString(word)
	if n >= 2 && n <= 4 && hasSurname(word) {
		return true
	}
	return n >= 2 && n <= 7 && onlyTransliteration(word)
}

// hasSurname reports whether word opens with a common surname and has a
// given name after it.
func hasSurname(word string) bool {
	for _, s := range compoundSurnames {
		if strings.HasPrefix(word, s) && len(word) > len(s) {
			return true
		}
	}
	return strings.ContainsRune(surnames, firstRune(word))
}

// onlyTransliteration reports whether every code point of word is used to
// spell foreign names.
func onlyTransliteration(word string) bool {
	for _, r := range word {
		if !strings.ContainsRune(transliteration, r) {
			return false
		}
	}
	return true
}
