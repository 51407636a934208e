package cn.hezuo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseOrderTest {

    @Test
    void namesSortByPinyinNotByUnicode() {
        List<String> names = new ArrayList<>(List.of("周杰", "张伟", "安琪", "陈浩", "白雪", "欧阳娜娜", "李明"));
        names.sort(ChineseOrder.strings());
        assertThat(names).containsExactly("安琪", "白雪", "陈浩", "李明", "欧阳娜娜", "张伟", "周杰");
    }

    @Test
    void numbersInsideClassNamesSortByValue() {
        List<String> classes = new ArrayList<>(List.of("七年级10班", "七年级2班", "七年级1班"));
        classes.sort(ChineseOrder.strings());
        assertThat(classes).containsExactly("七年级1班", "七年级2班", "七年级10班");
    }

    @Test
    void studentNumbersWithLeadingZerosKeepTheirNumericOrder() {
        List<String> numbers = new ArrayList<>(List.of("070110", "070102", "070101"));
        numbers.sort(ChineseOrder.strings());
        assertThat(numbers).containsExactly("070101", "070102", "070110");
    }
}
