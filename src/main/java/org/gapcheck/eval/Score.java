package org.gapcheck.eval;

/**
 * Counts behind precision and recall: {@code found} of the {@code expected} gold items were found, {@code correct} of
 * the {@code predicted} extracted items were right. An empty side scores 1, since nothing was missed or invented.
 */
public record Score(int found, int expected, int correct, int predicted) {

    public static final Score ZERO = new Score(0, 0, 0, 0);

    public double precision() {
        return predicted == 0 ? 1 : (double) correct / predicted;
    }

    public double recall() {
        return expected == 0 ? 1 : (double) found / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score other) {
        return new Score(found + other.found, expected + other.expected, correct + other.correct,
                predicted + other.predicted);
    }
}
