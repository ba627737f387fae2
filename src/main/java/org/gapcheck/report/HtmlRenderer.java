package org.gapcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.Evidence;
import org.gapcheck.engine.IndicatorResult;
import org.gapcheck.engine.Verdict;
import org.gapcheck.engine.fact.Finding;
import org.gapcheck.ingest.Sentence;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The gap list as one self-contained HTML page: per report a summary (verdict counts, level-1 area × verdict, score),
 * the completeness and consistency findings, then every indicator with its rule, threshold, shortfall, evidence in
 * context and remedy. Indicators come worst verdict first, as in the console and Markdown lists, because the reader's
 * first job is the gaps; the page's filters narrow them by verdict and area and can switch to catalogue order.
 * Numbers carry {@code data-count} / {@code data-score} and indicators {@code data-verdict}, for tests and scripts.
 */
final class HtmlRenderer extends TextRenderer {

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(List<Assessment> assessments, Writer out) throws IOException {
        String title = assessments.size() == 1
                ? Texts.title(assessments.get(0)) + " 法治政府建设差距清单"
                : "法治政府建设差距清单（" + assessments.size() + " 份报告）";
        Document page = HtmlPage.create(title, "gap-report");
        Element body = page.body();
        Element head = body.appendElement("header").addClass("page-head");
        head.appendElement("h1").text("法治政府建设差距清单");
        head.appendElement("p").addClass("muted")
                .text("共 " + assessments.size() + " 份报告；逐项给出结论、规则与阈值、差距、佐证原文和整改建议。");
        if (assessments.size() > 1) {
            appendContents(body, assessments);
        }
        for (int i = 0; i < assessments.size(); i++) {
            appendReport(body, assessments.get(i), "r" + (i + 1));
        }
        HtmlPage.appendScript(page);
        out.write(page.outerHtml());
        out.write("\n");
    }

