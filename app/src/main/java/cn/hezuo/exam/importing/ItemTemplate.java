package cn.hezuo.exam.importing;

import cn.hezuo.spreadsheet.XlsxWriter;

/** An empty 双向细目表 in the layout {@link ItemSheetParser} reads, with two example rows. */
public final class ItemTemplate {

    private ItemTemplate() {
    }

    public static byte[] create() {
        try (XlsxWriter xlsx = new XlsxWriter()) {
            xlsx.sheet("双向细目表", ItemSheetParser.TEMPLATE_HEADERS)
                    .row("1", "客观", "3", "B", "有理数", "否")
                    .row("2", "主观", "10", "", "方程、应用题", "是");
            return xlsx.toBytes();
        }
    }
}
