package cn.hezuo.exam.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of one chart, written as JSON into a {@code data-chart} attribute and drawn by {@code js/exam-charts.js}
 * (the Content-Security-Policy forbids inline scripts). Kinds: {@code bar} and {@code line} (categories, series,
 * optional reference line), {@code radar} (indicators, series). Percentages are sent as 0–100 with one decimal.
 */
final class ChartJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> chart = new LinkedHashMap<>();
    private final List<Map<String, Object>> series = new ArrayList<>();

    private ChartJson(String type) {
        chart.put("type", type);
        chart.put("series", series);
    }

    public static ChartJson bar(List<String> categories) {
        return new ChartJson("bar").with("categories", categories);
    }

    public static ChartJson line(List<String> categories) {
        return new ChartJson("line").with("categories", categories);
    }

    /** A radar over these axes, each from 0 to 100 (%). */
    public static ChartJson radar(List<String> indicators) {
        List<Map<String, Object>> axes = new ArrayList<>();
        indicators.forEach(name -> axes.add(Map.of("name", name, "max", 100)));
        return new ChartJson("radar").with("indicators", axes);
    }

    public ChartJson with(String key, Object value) {
        chart.put(key, value);
        return this;
    }

    /** A series; NaN values become null (a gap). */
    public ChartJson series(String name, List<Double> values) {
        return series(name, values, null);
    }

    /** A series drawn as {@code kind} ("bar" or "line") in a bar chart. */
    public ChartJson series(String name, List<Double> values, String kind) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("data", values.stream().map(ChartJson::round).toList());
        if (kind != null) {
            s.put("kind", kind);
        }
        series.add(s);
        return this;
    }

    /** A rate in [0, 1] as a percentage with one decimal, or null for NaN. */
    public static Double percent(double rate) {
        return Double.isNaN(rate) ? null : Math.round(rate * 1000) / 10.0;
    }

    private static Double round(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : Math.round(value * 100) / 100.0;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
