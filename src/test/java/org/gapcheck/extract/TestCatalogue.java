package org.gapcheck.extract;

import java.util.List;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Metric;
import org.gapcheck.catalogue.MetricKind;
import org.gapcheck.catalogue.Topic;

/** The metrics and topics the extractor tests run with, under the ids the real catalogue uses. */
final class TestCatalogue {

    private TestCatalogue() {}

    static Catalogue create() {
        List<Metric> metrics = List.of(
                rate("court_appearance_rate", "行政机关负责人出庭应诉率",
                        List.of("行政机关负责人出庭应诉率", "负责人出庭应诉率", "出庭应诉率")),
                rate("online_service_rate", "网上办比例", List.of("网上办")),
                rate("one_visit_rate", "一次办比例", List.of("一次办")),
                rate("immediate_service_rate", "马上办比例", List.of("马上办")),
                count("reconsideration_cases", "行政复议案件", List.of("行政复议案件", "行政复议申请", "复议案件")),
                rate("reconsideration_resolution_rate", "行政复议案件实质性化解率", List.of("实质性化解率")),
                new Metric("reconsideration_correction_rate", "行政复议纠错率", MetricKind.RATE, List.of("纠错率"),
                        List.of("复议")),
                count("litigation_cases", "行政诉讼案件", List.of("行政诉讼案件", "行政应诉案件")),
                count("litigation_lost", "行政诉讼败诉案件", List.of("败诉案件", "败诉")),
                count("legality_reviews", "合法性审查", List.of("合法性审查", "合法性审核")),
                count("legality_opinions", "合法性审核意见", List.of("合法性审核意见", "法律意见")),
                new Metric("proposal_reply_rate", "建议提案答复率", MetricKind.RATE, List.of("答复率"),
                        List.of("建议", "提案")),
                new Metric("proposal_satisfaction_rate", "建议提案满意率", MetricKind.RATE, List.of("满意率"),
                        List.of("建议", "提案")),
                new Metric("proposal_completion_rate", "建议提案办结率", MetricKind.RATE, List.of("办结率"),
                        List.of("建议", "提案")),
                new Metric("disclosure_reply_rate", "依申请公开答复率", MetricKind.RATE, List.of("答复率"),
                        List.of("依申请公开", "信息公开申请")),
                new Metric("hotline_completion_rate", "热线工单办结率", MetricKind.RATE, List.of("办结率", "办理率"),
                        List.of("热线", "12345", "8890", "工单")),
                rate("mediation_success_rate", "调解成功率", List.of("调解成功率")),
                count("exec_meeting_law_study", "政府常务会议学法", List.of("常务会议学法", "常务会议学习")));
        List<Topic> topics = List.of(
                new Topic("first_responsible_person", "第一责任人职责", List.of("第一责任人")),
                new Topic("court_appearance", "行政机关负责人出庭应诉", List.of("出庭应诉")),
                new Topic("legal_adviser", "法律顾问和公职律师", List.of("法律顾问", "公职律师")),
                new Topic("legality_review", "合法性审查", List.of("合法性审查", "合法性审核")),
                new Topic("power_list", "权责清单", List.of("权责清单")),
                new Topic("random_inspection", "双随机、一公开", List.of("双随机")),
                new Topic("case_file_review", "行政执法案卷评查", List.of("案卷评查")),
                new Topic("enforcement_oversight", "行政执法监督", List.of("执法监督")),
                new Topic("three_systems", "行政执法三项制度", List.of("三项制度")),
                new Topic("reconsideration", "行政复议", List.of("行政复议")),
                new Topic("disclosure", "政务公开", List.of("政务公开")));
        return new Catalogue("test", "extractor test catalogue", metrics, topics, List.of());
    }

    private static Metric rate(String id, String name, List<String> aliases) {
        return new Metric(id, name, MetricKind.RATE, aliases);
    }

    private static Metric count(String id, String name, List<String> aliases) {
        return new Metric(id, name, MetricKind.COUNT, aliases);
    }
}
