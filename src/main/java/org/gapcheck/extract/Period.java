package org.gapcheck.extract;

/** Whether a value is the report year's or an earlier one quoted for comparison ("从2019年的4.4%…"). */
public enum Period { CURRENT, PREVIOUS }
