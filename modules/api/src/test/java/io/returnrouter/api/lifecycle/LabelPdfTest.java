package io.returnrouter.api.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.spi.carrier.Party;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LabelPdfTest {

    private static final Party RECEIVER = new Party("Central returns warehouse Venlo", "Returns receiving WH-VENLO", "",
            "5928", "Venlo", "NL", null, null);

    @Test
    void namesBeyondLatin1PrintWithoutTheirMarksAndEveryParcelGetsAPageWithItsCodes() throws Exception {
        Party polish = new Party("Łukasz Wąż", "ulica Świętokrzyska", "3", "00-001", "Łódź", "PL", null, "l@example.org");
        Party norwegian = new Party("Kari Bjørnstad", "Storgata", "5", "0150", "Oslo", "NO", "+47 912 34 567", null);
        byte[] pdf = LabelPdf.render(List.of(
                new LabelPdf.Page("R-1", "R-1-P1", "inpost", "LIVE", "RR0001", "6200000000001", "6200000000001",
                        "QR_CODE", "inpost:6200000000001", polish, RECEIVER, Instant.parse("2026-12-13T23:59:59Z"), null,
                        null),
                new LabelPdf.Page("R-1", "R-1-P2", "bring", "LIVE", "RR0002", "370000000000002", "370000000000002",
                        "CODE_128", "RR0002", norwegian, RECEIVER, null, LocalDate.of(2026, 12, 3), "09:00-16:00")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Lukasz Waz", "Lódz", "Swietokrzyska", "Kari Bjørnstad", "Pickup 2026-12-03 09:00-16:00",
                    "Hand in by 2026-12-13");
            PDFRenderer renderer = new PDFRenderer(document);
            assertThat(LifecycleServicesTest.decode(renderer.renderImageWithDPI(0, 300)))
                    .contains("6200000000001", "inpost:6200000000001");
            assertThat(LifecycleServicesTest.decode(renderer.renderImageWithDPI(1, 300)))
                    .contains("370000000000002", "RR0002");
        }
    }
}
