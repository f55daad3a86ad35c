package corpus

import "strings"

// surnames are common Chinese family names, single and compound.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝郜阚权帅屠朴盖练廉禹井祖漆巴丰支卿狄计索宣晋初云容敬扈晁芮鹿薄邸雍辜羊乌母裘亓修邰赫杭宿印逯隆茹诸战慕亢嵇湛宾戎茅於揭尉冶束檀衣信展昝幸衡富尧萧"

// compoundSurnames are two-character family names.
var compoundSurnames = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "西门", "呼延"}

// isNameRun reports whether s is two to four Chinese names written
// without spaces, as bylines in brackets run them together: 孙海涛胡跃平,
// 尹家骅钱友荣郭凯. Each name is a family name and one or two characters.
func isNameRun(s string) bool {
	rs := []rune(s)
	if len(rs) < 4 || len(rs) > 12 || !allHan(s) {
		return false
	}
	// can[i]: the first i runes split into names; count[i]: how many.
	can := make([]bool, len(rs)+1)
	count := make([]int, len(rs)+1)
	can[0] = true
	for i := 0; i < len(rs); i++ {
		if !can[i] {
			continue
		}
		for _, sn := range surnameAt(rs, i) {
			for given := 1; given <= 2; given++ {
				end := i + sn + given
				if end <= len(rs) && (!can[end] || count[end] > count[i]+1) {
					can[end], count[end] = true, count[i]+1
				}
			}
		}
	}
	return can[len(rs)] && count[len(rs)] >= 2 && count[len(rs)] <= 4
}

// surnameAt returns the lengths of the family names that start at rs[i].
func surnameAt(rs []rune, i int) []int {
	var out []int
	if strings.ContainsRune(surnames, rs[i]) {
		out = append(out, 1)
	}
	if i+1 < len(rs) {
		for _, c := range compoundSurnames {
			if string(rs[i:i+2]) == c {
				out = append(out, 2)
			}
		}
	}
	return out
}
