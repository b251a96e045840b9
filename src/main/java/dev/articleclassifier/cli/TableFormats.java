package dev.articleclassifier.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints rows of named columns the three ways an operator reads query results: a table aligned for the terminal,
 * CSV for a spreadsheet (RFC 4180 quoting), or JSON Lines for scripts ({@code jq}). A {@code null} cell is empty
 * in the table and CSV, and {@code null} in JSON. A cell is a {@link String} or a {@link Number}; numbers are
 * right-aligned in the table and stay numbers in JSON, so scores and counts need no conversion in scripts.
 */
final class TableFormats {

    /** How rows are written. */
    enum Format {
        TABLE, CSV, JSONL;

        /** @throws IllegalArgumentException naming the accepted values */
        static Format parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "table" -> TABLE;
                case "csv" -> CSV;
                case "jsonl", "json" -> JSONL;
                default -> throw new IllegalArgumentException("--format is table, csv or jsonl, got \"" + name + "\"");
            };
        }
    }

    /** A table cell wider than this is cut with an ellipsis, so a long headline does not wrap every row. */
    static final int MAX_CELL = 70;
    private static final JsonFactory JSON = new JsonFactory();

    private TableFormats() {
    }

    static void print(Format format, List<String> columns, List<? extends List<?>> rows, PrintStream out) {
        switch (format) {
            case TABLE -> table(columns, rows, out);
            case CSV -> csv(columns, rows, out);
            case JSONL -> jsonl(columns, rows, out);
        }
        out.flush();
    }

    static void table(List<String> columns, List<? extends List<?>> rows, PrintStream out) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).length();
            for (List<?> row : rows) {
                widths[c] = Math.max(widths[c], cell(row, c).length());
            }
        }
        out.println(line(columns, widths));
        List<Object> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        out.println(line(rule, widths));
        for (List<?> row : rows) {
            out.println(line(row, widths));
        }
    }

    static void csv(List<String> columns, List<? extends List<?>> rows, PrintStream out) {
        out.print(csvLine(columns));
        for (List<?> row : rows) {
            out.print(csvLine(row));
        }
    }

    static void jsonl(List<String> columns, List<? extends List<?>> rows, PrintStream out) {
        for (List<?> row : rows) {
            StringWriter line = new StringWriter();
            try (JsonGenerator g = JSON.createGenerator(line)) {
                g.writeStartObject();
                for (int c = 0; c < columns.size(); c++) {
                    Object value = c < row.size() ? row.get(c) : null;
                    g.writeFieldName(columns.get(c));
                    if (value == null) {
                        g.writeNull();
                    } else if (value instanceof Number number) {
                        g.writeNumber(number.toString());
                    } else {
                        g.writeString(value.toString());
                    }
                }
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println(line);
        }
    }

    private static String cell(List<?> row, int column) {
        Object value = column < row.size() ? row.get(column) : null;
        if (value == null) {
            return "";
        }
        String flat = value.toString().replaceAll("\\s+", " ");
        return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 1) + "…";
    }

    private static String line(List<?> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String value = cell(row, c);
            boolean numeric = c < row.size() && row.get(c) instanceof Number;
            String padding = " ".repeat(widths[c] - value.length());
            line.append(numeric ? padding + value : value + (c == widths.length - 1 ? "" : padding));
            if (c < widths.length - 1) {
                line.append("  ");
            }
        }
        return line.toString().stripTrailing();
    }

    private static String csvLine(List<?> row) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.size(); c++) {
            if (c > 0) {
                line.append(',');
            }
            if (row.get(c) != null) {
                String value = row.get(c).toString();
                boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                        || value.indexOf('\r') >= 0;
                line.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
            }
        }
        return line.append("\r\n").toString();
    }

    /** A score or weight rounded for display (and still a number in JSON), or {@code null}. */
    static Number rounded(Double value) {
        return value == null ? null : java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
