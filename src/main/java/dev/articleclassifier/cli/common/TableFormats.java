package dev.articleclassifier.cli.common;

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
 *
 * <p>CSV is opened by spreadsheets, which run a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab
 * or carriage return as a formula: a headline such as {@code =HYPERLINK(...)} would be a live link or worse. Such
 * text cells are written with a leading apostrophe, as OWASP's CSV injection guidance recommends; numbers are
 * written as they are, so a negative score stays a number.
 */
public final class TableFormats {

    /** How rows are written; {@code --format table|csv|jsonl}. */
    public enum Format {
        TABLE, CSV, JSONL;

        /** The option's value: the name in any case, {@code json} for {@code jsonl}. */
        public static final class Converter implements picocli.CommandLine.ITypeConverter<Format> {
            @Override
            public Format convert(String name) {
                return switch (name.toLowerCase(Locale.ROOT)) {
                    case "table" -> TABLE;
                    case "csv" -> CSV;
                    case "jsonl", "json" -> JSONL;
                    default -> throw new picocli.CommandLine.TypeConversionException(
                            "expected table, csv or jsonl, got '" + name + "'");
                };
            }
        }

        /** The values help and completion offer. */
        public static final class Names implements Iterable<String> {
            @Override
            public java.util.Iterator<String> iterator() {
                return List.of("table", "csv", "jsonl").iterator();
            }
        }
    }

    /** A table cell wider than this is cut with an ellipsis, so a long headline does not wrap every row. */
    public static final int MAX_CELL = 70;
    /** Characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final JsonFactory JSON = new JsonFactory();

    private TableFormats() {
    }

    public static void print(Format format, List<String> columns, List<? extends List<?>> rows, PrintStream out) {
        switch (format) {
            case TABLE -> table(columns, rows, out);
            case CSV -> csv(columns, rows, out);
            case JSONL -> jsonl(columns, rows, out);
        }
        out.flush();
    }

    public static void table(List<String> columns, List<? extends List<?>> rows, PrintStream out) {
        table(columns, rows, out, MAX_CELL);
    }

    /** A table whose cells are cut at {@code maxCell} characters ({@code Integer.MAX_VALUE}: never). */
    public static void table(List<String> columns, List<? extends List<?>> rows, PrintStream out, int maxCell) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).length();
            for (List<?> row : rows) {
                widths[c] = Math.max(widths[c], cell(row, c, maxCell).length());
            }
        }
        out.println(line(columns, widths, maxCell));
        List<Object> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        out.println(line(rule, widths, maxCell));
        for (List<?> row : rows) {
            out.println(line(row, widths, maxCell));
        }
    }

    public static void csv(List<String> columns, List<? extends List<?>> rows, PrintStream out) {
        out.print(csvLine(columns));
        for (List<?> row : rows) {
            out.print(csvLine(row));
        }
    }

    public static void jsonl(List<String> columns, List<? extends List<?>> rows, PrintStream out) {
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

    private static String cell(List<?> row, int column, int maxCell) {
        Object value = column < row.size() ? row.get(column) : null;
        if (value == null) {
            return "";
        }
        String flat = value.toString().replaceAll("\\s+", " ");
        return flat.length() <= maxCell ? flat : flat.substring(0, maxCell - 1) + "…";
    }

    private static String line(List<?> row, int[] widths, int maxCell) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String value = cell(row, c, maxCell);
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
                String value = row.get(c) instanceof Number ? row.get(c).toString() : neutralised(row.get(c).toString());
                boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                        || value.indexOf('\r') >= 0;
                line.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
            }
        }
        return line.append("\r\n").toString();
    }

    /** Text a spreadsheet would run as a formula, prefixed with an apostrophe so that it shows as text. */
    static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A score or weight rounded for display (and still a number in JSON), or {@code null}. */
    public static Number rounded(Double value) {
        return value == null ? null : java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
