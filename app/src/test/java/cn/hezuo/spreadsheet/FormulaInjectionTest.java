package cn.hezuo.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaInjectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+86 138", "-2", "@x", "\tx", "\rx", "=HYPERLINK(\"http://x\")"})
    void textThatExcelWouldTreatAsFormulaGetsAnApostrophe(String value) {
        assertThat(FormulaInjection.neutralise(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"王浩", "2023001", "a=b", "", "'", "'abc", "班长-副"})
    void harmlessTextIsUnchanged(String value) {
        assertThat(FormulaInjection.neutralise(value)).isEqualTo(value);
        assertThat(FormulaInjection.restore(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "-2", "'=1+1", "''@x", "'", "'abc", "x", ""})
    void restoreUndoesNeutraliseExactly(String value) {
        assertThat(FormulaInjection.restore(FormulaInjection.neutralise(value))).isEqualTo(value);
    }
}
