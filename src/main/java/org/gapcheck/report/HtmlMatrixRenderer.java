package org.gapcheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gapcheck.catalogue.Indicator;
import org.gapcheck.engine.Verdict;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The batch as one self-contained page: the ranking, then the matrix submissions × indicators, rows in ranking order,
 * one short mark per cell (the word's first character, so that it reads on a black-and-white print), the header and
 * the submission column sticky while the matrix scrolls. A footer row counts 未达标 per indicator: where the batch as
 * a whole falls short.
 */
final class HtmlMatrixRenderer implements MatrixRenderer {

    static final Map<Verdict, String> MARK = Map.of(
            Verdict.GAP, "未", Verdict.PARTIAL, "部", Verdict.NO_EVIDENCE, "无",
            Verdict.ON_SITE, "核", Verdict.MET, "达", Verdict.NOT_APPLICABLE, "—");

    /** Marks where the rows of a table go in the page shell. */
    private static final Comment ROWS = new Comment("rows");

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void render(Matrix matrix, OutputStream stream) throws IOException {
        Document page = HtmlPage.create("法治政府建设报告批量评估（" + matrix.rows().size() + " 份）", "matrix-page");
        Element body = page.body();
        Element head = body.appendElement("header").addClass("page-head");
        head.appendElement("h1").text("法治政府建设报告批量评估");
        head.appendElement("p").addClass("muted").text("共 " + matrix.rows().size() + " 份报告 × "
                + matrix.indicators().size() + " 项指标；得分相同者名次相同，同分时未达标少者在前。");
        Element rankingRows = appendRanking(body);
        Element matrixRows = appendMatrix(body, matrix);

        // The page is written around its two tables' rows, each row built, written and dropped in turn: ten thousand
        // reports make a page of a hundred megabytes, too much to hold as a tree.
        List<Matrix.Ranked> ranking = matrix.ranking();
        List<Indicator> indicators = matrix.indicators();
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        String[] shell = page.html().split(Pattern.quote(ROWS.toString()), -1);
        out.write(shell[0]);
        for (Matrix.Ranked ranked : ranking) {
            writeRow(out, rankingRow(rankingRows, ranked));
        }
        out.write(shell[1]);
        String[][] cells = cellMarkup(matrixRows, indicators);
        for (Matrix.Ranked ranked : ranking) {
            writeMatrixRow(out, matrixRows, cells, ranked);
        }
        out.write(shell[2]);
        out.write("\n");
        out.flush();
    }

    private static void writeRow(Writer out, Element row) throws IOException {
        out.write(row.outerHtml());
        row.remove();
    }

    /** The ranking table, its body left for the rows; returns that body. */
    private static Element appendRanking(Element body) {
        Element section = body.appendElement("section").addClass("ranking-part");
        section.appendElement("h2").text("排名");
        Element table = section.appendElement("table").addClass("ranking");
        Element headRow = table.appendElement("thead").appendElement("tr");
        for (String title : List.of("名次", "报告", "单位", "年度", "得分")) {
            headRow.appendElement("th").text(title);
        }
        for (Verdict v : Verdict.values()) {
            headRow.appendElement("th").addClass(HtmlPage.verdictClass(v)).text(v.label());
        }
        Element rows = table.appendElement("tbody");
        rows.appendChild(ROWS.clone());
        return rows;
    }

    private static Element rankingRow(Element rows, Matrix.Ranked ranked) {
        Matrix.Row row = ranked.row();
        Element tr = rows.appendElement("tr").attr("data-submission", row.submission());
        tr.appendElement("td").addClass("num").attr("data-rank", Integer.toString(ranked.rank()))
                .text(Integer.toString(ranked.rank()));
        tr.appendElement("td").text(row.submission());
        tr.appendElement("td").text(row.unit() == null ? "（未识别单位）" : row.unit());
        tr.appendElement("td").addClass("num").text(row.year() == null ? "" : row.year().toString());
        tr.appendElement("td").addClass("num").attr("data-score", Texts.number(row.score()))
                .text(row.score() == null ? "—" : Texts.number(row.score()));
        for (Verdict v : Verdict.values()) {
            tr.appendElement("td").addClass("vcount").addClass(HtmlPage.verdictClass(v))
                    .attr("data-verdict", v.name()).attr("data-count", Long.toString(row.count(v)))
                    .text(Long.toString(row.count(v)));
        }
        return tr;
    }

    /** The matrix table with its header and footer, its body left for the rows; returns that body. */
    private static Element appendMatrix(Element body, Matrix matrix) {
        Element section = body.appendElement("section").addClass("matrix-part");
        section.appendElement("h2").text("结论矩阵");
        Element legend = section.appendElement("p").addClass("matrix-legend");
        for (Verdict v : Verdict.values()) {
            Element item = legend.appendElement("span");
            item.appendElement("span").addClass("cell").addClass(HtmlPage.verdictClass(v)).text(MARK.get(v));
            item.appendText(" " + v.label());
        }
        Element table = section.appendElement("div").addClass("matrix-wrap").appendElement("table").addClass("matrix");
        Element thead = table.appendElement("thead");
        Element areasRow = thead.appendElement("tr").addClass("areas-row");
        areasRow.appendElement("th").addClass("sub").attr("rowspan", "2").text("报告（按名次）");
        List<Indicator> indicators = matrix.indicators();
        for (int i = 0; i < indicators.size(); ) {
            String area = indicators.get(i).level1();
            int span = 0;
            while (i + span < indicators.size() && indicators.get(i + span).level1().equals(area)) {
                span++;
            }
            areasRow.appendElement("th").attr("colspan", Integer.toString(span)).attr("title", area).text(area);
            i += span;
        }
        Element numbersRow = thead.appendElement("tr").addClass("numbers-row");
        for (Indicator indicator : indicators) {
            numbersRow.appendElement("th").attr("data-no", Integer.toString(indicator.no()))
                    .attr("title", indicator.no() + " " + indicator.title() + "（" + indicator.level2() + "）")
                    .text(Integer.toString(indicator.no()));
        }

        Element rows = table.appendElement("tbody");
        rows.appendChild(ROWS.clone());

        Element foot = table.appendElement("tfoot").appendElement("tr");
        foot.appendElement("th").addClass("sub").attr("scope", "row").text(Verdict.GAP.label() + "份数");
        for (int i = 0; i < indicators.size(); i++) {
            int column = i;
            long gaps = matrix.rows().stream().filter(r -> r.verdicts().get(column) == Verdict.GAP).count();
            foot.appendElement("td").attr("data-count", Long.toString(gaps)).text(Long.toString(gaps));
        }
        return rows;
    }

    /**
     * The markup of every cell the matrix can hold, by indicator and verdict (a hundred indicators, six verdicts): a
     * million cells are then written as copies, not each built as an element.
     */
    private static String[][] cellMarkup(Element rows, List<Indicator> indicators) {
        String[][] markup = new String[indicators.size()][Verdict.values().length];
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            for (Verdict v : Verdict.values()) {
                Element td = rows.appendElement("td").addClass("v").addClass(HtmlPage.verdictClass(v))
                        .attr("data-verdict", v.name())
                        .attr("title", indicator.no() + " " + indicator.title() + "：" + v.label())
                        .text(MARK.get(v));
                markup[i][v.ordinal()] = td.outerHtml();
                td.remove();
            }
        }
        return markup;
    }

    /** A matrix row: its header cell built as an element, the verdict cells copied from {@code cells}. */
    private static void writeMatrixRow(Writer out, Element rows, String[][] cells, Matrix.Ranked ranked)
            throws IOException {
        Matrix.Row row = ranked.row();
        Element tr = rows.appendElement("tr").attr("data-submission", row.submission());
        tr.appendElement("th").addClass("sub").attr("scope", "row")
                .attr("title", row.submission() + (row.unit() == null ? "" : " · " + row.unit()))
                .text(ranked.rank() + ". " + row.submission());
        String rowStart = tr.outerHtml();
        tr.remove();
        String rowEnd = "</tr>";
        out.write(rowStart, 0, rowStart.length() - rowEnd.length());
        for (int i = 0; i < cells.length; i++) {
            out.write(cells[i][row.verdicts().get(i).ordinal()]);
        }
        out.write(rowEnd);
    }
}
