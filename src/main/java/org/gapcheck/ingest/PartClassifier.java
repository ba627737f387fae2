package org.gapcheck.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which required part of a report a heading names, from its wording. */
final class PartClassifier {

    private record Rule(SectionKind kind, Pattern wording) {}

    // Order matters: a heading such as 履行第一责任人职责情况 or 下一年度主要举措 also contains achievement words.
    private static final List<Rule> RULES = List.of(
            new Rule(SectionKind.OTHER, Pattern.compile("其他|其它")),
            new Rule(SectionKind.LEADERSHIP, Pattern.compile("第一责任人|履行.{0,30}职责|主要负责人.{0,10}职责")),
            new Rule(SectionKind.SHORTFALLS, Pattern.compile("不足|问题|短板|差距|薄弱")),
            new Rule(SectionKind.PLANS, Pattern.compile("安排|计划|下一步|下步|下一年|明年|思路|打算|展望")),
            new Rule(SectionKind.ACHIEVEMENTS,
                    Pattern.compile("举措|成效|做法|工作情况|主要工作|成绩|进展|开展情况|落实情况|基本情况")));

    private PartClassifier() {}

    static Optional<SectionKind> classify(String headingText) {
        return RULES.stream().filter(r -> r.wording.matcher(headingText).find()).map(Rule::kind).findFirst();
    }
}
