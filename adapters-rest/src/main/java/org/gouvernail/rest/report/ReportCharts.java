package org.gouvernail.rest.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.gouvernail.domain.report.ReportContent.GridCell;
import org.gouvernail.domain.report.ReportContent.IndicatorLine;
import org.gouvernail.domain.report.ReportContent.MatrixCell;

/**
 * Charts of a report drawn on the server as PNG images (risk heatmap, use-case matrix, trends), the
 * same bytes in the HTML page and in the PDF. Only shapes and digits are drawn, the digits from a
 * built-in 3 × 5 pixel font, so that a server without any font installed draws them alike; the words
 * (axes, indicator names) are in the page around the image.
 */
final class ReportCharts {

    static final Color RED = new Color(0xC6, 0x28, 0x28);
    static final Color ORANGE = new Color(0xEF, 0x6C, 0x00);
    static final Color YELLOW = new Color(0xF9, 0xA8, 0x25);
    static final Color GREEN = new Color(0x2E, 0x7D, 0x32);
    static final Color GREY = new Color(0x9E, 0x9E, 0x9E);
    static final Color INK = new Color(0x1B, 0x1B, 0x1B);
    static final Color PAPER = Color.WHITE;

    /** The digits 0–9, '-' and '+', each five rows of three pixels. */
    private static final String[] GLYPHS = {
        "111101101101111", "010110010010111", "111001111100111", "111001111001111", "101101111001001",
        "111100111001111", "111100111101111", "111001001001001", "111101111101111", "111101111001111",
        "000000111000000", "000010111010000"
    };

    private ReportCharts() {}

    /** A 5 × 5 risk grid: likelihood across (1 → 5), severity up (1 → 5), coloured by score, the count in each cell. */
    static byte[] heatmap(List<GridCell> cells) {
        int cell = 56;
        int margin = 28;
        int size = margin + 5 * cell + 4;
        BufferedImage image = canvas(size, size);
        Graphics2D g = image.createGraphics();
        paper(g, size, size);
        long[][] counts = new long[6][6];
        for (GridCell c : cells) {
            if (c.likelihood() >= 1 && c.likelihood() <= 5 && c.severity() >= 1 && c.severity() <= 5) {
                counts[c.likelihood()][c.severity()] += c.count();
            }
        }
        for (int likelihood = 1; likelihood <= 5; likelihood++) {
            for (int severity = 1; severity <= 5; severity++) {
                int x = margin + (likelihood - 1) * cell;
                int y = (5 - severity) * cell;
                long count = counts[likelihood][severity];
                Color colour = scoreColour(likelihood * severity);
                g.setColor(count > 0 ? colour : blend(colour, PAPER, 0.75));
                g.fillRect(x + 1, y + 1, cell - 2, cell - 2);
                if (count > 0) {
                    text(g, Long.toString(count), x + cell / 2, y + cell / 2, 4, PAPER);
                }
            }
            text(g, Integer.toString(likelihood), margin + (likelihood - 1) * cell + cell / 2, 5 * cell + 14, 2, INK);
        }
        for (int severity = 1; severity <= 5; severity++) {
            text(g, Integer.toString(severity), margin / 2, (5 - severity) * cell + cell / 2, 2, INK);
        }
        g.dispose();
        return png(image);
    }

    /**
     * The use-case matrix as four quadrants (impact up, complexity across: quick wins top left, major
     * projects top right, fill-ins bottom left, to avoid bottom right) with their counts, and the
     * unscored ones in a grey band below.
     */
    static byte[] matrix(List<MatrixCell> cells) {
        int quadrant = 120;
        int width = 2 * quadrant + 4;
        int height = 2 * quadrant + 50;
        BufferedImage image = canvas(width, height);
        Graphics2D g = image.createGraphics();
        paper(g, width, height);
        String[] order = {"QUICK_WIN", "MAJOR_PROJECT", "FILL_IN", "AVOID"};
        Color[] colours = {GREEN, YELLOW, new Color(0x60, 0x7D, 0x8B), RED};
        for (int i = 0; i < order.length; i++) {
            int x = (i % 2) * quadrant + 2;
            int y = (i / 2) * quadrant + 2;
            long count = count(cells, order[i]);
            g.setColor(count > 0 ? colours[i] : blend(colours[i], PAPER, 0.75));
            g.fillRect(x + 1, y + 1, quadrant - 2, quadrant - 2);
            text(g, Long.toString(count), x + quadrant / 2, y + quadrant / 2, 6, PAPER);
        }
        g.setColor(blend(GREY, PAPER, 0.4));
        g.fillRect(3, 2 * quadrant + 8, 2 * quadrant - 2, 38);
        text(g, Long.toString(count(cells, "UNSCORED")), quadrant, 2 * quadrant + 27, 3, INK);
        g.dispose();
        return png(image);
    }

