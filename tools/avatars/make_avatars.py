#!/usr/bin/env python3
"""Draws Hezuo's 40 student avatars: friendly animal faces, written as small SVG files (original work, same licence as
the project). Run from the repository root: python3 tools/avatars/make_avatars.py
Each file is a 100×100 viewBox with a round coloured background; ids a01 … a40 are what the database stores."""
import pathlib

OUT = pathlib.Path("app/src/main/resources/static/img/avatars")

BACKGROUNDS = ["#ffe3e3", "#fff3bf", "#d3f9d8", "#d0ebff", "#e5dbff", "#ffdeeb", "#c5f6fa", "#ffe8cc"]


def eyes(y=48, dx=12, r=5, colour="#222"):
    return (f'<circle cx="{50 - dx}" cy="{y}" r="{r}" fill="{colour}"/><circle cx="{50 + dx}" cy="{y}" r="{r}" fill="{colour}"/>'
            f'<circle cx="{50 - dx + 1.6}" cy="{y - 1.8}" r="{r / 3:.1f}" fill="#fff"/><circle cx="{50 + dx + 1.6}" cy="{y - 1.8}" r="{r / 3:.1f}" fill="#fff"/>')


def smile(y=62, w=8, colour="#222"):
    return f'<path d="M{50 - w} {y} Q50 {y + w} {50 + w} {y}" fill="none" stroke="{colour}" stroke-width="3" stroke-linecap="round"/>'


def cheeks(y=60, dx=22):
    return f'<circle cx="{50 - dx}" cy="{y}" r="5" fill="#ff8787" opacity=".45"/><circle cx="{50 + dx}" cy="{y}" r="5" fill="#ff8787" opacity=".45"/>'


def cat(fur, inner):
    return (f'<path d="M22 40 L26 14 L44 30 Z M78 40 L74 14 L56 30 Z" fill="{fur}"/>'
            f'<path d="M27 34 L29 21 L38 29 Z M73 34 L71 21 L62 29 Z" fill="{inner}"/>'
            f'<ellipse cx="50" cy="54" rx="30" ry="27" fill="{fur}"/>' + eyes() +
            '<path d="M47 57 L53 57 L50 61 Z" fill="#e8590c"/>' + smile(63, 6) + cheeks() +
            '<path d="M20 56 H34 M20 62 H34 M66 56 H80 M66 62 H80" stroke="#555" stroke-width="1.5"/>')


def dog(fur, ear):
    return (f'<ellipse cx="24" cy="44" rx="9" ry="18" fill="{ear}" transform="rotate(20 24 44)"/>'
            f'<ellipse cx="76" cy="44" rx="9" ry="18" fill="{ear}" transform="rotate(-20 76 44)"/>'
            f'<ellipse cx="50" cy="54" rx="28" ry="28" fill="{fur}"/>'
            '<ellipse cx="50" cy="64" rx="14" ry="10" fill="#fff" opacity=".8"/>' + eyes(48, 11) +
            '<ellipse cx="50" cy="59" rx="5" ry="4" fill="#222"/>' + smile(66, 5) +
            '<path d="M50 70 q3 7 6 0" fill="#ff6b6b"/>')


def bear(fur, inner):
    return (f'<circle cx="27" cy="30" r="11" fill="{fur}"/><circle cx="73" cy="30" r="11" fill="{fur}"/>'
            f'<circle cx="27" cy="30" r="6" fill="{inner}"/><circle cx="73" cy="30" r="6" fill="{inner}"/>'
            f'<circle cx="50" cy="55" r="29" fill="{fur}"/><ellipse cx="50" cy="64" rx="12" ry="9" fill="{inner}"/>'
            + eyes(50, 12, 4.5) + '<ellipse cx="50" cy="60" rx="4.5" ry="3.5" fill="#222"/>' + smile(66, 4))


