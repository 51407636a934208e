/**
 * 家长 (families): parent accounts linked to their children (made by the head teacher with printed slips, or by a
 * one-time invitation code the parent redeems), what a parent may see of each child (exactly what the child sees),
 * the class notices a head teacher posts, and a printable weekly summary. No push channel: see {@link
 * cn.hezuo.family.FamilyNotifier} and docs/families.md.
 */
package cn.hezuo.family;
