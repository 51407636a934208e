package cn.hezuo.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first visible sheet with data of an .xlsx with a SAX parser over POI's {@link XSSFReader}: the sheet XML
 * is parsed as it is unzipped from a file and every row goes straight to the {@link TableCollector}, so no workbook,
 * no cell objects and no table are ever held. Cell text follows {@link CellText} (15 significant digits, zero-padded
 * 学号, ISO dates), so a file reads the same here as in {@link WorkbookTableReader}.
 *
 * <p>The sheet and shared-string handlers are our own rather than POI's {@code XSSFSheetXMLHandler} and
 * {@code ReadOnlySharedStringsTable}: those build an XMLBeans rich-text object for every text cell, which made a
 * 5,000-row file take seconds and a district file minutes; plain strings are all an import needs.
 */
final class StreamingXlsxReader {

    private StreamingXlsxReader() {
    }

    static void read(Path file, SpreadsheetLimits limits, RowHandler handler)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader xssf = new XSSFReader(pkg);
            Map<String, Boolean> hidden = hiddenSheets(xssf);
            List<String> strings = sharedStrings(xssf);
            NumberFormats formats = new NumberFormats(xssf.getStylesTable());
            XSSFReader.SheetIterator sheets = xssf.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    // A hidden first sheet is usually a lookup list, not what the teacher sees when opening the file.
                    if (hidden.getOrDefault(sheets.getSheetName(), false)) {
                        continue;
                    }
                    TableCollector collector = new TableCollector(limits, sheets.getSheetName(), handler);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new SheetHandler(collector, strings, formats));
                    parser.parse(new InputSource(sheet));
                    if (collector.hasContent()) {
                        collector.finish();
                        return;
                    }
                }
            }
        }
        throw new SpreadsheetException(SpreadsheetException.Reason.EMPTY);
    }

    /** Sheet name → hidden or very hidden, from workbook.xml (the sheet iterator does not tell). */
    private static Map<String, Boolean> hiddenSheets(XSSFReader xssf)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        Map<String, Boolean> hidden = new HashMap<>();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("sheet".equals(localName)) {
                    String state = attributes.getValue("state");
                    hidden.put(attributes.getValue("name"), "hidden".equals(state) || "veryHidden".equals(state));
                }
            }
        });
        try (InputStream workbook = xssf.getWorkbookData()) {
            parser.parse(new InputSource(workbook));
        }
        return hidden;
    }

    /** The shared strings as plain text: every {@code <t>} of an {@code <si>}, without phonetic runs. */
    private static List<String> sharedStrings(XSSFReader xssf)
            throws IOException, SAXException, ParserConfigurationException {
        List<String> strings = new ArrayList<>();
        InputStream data;
        try {
            data = xssf.getSharedStringsData();
        } catch (InvalidFormatException | IllegalArgumentException noSharedStrings) {
            return strings;
        }
        if (data == null) {
            return strings;
        }
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inText;
            private boolean inPhonetic;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (localName) {
                    case "si" -> text.setLength(0);
                    case "t" -> inText = !inPhonetic;
                    case "rPh" -> inPhonetic = true;
                    default -> { }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                switch (localName) {
                    case "si" -> strings.add(text.toString());
                    case "t" -> inText = false;
                    case "rPh" -> inPhonetic = false;
                    default -> { }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText) {
                    text.append(ch, start, length);
                }
            }
        });
        try (InputStream in = data) {
            parser.parse(new InputSource(in));
        }
        return strings;
    }

    /** Per cell style: its number format, and whether it shows dates; looked up once per style. */
    private static final class NumberFormats {
        private final StylesTable styles;
        private final Map<Integer, String[]> byStyle = new HashMap<>();

        NumberFormats(StylesTable styles) {
            this.styles = styles;
        }

        String text(String value, int style) {
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return value;
            }
            String[] format = byStyle.computeIfAbsent(style, this::format);
            if (format[1] != null && DateUtil.isValidExcelDate(number)) {
                return CellText.date(DateUtil.getLocalDateTime(number, false));
            }
            return CellText.zeroPadded(CellText.plainNumber(number), format[0]);
        }

        /** [format string, "date" or null]. */
        private String[] format(int style) {
            if (styles == null || style < 0 || style >= styles.getNumCellStyles()) {
                return new String[] {null, null};
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(style);
            String formatString = cellStyle.getDataFormatString();
            boolean date = DateUtil.isADateFormat(cellStyle.getDataFormat(), formatString);
            return new String[] {formatString, date ? "date" : null};
        }
    }

    /** Turns {@code <row>}/{@code <c>} elements into rows of cell text for the collector. */
    private static final class SheetHandler extends DefaultHandler {
        private final TableCollector collector;
        private final List<String> strings;
        private final NumberFormats formats;
        private final StringBuilder value = new StringBuilder();
        private List<String> cells = new ArrayList<>();
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean inValue;

        SheetHandler(TableCollector collector, List<String> strings, NumberFormats formats) {
            this.collector = collector;
            this.strings = strings;
            this.formats = formats;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    // Some writers leave out the reference; the cell is then the next one of the row.
                    column = ref == null ? column + 1 : columnOf(ref);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true; // <t> of an inline string (<is>)
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> addCell(cellText());
                case "row" -> collector.accept(rowNumber, cells);
                default -> { }
            }
        }

        private String cellText() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? "" : formats.text(raw, style);
            }
            return switch (type) {
                case "s" -> {
                    int index = raw.isEmpty() ? -1 : Integer.parseInt(raw.trim());
                    yield index >= 0 && index < strings.size() ? strings.get(index) : "";
                }
                case "inlineStr", "str" -> raw;
                case "b" -> raw.equals("1") ? "TRUE" : raw.isEmpty() ? "" : "FALSE";
                default -> ""; // "e": an error such as #DIV/0! carries no value
            };
        }

        private void addCell(String text) {
            if (text.isEmpty()) {
                return; // formatted but empty cells far to the right must not count as columns
            }
            if (column >= collector.maxColumns()) {
                throw collector.tooManyColumns(); // at the first wide row: a dense sheet is never read to its end
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(text);
        }

        /** "AB12" → 27; letters only, the row part is ignored. */
        static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }
    }
}
