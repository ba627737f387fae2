package org.gapcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gapcheck.ingest.DocumentReader;

/** Expands the FILE|DIR arguments into report files: a folder contributes every readable report below it, sorted. */
final class Inputs {
    private Inputs() {}

    static List<Path> expand(List<Path> args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                try (Stream<Path> walk = Files.walk(arg)) {
                    walk.filter(Files::isRegularFile).filter(DocumentReader::supports).sorted().forEach(files::add);
                }
            } else {
                files.add(arg);
            }
        }
        return files;
    }
}
