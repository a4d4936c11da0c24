package io.returnrouter.app;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a label PDF back as a person and a scanner would: its text, page sizes and every code on it. */
final class LabelFiles {

    private LabelFiles() {
    }

    record Label(int pages, float widthPt, float heightPt, String text, List<String> codes) {
    }

    static Label read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> codes = new ArrayList<>();
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                try {
                    Result[] found = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                                    renderer.renderImageWithDPI(page, 300)))),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
                    codes.addAll(Arrays.stream(found).map(Result::getText).toList());
                } catch (NotFoundException none) {
                    // A page without a readable code: the assertions on codes say so.
                }
            }
            return new Label(document.getNumberOfPages(), document.getPage(0).getMediaBox().getWidth(),
                    document.getPage(0).getMediaBox().getHeight(), new PDFTextStripper().getText(document), codes);
        }
    }
}
