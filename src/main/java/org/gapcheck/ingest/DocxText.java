package org.gapcheck.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads the text of a Word .docx report: the paragraphs and tables of the document body in document order, one line per
 * paragraph and per table row.
 * <ul>
 * <li>Tables: a row's filled cells are joined by a tab ("行政复议案件\t1423件"), so that a statistic and its name stay
 * on one line as the extractor needs them; a row with a single filled cell is a frame, and its paragraphs stay lines of
 * their own. Nested tables and content controls (SDT blocks) are read in place.
 * <li>Left out, because they are not the report's text: page headers and footers (running titles, page numbers),
 * footnotes, comments, deleted (tracked) text, hidden text, field codes, text boxes and shapes (floating decoration such
 * as a 文号 box), and the table of contents (a content control of gallery "Table of Contents" or paragraphs of style
 * toc N / 目录 N), whose entries would repeat every heading.
 * <li>Soft line breaks (Shift+Enter) are line breaks, as Word shows them; see {@link DocxBody}.
 * <li>Automatic numbering: Word keeps "一、", "（一）", "1." out of the paragraph's text, so the reader writes each list
 * label as Word displays it (numFmt chineseCounting, decimal, …, lvlText "%1、" or "（%1）", counters per list and
 * level, restarts), followed by one space where Word leaves a gap after the number.
 * <li>Level-1 headings (style heading 1 / 标题 1 or outline level 0) without a number of their own, typed or automatic,
 * get the next Chinese ordinal ("一、", "二、" …, continuing from the level-1 headings before them), because the section
 * splitter knows a report's parts only by their numbers. The report title is left as it is: a paragraph of style Title,
 * a heading before any body text, or a heading that ends in 报告 ("其他需要报告的情况" does not).
 * </ul>
 * Files that are not a readable .docx are refused with the reason: an old .doc or an encrypted document (both OLE2
 * files), a file that is no zip or a cut-off one, a zip without a Word document in it, a zip bomb (POI's ZipSecureFile
 * limits and a limit on the whole package, below), and a body nested or long beyond any report.
 */
final class DocxText {

    /**
     * The text of a Word part compresses 5 to 20 times, deflate at best about 1000 times: a part that inflates more than
     * 100 times (POI's own default, kept on purpose) is built to flood memory.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a real report, not even a photo, inflates beyond the largest .docx accepted (64 MiB). */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /**
     * Read from memory, POI inflates every part at once; many parts each within the limits above could still add up to
     * more than the heap holds, so the whole package may inflate to this much at most.
     */
    static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;

    static final String ZIP_BOMB = "压缩内容异常（疑似 zip 炸弹），已拒绝读取";
    static final String NOT_DOCX = "不是有效的 .docx 文件";
    static final String ENCRYPTED = "文档已加密，请先去掉打开密码再检查";
    static final String OLD_WORD = "这是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx";
    static final String DAMAGED = "文件不完整或已损坏";
    static final String NO_DOCUMENT = "文件中没有 Word 正文（word/document.xml），不是 Word 文档";

    /** How POI's ZipArchiveThresholdInputStream begins its messages. */
    private static final String ZIP_BOMB_MESSAGE = "Zip bomb detected!";
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    /** The end-of-central-directory record: 22 bytes plus a comment of up to 65535. */
    private static final int MAX_END_RECORD = 22 + 65_535;
    private static final Set<String> WORD_DOCUMENT_TYPES = Set.of(
            XWPFRelation.DOCUMENT.getContentType(),
            XWPFRelation.MACRO_DOCUMENT.getContentType(),
            XWPFRelation.TEMPLATE.getContentType(),
            XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(DocumentReader.MAX_TEXT_CHARS);
    }

    private DocxText() {}

