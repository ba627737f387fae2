package org.gapcheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Whether PDFBox reads a page's content only in part. Meeting a content stream that does not inflate, or an array or
 * dictionary it cannot parse (100,000 nested {@code [}), PDFBox logs a warning and ends the page there, so the page's
 * text is lost without an error; this probe notices the same damage, so that the loss can be told to the user.
 */
final class PageDamage {

    private PageDamage() {}

    static boolean of(PDPage page) {
        try {
            for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext(); ) {
                COSStream stream = streams.next().getCOSObject();
                if (COSName.FLATE_DECODE.equals(firstFilter(stream.getFilters())) && !inflates(stream)) {
                    return true;
                }
            }
            ProbeParser parser = new ProbeParser(page);
            while (parser.parseNextToken() != null) {
                // tokens are only parsed, to see whether the parser gives up before the end
            }
            return parser.gaveUp;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return true;
        }
    }

    private static COSBase firstFilter(COSBase filters) {
        if (filters instanceof COSArray array) {
            return array.size() == 0 ? null : array.getObject(0);
        }
        return filters;
    }

    /** Whether the zlib data decodes without error (PDFBox keeps what came before an error, and no more). */
    private static boolean inflates(COSStream stream) throws IOException {
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
            raw = in.readAllBytes();
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(raw);
            byte[] sink = new byte[64 * 1024];
            while (!inflater.finished()) {
                if (inflater.inflate(sink) == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
            }
            return true;
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }

    /** PDFBox's own content-stream parser, which stops at the first array or dictionary it cannot parse. */
    private static final class ProbeParser extends PDFStreamParser {
        boolean gaveUp;

        ProbeParser(PDPage page) throws IOException {
            super(page);
        }

        @Override
        protected COSArray parseCOSArray() throws IOException {
            try {
                return super.parseCOSArray();
            } catch (IOException e) {
                gaveUp = true;
                throw e;
            }
        }

        @Override
        protected COSDictionary parseCOSDictionary(boolean isDirect) throws IOException {
            try {
                return super.parseCOSDictionary(isDirect);
            } catch (IOException e) {
                gaveUp = true;
                throw e;
            }
        }
    }
}
