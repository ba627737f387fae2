package org.gapcheck.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes the .docx files of the bad-input corpus (src/test/resources/bad-input/docx-*.docx) and the seed inputs of
 * {@code DocxTextFuzzTest}. Run {@link #main} from the project directory to rewrite them.
 */
final class DocxCorpus {

    static final Path BAD_INPUT = Path.of("src/test/resources/bad-input");
    static final Path FUZZ_SEEDS =
            Path.of("src/test/resources/org/gapcheck/ingest/DocxTextFuzzTestInputs/readsOrRefusesWithAReason");

    /** What the zip bomb's document.xml inflates to: 1 GiB of spaces, about 1 MB deflated. */
    private static final long BOMB_BYTES = 1L << 30;

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""";
    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/>
            </Relationships>""";

    private DocxCorpus() {}

    public static void main(String[] args) throws IOException {
        Files.createDirectories(BAD_INPUT);
        write(BAD_INPUT.resolve("docx-not-a-zip.docx"),
                "天津市某区2023年法治政府建设情况报告\n这是一份改了扩展名的纯文本。\n".getBytes(StandardCharsets.UTF_8));
        writeZipBomb(BAD_INPUT.resolve("docx-zip-bomb.docx"));
        byte[] real = Files.readAllBytes(DocxSeedFixtures.committed("000_4257578ea403ef7a"));
        write(BAD_INPUT.resolve("docx-truncated.docx"), Arrays.copyOf(real, real.length / 2));
        write(BAD_INPUT.resolve("docx-encrypted.docx"), encrypted(WordFixture.paragraphs("机密报告", "正文。"), "gapcheck"));
        write(BAD_INPUT.resolve("docx-old-word.docx"), oldWord());
        write(BAD_INPUT.resolve("docx-empty-body.docx"), WordFixture.docx(WordFixture.STYLES, null, "<w:p/><w:p/>"));
        write(BAD_INPUT.resolve("docx-no-document-part.docx"), zip(
                new String[] {"[Content_Types].xml", CONTENT_TYPES},
                new String[] {"_rels/.rels", RELS},
                new String[] {"word/styles.xml", WordFixture.STYLES}));

        Files.createDirectories(FUZZ_SEEDS);
        write(FUZZ_SEEDS.resolve("paragraphs.docx"), WordFixture.paragraphs("某区2023年法治政府建设情况报告", "一、主要举措和成效",
                "全年办理行政复议案件12件。"));
        write(FUZZ_SEEDS.resolve("numbered-headings-and-table.docx"), WordFixture.docx(WordFixture.STYLES,
                WordFixture.numbering(WordFixture.abstractNum(0, "chineseCounting", "%1、", "chineseCounting", "（%2）"),
                        WordFixture.num(1, 0)),
                WordFixture.p("a3", "某区报告") + WordFixture.numbered(1, 0, "主要举措和成效")
                        + WordFixture.numbered(1, 1, "依法行政") + WordFixture.p("1", "存在的不足和原因")
                        + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>行政复议案件</w:t></w:r></w:p></w:tc>"
                        + "<w:tc><w:p><w:r><w:t>1423件</w:t></w:r><w:r><w:br/><w:t>同比</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"));
        write(FUZZ_SEEDS.resolve("minimal-package.docx"), minimalPackage("<w:document " + WordFixture.W + "><w:body>"
                + WordFixture.p("报告") + "</w:body></w:document>"));
    }

    /** The three parts a .docx cannot do without, with the given document.xml. */
    static byte[] minimalPackage(String documentXml) throws IOException {
        return zip(new String[] {"[Content_Types].xml", CONTENT_TYPES}, new String[] {"_rels/.rels", RELS},
                new String[] {"word/document.xml", documentXml});
    }

    private static void write(Path path, byte[] bytes) throws IOException {
        Files.write(path, bytes);
        System.out.println(path + " " + bytes.length + " bytes");
    }

    /** A package like any .docx whose document.xml holds one run of 1 GiB of spaces. */
    private static void writeZipBomb(Path path) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(path))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", RELS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document " + WordFixture.W + "><w:body><w:p><w:r><w:t xml:space=\"preserve\">")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < BOMB_BYTES; written += spaces.length) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        System.out.println(path + " " + Files.size(path) + " bytes");
    }

    private static byte[] encrypted(byte[] docx, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The smallest OLE2 file Word 97-2003 would be recognised by: a WordDocument stream (here blank) and a table. */
    private static byte[] oldWord() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] fib = new byte[4096];
            fib[0] = (byte) 0xEC;
            fib[1] = (byte) 0xA5;
            fs.createDocument(new ByteArrayInputStream(fib), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "1Table");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String[]... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] e : entries) {
                entry(zip, e[0], e[1]);
            }
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
