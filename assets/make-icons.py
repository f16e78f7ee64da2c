#!/usr/bin/env python3
"""Draws the add-in's icons (assets/icon-16.png … icon-80.png): a blue rounded square holding a white ledger
sheet with ruled lines and a green tick. Pure Python (zlib + struct), so it runs anywhere without Pillow.

Run from the repository root:  python3 assets/make-icons.py
"""

import os
import struct
import zlib

SIZES = (16, 32, 64, 80)
SCALE = 4  # supersampling for smooth edges

BLUE = (15, 108, 189)  # Fluent brand blue #0F6CBD
PAPER = (255, 255, 255)
RULE = (150, 170, 190)
MARGIN = (209, 52, 56)
GREEN = (16, 124, 16)


def inside_rounded(x, y, x0, y0, x1, y1, r):
    """True when (x, y) lies in the rectangle [x0, x1) x [y0, y1) with corners rounded by r."""
    if x < x0 or x >= x1 or y < y0 or y >= y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def near_segment(x, y, ax, ay, bx, by, width):
    """True when (x, y) is within width / 2 of the segment a-b."""
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / float(dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= (width / 2.0) ** 2


def colour_at(u, v):
    """The colour (r, g, b, a) at the point (u, v) of the unit square."""
    if not inside_rounded(u, v, 0.0, 0.0, 1.0, 1.0, 0.18):
        return (0, 0, 0, 0)
    if near_segment(u, v, 0.52, 0.70, 0.63, 0.81, 0.075) or near_segment(u, v, 0.63, 0.81, 0.86, 0.55, 0.075):
        return GREEN + (255,)
    if inside_rounded(u, v, 0.2, 0.16, 0.8, 0.84, 0.05):
        if 0.31 <= u <= 0.34:
            return MARGIN + (255,)
        for top in (0.3, 0.43, 0.56, 0.69):
            if top <= v <= top + 0.045 and 0.38 <= u <= 0.72:
                return RULE + (255,)
        return PAPER + (255,)
    return BLUE + (255,)


def render(size):
    """RGBA rows of the icon at `size` pixels, each pixel the average of SCALE x SCALE samples."""
    rows = []
    n = size * SCALE
    for py in range(size):
        row = bytearray()
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SCALE):
                for sx in range(SCALE):
                    r, g, b, a = colour_at((px * SCALE + sx + 0.5) / n, (py * SCALE + sy + 0.5) / n)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            samples = SCALE * SCALE
            alpha = acc[3] / samples
            if acc[3]:
                row += bytes((round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(alpha)))
            else:
                row += bytes((0, 0, 0, 0))
        rows.append(bytes(row))
    return rows


def png(size, rows):
    """A PNG file (8-bit RGBA, no interlace) of the rows."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + r for r in rows)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for size in SIZES:
        path = os.path.join(here, "icon-%d.png" % size)
        with open(path, "wb") as f:
            f.write(png(size, render(size)))
        print("wrote", os.path.relpath(path))


if __name__ == "__main__":
    main()