def rabbit(fur, inner):
    return (f'<ellipse cx="38" cy="22" rx="7" ry="20" fill="{fur}"/><ellipse cx="62" cy="22" rx="7" ry="20" fill="{fur}"/>'
            f'<ellipse cx="38" cy="23" rx="3.5" ry="14" fill="{inner}"/><ellipse cx="62" cy="23" rx="3.5" ry="14" fill="{inner}"/>'
            f'<ellipse cx="50" cy="58" rx="27" ry="25" fill="{fur}"/>' + eyes(54, 11, 4.5) +
            '<ellipse cx="50" cy="63" rx="3.5" ry="2.5" fill="#f06595"/>' + smile(67, 4) + cheeks(64, 19))


def panda(fur, patch):
    return (f'<circle cx="27" cy="30" r="10" fill="{patch}"/><circle cx="73" cy="30" r="10" fill="{patch}"/>'
            f'<circle cx="50" cy="55" r="29" fill="{fur}"/>'
            f'<ellipse cx="38" cy="50" rx="8" ry="10" fill="{patch}" transform="rotate(-25 38 50)"/>'
            f'<ellipse cx="62" cy="50" rx="8" ry="10" fill="{patch}" transform="rotate(25 62 50)"/>'
            '<circle cx="38" cy="50" r="3.5" fill="#fff"/><circle cx="62" cy="50" r="3.5" fill="#fff"/>'
            '<ellipse cx="50" cy="62" rx="4" ry="3" fill="#222"/>' + smile(67, 4) + cheeks(64, 20))


def fox(fur, light):
    return (f'<path d="M22 44 L24 12 L44 32 Z M78 44 L76 12 L56 32 Z" fill="{fur}"/>'
            f'<path d="M20 44 Q50 30 80 44 Q76 74 50 84 Q24 74 20 44 Z" fill="{fur}"/>'
            f'<path d="M28 56 Q50 60 72 56 Q66 76 50 84 Q34 76 28 56 Z" fill="{light}"/>' + eyes(50, 13, 4.5) +
            '<circle cx="50" cy="70" r="4" fill="#222"/>')


def owl(feather, belly):
    return (f'<path d="M24 30 L32 18 L40 28 Z M76 30 L68 18 L60 28 Z" fill="{feather}"/>'
            f'<ellipse cx="50" cy="56" rx="28" ry="30" fill="{feather}"/><ellipse cx="50" cy="66" rx="17" ry="18" fill="{belly}"/>'
            '<circle cx="38" cy="46" r="10" fill="#fff"/><circle cx="62" cy="46" r="10" fill="#fff"/>' + eyes(46, 12, 5) +
            '<path d="M46 54 L54 54 L50 62 Z" fill="#f59f00"/>')


def frog(skin, belly):
    return (f'<circle cx="34" cy="34" r="11" fill="{skin}"/><circle cx="66" cy="34" r="11" fill="{skin}"/>'
            f'<ellipse cx="50" cy="58" rx="31" ry="24" fill="{skin}"/><ellipse cx="50" cy="66" rx="20" ry="12" fill="{belly}"/>'
            '<circle cx="34" cy="34" r="7" fill="#fff"/><circle cx="66" cy="34" r="7" fill="#fff"/>' + eyes(35, 16, 4) +
            smile(60, 12) + cheeks(60, 24))


def pig(skin, snout):
    return (f'<path d="M24 36 L28 18 L42 30 Z M76 36 L72 18 L58 30 Z" fill="{snout}"/>'
            f'<circle cx="50" cy="55" r="29" fill="{skin}"/>' + eyes(48, 13, 4.5) +
            f'<ellipse cx="50" cy="62" rx="11" ry="8" fill="{snout}"/>'
            '<ellipse cx="46" cy="62" rx="2" ry="3" fill="#862e9c"/><ellipse cx="54" cy="62" rx="2" ry="3" fill="#862e9c"/>'
            + smile(72, 4) + cheeks(60, 22))


