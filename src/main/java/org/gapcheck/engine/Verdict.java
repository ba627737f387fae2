package org.gapcheck.engine;

/** The conclusion for one indicator, in the order a gap list sorts them. */
public enum Verdict {
    GAP("未达标"),
    PARTIAL("部分"),
    NO_EVIDENCE("无佐证"),
    ON_SITE("需实地核查"),
    MET("达标"),
    NOT_APPLICABLE("不适用");

    private final String label;

    Verdict(String label) { this.label = label; }

    public String label() { return label; }
}
