package org.gapcheck.ingest;

/** The parts a 法治政府建设 annual report must have, plus OTHER and the untitled PREAMBLE before the first heading. */
public enum SectionKind {
    ACHIEVEMENTS("achievements", "主要举措和成效"),
    LEADERSHIP("leadership", "第一责任人职责情况"),
    SHORTFALLS("shortfalls", "存在的不足和原因"),
    PLANS("plans", "下一年度主要安排"),
    OTHER("other", "其他需要报告的情况"),
    PREAMBLE("preamble", "导语");

    private final String id;
    private final String label;

    SectionKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The lower-case name used in JSON and in the gold files. */
    public String id() { return id; }

    public String label() { return label; }
}
