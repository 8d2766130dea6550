package vn.tuoitreso.reporting.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Charts drawn on the server (JFreeChart) as SVG (JFreeSVG): text stays text, the picture scales to the width of a
 * phone through its view box, and the browser runs no chart code. Labels use DejaVu Sans, which has every
 * Vietnamese letter, so the layout does not depend on the server's fonts.
 */
final class Charts {

    /** One series of a chart: its name in the reader's language and its value for each category. */
    record Series<T>(String name, ToDoubleFunction<T> value) {
    }

    private static final Color[] COLOURS = {new Color(0x1676F3), new Color(0x2E7D32), new Color(0xE65100),
        new Color(0x6A1B9A), new Color(0xC62828)};
    private static final Font FONT = font();

    private Charts() {
    }

    /** A line per series over the categories (months), {@code width × height} in the SVG's own units. */
    static <T> String lines(List<T> categories, java.util.function.Function<T, String> label, List<Series<T>> series,
            int width, int height) {
        JFreeChart chart = ChartFactory.createLineChart(null, null, null, dataset(categories, label, series),
                PlotOrientation.VERTICAL, series.size() > 1, false, false);
        style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        if (categories.size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return svg(chart, width, height);
    }

    /** Horizontal bars, one group per category (a unit, a course), so long names stay readable on a phone. */
    static <T> String bars(List<T> categories, java.util.function.Function<T, String> label, List<Series<T>> series,
            int width) {
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, dataset(categories, label, series),
                PlotOrientation.HORIZONTAL, series.size() > 1, false, false);
        style(chart);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
        }
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        int height = 70 + Math.max(1, categories.size()) * (12 + 12 * series.size());
        return svg(chart, width, height);
    }

    private static <T> DefaultCategoryDataset dataset(List<T> categories, java.util.function.Function<T, String> label,
            List<Series<T>> series) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series<T> s : series) {
            for (T category : categories) {
                dataset.addValue(s.value().applyAsDouble(category), s.name(), label.apply(category));
            }
        }
        return dataset;
    }

    private static void style(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(FONT.deriveFont(14f));
        theme.setRegularFont(FONT.deriveFont(12f));
        theme.setSmallFont(FONT.deriveFont(11f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.apply(chart);
        chart.setBorderVisible(false);
        chart.getCategoryPlot().setOutlineVisible(false);
        chart.getCategoryPlot().getRangeAxis().setStandardTickUnits(
                org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
    }

    private static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        // no fixed size: the view box keeps the proportions and CSS sets the width
        return graphics.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
    }

    private static Font font() {
        try (InputStream in = Charts.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }
}