    private static void appendContents(Element body, List<Assessment> assessments) {
        Element nav = body.appendElement("nav").addClass("toc");
        nav.appendElement("h2").text("目录");
        Element list = nav.appendElement("ol");
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = assessments.get(i);
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "#r" + (i + 1)).text(Texts.title(a));
            item.appendElement("span").addClass("muted").text("  " + a.facts().document().name() + " · 得分 "
                    + Texts.score(a) + " · " + Verdict.GAP.label() + " " + a.count(Verdict.GAP) + " 项");
        }
    }

    private static void appendReport(Element body, Assessment a, String id) {
        Element section = body.appendElement("section").addClass("report").attr("id", id)
                .attr("data-report", a.facts().document().name());
        Element header = section.appendElement("header").addClass("report-head");
        header.appendElement("h2").text(Texts.title(a));
        header.appendElement("p").addClass("muted").text("报告文件：" + a.facts().document().name());
        if (!Texts.publication(a).isEmpty()) {
            header.appendElement("p").addClass("muted").text(Texts.publication(a));
        }
        Element score = header.appendElement("p").addClass("score");
        score.appendText("得分 ");
        score.appendElement("strong").attr("data-score", Texts.number(a.score().percent())).text(Texts.score(a));
        score.appendText(" / 100");
        score.appendElement("span").addClass("muted").text("（得 " + Texts.number(a.score().earned()) + " 分，可计 "
                + Texts.number(a.score().possible()) + " 分；需实地核查和不适用的指标不计入）");

        appendSummary(section, a);
        appendFindings(section, a);
        appendIndicators(section, a);
    }

    private static void appendSummary(Element section, Assessment a) {
        Element summary = section.appendElement("section").addClass("summary");
        summary.appendElement("h3").text("结论分布");
        Element boxes = summary.appendElement("div").addClass("verdict-boxes");
        for (Verdict v : Verdict.values()) {
            Element box = boxes.appendElement("div").addClass("box").addClass(HtmlPage.verdictClass(v))
                    .attr("data-verdict", v.name());
            box.appendElement("span").addClass("n").attr("data-count", Long.toString(a.count(v)))
                    .text(Long.toString(a.count(v)));
            box.appendElement("span").addClass("label").text(v.label());
        }

        summary.appendElement("h3").text("按一级指标");
        Element table = summary.appendElement("table").addClass("areas");
        Element headRow = table.appendElement("thead").appendElement("tr");
        headRow.appendElement("th").text("一级指标");
        for (Verdict v : Verdict.values()) {
            headRow.appendElement("th").addClass(HtmlPage.verdictClass(v)).attr("data-verdict", v.name())
                    .text(v.label());
        }
        headRow.appendElement("th").text("合计");
        Element rows = table.appendElement("tbody");
        for (Map.Entry<String, Map<Verdict, Integer>> area : countsByArea(a).entrySet()) {
            Element row = rows.appendElement("tr").attr("data-level1", area.getKey());
            row.appendElement("th").attr("scope", "row").text(area.getKey());
            int total = 0;
            for (Verdict v : Verdict.values()) {
                int n = area.getValue().getOrDefault(v, 0);
                total += n;
                countCell(row, n).attr("data-verdict", v.name()).addClass(n > 0 ? HtmlPage.verdictClass(v) : "zero");
            }
            countCell(row, total).addClass("total");
        }
        Element foot = table.appendElement("tfoot").appendElement("tr");
        foot.appendElement("th").attr("scope", "row").text("合计");
        for (Verdict v : Verdict.values()) {
            countCell(foot, (int) a.count(v)).attr("data-verdict", v.name());
        }
        countCell(foot, a.indicators().size()).addClass("total");
    }

    private static Element countCell(Element row, int n) {
        return row.appendElement("td").attr("data-count", Integer.toString(n)).text(Integer.toString(n));
    }

    /** Level-1 areas in catalogue order, each with its count per verdict. */
    private static Map<String, Map<Verdict, Integer>> countsByArea(Assessment a) {
        Map<String, Map<Verdict, Integer>> counts = new LinkedHashMap<>();
        for (IndicatorResult r : a.indicators()) {
            counts.computeIfAbsent(r.indicator().level1(), k -> new EnumMap<>(Verdict.class))
                    .merge(r.verdict(), 1, Integer::sum);
        }
        return counts;
    }

    private static void appendFindings(Element section, Assessment a) {
        Element findings = section.appendElement("section").addClass("findings");
        findings.appendElement("h3").text("完整性与一致性");
        if (a.findings().isEmpty()) {
            findings.appendElement("p").addClass("none").text("未发现问题。");
            return;
        }
        Element list = findings.appendElement("ul");
        for (Finding f : a.findings()) {
            Element item = list.appendElement("li").attr("data-kind", f.kind());
            item.appendElement("span").addClass("message").text(f.message());
            Sentence sentence = f.start() < 0 ? null : a.facts().document().sentenceAt(f.start());
            if (sentence != null) {
                String text = a.facts().document().text();
                appendMarked(item.appendElement("blockquote"), text.substring(sentence.start(), sentence.end()),
                        List.of(new int[] {f.start() - sentence.start(), f.end() - sentence.start()}));
            }
        }
    }

    private static void appendIndicators(Element section, Assessment a) {
        Element part = section.appendElement("section").addClass("indicators");
        part.appendElement("h3").text("指标结论（" + a.indicators().size() + " 项）");
        appendFilters(part, a);
        Element list = part.appendElement("div").addClass("indicator-list");
        List<IndicatorResult> worstFirst = new ArrayList<>(a.indicators());
        worstFirst.sort(Comparator.comparing(IndicatorResult::verdict)); // stable: catalogue order within a verdict
        for (int i = 0; i < worstFirst.size(); i++) {
            appendIndicator(list, worstFirst.get(i), section.id(), i);
        }
    }

    /** Hidden until the script shows them: without script the page shows every indicator and no dead controls. */
    private static void appendFilters(Element part, Assessment a) {
        Element bar = part.appendElement("div").addClass("filters").attr("hidden", true);
        Element verdicts = bar.appendElement("fieldset").addClass("verdict-filter");
        verdicts.appendElement("legend").text("结论");
        for (Verdict v : Verdict.values()) {
            Element label = verdicts.appendElement("label").addClass("chip").addClass(HtmlPage.verdictClass(v));
            label.appendElement("input").attr("type", "checkbox").attr("name", "verdict").attr("value", v.name())
                    .attr("data-label", v.label()).attr("checked", true);
            label.appendText(" " + v.label() + " " + a.count(v));
        }
        Element areaLabel = bar.appendElement("label").addClass("select");
        areaLabel.appendText("一级指标 ");
        Element areas = areaLabel.appendElement("select").attr("name", "level1");
        areas.appendElement("option").attr("value", "").text("全部");
        for (String area : countsByArea(a).keySet()) {
            areas.appendElement("option").attr("value", area).text(area);
        }
        Element orderLabel = bar.appendElement("label").addClass("select");
        orderLabel.appendText("排序 ");
        Element order = orderLabel.appendElement("select").attr("name", "order");
        order.appendElement("option").attr("value", "verdict").text("按结论（最差在前）");
        order.appendElement("option").attr("value", "no").text("按指标序号");
        Element counter = bar.appendElement("span").addClass("counter");
        counter.appendText("显示 ");
        counter.appendElement("b").addClass("shown").text(Integer.toString(a.indicators().size()));
        counter.appendText(" / " + a.indicators().size() + " 项");
        part.appendElement("p").addClass("filter-note").attr("hidden", true);
    }

    private static void appendIndicator(Element list, IndicatorResult r, String reportId, int worstFirstPlace) {
        Element item = list.appendElement("article").addClass("indicator").addClass(HtmlPage.verdictClass(r.verdict()))
                .attr("id", reportId + "-i" + r.indicator().no())
                .attr("data-verdict", r.verdict().name())
                .attr("data-level1", r.indicator().level1())
                .attr("data-no", Integer.toString(r.indicator().no()))
                .attr("data-place", Integer.toString(worstFirstPlace));
        Element head = item.appendElement("header");
        head.appendElement("span").addClass("no").text(Integer.toString(r.indicator().no()));
        head.appendElement("h4").text(r.indicator().title());
        HtmlPage.badge(head, r.verdict());
        item.appendElement("p").addClass("area").text(r.indicator().level1() + " › " + r.indicator().level2());

        Element facts = item.appendElement("dl").addClass("facts");
        term(facts, "规则").appendElement("code").text(r.rule());
        String threshold = Texts.threshold(r);
        if (!threshold.isEmpty()) {
            term(facts, "阈值").text(threshold);
        }
        if (r.value() != null) {
            Element value = term(facts, "现值");
            value.appendText(Texts.quantity(r.value(), r.unit()));
            if (r.derived()) {
                value.appendText(" ");
                value.appendElement("span").addClass("derived").attr("title", "报告未直接写明，由所列的两个数字推算")
                        .text("推算");
            }
        }
        String shortfall = Texts.shortfall(r);
        if (!shortfall.isEmpty()) {
            term(facts, "差距").addClass("shortfall").text(shortfall);
        }

        if (r.evidence().isEmpty()) {
            term(facts, "佐证").addClass("none").text(r.verdict() == Verdict.NOT_APPLICABLE
                    ? "本指标不适用于此类单位" : "报告中未找到相关表述");
        } else {
            Element evidence = item.appendElement("div").addClass("evidence");
            evidence.appendElement("h5").text("佐证");
            appendEvidence(evidence, r.evidence());
        }

        if (r.verdict() != Verdict.MET && r.verdict() != Verdict.NOT_APPLICABLE && r.indicator().remedy() != null) {
            Element remedy = item.appendElement("div").addClass("remedy");
            remedy.appendElement("h5").text("整改建议");
            remedy.appendElement("p").text(r.indicator().remedy());
        }
    }

    /** One name and value of the dl, grouped in a div (allowed in a dl) so that the pairs flow on one line. */
    private static Element term(Element facts, String name) {
        Element pair = facts.appendElement("div");
        pair.appendElement("dt").text(name);
        return pair.appendElement("dd");
    }

    /**
     * Each sentence once, with every span that falls in it marked: an indicator often cites two overlapping spans of
     * one sentence (the rate, and the phrase naming it).
     */
    private static void appendEvidence(Element parent, List<Evidence> evidence) {
        Map<Integer, List<Evidence>> bySentence = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            if (e.isLedger()) {
                Element ledger = parent.appendElement("p").addClass("ledger");
                ledger.appendElement("span").addClass("badge").addClass("ledger-badge").text("台账");
                ledger.appendText(" " + e.text() + " ");
                ledger.appendElement("span").addClass("muted").text("（来源：" + e.ledger() + "）");
            } else if (e.sentence() == null) {
                appendMarked(parent.appendElement("blockquote"), e.text(), List.of(new int[] {0, e.text().length()}));
            } else {
                bySentence.computeIfAbsent(e.sentenceStart(), k -> new ArrayList<>()).add(e);
            }
        }
        for (List<Evidence> spans : bySentence.values()) {
            Evidence first = spans.get(0);
            appendMarked(parent.appendElement("blockquote"), first.sentence(), spans.stream()
                    .map(e -> new int[] {e.start() - e.sentenceStart(), e.end() - e.sentenceStart()}).toList());
        }
    }

    /** The text with the spans [start, end) — offsets into it — wrapped in mark, overlapping spans merged. */
    static void appendMarked(Element parent, String text, List<int[]> spans) {
        List<int[]> clamped = new ArrayList<>();
        for (int[] span : spans) {
            int start = Math.max(0, span[0]);
            int end = Math.min(text.length(), span[1]);
            if (start < end) {
                clamped.add(new int[] {start, end});
            }
        }
        clamped.sort(Comparator.comparingInt(s -> s[0]));
        int pos = 0;
        int i = 0;
        while (i < clamped.size()) {
            int start = Math.max(pos, clamped.get(i)[0]);
            int end = clamped.get(i)[1];
            while (i + 1 < clamped.size() && clamped.get(i + 1)[0] <= end) {
                end = Math.max(end, clamped.get(++i)[1]);
            }
            i++;
            if (start >= end) {
                continue;
            }
            if (start > pos) {
                parent.appendText(text.substring(pos, start));
            }
            parent.appendElement("mark").text(text.substring(start, end));
            pos = end;
        }
        if (pos < text.length()) {
            parent.appendText(text.substring(pos));
        }
    }
}
