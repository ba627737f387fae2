package org.gapcheck.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** How sure we are that an indicator's number and wording match the official 2021 table. */
public enum Provenance {
    VERIFIED("verified"), CORROBORATED("corroborated"), RECONSTRUCTED("reconstructed");

    private final String id;

    Provenance(String id) { this.id = id; }

    public String id() { return id; }

    public static Optional<Provenance> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
