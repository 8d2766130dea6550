package vn.tuoitreso.documents.extraction;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses embedded documents (attachments, OLE objects, archive entries) up to a depth and a count. Beyond them
 * it parses nothing more and remembers it: the worker then refuses the whole file as nested rather than return
 * part of its text. Embedded images are skipped without counting: they carry no text (no OCR).
 */
final class BoundedEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

    private final int maxDepth;
    private final int maxDocuments;
    private int depth;
    private int documents;
    private boolean exceeded;

    BoundedEmbeddedExtractor(ParseContext context, int maxDepth, int maxDocuments) {
        super(context);
        this.maxDepth = maxDepth;
        this.maxDocuments = maxDocuments;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (exceeded || (type != null && type.startsWith("image/"))) {
            return false;
        }
        return super.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (exceeded || ++documents > maxDocuments || depth + 1 > maxDepth) {
            exceeded = true;
            return;
        }
        depth++;
        try {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }
}
