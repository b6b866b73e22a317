//! Organs, places and people: how an organ's name ends (局, 委员会 …), the levels of
//! government a unit's name may start with (县发改局), words that only look like places
//! (城市, 社区), collectives (各镇（街道）, 相关部门), the tails that leave a list open
//! (等相关部门), official titles (县长, 主任) and the words a 纪要 uses for groups of people.

/// Endings of organ names (机关): 人民政府, 办公室, 局, 委员会, 管委会, 各部门 …
pub(crate) const ORGAN_SUFFIXES: [&str; 48] = [
    "政府",
    "办公室",
    "办公厅",
    "委员会",
    "管委会",
    "办事处",
    "部门",
    "单位",
    "机构",
    "局",
    "厅",
    "委",
    "部",
    "院",
    "署",
    "办",
    "会",
    "处",
    // A ministry's departments: 规划计划司, 政策法规司.
    "司",
    "室",
    "中心",
    "公司",
    "集团",
    // 供销社, 联社.
    "社",
    // A bureau's sections: 耕地保护股, 财务股; 大气环境科, 法规科.
    "股",
    "科",
    // 县纪委监委机关, 县直机关.
    "机关",
    // 人民银行某某支行.
    "银行",
    "支行",
    "分行",
    "海关",
    // People's organisations: 县妇联, 县残联, 县工商联, 县科协.
    "妇联",
    "残联",
    "工商联",
    "科协",
    "大学",
    "学校",
    // Enterprises a list names by kind: 县属国有企业, 市属企业.
    "国有企业",
    "属企业",
    "队",
    "所",
    "站",
    // 县气象台, 县广播电视台 (台 alone ends 平台, 舞台).
    "气象台",
    "电视台",
    "组",
    "党委",
    "军区",
    "部委",
];

/// Organ endings that need two characters before them: "人事司" is a ministry's department,
/// "县司" the start of 县司法局.
pub(crate) const LONG_HEAD_SUFFIXES: [&str; 1] = ["司"];

/// Words ending like a village's or a township's name that name the countryside
/// ("美丽乡村", "和美乡村"), no place.
pub(crate) const NOT_PLACE_ENDINGS: [&str; 2] = ["乡村", "农村"];

/// The last words of organs' names that open no name ("局", "厅", "署"): a line opening
/// with one goes on the name the line before began ("县公安" / "局").
pub(crate) const HEADLESS: [char; 3] = ['局', '厅', '署'];

/// How the government of a place named in full ends ("蓼城区**人民政府**").
pub(crate) const PLACE_GOVERNMENTS: [&str; 2] = ["人民政府", "政府"];

/// Words joining the last two units of a list ("县公安局和各乡镇人民政府").
pub(crate) const UNIT_JOINTS: [&str; 3] = ["以及", "和", "及"];

/// Words ending like an organ (科: a bureau's section, 法规科; 部: a ministry or a party
/// department, 组织部) that name none: a field of study, a deployment, the whole, cadres.
pub(crate) const NOT_SECTIONS: [&str; 15] = [
    "学科", "本科", "专科", "预科", "部署", "全部", "内部", "局部", "外部", "干部",
    // Words ending like 委员会 / 办事处 that name no body ("县人力资源和社会" is half a
    // name, not one).
    "社会", "机会", "体会", "聚会", "到处",
];

/// A level of government, as the first character of a unit's name (县发改局), with the
/// characters that, right after it, make it part of a word instead (市场, 区块链, 乡村).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Level {
    pub ch: char,
    /// Also ends a named place (平阴县, 济南市); 镇 and 乡 do not (XX镇 is a place of its own).
    pub ends_place: bool,
    /// Characters that cannot follow it in a jurisdiction prefix.
    pub not_before: &'static str,
    /// Words (two characters, as compared) that make it a prefix again though their first
    /// character is in `not_before`:
    /// 市民政局 is 市 + 民政局, 市政务服务中心 市 + 政务服务中心 and 县乡村振兴局 县 +
    /// 乡村振兴局, though 市民, 市政 and 县乡 are words.
    pub yet_before: &'static [&'static str],
}

