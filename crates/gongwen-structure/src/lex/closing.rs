//! Closing formulas (特此通知。, 以上请示妥否，请批示。, 请认真贯彻执行。): the clauses a
//! closing paragraph is made of.

/// Every closing clause holds one of these characters (a 特此 / 专此 lead, 此 of 此复, 请
/// or 望 of a request or an instruction): a paragraph without any is no closing formula.
pub(crate) const CLOSING_CHARS: [char; 5] = ['特', '专', '此', '请', '望'];

/// The leads of a 特此 / 专此 line ("**特此**通知").
pub(crate) const SPECIAL_LEADS: [&str; 2] = ["特此", "专此"];

/// What a 特此 / 专此 line names: 特此**通知**, 专此**函达**.
pub(crate) const SPECIAL_WHAT: [&str; 20] = [
    "通知", "报告", "函告", "批复", "函复", "复函", "公告", "通告", "通报", "说明", "证明", "请示",
    "函达", "告知", "声明", "致函", "函", "复", "报", "告",
];

/// Closing lines of their own: 此复, 此致, 此令.
pub(crate) const SPECIAL_LINES: [&str; 3] = ["此复", "此致", "此令"];

/// Requests for a decision: 请批示, 请审阅, 请予审批 …
pub(crate) const REQUESTS: [&str; 24] = [
    "请批示",
    "请审批",
    "请予审批",
    "请批复",
    "请予批复",
    "请审阅",
    "请审议",
    "请予审议",
    "请审定",
    "请予审定",
    "请审示",
    "请核示",
    "请指示",
    "请阅示",
    "请示复",
    "请批准",
    "请予批准",
    "请予支持",
    "请研究",
    "请予研究",
    "请函复",
    "请予函复",
    "请复函",
    "请审核",
];

/// Requests to pass the document on, ending in 执行: "请批转各地区各部门执行".
pub(crate) const PASS_ON: [&str; 2] = ["请批转", "请转发"];

/// How an instruction to carry the document out starts: **请**认真贯彻执行, **望**遵照执行.
pub(crate) const INSTRUCTION_STARTS: [char; 2] = ['请', '望'];

/// How it ends: 请认真**贯彻执行**, 请结合实际**抓好落实**.
pub(crate) const INSTRUCTION_ENDS: [&str; 9] = [
    "贯彻执行",
    "遵照执行",
    "认真执行",
    "贯彻落实",
    "抓好落实",
    "组织实施",
    "遵照办理",
    "研究执行",
    "参照执行",
];

/// The clause before a request: **以上**请示妥否, **上述**事项当否.
pub(crate) const OPENER_LEADS: [&str; 2] = ["以上", "上述"];

/// … its subject: 以上**请示**妥否.
pub(crate) const OPENER_SUBJECTS: [&str; 8] = [
    "请示", "报告", "意见", "方案", "事项", "安排", "建议", "各项",
];

/// … its question: 以上请示**妥否**, **当否**.
pub(crate) const OPENER_QUESTIONS: [&str; 9] = [
    "妥否",
    "当否",
    "可否",
    "是否妥当",
    "是否可行",
    "如无不妥",
    "如无不当",
    "如有不妥",
    "如可行",
];
