package org.gapcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gapcheck.catalogue.UnitLevel;

/**
 * Who reports and for which year, read from the title at the top of a report (which may run over two or three lines)
 * and, for the year, from an opening such as 2023年，… when the title has none. Any field may be null.
 */
record ReportTitle(String unit, UnitLevel unitLevel, Integer year) {

    private static final int MAX_TITLE_LINES = 3;
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern OPENING_YEAR = Pattern.compile("^((?:19|20)\\d{2})\\s*年度?\\s*[,，、]");
    private static final List<Pattern> UNIT_BEFORE = List.of(
            Pattern.compile("^(.+?)关于"),
            Pattern.compile("^(.+?)(?:19|20)\\d{2}\\s*年"),
            Pattern.compile("^(.+?)(?:法治政府建设|法治建设|依法行政)"));
    private static final Pattern SUBDISTRICT = Pattern.compile("(?:街道|街|乡|镇)(?:办事处|人民政府|政府)?$");
    private static final Pattern DISTRICT_GOVERNMENT = Pattern.compile("(?:人民政府|[区县市旗]政府|[区县市旗])$");
    private static final Pattern DEPARTMENT =
            Pattern.compile("(?:局|委|委员会|办公室|办|中心|厅|署|院|所|队|站|处|部|会)$");

    static ReportTitle parse(String text, String normalized, List<Line> lines, int bodyStart) {
        List<Line> before = lines.stream().filter(l -> l.start() < bodyStart).toList();
        List<Line> titleLines = titleLines(normalized, before);
        StringBuilder title = new StringBuilder();
        titleLines.forEach(l -> title.append(withoutBlanks(l.of(text))));
        String original = title.toString();
        String titleNormalized = CharNormalizer.normalize(original);

        String unit = unit(original, titleNormalized);
        Integer year = year(titleNormalized)
                .or(() -> openingYear(normalized, before, titleLines))
                .orElse(null);
        return new ReportTitle(unit, unit == null ? null : levelOf(unit), year);
    }

    /** The first lines after page chrome, while short, up to the one that says 报告. */
    private static List<Line> titleLines(String normalized, List<Line> lines) {
        List<Line> title = new ArrayList<>();
        for (Line line : lines) {
            String s = line.of(normalized);
            if (title.isEmpty() && PageChrome.isLeading(s)) {
                continue;
            }
            if (line.length() > SectionSplitter.MAX_HEADING_LENGTH || title.size() == MAX_TITLE_LINES) {
                break;
            }
            title.add(line);
            if (s.contains("报告")) {
                break;
            }
        }
        return title;
    }

    private static String unit(String original, String normalized) {
        for (Pattern p : UNIT_BEFORE) {
            Matcher m = p.matcher(normalized);
            if (m.find()) {
                return original.substring(m.start(1), m.end(1));
            }
        }
        return null;
    }

    private static Optional<Integer> year(String s) {
        Matcher m = YEAR.matcher(s);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static Optional<Integer> openingYear(String normalized, List<Line> lines, List<Line> titleLines) {
        return lines.stream()
                .filter(l -> !titleLines.contains(l) && !PageChrome.isLeading(l.of(normalized)))
                .findFirst()
                .map(l -> OPENING_YEAR.matcher(l.of(normalized)))
                .filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1)));
    }

    static UnitLevel levelOf(String unit) {
        if (SUBDISTRICT.matcher(unit).find()) {
            return UnitLevel.SUBDISTRICT;
        }
        if (DISTRICT_GOVERNMENT.matcher(unit).find()) {
            return UnitLevel.DISTRICT_GOVERNMENT;
        }
        if (DEPARTMENT.matcher(unit).find()) {
            return UnitLevel.DEPARTMENT;
        }
        return null;
    }

    private static String withoutBlanks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().filter(c -> !Line.isBlank((char) c)).forEach(c -> b.append((char) c));
        return b.toString();
    }
}