    /**
     * The change of each indicator that has a previous value: one bar per indicator, numbered as in
     * the table beside it, to the right when it rose, to the left when it fell; green when better,
     * red when worse, grey when neutral.
     */
    static byte[] trends(List<IndicatorLine> lines) {
        List<IndicatorLine> changed =
                lines.stream().filter(line -> line.delta() != null).toList();
        int row = 22;
        int width = 520;
        int label = 40;
        int height = Math.max(1, changed.size()) * row + 8;
        BufferedImage image = canvas(width, height);
        Graphics2D g = image.createGraphics();
        paper(g, width, height);
        long max =
                changed.stream().mapToLong(line -> Math.abs(line.delta())).max().orElse(1);
        max = Math.max(1, max);
        int axis = label + (width - label) / 2;
        int half = (width - label) / 2 - 40;
        g.setColor(GREY);
        g.fillRect(axis, 0, 1, height);
        for (int i = 0; i < changed.size(); i++) {
            IndicatorLine line = changed.get(i);
            int y = 4 + i * row;
            text(g, Integer.toString(i + 1), label / 2, y + row / 2 - 2, 2, INK);
            long delta = line.delta();
            int length = (int) Math.round((double) Math.abs(delta) / max * half);
            g.setColor(judgementColour(line.judgement()));
            if (delta >= 0) {
                g.fillRect(axis + 1, y + 3, Math.max(2, length), row - 8);
                text(g, (delta > 0 ? "+" : "") + delta, axis + length + 20, y + row / 2 - 2, 2, INK);
            } else {
                g.fillRect(axis - length, y + 3, length, row - 8);
                text(g, Long.toString(delta), axis - length - 20, y + row / 2 - 2, 2, INK);
            }
        }
        g.dispose();
        return png(image);
    }

    /** A PNG as the data: URI an {@code <img>} takes. */
    static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    static Color scoreColour(int score) {
        if (score >= 15) {
            return RED;
        }
        if (score >= 10) {
            return ORANGE;
        }
        if (score >= 5) {
            return YELLOW;
        }
        return GREEN;
    }

    private static Color judgementColour(String judgement) {
        if ("BETTER".equals(judgement)) {
            return GREEN;
        }
        if ("WORSE".equals(judgement)) {
            return RED;
        }
        return GREY;
    }

    private static long count(List<MatrixCell> cells, String quadrant) {
        return cells.stream()
                .filter(cell -> cell.quadrant().equals(quadrant))
                .mapToLong(MatrixCell::count)
                .sum();
    }

    /** Digits centred on (cx, cy), each pixel of the glyph a {@code scale} × {@code scale} square. */
    static void text(Graphics2D g, String digits, int cx, int cy, int scale, Color colour) {
        int glyphWidth = 4 * scale;
        int startX = cx - (digits.length() * glyphWidth - scale) / 2;
        int startY = cy - (5 * scale) / 2;
        g.setColor(colour);
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int glyph = c == '-' ? 10 : c == '+' ? 11 : c - '0';
            if (glyph < 0 || glyph >= GLYPHS.length) {
                continue;
            }
            String pixels = GLYPHS[glyph];
            for (int p = 0; p < 15; p++) {
                if (pixels.charAt(p) == '1') {
                    g.fillRect(startX + i * glyphWidth + (p % 3) * scale, startY + (p / 3) * scale, scale, scale);
                }
            }
        }
    }

    private static BufferedImage canvas(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    private static void paper(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(PAPER);
        g.fillRect(0, 0, width, height);
    }

    private static Color blend(Color colour, Color with, double share) {
        return new Color(
                (int) Math.round(colour.getRed() * (1 - share) + with.getRed() * share),
                (int) Math.round(colour.getGreen() * (1 - share) + with.getGreen() * share),
                (int) Math.round(colour.getBlue() * (1 - share) + with.getBlue() * share));
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
