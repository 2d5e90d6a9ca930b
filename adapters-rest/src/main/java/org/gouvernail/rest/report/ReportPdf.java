package org.gouvernail.rest.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A report's XHTML page laid out as PDF by openhtmltopdf (ADR 0024). The page references nothing but
 * data: images, and every text in it is escaped, so the renderer loads nothing from anywhere.
 */
final class ReportPdf {

    private ReportPdf() {}

    static byte[] of(String xhtml, String title) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Gouvernail");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("report not laid out as PDF: " + title, e);
        }
    }
}
