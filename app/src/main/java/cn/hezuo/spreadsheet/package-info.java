/**
 * Reads uploaded spreadsheets (.xlsx, .xls, .csv in UTF-8 or GBK) into a plain {@link cn.hezuo.spreadsheet.Table}
 * and writes .xlsx files safely; feature imports and exports (rosters, exam scores) build on it.
 */
package cn.hezuo.spreadsheet;
