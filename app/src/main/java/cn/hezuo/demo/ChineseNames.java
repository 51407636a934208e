package cn.hezuo.demo;

import cn.hezuo.roster.Gender;
import java.util.Random;

/** Realistic, deterministic Chinese names: common surnames weighted by frequency, gendered given names. */
final class ChineseNames {

    // Roughly in order of frequency; earlier surnames are drawn more often.
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳";
    private static final String BOY_CHARS = "浩宇轩然俊杰子涵博文昊天鹏程明哲泽睿志强嘉豪晨阳皓铭宇航一鸣家乐子墨思远建国伟诚峻熙";
    private static final String GIRL_CHARS = "欣怡梓涵雨桐诗琪佳怡思彤若曦子萱雅静婉清梦瑶紫涵语嫣雨欣可馨晓彤佳琪美琳雪婷心怡";

    private final Random random;

    ChineseNames(Random random) {
        this.random = random;
    }

    String next(Gender gender) {
        String surname = surname();
        String chars = gender == Gender.M ? BOY_CHARS : GIRL_CHARS;
        StringBuilder given = new StringBuilder();
        int length = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < length; i++) {
            given.append(chars.charAt(random.nextInt(chars.length())));
        }
        return surname + given;
    }

    private String surname() {
        // Square of a uniform draw favours the front of the list, as real surname frequencies do.
        double u = random.nextDouble();
        int index = (int) (u * u * (SURNAMES.length() - 2));
        if (index >= SURNAMES.length() - 3 && random.nextInt(4) == 0) {
            return "欧阳";
        }
        return String.valueOf(SURNAMES.charAt(Math.min(index, SURNAMES.length() - 3)));
    }
}
