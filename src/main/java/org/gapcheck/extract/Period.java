package org.gapcheck.extract;

/**
 * Whether a value is the report year's level, an earlier one quoted for comparison ("从2019年的4.4%…"), a change
 * against an earlier period ("同比下降7.01个百分点", "同比上升18%"), which is never a level, or an aim ("力争达到100%").
 */
public enum Period { CURRENT, PREVIOUS, CHANGE, TARGET }
