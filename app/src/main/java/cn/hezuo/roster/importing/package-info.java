/**
 * Imports and exports a class roster as a spreadsheet: checks every row of an uploaded table and previews what will
 * be created or updated, writes the download template and the re-importable export. Pure logic; no persistence.
 */
package cn.hezuo.roster.importing;
