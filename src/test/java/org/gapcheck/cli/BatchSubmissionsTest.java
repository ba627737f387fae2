package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a batch folder is cut into submissions, and which files are set aside. */
class BatchSubmissionsTest {

    @TempDir
    Path dir;

    @Test
    void eachFileAndEachSubfolderIsOneSubmissionInNaturalNameOrder() throws Exception {
        touch("第10区.txt", "第2区.txt", "红桥区/正文/第10部分.txt", "红桥区/第2部分.txt", "红桥区/第1部分.TXT");

        Submissions.Listing listing = Submissions.find(dir, null);

        assertEquals(List.of("第2区", "第10区", "红桥区"), names(listing));
        Submissions.Submission folder = listing.submissions().get(2);
        assertEquals(List.of(dir.resolve("红桥区/正文/第10部分.txt"), dir.resolve("红桥区/第1部分.TXT"),
                dir.resolve("红桥区/第2部分.txt")), folder.files(), "files below the folder by relative path, 2 before 10");
        assertEquals(List.of(), listing.skipped());
    }

    @Test
    void otherFileTypesAreSetAsideAndHiddenOrLockFilesIgnored() throws Exception {
        touch("a.txt", "说明.doc", ".DS_Store", "~$a.docx", "扫描件/1.jpg", ".git/x.txt", "混合/1.txt", "混合/图.png");

        Submissions.Listing listing = Submissions.find(dir, null);

        assertEquals(List.of("a", "混合"), names(listing));
        assertEquals(List.of(dir.resolve("扫描件/1.jpg"), dir.resolve("混合/图.png"), dir.resolve("说明.doc")),
                listing.skipped());
    }

    @Test
    void aStemSharedWithAnotherSubmissionKeepsItsExtensionSoOutputsDoNotCollide() throws Exception {
        touch("a.txt", "a/1.txt", "b.txt");

        assertEquals(List.of("a", "a.txt", "b"), names(Submissions.find(dir, null)));
    }

    @Test
    void theOutputFolderInsideTheInputIsNoSubmission() throws Exception {
        touch("a.txt", "out/reports/a.txt", "b/c.txt", "b/out/x.txt");

        Submissions.Listing listing = Submissions.find(dir, dir.resolve("out"));

        assertEquals(List.of("a", "b"), names(listing));
        assertEquals(List.of(dir.resolve("b/c.txt"), dir.resolve("b/out/x.txt")), listing.submissions().get(1).files(),
                "only the output folder itself is left out");
    }

    private List<String> names(Submissions.Listing listing) {
        return listing.submissions().stream().map(Submissions.Submission::name).toList();
    }

    private void touch(String... paths) throws Exception {
        for (String path : paths) {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "内容", StandardCharsets.UTF_8);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            assertEquals(paths.length, walk.filter(Files::isRegularFile).count());
        }
    }
}
