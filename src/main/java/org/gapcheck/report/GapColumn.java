package org.gapcheck.report;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gapcheck.engine.IndicatorResult;

/**
 * A column of the gap list: a title and how to read it from a result. The columns are data, defined once here and
 * shared by every tabular format.
 */
record GapColumn(String title, Function<IndicatorResult, String> value) {

    static final List<GapColumn> GAP_LIST = List.of(
            new GapColumn("序号", r -> Integer.toString(r.indicator().no())),
            new GapColumn("一级指标", r -> r.indicator().level1()),
            new GapColumn("二级指标", r -> r.indicator().level2()),
            new GapColumn("指标", r -> r.indicator().title()),
            new GapColumn("结论", r -> r.verdict().label()),
            new GapColumn("规则", IndicatorResult::rule),
            new GapColumn("阈值", Texts::threshold),
            new GapColumn("现状（佐证）", Texts::status),
            new GapColumn("差距", Texts::shortfall),
            new GapColumn("整改建议", r -> r.indicator().remedy()));

    /** Left for the office to fill in: who fixes the gap, and by when (a date). */
    static final GapColumn OWNER = new GapColumn("责任单位", r -> "");
    static final GapColumn DUE = new GapColumn("完成时限", r -> "");

    /** The 整改台账: the gap list without rule and threshold, then who fixes each gap by when. */
    static final List<GapColumn> RECTIFICATION = Stream.concat(
            GAP_LIST.stream().filter(c -> !c.title().equals("规则") && !c.title().equals("阈值")),
            Stream.of(OWNER, DUE)).toList();
}
