package org.gapcheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

/**
 * Finds a compressed stream that would inflate beyond what any report holds. PDFBox decodes a stream whole into memory
 * (object and cross-reference streams while loading, page contents and fonts while extracting), so one small stream that
 * inflates a thousandfold could exhaust the heap; counting its inflated bytes first, without keeping them, cannot.
 */
final class InflatedStreams {

    /** Far above any page's content, font or cross-reference stream; what one stream may make PDFBox hold at once. */
    static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII);

    private InflatedStreams() {}

    /** Whether some deflated stream in the file's bytes, read as they are before PDFBox parses them, inflates too far. */
    static boolean anyTooLarge(byte[] pdf) {
        int at = 0;
        while ((at = indexOf(pdf, STREAM, at)) >= 0) {
            int data = at + STREAM.length;
            at = data;
            if (at - STREAM.length > 0 && pdf[at - STREAM.length - 1] == 'd') {
                continue; // endstream
            }
            if (data < pdf.length && pdf[data] == '\r') {
                data++;
            }
            if (data < pdf.length && pdf[data] == '\n') {
                data++;
            }
            int end = indexOf(pdf, ENDSTREAM, data);
            end = end < 0 ? pdf.length : end;
            if (inflatedSize(pdf, data, end - data) > MAX_INFLATED_BYTES) {
                return true;
            }
            at = Math.max(at, end);
        }
        return false;
    }

    /**
     * Whether some deflated stream of a loaded document inflates too far: for an encrypted document, whose streams only
     * PDFBox can decrypt, so that the scan of the raw bytes saw nothing but ciphertext.
     */
    static boolean anyTooLarge(COSDocument document) throws IOException {
        for (var entry : document.getXrefTable().entrySet()) {
            if (entry.getValue() == null || entry.getValue() < 0) {
                continue; // an object inside an object stream, never a stream itself
            }
            COSObject object = document.getObjectFromPool(entry.getKey());
            COSBase base = object == null ? null : object.getObject();
            if (base instanceof COSStream stream && stream.getFilters() != null
                    && COSName.FLATE_DECODE.equals(firstFilter(stream.getFilters()))) {
                try (InputStream raw = stream.createRawInputStream()) {
                    byte[] bytes = raw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_INFLATED_BYTES));
                    if (inflatedSize(bytes, 0, bytes.length) > MAX_INFLATED_BYTES) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static COSBase firstFilter(COSBase filters) {
        if (filters instanceof COSArray array) {
            return array.size() == 0 ? null : array.getObject(0);
        }
        return filters;
    }

    /** How many bytes zlib data inflates to, counting no further than just past the limit; 0 when it is not zlib. */
    static long inflatedSize(byte[] bytes, int offset, int length) {
        Inflater inflater = new Inflater();
        long total = 0;
        try {
            inflater.setInput(bytes, offset, length);
            byte[] sink = new byte[64 * 1024];
            while (total <= MAX_INFLATED_BYTES && !inflater.finished()) {
                int n = inflater.inflate(sink);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                total += n;
            }
        } catch (DataFormatException e) {
            // not zlib, or damaged after what was inflated so far: PDFBox keeps that much too
        } finally {
            inflater.end();
        }
        return total;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
