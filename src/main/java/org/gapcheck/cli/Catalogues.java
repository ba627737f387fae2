package org.gapcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueException;
import org.gapcheck.catalogue.CatalogueLoader;

/** Finds the catalogue a command runs on: the file the user named, or the bundled 2021 one. */
final class Catalogues {
    static final String BUNDLED = "criteria/demo-2021.yaml";

    private Catalogues() {}

    /**
     * The catalogue's bytes as they stand, for reading its compiled rules ahead of parsing it; null when they cannot be
     * read (the parse then reports why).
     */
    static byte[] source(Path file) {
        try (InputStream in = file == null ? Catalogues.class.getResourceAsStream("/" + BUNDLED)
                : Files.newInputStream(file)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static Catalogue load(Path file) throws CatalogueException {
        if (file != null) {
            return CatalogueLoader.load(file);
        }
        try (InputStream in = Catalogues.class.getResourceAsStream("/" + BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalogue missing from the build: " + BUNDLED);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CatalogueLoader.load(BUNDLED, reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
