/** 座位表: groups as clusters of facing desks generated from the active plan, drag to swap, projector and print views. */
package cn.hezuo.group.seating;