/// Levels of government.
pub(crate) const LEVELS: [Level; 9] = [
    Level {
        ch: '县',
        ends_place: true,
        not_before: "区乡镇",
        yet_before: &["乡村"],
    },
    Level {
        ch: '市',
        ends_place: true,
        not_before: "场民容区县政值面内外井郊中",
        // 市外办, 市外汇局: the city's foreign affairs and foreign exchange offices; 市中医院,
        // 市中心医院, 市中级人民法院, 市中小企业服务中心: the city's, though 市中 is a district.
        yet_before: &[
            "民政", "民宗", "政府", "政务", "政法", "外办", "外事", "外汇", "中医", "中心", "中级",
            "中小",
        ],
    },
    Level {
        ch: '区',
        ends_place: true,
        not_before: "块划间别分位县市镇街",
        yet_before: &[],
    },
    Level {
        ch: '省',
        ends_place: true,
        not_before: "县内外份会略",
        // 省外办: the province's foreign affairs office, not 省外 (outside the province);
        // 省外汇管理局 its foreign exchange office.
        yet_before: &["外办", "外事", "外汇"],
    },
    Level {
        ch: '州',
        ends_place: true,
        not_before: "县市",
        yet_before: &[],
    },
    Level {
        ch: '盟',
        ends_place: true,
        not_before: "员友约军",
        yet_before: &[],
    },
    Level {
        ch: '旗',
        ends_place: true,
        not_before: "帜舰下袍",
        yet_before: &[],
    },
    Level {
        ch: '镇',
        ends_place: false,
        not_before: "街村区乡",
        yet_before: &[],
    },
    Level {
        ch: '乡',
        ends_place: false,
        not_before: "村镇土贤亲愁下音",
        yet_before: &[],
    },
];

/// The level `c` stands for, if any.
pub(crate) fn level(c: char) -> Option<&'static Level> {
    LEVELS.iter().find(|l| l.ch == c)
}

/// Characters that, right after a level character, make it no jurisdiction: 县级, 区域,
/// 市属, and a bracket or 、 after a lone level.
pub(crate) const NOT_AFTER_LEVEL: [char; 6] = ['级', '域', '属', '（', '(', '、'];

/// First characters of words that only look like places (各县, 全市, 本区, 有关区).
pub(crate) const NOT_PLACE_STARTS: [char; 7] = ['各', '全', '本', '该', '我', '有', '相'];

/// Words that end like a place (in 市, 区 …) but are not places.
pub(crate) const NOT_PLACES: [&str; 44] = [
    "城市",
    "都市",
    "超市",
    "上市",
    "门市",
    "夜市",
    "集市",
    "股市",
    "城区",
    "社区",
    "园区",
    "景区",
    "片区",
    "小区",
    "矿区",
    "库区",
    "校区",
    "辖区",
    "街区",
    "山区",
    "牧区",
    "市区",
    "灾区",
    "营区",
    "厂区",
    "郊区",
    "湖区",
    "老区",
    "林区",
    "垦区",
    "保护区",
    "风景区",
    "示范区",
    "试验区",
    "功能区",
    "生活区",
    "商业区",
    "工业区",
    "旅游区",
    "服务区",
    "团县",
    "团市",
    "团区",
    "团省",
];

/// Characters never found in the place part of a name: they belong to the organ
/// (县政府, 发改局区 …).
pub(crate) const ORGAN_CHARS: &str = "政府局委办厅部处科室院所站队会";

/// Words a collective starts with (各镇, 相关部门) …
pub(crate) const COLLECTIVE_STARTS: [&str; 5] = ["各", "相关", "有关", "其他", "其它"];

/// One of these characters is in every [`COLLECTIVE_WORDS`] word: most names are ruled out
/// by one scan before the words are searched (a test keeps them in step).
pub(crate) const COLLECTIVE_CHARS: [char; 7] = ['各', '相', '有', '员', '直', '镇', '乡'];

/// … or holds (县政府各部门, 各成员单位).
pub(crate) const COLLECTIVE_WORDS: [&str; 18] = [
    "各部门",
    "各单位",
    "各有关",
    "各级",
    "各镇",
    "各街道",
    "各乡",
    "相关部门",
    "有关部门",
    "相关单位",
    "有关单位",
    "成员单位",
    "直部门",
    "直单位",
    "直各",
    "镇街",
    "镇（街道）",
    "乡镇",
];

