package org.gapcheck.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The kind of body a report comes from; indicators say which kinds they apply to. */
public enum UnitLevel {
    DISTRICT_GOVERNMENT("district_government", "区县政府"),
    DEPARTMENT("department", "政府部门"),
    SUBDISTRICT("subdistrict", "街道/乡镇");

    private final String id;
    private final String label;

    UnitLevel(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() { return id; }

    public String label() { return label; }

    public static Optional<UnitLevel> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
