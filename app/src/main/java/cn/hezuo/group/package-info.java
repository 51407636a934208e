/**
 * Group life in a class: grouping plans (分组方案) formed with the grouping engine, previewed with a
 * balance panel, adjusted by hand, saved, activated; groups with member numbers.
 */
package cn.hezuo.group;
