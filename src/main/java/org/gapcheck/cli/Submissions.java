package org.gapcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gapcheck.ingest.DocumentReader;

/**
 * What a batch folder holds: each report file directly in it is one submission, each subfolder another whose report
 * files (at any depth) are read together as one report. Files of other types are set aside so the user can be told.
 */
final class Submissions {

    /**
     * Bytes of UTF-8 an output's name may have before its extension: with {@code .xlsx} and the temporary name's dot,
     * digits and {@code .tmp}, a file name stays within 255 bytes.
     */
    static final int MAX_OUTPUT_NAME_BYTES = 200;

    /**
     * One report to check: a file, or a folder's files in reading order. {@code name} names it in the matrix and the
     * ranking, {@code source} (the file or the folder) in messages.
     */
    record Submission(String name, Path source, List<Path> files) {
        Submission {
            files = List.copyOf(files);
        }

        /** The name of its output files: {@code name}, shortened when too long for a file name (see {@link FileNames}). */
        String outputName() {
            return FileNames.shortened(name, MAX_OUTPUT_NAME_BYTES);
        }
    }

    /** The submissions in name order, and the files that are no report format gapcheck reads. */
    record Listing(List<Submission> submissions, List<Path> skipped) {}

    /**
     * Names as a person sorts them: digit runs by value, so 第2部分 comes before 第10部分 as in a file manager;
     * ties (007 and 7) fall back to plain order so that the order is total.
     */
    static final Comparator<String> NATURAL_ORDER = Submissions::compareNatural;

    private Submissions() {}

    /**
     * @param excluded a folder inside {@code dir} whose files are not submissions (the output folder), or null
     */
    static Listing find(Path dir, Path excluded) throws IOException {
        Path skipDir = excluded == null ? null : excluded.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.filter(p -> !Inputs.hidden(p)).toList()) {
                if (Files.isDirectory(entry)) {
                    if (!entry.toAbsolutePath().normalize().equals(skipDir)) {
                        folders.add(entry);
                    }
                } else if (Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        }
        List<Submission> submissions = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<Path> reports = files.stream().filter(DocumentReader::supports).toList();
        files.stream().filter(f -> !DocumentReader.supports(f)).forEach(skipped::add);
        Map<String, Integer> stems = new HashMap<>();
        reports.forEach(f -> stems.merge(stem(f), 1, Integer::sum));
        folders.forEach(f -> stems.merge(String.valueOf(f.getFileName()), 1, Integer::sum));
        for (Path report : reports) {
            // A stem shared with another file or a folder (a.txt beside a/) would give both the same outputs.
            String name = stems.get(stem(report)) > 1 ? String.valueOf(report.getFileName()) : stem(report);
            submissions.add(new Submission(name, report, List.of(report)));
        }
        for (Path folder : folders) {
            List<Path> inside = Inputs.filesBelow(folder, skipDir);
            List<Path> parts = inside.stream().filter(DocumentReader::supports)
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString(), NATURAL_ORDER)).toList();
            inside.stream().filter(p -> !DocumentReader.supports(p)).forEach(skipped::add);
            if (!parts.isEmpty()) {
                submissions.add(new Submission(String.valueOf(folder.getFileName()), folder, parts));
            }
        }
        submissions.sort(Comparator.comparing(Submission::name, NATURAL_ORDER));
        skipped.sort(Comparator.comparing(Path::toString, NATURAL_ORDER));
        return new Listing(submissions, skipped);
    }

    private static String stem(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String na = withoutLeadingZeros(a.substring(i, endA));
                String nb = withoutLeadingZeros(b.substring(j, endB));
                int byValue = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String withoutLeadingZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
