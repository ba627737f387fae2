package org.gapcheck.catalogue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads a criteria catalogue from YAML and validates it completely: a catalogue either loads with nothing wrong in it,
 * or fails with every error found, each located by file, line:column, indicator and field.
 */
public final class CatalogueLoader {

    private CatalogueLoader() {}

    /** Reads {@code file} as UTF-8; errors name the file as given. */
    public static Catalogue load(Path file) throws CatalogueException {
        String sourceName = file.toString();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader text = new InputStreamReader(Files.newInputStream(file), decoder)) {
            Optional<String> oversize = YamlTreeReader.oversize(file);
            if (oversize.isPresent()) {
                throw unreadable(sourceName, oversize.get());
            }
            return load(sourceName, text);
        } catch (NoSuchFileException e) {
            throw unreadable(sourceName, "文件不存在");
        } catch (IOException e) {
            throw unreadable(sourceName, "无法读取文件（" + e.getClass().getSimpleName() + "）");
        }
    }

    public static Catalogue load(String sourceName, String text) throws CatalogueException {
        return load(sourceName, new StringReader(text));
    }

    /** {@code sourceName} is only used in error messages; nothing depends on the name of the catalogue. */
    public static Catalogue load(String sourceName, Reader text) throws CatalogueException {
        ErrorList errors = new ErrorList(sourceName);
        Optional<YamlNode> root;
        try {
            root = YamlTreeReader.read(text, errors);
        } catch (CharacterCodingException e) {
            throw unreadable(sourceName, "文件不是有效的 UTF-8 编码");
        } catch (IOException e) {
            throw unreadable(sourceName, "无法读取（" + e.getClass().getSimpleName() + "）");
        }
        Optional<Catalogue> catalogue = root.flatMap(node -> new CatalogueBinder(errors).bind(node));
        if (!errors.isEmpty() || catalogue.isEmpty()) {
            throw new CatalogueException(sourceName, errors.sorted());
        }
        return catalogue.get();
    }

    private static CatalogueException unreadable(String sourceName, String message) {
        ErrorList errors = new ErrorList(sourceName);
        errors.addUnlocated(message);
        return new CatalogueException(sourceName, errors.sorted());
    }
}
