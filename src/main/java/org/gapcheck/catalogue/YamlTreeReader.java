package org.gapcheck.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one YAML document into a tree of {@link YamlNode}s by walking Jackson's token stream, which keeps each node's
 * line:column (a databind {@code JsonNode} tree would lose them). Duplicate keys and aliases, which Jackson's stream
 * accepts silently, are reported here.
 */
final class YamlTreeReader {

    /**
     * The largest catalogue or ledger file read: the bundled catalogue is about 100 KB. A bigger file is refused by its
     * size, before a byte is parsed (a 50 MB scalar otherwise takes a minute and more memory than the heap has).
     */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    static final String MAX_FILE_SHOWN = "4 MB";
    /**
     * The same bounds again inside the parser, for text that does not come from a file. Jackson's StreamReadConstraints
     * do not reach the YAML parser's scalars, so their length is checked here.
     */
    private static final int MAX_CODE_POINTS = (int) MAX_FILE_BYTES;
    private static final int MAX_SCALAR_CHARS = 1_000_000;

    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    private final YAMLParser parser;
    private final ErrorList errors;

    private YamlTreeReader(YAMLParser parser, ErrorList errors) {
        this.parser = parser;
        this.errors = errors;
    }

    /** The document's root, or empty when the text is not YAML or holds no document (the reason is in {@code errors}). */
    static Optional<YamlNode> read(Reader text, ErrorList errors) throws IOException {
        return read(text, errors, "文件是空的：顶层必须是包含 edition、title、metrics、topics、indicators 的映射");
    }

    /** {@code emptyMessage} says what the file should have held, for a file with no document at all. */
    static Optional<YamlNode> read(Reader text, ErrorList errors, String emptyMessage) throws IOException {
        try (YAMLParser parser = (YAMLParser) FACTORY.createParser(text)) {
            YamlTreeReader reader = new YamlTreeReader(parser, errors);
            JsonToken first = parser.nextToken();
            if (first == null) {
                errors.add(new YamlNode.Position(1, 1), null, null, emptyMessage);
                return Optional.empty();
            }
            YamlNode root = reader.node(first, "");
            if (parser.nextToken() != null) {
                errors.add(reader.position(), null, null, "文件只能包含一个 YAML 文档，这里开始了第二个文档");
            }
            return Optional.of(root);
        } catch (StreamConstraintsException e) {
            // Jackson's guard against hostile input (nesting deeper than 1000 levels, a giant number or name).
            errors.add(positionOf(e.getLocation()), null, null, "YAML 结构超出安全上限（嵌套过深或单个值过长），已拒绝读取");
            return Optional.empty();
        } catch (StreamReadException e) {
            rethrowDecodingFailure(e);
            if (overCodePointLimit(e)) {
                errors.add(new YamlNode.Position(1, 1), null, null, "YAML 文本超出安全上限（超过 " + MAX_CODE_POINTS
                        + " 个字符），已拒绝读取");
                return Optional.empty();
            }
            errors.add(positionOf(e.getLocation()), null, null, YamlSyntaxMessage.of(e));
            return Optional.empty();
        }
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMaxAliasesForCollections(50); // aliases are refused anyway; this only stops a billion laughs early
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /** The file's size in a message when it is over the limit, or empty when it may be read. */
    static Optional<String> oversize(Path file) throws IOException {
        long bytes = Files.size(file);
        if (bytes <= MAX_FILE_BYTES) {
            return Optional.empty();
        }
        return Optional.of("文件过大（" + (bytes + 1024 * 1024 - 1) / (1024 * 1024) + " MB），超过 " + MAX_FILE_SHOWN
                + " 的上限，未读取；请确认文件是否选对");
    }

    /** SnakeYAML says so only in its message, in a plain YAMLException (a syntax error is a MarkedYAMLException). */
    private static boolean overCodePointLimit(StreamReadException e) {
        return e.getCause() instanceof YAMLException cause && !(cause instanceof MarkedYAMLException)
                && String.valueOf(cause.getMessage()).contains("code points");
    }

    /** SnakeYAML wraps a decoding failure of the reader as a syntax error; it is an unreadable file, not bad YAML. */
    private static void rethrowDecodingFailure(StreamReadException e) throws CharacterCodingException {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException decoding) {
                throw decoding;
            }
        }
    }

    private YamlNode node(JsonToken token, String path) throws IOException {
        YamlNode.Position at = position();
        if (parser.isCurrentAlias()) {
            errors.add(at, null, path.isEmpty() ? null : path, "不支持 YAML 别名（*" + parser.getText() + "）：请把内容直接写出来");
        }
        return switch (token) {
            case START_OBJECT -> mapping(at, path);
            case START_ARRAY -> sequence(at, path);
            case VALUE_STRING, VALUE_EMBEDDED_OBJECT -> scalar(at, YamlNode.ScalarKind.TEXT, null);
            case VALUE_NUMBER_INT -> scalar(at, YamlNode.ScalarKind.INTEGER, finiteNumber());
            case VALUE_NUMBER_FLOAT -> scalar(at, YamlNode.ScalarKind.FLOAT, finiteNumber());
            case VALUE_TRUE, VALUE_FALSE -> scalar(at, YamlNode.ScalarKind.BOOLEAN, null);
            case VALUE_NULL -> scalar(at, YamlNode.ScalarKind.NULL, null);
            default -> throw new IllegalStateException("unexpected YAML token " + token + " at " + at);
        };
    }

    private YamlNode.Mapping mapping(YamlNode.Position at, String path) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String key = parser.currentName();
            YamlNode.Position keyAt = position();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            YamlNode value = node(parser.nextToken(), keyPath);
            YamlNode.Entry first = entries.get(key);
            if (first == null) {
                entries.put(key, new YamlNode.Entry(key, keyAt, value));
            } else {
                errors.add(keyAt, null, keyPath, "重复的键 " + key + "，第 " + first.keyPosition().line()
                        + " 行已有同名键；YAML 映射中同一个键只能出现一次");
            }
        }
        return new YamlNode.Mapping(at, entries);
    }

    private YamlNode.Sequence sequence(YamlNode.Position at, String path) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(node(token, path + "[" + items.size() + "]"));
        }
        return new YamlNode.Sequence(at, items);
    }

    private YamlNode.Scalar scalar(YamlNode.Position at, YamlNode.ScalarKind kind, BigDecimal number) throws IOException {
        String text = parser.getText();
        if (text != null && text.length() > MAX_SCALAR_CHARS) {
            throw new StreamConstraintsException("scalar longer than " + MAX_SCALAR_CHARS, parser.currentTokenLocation());
        }
        return new YamlNode.Scalar(at, kind, text, number);
    }

    private BigDecimal finiteNumber() throws IOException {
        try {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return new BigDecimal(parser.getBigIntegerValue());
            }
            double value = parser.getDoubleValue();
            return Double.isFinite(value) ? parser.getDecimalValue() : null;
        } catch (NumberFormatException | StreamReadException e) {
            return null;
        }
    }

    private YamlNode.Position position() {
        return positionOf(parser.currentTokenLocation());
    }

    private static YamlNode.Position positionOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new YamlNode.Position(1, 1);
        }
        return new YamlNode.Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
