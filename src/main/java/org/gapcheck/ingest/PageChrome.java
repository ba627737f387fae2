package org.gapcheck.ingest;

import java.util.regex.Pattern;

/** Lines that a scraped web page adds around a report: site name and date, language switches, source, footer. */
final class PageChrome {

    private static final String DATE =
            "(?:19|20)\\d{2}\\s*[年\\-/.]\\s*\\d{1,2}\\s*[月\\-/.]\\s*\\d{1,2}\\s*日?(?:\\s*(?:星期|周)[一二三四五六日天])?";
    private static final Pattern LEADING = Pattern.compile(
            "无障碍|简\\s*体\\s*\\|?\\s*繁\\s*体|发布时间|发布日期|信息来源|^来源[:：]|字号[:：]|浏览次数|点击[数量率]|打印本页|关闭窗口"
                    + "|^.{0,20}?" + DATE + "$");
    private static final Pattern TRAILING = Pattern.compile(
            "^特此报告|^(?:主办|承办|协办|版权所有|网站标识码|关于我们|联系我们|网站地图|打印本页|关闭窗口)|ICP备|公网安备");

    private PageChrome() {}

    /** Page furniture that may precede the title: never part of the report. */
    static boolean isLeading(String normalizedLine) {
        return !normalizedLine.contains("报告") && LEADING.matcher(normalizedLine).find();
    }

    /** A line after which nothing belongs to the report body any more: the closing formula or the site footer. */
    static boolean isTrailing(String normalizedLine) {
        return TRAILING.matcher(normalizedLine).find();
    }
}