/// Endings of names that are places on their own level (XX镇, XX街道): they never take
/// another unit's jurisdiction prefix.
pub(crate) const OWN_LEVEL_ENDINGS: [&str; 14] = [
    "街道",
    "街道办事处",
    "镇",
    "乡",
    "镇政府",
    "乡政府",
    "镇人民政府",
    "乡人民政府",
    "村",
    "社区",
    // A village's or a neighbourhood's committee (石桥村委会, 东门社区居委会).
    "村委会",
    "村民委员会",
    "居委会",
    "居民委员会",
];

/// Endings of an organ's internal divisions (大气环境处, 财务科, 耕地保护股): a division
/// belongs to its organ, not to a level of government, and takes no 县/市/省 from the entry
/// before it ("省生态环境监测中心、应急管理处" → 应急管理处). 办事处 is an office of its own.
pub(crate) const DIVISION_ENDINGS: [&str; 3] = ["处", "科", "股"];

/// Starts of names that stand on their own level (中共…, 国家…, 驻…).
pub(crate) const OWN_LEVEL_STARTS: [&str; 14] = [
    "各",
    "全",
    "中共",
    "中国",
    "国家",
    "共青团",
    "驻",
    "国务院",
    // "县级各行政执法部门": the level named as a word.
    "省级",
    "市级",
    "县级",
    "区级",
    "乡级",
    "镇级",
];

/// Words inside a name that give its own level (团县委, 中共平阴县委组织部). Each starts
/// with a level character.
pub(crate) const OWN_LEVEL_WORDS: [&str; 14] = [
    "县委",
    "市委",
    "区委",
    "省委",
    "县政府",
    "市政府",
    "区政府",
    "省政府",
    "县人大",
    "市人大",
    "县政协",
    "市政协",
    "县纪委",
    "市纪委",
];

/// Bodies of a national system (垂直管理), named by their own place or none: "人民银行潍坊
/// 市中心支行", "潍坊银监分局", "国网XX供电公司" never take the 市 or 县 of the list they
/// stand in.
pub(crate) const NATIONAL_SYSTEMS: [&str; 14] = [
    "人民银行",
    // 人行璜川市分行: the People's Bank, abbreviated.
    "人行",
    "银监",
    "保监",
    "证监",
    "银保监",
    "海关",
    "供电",
    // 国网XX省电力公司, 南方电网XX供电局: the grid companies by their group's name.
    "国网",
    "电网",
    "电信",
    "移动",
    "联通",
    "铁路",
];

/// What a bureau's local branch is called after its place ("枫渚**分局**", "城西**派出所**"):
/// printed on a line of its own under "市生态环境局" in a narrow cell, it ends that name.
pub(crate) const BRANCH_WORDS: [&str; 6] = ["分局", "支队", "大队", "中队", "派出所", "分中心"];

/// Words that open the organ part of a vertical system's local body, named by its own
/// place without a level ("瑶川**金融监管**分局", "梧岭**调查队**"): such a name never takes
/// the 市 or 县 of the list it stands in.
pub(crate) const SYSTEM_WORDS: [&str; 9] = [
    "金融监管",
    "调查队",
    "税务",
    "气象",
    "海事",
    "邮政",
    "烟草",
    "消防救援",
    "水文",
];

/// Words that open a development zone's name, named (like a system's body) by its own place
/// without a level ("枫岙**工业园区**管委会"): the zone is no bureau of the county whose list
/// it stands in. A zone named by no place ("工业园区管委会") still takes the 县.
pub(crate) const ZONE_WORDS: [&str; 7] = [
    "工业园区",
    "经济开发区",
    "经济技术开发区",
    "高新技术产业开发区",
    "高新区",
    "产业园区",
    "工业集中区",
];

