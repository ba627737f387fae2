package org.gapcheck.extract;

/** Whether a value is the reporting unit's own or a benchmark it is compared with ("全国平均出庭应诉率41.8%"). */
public enum Scope { OWN, BENCHMARK }
