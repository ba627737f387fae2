package org.gapcheck.eval;

/** What is compared against the gold, in the order the table shows it. */
public enum Category {
    SECTIONS("部分"),
    METRICS("数据"),
    MENTIONS("提及"),
    SHORTFALLS("不足");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
