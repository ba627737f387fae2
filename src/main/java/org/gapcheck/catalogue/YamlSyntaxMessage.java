package org.gapcheck.catalogue;

import com.fasterxml.jackson.core.exc.StreamReadException;
import java.util.List;

/** Turns the YAML parser's English syntax error into one Chinese line, keeping the original problem for reference. */
final class YamlSyntaxMessage {

    private record Translation(String englishFragment, String chinese) {}

    // Most specific first: several SnakeYAML problems share words.
    private static final List<Translation> TRANSLATIONS = List.of(
            new Translation("mapping values are not allowed here", "此处不能出现映射值（冒号）：可能缺少换行、缩进有误，或文本中的冒号需要加引号"),
            new Translation("could not find expected ':'", "找不到应有的冒号 ':'：键后面必须跟冒号"),
            new Translation("found character '\\t(TAB)'", "不能用制表符（TAB）缩进，请改用空格"),
            new Translation("Expected a field name", "映射的键必须是简单文本，不能是列表或映射"),
            new Translation("but found '<stream end>'", "文件意外结束：值或括号不完整"),
            new Translation("found unexpected end of stream", "文件意外结束：引号或括号没有闭合"),
            new Translation("expected ',' or ']'", "流式列表 [...] 中缺少逗号或右方括号 ']'"),
            new Translation("expected ',' or '}'", "流式映射 {...} 中缺少逗号或右花括号 '}'"),
            new Translation("expected <block end>", "缩进不一致：这一行的缩进与同级的其他行不对齐"),
            new Translation("found undefined alias", "引用了未定义的 YAML 别名"),
            new Translation("found duplicate anchor", "YAML 锚点重复"),
            new Translation("found unknown escape character", "双引号文本中有无效的转义字符"),
            new Translation("found character '@'", "'@' 不能作为值的开头，请给该值加引号"),
            new Translation("found character '`'", "'`' 不能作为值的开头，请给该值加引号"),
            new Translation("found character '%'", "'%' 不能作为值的开头，请给该值加引号"));

    private YamlSyntaxMessage() {}

    static String of(StreamReadException e) {
        String problem = problemOf(e);
        String chinese = TRANSLATIONS.stream()
                .filter(t -> problem.contains(t.englishFragment()))
                .map(Translation::chinese)
                .findFirst()
                .orElse("无法解析");
        return "YAML 语法错误：" + chinese + "（解析器原文：" + problem + "）";
    }

    /** SnakeYAML's own problem line, without the multi-line excerpt of the file that its full message carries. */
    private static String problemOf(StreamReadException e) {
        Throwable cause = e.getCause();
        if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblem() != null) {
            return oneLine(marked.getProblem());
        }
        String original = e.getOriginalMessage();
        return original == null ? e.getClass().getSimpleName() : oneLine(original.lines().findFirst().orElse(original));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
