package org.gapcheck.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.Engine;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.extract.Extractor;
import org.gapcheck.ingest.DocumentReader;

/** The five seed reports assessed once, with the bundled catalogue, for the xlsx tests; and workbooks read back. */
final class XlsxSeeds {
    private static Catalogue catalogue;
    private static List<Assessment> assessments;

    private XlsxSeeds() {}

    static synchronized Catalogue catalogue() throws Exception {
        if (catalogue == null) {
            catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
        }
        return catalogue;
    }

    /** The seeds in file order: 000 红桥区 2023, 001 红桥区 2020, 002 滨海新区 2024, 003 区政府办公室, 004 大港街. */
    static synchronized List<Assessment> all() throws Exception {
        if (assessments == null) {
            Engine engine = new Engine(RuleBase.build(catalogue()));
            Extractor extractor = new Extractor(catalogue());
            List<Assessment> list = new ArrayList<>();
            try (Stream<Path> files = Files.list(Path.of("seeds"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    list.add(engine.assess(extractor.extract(DocumentReader.read(file, null))));
                }
            }
            assessments = List.copyOf(list);
        }
        return assessments;
    }

    /** The seed whose file name starts with {@code prefix}, e.g. "001". */
    static Assessment seed(String prefix) throws Exception {
        return all().stream().filter(a -> a.facts().document().name().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** What the renderer wrote, opened again by POI's reader. */
    static XSSFWorkbook render(List<Assessment> assessments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRenderer().render(assessments, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static XSSFWorkbook render(Matrix matrix) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxMatrixRenderer().render(matrix, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** A cell as Excel shows it, "" for a missing cell. */
    static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : new DataFormatter().formatCellValue(row.getCell(column));
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(text(row, c));
        }
        return texts;
    }
}