def mouse(fur, inner):
    return (f'<circle cx="24" cy="32" r="15" fill="{fur}"/><circle cx="76" cy="32" r="15" fill="{fur}"/>'
            f'<circle cx="24" cy="32" r="9" fill="{inner}"/><circle cx="76" cy="32" r="9" fill="{inner}"/>'
            f'<ellipse cx="50" cy="58" rx="26" ry="25" fill="{fur}"/>' + eyes(52, 10, 4.5) +
            '<circle cx="50" cy="62" r="3.5" fill="#f06595"/>' + smile(67, 4) +
            '<path d="M22 60 H36 M22 66 H36 M64 60 H78 M64 66 H78" stroke="#555" stroke-width="1.3"/>')


def tiger(fur, stripe):
    return (f'<circle cx="27" cy="30" r="10" fill="{fur}"/><circle cx="73" cy="30" r="10" fill="{fur}"/>'
            f'<circle cx="50" cy="55" r="29" fill="{fur}"/>'
            f'<path d="M50 27 v9 M42 29 l2 7 M58 29 l-2 7 M22 50 h9 M22 58 h8 M78 50 h-9 M78 58 h-8" stroke="{stripe}" stroke-width="3.5" stroke-linecap="round"/>'
            '<ellipse cx="50" cy="65" rx="13" ry="9" fill="#fff"/>' + eyes(49, 12, 4.5) +
            '<path d="M46 60 L54 60 L50 64 Z" fill="#222"/>' + smile(67, 4))


def penguin(body, face):
    return (f'<ellipse cx="50" cy="54" rx="30" ry="31" fill="{body}"/>'
            f'<path d="M50 34 Q70 34 70 56 Q70 78 50 80 Q30 78 30 56 Q30 34 50 34 Z" fill="{face}"/>' + eyes(50, 9, 4) +
            '<path d="M44 57 L56 57 L50 64 Z" fill="#f59f00"/>' + cheeks(62, 15))


def lion(mane, face):
    petals = "".join(f'<circle cx="{50 + 30 * c:.1f}" cy="{54 + 30 * s:.1f}" r="10" fill="{mane}"/>'
                     for c, s in [(1, 0), (.87, .5), (.5, .87), (0, 1), (-.5, .87), (-.87, .5), (-1, 0), (-.87, -.5),
                                  (-.5, -.87), (0, -1), (.5, -.87), (.87, -.5)])
    return (petals + f'<circle cx="50" cy="54" r="26" fill="{face}"/>' + eyes(50, 10, 4) +
            '<path d="M45 58 L55 58 L50 63 Z" fill="#5c3d2e"/>' + smile(66, 5))


def monkey(fur, face):
    return (f'<circle cx="20" cy="52" r="10" fill="{fur}"/><circle cx="80" cy="52" r="10" fill="{fur}"/>'
            f'<circle cx="20" cy="52" r="6" fill="{face}"/><circle cx="80" cy="52" r="6" fill="{face}"/>'
            f'<circle cx="50" cy="52" r="29" fill="{fur}"/>'
            f'<path d="M50 44 Q40 32 32 42 Q26 52 34 60 Q40 78 50 78 Q60 78 66 60 Q74 52 68 42 Q60 32 50 44 Z" fill="{face}"/>'
            + eyes(50, 9, 4) + '<circle cx="47" cy="60" r="1.5" fill="#222"/><circle cx="53" cy="60" r="1.5" fill="#222"/>'
            + smile(66, 6))


def chick(body, comb):
    return (f'<path d="M44 22 Q48 12 52 22 Q56 12 58 24" fill="{comb}"/>'
            f'<circle cx="50" cy="55" r="30" fill="{body}"/>' + eyes(50, 11, 4.5) +
            '<path d="M44 57 L56 57 L50 65 Z" fill="#f76707"/>' + cheeks(62, 20))


