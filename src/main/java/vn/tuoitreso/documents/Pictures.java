package vn.tuoitreso.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * JPEG and PNG pictures read from their bytes, never decoded: the size in pixels from the header (so a tiny file
 * that would decode to gigapixels is refused first), and a copy without the metadata that can say where and when a
 * photo was taken (EXIF with its GPS position, XMP, IPTC, comments, PNG text chunks). The picture data itself is
 * copied byte for byte, so nothing is lost to a new encoding; of EXIF only the orientation is kept, so that a phone's
 * portrait photo does not turn on its side.
 */
public final class Pictures {

    /** The most pixels a picture may have: a 30-megapixel photo takes about 120 MB once decoded. */
    public static final long MAX_PIXELS = 30_000_000L;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;

    /** Width and height in pixels. */
    public record Size(long width, long height) {

        public long pixels() {
            return width * height;
        }
    }

    private Pictures() {
    }

    /** The size a JPEG or PNG declares in its header; empty when the header cannot be read. */
    public static Optional<Size> size(InputStream picture, DocumentType type) {
        try {
            DataInputStream in = new DataInputStream(picture);
            return switch (type) {
                case PNG -> pngSize(in);
                case JPEG -> jpegSize(in);
                default -> Optional.empty();
            };
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Copies a JPEG or PNG without its metadata; other types are copied as they are. */
    public static void strip(InputStream picture, OutputStream out, DocumentType type) throws IOException {
        DataInputStream in = new DataInputStream(picture);
        switch (type) {
            case PNG -> stripPng(in, out);
            case JPEG -> stripJpeg(in, out);
            default -> in.transferTo(out);
        }
    }

    public static byte[] strip(byte[] picture, DocumentType type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(picture.length);
        strip(new ByteArrayInputStream(picture), out, type);
        return out.toByteArray();
    }

    private static Optional<Size> pngSize(DataInputStream in) throws IOException {
        byte[] signature = in.readNBytes(8);
        if (!Arrays.equals(signature, PNG_SIGNATURE)) {
            return Optional.empty();
        }
        in.readInt();
        if (!chunkType(in.readInt()).equals("IHDR")) {
            return Optional.empty();
        }
        long width = Integer.toUnsignedLong(in.readInt());
        long height = Integer.toUnsignedLong(in.readInt());
        return width > 0 && height > 0 ? Optional.of(new Size(width, height)) : Optional.empty();
    }

    private static Optional<Size> jpegSize(DataInputStream in) throws IOException {
        if (in.readUnsignedShort() != 0xFFD8) {
            return Optional.empty();
        }
        while (true) {
            int marker = nextMarker(in);
            if (marker == SOS || marker == EOI) {
                return Optional.empty();
            }
            if (standalone(marker)) {
                continue;
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                return Optional.empty();
            }
            if (startOfFrame(marker)) {
                in.readUnsignedByte();
                long height = in.readUnsignedShort();
                long width = in.readUnsignedShort();
                // a height of 0 is declared later (DNL): not known before decoding, so not accepted
                return width > 0 && height > 0 ? Optional.of(new Size(width, height)) : Optional.empty();
            }
            in.skipNBytes(length - 2);
        }
    }

    private static void stripPng(DataInputStream in, OutputStream out) throws IOException {
        byte[] signature = in.readNBytes(8);
        if (!Arrays.equals(signature, PNG_SIGNATURE)) {
            throw new IOException("not a PNG");
        }
        out.write(signature);
        byte[] header = new byte[8];
        while (true) {
            in.readFully(header);
            long length = Integer.toUnsignedLong(readInt(header, 0));
            String type = chunkType(readInt(header, 4));
            if (PNG_METADATA.contains(type)) {
                in.skipNBytes(length + 4);
                continue;
            }
            out.write(header);
            copy(in, out, length + 4);
            if (type.equals("IEND")) {
                return; // whatever follows the end is not part of the picture
            }
        }
    }

    private static void stripJpeg(DataInputStream in, OutputStream out) throws IOException {
        if (in.readUnsignedShort() != 0xFFD8) {
            throw new IOException("not a JPEG");
        }
        out.write(0xFF);
        out.write(0xD8);
        boolean orientationWritten = false;
        int marker = nextMarker(in);
        while (true) {
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                return; // a trailer (another picture, with its own EXIF) is dropped
            }
            if (standalone(marker)) {
                out.write(0xFF);
                out.write(marker);
                marker = nextMarker(in);
                continue;
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                throw new IOException("broken JPEG segment");
            }
            byte[] payload = in.readNBytes(length - 2);
            if (payload.length != length - 2) {
                throw new EOFException();
            }
            if (marker == 0xE1 && !orientationWritten) {
                int orientation = exifOrientation(payload);
                if (orientation > 1 && orientation <= 8) {
                    writeSegment(out, 0xE1, orientationOnly(orientation));
                    orientationWritten = true;
                }
            }
            if (keep(marker, payload)) {
                writeSegment(out, marker, payload);
            }
            if (marker == SOS) {
                marker = copyScan(in, out);
            } else {
                marker = nextMarker(in);
            }
        }
    }

    /** Copies entropy-coded data up to the next marker that is not a restart; returns that marker. */
    private static int copyScan(DataInputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        int used = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            if (b != 0xFF) {
                buffer[used++] = (byte) b;
            } else {
                int next = in.read();
                while (next == 0xFF) {
                    next = in.read();
                }
                if (next < 0) {
                    throw new EOFException();
                }
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                    buffer[used++] = (byte) 0xFF;
                    if (used == buffer.length) {
                        out.write(buffer, 0, used);
                        used = 0;
                    }
                    buffer[used++] = (byte) next;
                } else {
                    out.write(buffer, 0, used);
                    return next;
                }
            }
            if (used >= buffer.length - 1) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }
    }

    private static boolean keep(int marker, byte[] payload) {
        if (marker == 0xFE) {
            return false; // comment
        }
        if (marker >= 0xE0 && marker <= 0xEF) {
            // JFIF, the colour profile and Adobe's colour transform stay; EXIF, XMP, IPTC and the rest go
            return marker == 0xE0 || marker == 0xEE || (marker == 0xE2 && startsWith(payload, ICC));
        }
        return true;
    }

    /** The orientation tag (0x0112) of IFD0 in an EXIF segment; 0 when there is none. */
    private static int exifOrientation(byte[] payload) {
        if (!startsWith(payload, EXIF) || payload.length < EXIF.length + 8) {
            return 0;
        }
        int tiff = EXIF.length;
        boolean little = payload[tiff] == 'I' && payload[tiff + 1] == 'I';
        long ifd = tiff + unsigned(payload, tiff + 4, 4, little);
        if (ifd + 2 > payload.length) {
            return 0;
        }
        int entries = (int) unsigned(payload, (int) ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > payload.length) {
                return 0;
            }
            if (unsigned(payload, entry, 2, little) == 0x0112) {
                return (int) unsigned(payload, entry + 8, 2, little);
            }
        }
        return 0;
    }

    /** An EXIF segment that says only how the picture is turned. */
    private static byte[] orientationOnly(int orientation) {
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.writeBytes(EXIF);
        exif.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF, IFD0 at 8
                0, 1, // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // orientation, SHORT, 1 value
                0, 0, 0, 0}); // no further IFD
        return exif.toByteArray();
    }

    private static void writeSegment(OutputStream out, int marker, byte[] payload) throws IOException {
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload);
    }

    private static int nextMarker(DataInputStream in) throws IOException {
        int b = in.readUnsignedByte();
        if (b != 0xFF) {
            throw new IOException("JPEG marker expected");
        }
        int marker = in.readUnsignedByte();
        while (marker == 0xFF) {
            marker = in.readUnsignedByte();
        }
        return marker;
    }

    private static boolean standalone(int marker) {
        return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8);
    }

    private static boolean startOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static void copy(DataInputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException();
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static String chunkType(int type) {
        return new String(new byte[] {(byte) (type >> 24), (byte) (type >> 16), (byte) (type >> 8), (byte) type},
                StandardCharsets.ISO_8859_1);
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
    }

    private static long unsigned(byte[] bytes, int at, int length, boolean little) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[little ? at + length - 1 - i : at + i] & 0xFF;
            value = (value << 8) | b;
        }
        return value;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