    /** A {@link ReportFormat.TextReader}; a .docx has no encoding to override. */
    static String read(Path file, byte[] bytes, Charset encodingOverride) throws IngestException {
        if (startsWith(bytes, OLE2_MAGIC)) {
            throw new IngestException(file, ole2Reason(bytes));
        }
        if (!startsWith(bytes, ZIP_MAGIC) && !startsWith(bytes, EMPTY_ZIP_MAGIC)) {
            throw new IngestException(file, NOT_DOCX);
        }
        // Read as a stream, a zip cut short just ends early; only its missing directory at the end tells.
        if (!hasEndRecord(bytes)) {
            throw new IngestException(file, DAMAGED);
        }
        OPCPackage pkg = null;
        try {
            checkInflation(bytes);
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            if (!hasWordDocument(pkg)) {
                throw new IngestException(file, NO_DOCUMENT);
            }
            return text(new XWPFDocument(pkg), file);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw new IngestException(file, reasonFor(e), e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static String text(XWPFDocument doc, Path file) throws IngestException {
        if (doc.getDocument() == null || doc.getDocument().getBody() == null) {
            return "";
        }
        DocxStyles styles = new DocxStyles(doc.getStyles());
        DocxNumbering numbering = new DocxNumbering(doc.getNumbering(), styles);
        Element body = (Element) doc.getDocument().getBody().getDomNode();
        return String.join("\n", DocxBody.lines(file, body, styles, numbering, ZipSecureFile.getMaxTextSize()));
    }

    /**
     * Inflates every entry once under POI's own guard (ratio and entry size) and adds them up, so that a bomb is refused
     * before POI holds its parts in memory.
     */
    private static void checkInflation(byte[] bytes) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            ZipArchiveThresholdInputStream guarded = new ZipArchiveThresholdInputStream(zip);
            while (zip.getNextEntry() != null) {
                for (int n = guarded.read(buffer); n > 0; n = guarded.read(buffer)) {
                    total += n;
                    if (total > MAX_INFLATED_BYTES) {
                        throw new IOException(ZIP_BOMB_MESSAGE + " The whole package inflates beyond "
                                + MAX_INFLATED_BYTES + " bytes");
                    }
                }
            }
        }
    }

    private static boolean hasWordDocument(OPCPackage pkg) {
        List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        return !main.isEmpty() && WORD_DOCUMENT_TYPES.contains(main.get(0).getContentType());
    }

    /**
     * Why POI could not open the package. POI names a zip bomb only in its message (an IOException, or a
     * RecordFormatException from its in-memory entry limit); anything else unexpected goes to the safety net.
     */
    private static String reasonFor(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.startsWith(ZIP_BOMB_MESSAGE) || message.contains("exceeds the max entry size")
                    || message.startsWith("The file appears to be potentially malicious")) {
                return ZIP_BOMB;
            }
        }
        if (e instanceof NotOfficeXmlFileException || e instanceof InvalidFormatException) {
            return NO_DOCUMENT;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (isDamage(t)) {
                return DAMAGED;
            }
        }
        throw (RuntimeException) e;
    }

    /**
     * How POI reports a malformed package: POIXMLException for a part it cannot parse (often without a cause),
     * RecordFormatException for an entry claiming an impossible size, IllegalArgumentException and openxml4j's runtime
     * exceptions for relationships and part names that make no sense. Reading only, nothing else raises them.
     */
    private static boolean isDamage(Throwable t) {
        return t instanceof IOException || t instanceof XmlException || t instanceof SAXException
                || t instanceof POIXMLException || t instanceof RecordFormatException
                || t instanceof IllegalArgumentException || t instanceof OpenXML4JRuntimeException;
    }

    /** An OLE2 file named .docx: Word encrypts a .docx into one, and Word 97-2003 saved .doc as one. */
    private static String ole2Reason(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return ENCRYPTED;
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return OLD_WORD;
            }
            return NOT_DOCX;
        } catch (IOException | RuntimeException e) {
            return DAMAGED;
        }
    }

    private static boolean hasEndRecord(byte[] bytes) {
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - MAX_END_RECORD); i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
