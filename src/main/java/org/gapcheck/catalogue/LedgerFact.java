package org.gapcheck.catalogue;

import java.math.BigDecimal;

/**
 * A value the office knows from its own records (台账) but the report does not state: a catalogue metric, its value for
 * the report's year, and where it comes from. {@code report} limits it to one report (its file or submission name, with
 * or without extension); null means every report of the run. {@code unit} is "%" for rates, else as the ledger says.
 */
public record LedgerFact(String metric, BigDecimal value, String unit, String source, String report) {

    public boolean appliesTo(String reportName) {
        return report == null || stem(report).equals(stem(reportName));
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
