package io.returnrouter.api.lifecycle;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import io.returnrouter.core.spi.carrier.Party;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Return labels as a PDF, one A6 page per parcel, written with Apache PDFBox; the carrier's barcode
 * (Code 128, or its own symbology) and a QR code are encoded by ZXing and drawn as vector modules,
 * so they stay sharp at any printer resolution.
 */
final class LabelPdf {

    private static final float MARGIN = 14;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private LabelPdf() {
    }

    /**
     * One parcel's label.
     *
     * @param carrier     the carrier's name, or null for a store hand-in
     * @param mode        LIVE, OFFLINE or RETURNROUTER: said on the label, so the counter knows
     * @param qrPayload   the carrier's label-free QR code, or ReturnRouter's reference
     * @param pickupDate  null for a drop-off label
     */
    record Page(String returnId, String parcelId, String carrier, String mode, String reference,
                String trackingNumber, String barcodeValue, String symbology, String qrPayload, Party sender,
                Party receiver, Instant handInDeadline, LocalDate pickupDate, String window) {
    }

    static byte[] render(List<Page> pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Page page : pages) {
                PDPage pdf = new PDPage(PDRectangle.A6);
                document.addPage(pdf);
                try (PDPageContentStream content = new PDPageContentStream(document, pdf)) {
                    draw(content, pdf.getMediaBox(), page);
                }
            }
            document.getDocumentInformation().setTitle("Return labels");
            document.getDocumentInformation().setCreator("ReturnRouter");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a label PDF in memory failed", e);
        }
    }

    private static void draw(PDPageContentStream content, PDRectangle box, Page page) throws IOException {
        float width = box.getWidth() - 2 * MARGIN;
        float y = box.getHeight() - MARGIN - 12;
        text(content, BOLD, 13, MARGIN, y, "RETURN" + (page.carrier() == null ? " - store hand-in"
                : " - " + page.carrier().toUpperCase()));
        text(content, REGULAR, 8, MARGIN, y - 12, switch (page.mode()) {
            case "LIVE" -> "Carrier label";
            case "OFFLINE" -> "ReturnRouter offline label: carrier booking pending";
            default -> "ReturnRouter label";
        });
        y -= 34;
        y = party(content, "From", page.sender(), MARGIN, y);
        y = party(content, "To", page.receiver(), MARGIN, y - 6);

        y -= 8;
        float codeHeight = 62;
        BitMatrix code = encode(page.barcodeValue(), page.symbology());
        if ("CODE_128".equals(page.symbology())) {
            modules(content, code, MARGIN, y - codeHeight, width / code.getWidth(), codeHeight);
        } else {
            float module = codeHeight / code.getHeight();
            modules(content, code, MARGIN, y - codeHeight, module, module);
        }
        y -= codeHeight + 12;
        text(content, BOLD, 11, MARGIN, y, page.trackingNumber());
        y -= 10;

        float qrSize = 92;
        BitMatrix qr = encode(page.qrPayload(), "QR_CODE");
        float qrModule = qrSize / qr.getWidth();
        modules(content, qr, MARGIN, y - qrSize, qrModule, qrModule);
        float x = MARGIN + qrSize + 10;
        float line = y - 12;
        text(content, REGULAR, 8, x, line, "Return reference");
        text(content, BOLD, 10, x, line - 11, page.reference());
        text(content, REGULAR, 8, x, line - 26, "Return " + page.returnId());
        text(content, REGULAR, 8, x, line - 37, "Parcel " + page.parcelId());
        if (page.pickupDate() != null) {
            text(content, BOLD, 8, x, line - 52, "Pickup " + page.pickupDate() + (page.window() == null ? ""
                    : " " + page.window()));
        } else if (page.handInDeadline() != null) {
            text(content, BOLD, 8, x, line - 52, "Hand in by " + page.handInDeadline().toString().substring(0, 10));
        }
        text(content, REGULAR, 6, MARGIN, MARGIN - 4, "ReturnRouter");
    }

    private static float party(PDPageContentStream content, String title, Party party, float x, float y)
            throws IOException {
        text(content, REGULAR, 7, x, y, title);
        text(content, BOLD, 9, x, y - 10, party.name());
        text(content, REGULAR, 9, x, y - 20, (party.street() + " " + party.houseNumber()).trim());
        text(content, REGULAR, 9, x, y - 30, party.postalCode() + " " + party.city() + "  " + party.countryCode());
        return y - 40;
    }

    private static BitMatrix encode(String value, String symbology) {
        try {
            return switch (symbology) {
                case "QR_CODE" -> new QRCodeWriter().encode(value, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.CHARACTER_SET, "UTF-8"));
                case "DATA_MATRIX" -> new DataMatrixWriter().encode(value, BarcodeFormat.DATA_MATRIX, 0, 0);
                default -> new Code128Writer().encode(value, BarcodeFormat.CODE_128, 0, 1);
            };
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalStateException("the code " + symbology + " cannot hold the parcel's value", e);
        }
    }

    /** Fills each dark module, row by row; runs of dark modules are one rectangle. */
    private static void modules(PDPageContentStream content, BitMatrix matrix, float x, float y, float moduleWidth,
                                float moduleHeight) throws IOException {
        boolean oneRow = matrix.getHeight() == 1;
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                float top = oneRow ? y : y + (matrix.getHeight() - row - 1) * moduleHeight;
                content.addRect(x + start * moduleWidth, top, (col - start) * moduleWidth, moduleHeight);
            }
        }
        content.fill();
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(text));
        content.endText();
    }

    /**
     * The standard fonts encode WinAnsi only: accents are kept where Latin-1 has the letter, other
     * letters lose their marks (ł stays l via its base letter where Unicode decomposes it).
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff) {
                out.append(c);
            } else {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(base.length() == 1 && base.charAt(0) < 0x7f && base.charAt(0) >= 0x20 ? base : switch (c) {
                    case 'ł' -> "l";
                    case 'Ł' -> "L";
                    case 'ø' -> "ø";
                    default -> "?";
                });
            }
        }
        return out.toString();
    }
}