/// Trades that open the name of a state-owned company named by its place without a level
/// ("澈江**燃气**集团", "柏岩**城投**公司"): never the county's bureau. Such a name ends with
/// one of [`ENTERPRISE_ENDINGS`]; a trade word alone ("城投公司") still takes the 县.
pub(crate) const ENTERPRISE_WORDS: [&str; 17] = [
    "燃气", "水务", "供水", "城投", "城建", "交投", "文旅", "公交", "热力", "国投", "投资", "建投",
    // A port's, an airport's, a railway's company ("凌屿港集团").
    "港务", "港", "机场", "航空", "铁路",
];

/// Words of a company's registered name ("XX冷链物流有限公司青漪分公司"): a name complete
/// as registered, never given the 县 or 市 of the list it stands in.
pub(crate) const REGISTERED_COMPANY: [&str; 3] = ["有限公司", "有限责任公司", "股份公司"];

/// A group's branch is named by its group ("XX交通投资**集团**梧溪**分公司**"): a name
/// complete as registered too (while "城投集团" alone in a county's list is the county's).
pub(crate) const GROUP_BRANCH: (&str, &str) = ("集团", "分公司");

/// How the name of a company ends.
pub(crate) const ENTERPRISE_ENDINGS: [&str; 3] = ["集团", "公司", "有限公司"];

/// How a unit list names the issuing body's own organs ("**局机关**各科室", "**本局**各股室"):
/// such an entry takes no jurisdiction from the entry before it (not "市局机关各科室").
pub(crate) const OWN_BODY_STARTS: [&str; 8] = [
    "局机关",
    "厅机关",
    "委机关",
    "办机关",
    "本局",
    "本单位",
    "局属",
    "局内",
];

/// How a unit list names enterprises of a kind, no organ of the jurisdiction ("通信运营
/// **企业**", "重点**企业**"): such an entry takes no 市 or 县 from the entry before it.
pub(crate) const KIND_OF_ENTERPRISES: &str = "企业";

/// Words of two or three characters before a [`SYSTEM_WORDS`], [`ZONE_WORDS`] or
/// [`ENTERPRISE_WORDS`] word that are no place
/// ("**地方**金融监管局" is the city's own bureau).
pub(crate) const NOT_PLACE_WORDS: [&str; 4] = ["地方", "国家", "中央", "省级"];

/// The head of an entry whose noun is elided and shared with the next one: "县**直**、驻县
/// 有关单位", "市**属**、…", "**驻**县、…" (ends, then starts).
pub(crate) const ELIDED_HEADS: (&str, &str) = ("直属", "驻");

/// Generic groups of organs after 等 that leave a list open: "X、Y等**相关部门**".
pub(crate) const OPEN_TAIL_NOUNS: [&str; 14] = [
    "部门",
    "单位",
    "机构",
    "企业",
    "乡镇",
    "镇街",
    "街道",
    "县区",
    "区县",
    "学校",
    "部门（单位）",
    "部门(单位)",
    "单位（部门）",
    "单位(部门)",
];

/// Endings of official titles (职务): 县长, 副市长, 局长, 主任, 书记, 主席, 总理 …
/// Official titles that, inside a would-be unit name, show a person ("由邵启澜副市长任组长",
/// "市长李明负责"): a 纪要's decision read in prose takes no unit holding one.
pub(crate) const PERSON_TITLES: [&str; 9] = [
    "市长", "县长", "区长", "省长", "镇长", "乡长", "局长", "组长", "书记",
];

/// "长" alone covers 县长, 局长, 秘书长, 院长, 所长; no organ name ends with it.
pub(crate) const TITLE_ENDINGS: [&str; 13] = [
    "长",
    "主任",
    "书记",
    "主席",
    "总理",
    "委员",
    "调研员",
    "巡视员",
    "经理",
    "专员",
    "司令员",
    "政委",
    "总监",
];

/// Words naming people by their post in a unit ("区城管局分管**负责同志**").
pub(crate) const GROUP_WORDS: [&str; 5] = ["负责同志", "负责人", "同志", "人员", "代表"];

/// Kinds of meeting printed between the organ and 会议 in a 纪要's title
/// ("XX县人民政府**常务**会议纪要").
pub(crate) const MEETING_KINDS: [&str; 16] = [
    "常务", "专题", "办公", "联席", "协调", "工作", "全体", "党组", "现场", "调度", "推进", "主任",
    "县长", "市长", "区长", "局长",
];
