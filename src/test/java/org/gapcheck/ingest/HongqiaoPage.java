package org.gapcheck.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates the fixture src/test/resources/ingest/html/hongqiao-2020.html: seed 001's title and body (the scrape's own
 * text, unchanged) put back into a page the way a district government's TRS site serves it, in GBK bytes declared as
 * gb2312, with the chrome a scraper meets: site header with 无障碍 and 简体|繁体, navigation menu, breadcrumb, a script
 * full of Chinese text and numbers, the info line with 发布时间, a share bar, related links and a footer with 版权所有,
 * ICP备 and 公网安备. Characters GBK lacks are written as numeric character references, as such sites do.
 *
 * <p>Regenerate from the project root: {@code mvn -o -q test-compile && java -cp target/test-classes:target/classes
 * org.gapcheck.ingest.HongqiaoPage}. HtmlTextTest checks that the committed file is exactly what this class makes.
 */
final class HongqiaoPage {

    static final Path SEED = Path.of("seeds/001_2dee9f555e64716b.txt");
    static final Path FIXTURE = Path.of("src/test/resources/ingest/html/hongqiao-2020.html");
    static final Charset GBK = Charset.forName("GBK");

    /** Text that is page chrome or script; none of it may reach the report text. */
    static final List<String> CHROME = List.of("无障碍", "简体", "繁体", "首页", "互动交流", "走进红桥", "当前位置", "字号",
            "搜索", "分享到", "微信", "打印本页", "相关链接", "起草说明", "关于我们", "版权所有", "ICP备", "公网安备", "网站标识码",
            "出庭应诉率 0%", "访问量");

    private HongqiaoPage() {}

    public static void main(String[] args) throws IOException {
        Files.createDirectories(FIXTURE.getParent());
        Files.write(FIXTURE, bytes());
    }

    static byte[] bytes() throws IOException {
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8).stream().map(String::strip).toList();
        int title = indexOf(lines, "报告", 0);
        int info = indexOf(lines, "发布时间", title);
        int closing = indexOf(lines, "2021226", info);
        int related = indexOf(lines, "起草说明", closing);
        StringBuilder p = new StringBuilder();
        for (String line : lines.subList(info + 1, closing + 1)) {
            if (line.isEmpty()) {
                continue;
            }
            boolean heading = line.length() < 40 && !line.endsWith("。");
            // TRS pages indent paragraphs either by style or with ideographic spaces and &nbsp; in the text itself
            p.append(heading ? "<p style=\"text-indent:2em\"><strong>" + escape(line) + "</strong></p>\n"
                    : "<p>\u3000\u3000" + escape(line) + "&nbsp;</p>\n");
        }
        String page = """
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml">
                <head>
                <meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
                <meta name="SiteName" content="天津市红桥区人民政府" />
                <meta name="ColumnName" content="法治政府建设" />
                <title>%1$s_天津市红桥区人民政府</title>
                <link rel="stylesheet" href="/css/style.css" />
                <style>.TRS_Editor p { line-height: 2; } .nav li { float: left; }</style>
                <script type="text/javascript">
                var siteStat = { title: "出庭应诉率 0%%", pv: "网站访问量 1234567 次", rank: "第1名" };
                document.write("<span>今日访问量：" + 8890 + "人次</span>");
                </script>
                </head>
                <body>
                <div class="header">
                  <div class="top-bar">天津市红桥区人民政府 2019年12月3日星期二
                    <a href="javascript:;" id="wza">无障碍</a> <a href="#" id="jt">简体</a>| <a href="#" id="ft">繁体</a></div>
                  <div class="logo"><img src="/images/logo.png" alt="天津市红桥区人民政府" /></div>
                  <form class="search" action="/search"><input type="text" name="q" value="请输入关键字" /><button>搜索</button></form>
                </div>
                <div class="nav"><ul>
                  <li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
                  <li><a href="/hdjl/">互动交流</a></li><li><a href="/zjhq/">走进红桥</a></li>
                </ul></div>
                <div class="main">
                  <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设</div>
                  <div class="article">
                    <h1 class="article-title">%1$s</h1>
                    <div class="info">%2$s&nbsp;&nbsp;&nbsp;&nbsp;字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
                    <div class="TRS_Editor">
                %3$s    </div>
                    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>
                      <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
                    <div class="related"><p>相关链接：</p><ul><li><a href="/qcsm.html">%4$s</a></li></ul><p>%5$s</p></div>
                  </div>
                </div>
                <div class="footer">
                  <p><a href="#">关于我们</a> | <a href="#">使用帮助</a> | <a href="#">网站声明</a> | <a href="#">网站地图</a></p>
                  <p>版权所有：天津市红桥区人民政府 主办：天津市红桥区人民政府办公室</p>
                  <p>网站标识码：1201060001 ICP备案编号：<a href="https://beian.miit.gov.cn">津ICP备10201451号</a>
                    津公网安备：12010602120171号</p>
                </div>
                <script>var _hmt = _hmt || []; /* 统计代码：红桥区政府网站 2021年 */</script>
                </body>
                </html>
                """.formatted(escape(lines.get(title)), escape(lines.get(info)), p, escape(lines.get(related)),
                escape(lines.get(indexOf(lines, "附件", related))));
        return gbk(page);
    }

    private static int indexOf(List<String> lines, String part, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new IllegalStateException("seed 001 has no line with " + part + " after line " + from);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** GBK bytes; a char GBK lacks becomes &#NNNN;. */
    private static byte[] gbk(String s) {
        CharsetEncoder encoder = GBK.newEncoder();
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = Character.toString(cp);
            b.append(encoder.canEncode(c) ? c : "&#" + cp + ";");
        });
        ByteBuffer bytes = GBK.encode(b.toString());
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        return out;
    }
}
