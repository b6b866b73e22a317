#!/usr/bin/env python3
"""Writes cms-tasks-90k.html: an invented county notice as a TRS-style CMS serves it (head
meta tags, navigation, a metadata table, breadcrumb, share and print widgets, footer), its
body pasted from Word (MsoNormal paragraphs and an MsoNormalTable task table with rowspans),
about 90 KB. The bench of the .html reader reads it. Deterministic; run from this folder."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = ["县发展和改革局", "县财政局", "县自然资源局", "县住房和城乡建设局", "县交通运输局",
         "县水利局", "县农业农村局", "县商务局", "县市场监督管理局", "县行政审批服务局"]
GROUPS = ["一、优化政务服务", "二、强化要素保障", "三、提升监管效能", "四、加强法治保障",
          "五、营造良好氛围", "六、强化组织实施"]


def p(text, align=None, indent=True, size="16.0pt", font="仿宋_GB2312"):
    a = f" align={align} style='text-align:{align};" if align else " style='"
    ind = "text-indent:32.0pt;" if indent else ""
    return (f"<p class=MsoNormal{a}{ind}line-height:28.0pt;mso-line-height-rule:exactly'>"
            f"<span style='font-size:{size};font-family:{font}'>{text}<span lang=EN-US>"
            f"<o:p></o:p></span></span></p>\n")


def cell(text, width, extra=""):
    return (f"  <td width={width} valign=top {extra}style='width:{width * 0.75:.1f}pt;border:solid windowtext 1.0pt;"
            f"border-top:none;padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal style='line-height:"
            f"20.0pt;mso-line-height-rule:exactly'><span style='font-size:12.0pt;font-family:"
            f"仿宋_GB2312'>{text}<span lang=EN-US><o:p></o:p></span></span></p>\n  </td>\n")


def main():
    out = []
    out.append("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="桐桥县人民政府" />
<meta name="ColumnName" content="政府文件" />
<meta name="ArticleTitle" content="桐桥县人民政府办公室关于印发桐桥县2024年优化营商环境攻坚行动方案的通知" />
<meta name="PubDate" content="2024-04-02 15:20" />
<meta name="ContentSource" content="桐桥县人民政府办公室" />
<title>桐桥县人民政府办公室关于印发桐桥县2024年优化营商环境攻坚行动方案的通知_政府文件_桐桥县人民政府</title>
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript">var siteId = 12; function setFont(n){ document.getElementById('zoom').style.fontSize = n + 'px'; }</script>
</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="桐桥县人民政府" /></div>
<div class="nav"><ul>
""")
    for i, name in enumerate(["首页", "政务公开", "政务服务", "互动交流", "走进桐桥", "专题专栏", "数据开放", "政策解读"]):
        out.append(f'<li class="nav_{i}"><a href="/col/col{100 + i}/index.html" target="_blank">{name}</a><div class="sub">')
        for j in range(8):
            out.append(f'<a href="/col/col{1000 + i * 10 + j}/index.html">{name}子栏目{j + 1}</a>')
        out.append("</div></li>\n")
    out.append('</ul></div></div>\n<div class="main"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfwj/">政府文件</a></div>\n')
    out.append("""<table class="xxgk_table" width="100%"><tr><td>索&nbsp;引&nbsp;号：</td><td>11330999MB0000000X/2024-00088</td><td>主题分类：</td><td>综合政务</td></tr>
<tr><td>发布机构：</td><td>县政府办公室</td><td>成文日期：</td><td>2024-03-29</td></tr>
<tr><td>发文字号：</td><td>桐政办发〔2024〕15号</td><td>公开方式：</td><td>主动公开</td></tr></table>
<div class="article"><h1>桐桥县人民政府办公室关于印发桐桥县2024年优化营商环境攻坚行动方案的通知</h1>
<div class="info">发布时间：2024-04-02 15:20　来源：桐桥县人民政府办公室　浏览次数：<span id="pv">2081</span></div>
<div class="TRS_Editor"><div class=Section1 style='layout-grid:15.6pt'>
""")
    out.append(p("桐政办发〔<span lang=EN-US>2024</span>〕<span lang=EN-US>15</span>号", "center", False))
    out.append(p("桐桥县人民政府办公室关于印发桐桥县<span lang=EN-US>2024</span>年优化营商环境攻坚行动方案的通知", "center", False, "22.0pt", "方正小标宋简体"))
    out.append(p("各乡镇人民政府，县政府各部门：", None, False))
    out.append(p("《桐桥县<span lang=EN-US>2024</span>年优化营商环境攻坚行动方案》已经县政府同意，现印发给你们，请认真组织实施。"))
    out.append(p("<span lang=EN-US>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>桐桥县人民政府办公室", None, False))
    out.append(p("<span lang=EN-US>2024</span>年<span lang=EN-US>3</span>月<span lang=EN-US>29</span>日", "right", False))
    out.append(p("（此件公开发布）"))
    out.append(p("桐桥县<span lang=EN-US>2024</span>年优化营商环境攻坚行动方案", "center", False, "22.0pt", "方正小标宋简体"))
    for g, group in enumerate(GROUPS):
        out.append(p(f"<b>{group}</b>"))
        for k in range(3):
            out.append(p(f"（{'一二三'[k]}）第{g + 1}组第{k + 1}项工作要求。各责任单位要对照目标任务，细化工作措施，明确时间节点，"
                         f"确保按期完成，每季度末向县营商环境办报送工作进展情况。"))
    out.append(p("附件：桐桥县<span lang=EN-US>2024</span>年优化营商环境攻坚行动任务清单"))
    out.append("<span lang=EN-US><br clear=all style='page-break-before:always'></span>\n")
    out.append(p("附件", None, False, "16.0pt", "黑体"))
    out.append(p("桐桥县<span lang=EN-US>2024</span>年优化营商环境攻坚行动任务清单", "center", False, "20.0pt", "方正小标宋简体"))
    out.append("<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=680 style='border-collapse:collapse;border:none'>\n<thead><tr>\n")
    for head, w in [("序号", 40), ("任务类别", 90), ("工作任务", 220), ("牵头单位", 110), ("配合单位", 130), ("完成时限", 90)]:
        out.append(cell(f"<b>{head}</b>", w))
    out.append("</tr></thead>\n")
    seq = 0
    for g, group in enumerate(GROUPS):
        rows = 6
        for r in range(rows):
            seq += 1
            out.append(" <tr style='height:40.0pt'>\n")
            out.append(cell(str(seq), 40))
            if r == 0:
                out.append(cell(group, 90, f"rowspan={rows} "))
            out.append(cell(f"推进第{seq}项改革举措，建立健全工作机制，年内形成可复制推广的经验做法", 220))
            lead = UNITS[seq % len(UNITS)] if seq % 7 else "<span lang=EN-US>&nbsp;</span>"
            out.append(cell(lead, 110))
            support = f"{UNITS[(seq + 3) % len(UNITS)]}</span></p>\n  <p class=MsoNormal><span>{UNITS[(seq + 5) % len(UNITS)]}"
            out.append(cell(support, 130))
            out.append(cell(f"<span lang=EN-US>2024</span>年<span lang=EN-US>{seq % 12 + 1}</span>月底前", 90))
            out.append(" </tr>\n")
    out.append("</table></div>\n</div></div>\n")
    out.append('<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>\n')
    out.append('<div class="article_btn">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>\n')
    out.append('<div class="related"><h3>相关文章</h3><ul>')
    for i in range(10):
        out.append(f'<li><a href="/art/2024/3/{i + 1}/art_1229_{5000 + i}.html">桐桥县关于做好第{i + 1}批营商环境改革事项的通知</a><span>2024-03-{i + 1:02d}</span></li>')
    out.append('</ul></div></div>\n<div class="footer"><p>主办单位：桐桥县人民政府办公室　网站标识码：9999000099</p></div>\n</body>\n</html>\n')
    data = "".join(out).encode("utf-8")
    with open(os.path.join(HERE, "cms-tasks-90k.html"), "wb") as f:
        f.write(data)
    print(len(data))


if __name__ == "__main__":
    main()
