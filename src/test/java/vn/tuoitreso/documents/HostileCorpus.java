package vn.tuoitreso.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds the test documents, friendly and hostile, from scratch: no binary files come from elsewhere. */
public final class HostileCorpus {

    public static final String VIETNAMESE = "Chương trình chuyển đổi số của Tỉnh đoàn: thanh niên học kỹ năng số.";
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

    private HostileCorpus() {
    }

    /** A PDF with an embedded DejaVu font, one page per paragraph group of up to 30 lines. */
    public static Path pdf(Path file, String... lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            write(document, lines);
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A PDF of {@code pages} pages ("Trang 1: …") cut short, as an interrupted upload leaves it: everything from the
     * text of page {@code cutAt} on is missing, the end-of-file marker and cross-reference table too.
     */
    public static Path cutPdf(Path file, int pages, int cutAt) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.OVERWRITE, false)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(50, 740);
                    content.showText("Trang " + n + ": ke hoach chuyen doi so cua xa Dam Thuy");
                    content.endText();
                }
            }
            document.save(bytes, CompressParameters.NO_COMPRESSION);
        }
        byte[] whole = bytes.toByteArray();
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        int cut = text.indexOf("(Trang " + cutAt + ":");
        if (cut < 0) {
            throw new IllegalStateException("page " + cutAt + " not found");
        }
        return Files.write(file, Arrays.copyOf(whole, cut));
    }

    /** A PDF that needs the user password {@code bí mật} to open. */
    public static Path encryptedPdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            write(document, VIETNAMESE);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chủ", "bí mật", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    private static void write(PDDocument document, String... lines) throws IOException {
        PDType0Font font;
        try (InputStream in = HostileCorpus.class.getResourceAsStream(FONT)) {
            font = PDType0Font.load(document, in);
        }
        for (int start = 0; start < lines.length; start += 30) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.setLeading(16);
                content.newLineAtOffset(50, 740);
                for (int i = start; i < Math.min(lines.length, start + 30); i++) {
                    content.showText(lines[i]);
                    content.newLine();
                }
                content.endText();
            }
        }
    }

    /**
     * A PDF whose metadata names its author where office programs put it: the document information (Author,
     * Creator) and the XMP packet (dc:creator, xmp:CreatorTool).
     */
    public static Path pdfBy(Path file, String author, String... lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            write(document, lines);
            document.getDocumentInformation().setAuthor(author);
            document.getDocumentInformation().setCreator("Word của " + author);
            PDMetadata xmp = new PDMetadata(document);
            xmp.importXMPMetadata(("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
                    + "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                    + "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'"
                    + " xmlns:xmp='http://ns.adobe.com/xap/1.0/'><dc:creator><rdf:Seq><rdf:li>" + author
                    + "</rdf:li></rdf:Seq></dc:creator><xmp:CreatorTool>" + author + "</xmp:CreatorTool>"
                    + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>").getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(xmp);
            document.save(file.toFile());
        }
        return file;
    }

    /** A DOCX whose core properties name its author and last editor. */
    public static Path docxBy(Path file, String author, String... paragraphs) throws IOException {
        return writeDocx(file, author, paragraphs);
    }

    public static Path docx(Path file, String... paragraphs) throws IOException {
        return writeDocx(file, null, paragraphs);
    }

    private static Path writeDocx(Path file, @org.jspecify.annotations.Nullable String author, String... paragraphs)
            throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            if (author != null) {
                document.getProperties().getCoreProperties().setCreator(author);
                document.getProperties().getCoreProperties().setLastModifiedByUser(author);
            }
            document.write(out);
        }
        return file;
    }

    public static Path xlsx(Path file, String text) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Trang 1").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
        }
        return file;
    }

    public static Path pptx(Path file, String text) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(file)) {
            XSLFTextBox box = show.createSlide().createTextBox();
            box.setText(text);
            box.setAnchor(new java.awt.Rectangle(50, 50, 400, 100));
            show.write(out);
        }
        return file;
    }

    /** A real DOCX plus one highly compressible entry of {@code zeroBytes} zeros: a small file, a huge unpacking. */
    public static Path zipBombDocx(Path file, long zeroBytes) throws IOException {
        Path plain = docx(file.resolveSibling("plain-" + file.getFileName()), VIETNAMESE);
        try (ZipFile source = new ZipFile(plain.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(9);
            copyEntries(source, out);
            out.putNextEntry(new ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < zeroBytes; written += zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, zeroBytes - written));
            }
            out.closeEntry();
        }
        Files.delete(plain);
        return file;
    }

    /** A real DOCX with {@code entries} extra tiny entries. */
    public static Path manyEntriesDocx(Path file, int entries) throws IOException {
        Path plain = docx(file.resolveSibling("plain-" + file.getFileName()), VIETNAMESE);
        try (ZipFile source = new ZipFile(plain.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            copyEntries(source, out);
            for (int i = 0; i < entries; i++) {
                out.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                out.write("<a/>".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Files.delete(plain);
        return file;
    }

    private static void copyEntries(ZipFile source, ZipOutputStream out) throws IOException {
        for (Enumeration<? extends ZipEntry> entries = source.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            out.putNextEntry(new ZipEntry(entry.getName()));
            try (InputStream in = source.getInputStream(entry)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
    }

    /** A DOCX embedding (as an OLE package) a ZIP that holds a ZIP that holds a ZIP … {@code depth} levels deep. */
    public static Path nestedArchiveDocx(Path file, int depth) throws Exception {
        byte[] archive = zip("tang-" + depth + ".txt", ("Tầng " + depth + " " + VIETNAMESE).getBytes(StandardCharsets.UTF_8));
        for (int level = depth - 1; level >= 1; level--) {
            archive = zip("tang-" + (level + 1) + ".zip", archive);
        }
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText(VIETNAMESE);
            PackagePart part = document.getPackage().createPart(
                    PackagingURIHelper.createPartName("/word/embeddings/tang-1.zip"), "application/zip");
            try (OutputStream partOut = part.getOutputStream()) {
                partOut.write(archive);
            }
            document.getPackagePart().addRelationship(part.getPartName(), TargetMode.INTERNAL,
                    POIXMLDocument.PACK_OBJECT_REL_TYPE, "rIdNested");
            document.write(out);
        }
        return file;
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("ghi-chu.txt"));
            out.write(VIETNAMESE.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A Windows executable's header (MZ, DOS stub, PE signature) followed by junk. */
    public static Path executable(Path file) throws IOException {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 0x4e, stub.length);
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        bytes[0x84] = 0x4c;
        bytes[0x85] = 0x01;
        Files.write(file, bytes);
        return file;
    }

    public static Path png(Path file) throws IOException {
        var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
