import {
  columnPoints,
  fitIn,
  pageFit,
  pagesAt,
  printable,
  READABLE_SCALE,
} from "../../../src/core/plan/pageFit";

const rows = (n: number, points = 15): number[] => Array<number>(n).fill(points);

describe("the width a column prints at", () => {
  it("takes the wider of Excel's 8 pixels a character plus 5 and LibreOffice's 7 points a character", () => {
    // Excel: (10 × 8 + 5) pixels at 96 an inch = 63.75 points; LibreOffice without 等线: 70 points.
    expect(columnPoints(10)).toBe(70);
    // A column of 2: Excel's 21 pixels (15.75 points) beat LibreOffice's 14.
    expect(columnPoints(2)).toBe(15.75);
  });

  it("knows A4 inside the margins: 537.84 × 762.48 points upright, 784.08 × 516.24 on its side", () => {
    expect(printable("portrait").width).toBeCloseTo(537.84, 2);
    expect(printable("portrait").height).toBeCloseTo(762.48, 2);
    expect(printable("landscape").width).toBeCloseTo(784.08, 2);
    expect(printable("landscape").height).toBeCloseTo(516.24, 2);
  });
});

describe("fitting a sheet to pages in one orientation", () => {
  it("shrinks a narrow list to the fewest pages tall that keep it at the readable scale", () => {
    // 100 rows of 15 points, the first the header. A page gives rows 97 % of its 762.48 points: 739.61 at
    // full size holds 49 rows, then 48 under the header, then 3 (3 pages); 1120.6 at 66 % holds 74, then
    // 26 (2 pages).
    const fit = fitIn("portrait", [10], rows(100), 15);
    expect(fit).toMatchObject({ fitToHeight: 2, pages: 2 });
    // The engine then shrinks it just enough for two pages: 51 rows on the first and 49 under the header
    // on the second, 765 points in 739.61: 96.7 %.
    expect(fit.scale).toBeCloseTo((762.48 * 0.97) / 765, 4);
    expect(fit.scale).toBeGreaterThanOrEqual(READABLE_SCALE);
  });

  it("breaks pages between rows, repeating the header on every page after the first", () => {
    // 739.61 points a page at full size: rows of 300 go two to a page (600; a third would make 900).
    expect(pagesAt("portrait", [15, 300, 300, 300, 300], 15, 1)).toBe(2);
    // A 15-point header and a 700-point row fill the first page; the next row opens a page under the header.
    expect(pagesAt("portrait", [15, 700, 700, 700], 15, 1)).toBe(3);
    expect(pagesAt("portrait", [15, 15], 15, 1)).toBe(1);
  });

  it("leaves a sheet that one page holds, or that shrinking would not shorten, as many pages as it takes", () => {
    expect(fitIn("portrait", [10], rows(10), 15)).toMatchObject({ fitToHeight: 0, pages: 1, scale: 1 });
    // 30 rows (435 points below the header) already fit one page at full size.
    expect(fitIn("portrait", [10], rows(30), 15).fitToHeight).toBe(0);
  });

  it("never asks for fewer pages than hold the rows at the readable scale", () => {
    // 243 rows of 15 points: at 66 % a portrait page holds 74 of them, then 73 under the header: 4 pages.
    const fit = fitIn("portrait", [8, 22, 6, 16, 10, 10], rows(243), 15);
    expect(fit.fitToHeight).toBe(4);
    expect(fit.scale).toBeGreaterThanOrEqual(READABLE_SCALE);
  });

  it("fits a sheet too wide for the readable scale to its width alone, and says how small that prints", () => {
    // 200 characters are 1400 points: A4 landscape's 784.08 fit them at 56 %.
    const fit = fitIn("landscape", [200], rows(500), 15);
    expect(fit.fitToHeight).toBe(0);
    expect(fit.scale).toBeCloseTo(784.08 / 1400, 4);
  });
});

describe("choosing the orientation", () => {
  it("prints a list of many short rows upright: more rows a page", () => {
    expect(pageFit([8, 22, 6, 16, 10, 10], rows(243), 15)).toMatchObject({
      orientation: "portrait",
      pages: 4,
    });
  });

  it("turns a list landscape when upright would print it below the readable scale", () => {
    // 160 characters are 1120 points: 48 % upright, 70 % on its side.
    const fit = pageFit([40, 40, 40, 40], rows(20), 15);
    expect(fit.orientation).toBe("landscape");
    expect(fit.scale).toBeGreaterThanOrEqual(READABLE_SCALE);
  });

  it("takes the larger print when both orientations need as many pages", () => {
    // 100 characters (700 points) on one page: 77 % upright, 100 % on its side.
    expect(pageFit([50, 50], rows(5), 15)).toMatchObject({ orientation: "landscape", pages: 1, scale: 1 });
  });

  it("takes the orientation that prints larger when neither is readable one page wide", () => {
    expect(pageFit([300], rows(5), 15)).toMatchObject({ orientation: "landscape", fitToHeight: 0 });
  });
});
