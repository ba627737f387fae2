import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;

/**
 * The text-scan floor: reads every report in a folder, normalises it (NFKC) and runs one alternation of every catalogue
 * alias plus the number pattern over it, on all cores, doing nothing else. What no extractor can beat.
 *
 * <pre>java -cp target/gapcheck.jar bench/ScanFloor.java DIR</pre>
 */
public final class ScanFloor {
    public static void main(String[] args) throws Exception {
        Catalogue catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
        String aliases = catalogue.metrics().stream().flatMap(m -> m.aliases().stream()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        Pattern pattern = Pattern.compile(aliases + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        LongAdder matches = new LongAdder();
        long start = System.nanoTime();
        files.parallelStream().forEach(file -> {
            try {
                String text = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFKC);
                Matcher m = pattern.matcher(text);
                long n = 0;
                while (m.find()) {
                    n++;
                }
                matches.add(n);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "%d %.3f %.0f%n", files.size(), seconds, files.size() / seconds);
    }
}
