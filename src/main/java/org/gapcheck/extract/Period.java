package org.gapcheck.extract;

/**
 * Whether a value is the report year's level, an earlier one quoted for comparison ("从2019年的4.4%…"), or a change
 * against an earlier period ("同比下降7.01个百分点", "同比上升18%"), which is never a level.
 */
public enum Period { CURRENT, PREVIOUS, CHANGE }