ANIMALS = [
    (cat, [("#ffa94d", "#ffd8a8"), ("#868e96", "#dee2e6"), ("#495057", "#ffc9c9")]),
    (dog, [("#d9a066", "#8d5b2c"), ("#f1f3f5", "#adb5bd"), ("#e8c39e", "#6b4423")]),
    (bear, [("#a47148", "#e3c09b"), ("#f8f9fa", "#ced4da"), ("#5c3d2e", "#c69c72")]),
    (rabbit, [("#f8f9fa", "#ffc9de"), ("#ced4da", "#fcc2d7"), ("#e6ccb2", "#ffc9de")]),
    (panda, [("#ffffff", "#343a40"), ("#f8f9fa", "#5c3d2e")]),
    (fox, [("#fd7e14", "#fff4e6"), ("#c2410c", "#ffe8cc")]),
    (owl, [("#9c6644", "#ede0d4"), ("#748ffc", "#dbe4ff"), ("#8d6e63", "#fff3bf")]),
    (frog, [("#69db7c", "#d3f9d8"), ("#38d9a9", "#c3fae8"), ("#94d82d", "#f4fce3")]),
    (pig, [("#ffc9de", "#f783ac"), ("#ffd8a8", "#ffa8a8"), ("#eebefa", "#da77f2")]),
    (mouse, [("#adb5bd", "#ffc9de"), ("#e9ecef", "#ffdeeb"), ("#c69c72", "#ffc9de")]),
    (tiger, [("#ff922b", "#343a40"), ("#f8f9fa", "#495057")]),
    (penguin, [("#343a40", "#f8f9fa"), ("#364fc7", "#f8f9fa"), ("#0b7285", "#f8f9fa")]),
    (lion, [("#d9480f", "#ffd43b"), ("#a0522d", "#ffe066")]),
    (monkey, [("#8d5b2c", "#ffdab9"), ("#6b4423", "#f5d0a9")]),
    (chick, [("#ffe066", "#fa5252"), ("#ffd43b", "#f76707"), ("#fff9db", "#e03131")]),
]


# Group emblems (小组徽章): a shield in the group's colour around an animal, one per group number 1 … 12. The colours
# must match cn.hezuo.group.GroupEmblem.COLOURS.
EMBLEM_OUT = pathlib.Path("app/src/main/resources/static/img/emblems")
GROUP_COLOURS = ["#e03131", "#1971c2", "#2f9e44", "#f08c00", "#7048e8", "#0c8599", "#c2255c", "#5c940d", "#e8590c",
                 "#3b5bdb", "#9c36b5", "#495057"]


def emblems():
    EMBLEM_OUT.mkdir(parents=True, exist_ok=True)
    for n, colour in enumerate(GROUP_COLOURS, start=1):
        draw, palettes = ANIMALS[(n - 1) % len(ANIMALS)]
        svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
               f'<path d="M50 3 L91 15 V50 Q91 80 50 97 Q9 80 9 50 V15 Z" fill="{colour}"/>'
               '<circle cx="50" cy="50" r="33" fill="#fff"/>'
               f'<g transform="translate(50 50) scale(.6) translate(-50 -54)">{draw(*palettes[0])}</g></svg>\n')
        (EMBLEM_OUT / f"e{n:02d}.svg").write_text(svg, encoding="utf-8")
    print(f"{len(GROUP_COLOURS)} emblems in {EMBLEM_OUT}")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    n = 0
    for draw, palettes in ANIMALS:
        for palette in palettes:
            n += 1
            bg = BACKGROUNDS[n % len(BACKGROUNDS)]
            svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
                   f'<circle cx="50" cy="50" r="50" fill="{bg}"/>{draw(*palette)}</svg>\n')
            (OUT / f"a{n:02d}.svg").write_text(svg, encoding="utf-8")
    print(f"{n} avatars in {OUT}")
    emblems()


if __name__ == "__main__":
    main()
