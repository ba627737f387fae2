package org.gapcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.gapcheck.ingest.DocumentReader;
import org.gapcheck.report.TerminalText;

/**
 * Expands the FILE|DIR arguments into report files: a folder contributes every report below it, sorted; its files of
 * other types are set aside so the user can be told. A file named on the command line is always an input, so that a
 * wrong type is reported rather than ignored.
 */
final class Inputs {

    record Expanded(List<Path> reports, List<Path> skipped) {}

    private Inputs() {}

    static Expanded expand(List<Path> args) throws IOException {
        List<Path> reports = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                for (Path file : filesBelow(arg, null)) {
                    (DocumentReader.supports(file) ? reports : skipped).add(file);
                }
            } else {
                reports.add(arg);
            }
        }
        return new Expanded(reports, skipped);
    }

    /**
     * The regular files below {@code folder}, sorted, leaving out hidden folders, dot files and Office lock files.
     *
     * @param excluded a folder below whose files are not wanted (batch's own output folder), or null
     */
    static List<Path> filesBelow(Path folder, Path excluded) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skip = !dir.equals(folder) && (hidden(dir) || dir.toAbsolutePath().normalize().equals(excluded));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** Dot files and the ~$ lock files Word and WPS leave beside an open document are nobody's report. */
    static boolean hidden(Path path) {
        String name = String.valueOf(path.getFileName());
        return name.startsWith(".") || name.startsWith("~$");
    }

    static void printSkipped(PrintWriter err, List<Path> skipped) {
        if (!skipped.isEmpty()) {
            err.println("以下 " + skipped.size() + " 个文件不是 gapcheck 能读取的报告格式（支持 "
                    + DocumentReader.supportedFormats() + "），已跳过：");
            skipped.forEach(p -> err.println("  " + TerminalText.visible(p.toString())));
        }
    }
}
