import { describe, expect, it } from "vitest";
import {
  type CustomerSearchFields,
  type CustomerSearchSource,
  customerQuery,
  customerSearchFields,
  nameSortKey,
} from "./customer-search.ts";
import { hanSyllables } from "./pinyin.ts";

const source = (over: Partial<CustomerSearchSource> = {}): CustomerSearchSource => ({
  kind: "company",
  name: "上海博远贸易有限公司",
  city: "上海",
  email: "Info@BoYuan.example.cn",
  phone: "+86 21 5555 1234",
  contacts: [],
  ...over,
});

/**
 * What the repository does with a query: the name starts with it, or a pattern is a substring
 * of one line of the text, or a pinyin reading's gram is the row's and its letters are in one
 * line of the pinyin.
 */
function finds(fields: CustomerSearchFields, q: string): boolean {
  const query = customerQuery(q);
  const name =
    query.namePrefix !== null &&
    fields.sortKey.startsWith(query.namePrefix) &&
    (query.nameStart === null || fields.sortKey.includes(`\u0001${query.nameStart}`));
  const inLines = (text: string, patterns: string[]) =>
    text.split("\n").some((l) => patterns.some((p) => l.includes(p)));
  const reading = query.pinyin;
  const pinyin =
    reading?.grams.some((g) => fields.searchGrams.includes(g)) === true &&
    inLines(fields.searchPinyin, reading.patterns);
  return name || inLines(fields.searchText, query.patterns) || pinyin;
}

describe("pinyin", () => {
  it("reads characters by their word and writes ü as v", () => {
    expect(hanSyllables("重庆银行").map((s) => s.syllable)).toEqual([
      "chong",
      "qing",
      "yin",
      "hang",
    ]);
    expect(hanSyllables("绿地").map((s) => `${s.syllable}${s.tone}`)).toEqual(["lv4", "di4"]);
  });
  it("reads a person's first character as a family name", () => {
    expect(hanSyllables("单雄信", { surname: true })[0]?.syllable).toBe("shan");
    expect(hanSyllables("单雄信")[0]?.syllable).toBe("dan");
  });
});

describe("customer search fields", () => {
  it("holds the name, city, e-mail and phone digits folded, and the pinyin apart", () => {
    const f = customerSearchFields(source());
    expect(f.searchText.split("\n")).toEqual([
      "上海博远贸易有限公司",
      "上海",
      "info@boyuan.example.cn",
      "862155551234",
    ]);
    expect(f.searchPinyin.split("\n")).toEqual([
      "shanghaiboyuanmaoyiyouxiangongsi",
      "shbymyyxgs",
      "shanghai",
      "sh",
    ]);
    // Each syllable's gram, and each pair of adjacent initials.
    expect(f.searchGrams).toEqual(
      expect.arrayContaining(["p:sh", "p:bo", "p:yu", "pi:boy", "pi:shangh", "i:by", "i:sh"]),
    );
  });

  it("holds the contacts' names (with pinyin), e-mails and phone digits", () => {
    const f = customerSearchFields(
      source({
        contacts: [{ name: "朱静", email: "zhu.jing@example.cn", phone: "131 4985 0123" }],
      }),
    );
    expect(f.searchText.split("\n")).toEqual(
      expect.arrayContaining(["朱静", "zhu.jing@example.cn", "13149850123"]),
    );
    expect(f.searchPinyin.split("\n")).toEqual(expect.arrayContaining(["zhujing", "zj"]));
    expect(f.searchGrams).toEqual(
      expect.arrayContaining(["朱静", "朱", "静", "p:zh", "p:ji", "pi:zhuj", "i:zj"]),
    );
  });

  it("keeps German names findable with and without umlauts", () => {
    const f = customerSearchFields(
      source({ name: "Bäckerei Müller", city: "München", email: null, phone: null }),
    );
    for (const q of ["München", "munchen", "Muenchen", "müller", "Mueller", "bäckerei mü"]) {
      expect(finds(f, q), q).toBe(true);
    }
  });

  it.each([
    ["boyuan"],
    ["BoYuan"],
    ["bo yuan"],
    ["by"],
    ["shanghai boyuan"],
    ["博远"],
    ["上海博远"],
    ["13149850123"],
    ["+86 131 4985 0123"],
    ["0086 131-4985-0123"],
    ["021 5555 1234"],
    ["+86 21 5555 1234"],
    ["朱静"],
    ["zhujing"],
    ["zhu jing"],
    ["zhu.jing@example"],
  ])("finds 上海博远 by %j", (q) => {
    const f = customerSearchFields(
      source({
        contacts: [{ name: "朱静", email: "zhu.jing@example.cn", phone: "+86 131 4985 0123" }],
      }),
    );
    expect(finds(f, q)).toBe(true);
  });

  it("does not let one field's end and the next one's start make a match", () => {
    const f = customerSearchFields(source({ name: "Acme", city: "Berlin", email: null }));
    expect(finds(f, "acme berlin")).toBe(false);
  });
});

describe("name sort key", () => {
  const sorted = (names: string[]) =>
    [...names].sort((a, b) => {
      const ka = Buffer.from(nameSortKey(a));
      const kb = Buffer.from(nameSortKey(b));
      return Buffer.compare(ka, kb);
    });

  it("sorts Chinese by pinyin, interleaved with Latin names, case and accents ignored", () => {
    // Letter by letter: ägypten (agy…) < 阿里 (ali) < 安 (an); bosch < 博远 (boyuan).
    expect(
      sorted(["张三", "阿里", "Bosch", "博远", "北京饭店", "ägypten import", "Zeiss", "安"]),
    ).toEqual(["ägypten import", "阿里", "安", "北京饭店", "Bosch", "博远", "Zeiss", "张三"]);
  });

  it("puts a whole name before its continuations, and homophones by tone", () => {
    expect(sorted(["博远贸易", "博远", "波远"])).toEqual(["波远", "博远", "博远贸易"]);
    expect(nameSortKey("Huber")).toBe(nameSortKey("huber"));
    expect(sorted(["Huber GmbH", "Huber"])).toEqual(["Huber", "Huber GmbH"]);
  });

  it("is deterministic and bounded", () => {
    const long = "华".repeat(200);
    expect(nameSortKey(long)).toBe(nameSortKey(long));
    expect([...nameSortKey(long)].length).toBeLessThanOrEqual(502);
  });
});

describe("reading a query", () => {
  it("reads digits as a phone number", () => {
    expect(customerQuery("+86 131 4985 0123")).toMatchObject({
      patterns: ["13149850123"],
      grams: null,
      fuzzy: false,
    });
  });
  it("reads pinyin typed with spaces by its letters, looked up by its first syllable's gram", () => {
    expect(customerQuery("Bo Yuan")).toMatchObject({
      patterns: ["bo yuan"],
      pinyin: { patterns: ["boyuan"], grams: ["pi:boy"] },
      namePrefix: "boyuan",
      nameStart: null,
      fuzzy: true,
    });
  });
  it.each([
    ["huaxin", ["pi:hua", "pi:huax"]],
    ["hua", ["p:hu", "pi:hua"]],
    ["xian", ["p:xi", "pi:xia", "pi:xian"]],
    ["anhua", ["pi:an", "pi:anh"]],
    ["by", ["i:by"]],
    ["shhx", ["i:sh"]],
    ["an", ["i:an", "p:a", "pi:an"]],
    ["zj", ["i:zj"]],
    ["bykj", ["i:by"]],
  ])("reads %j as pinyin or initials by %j", (q, grams) => {
    expect(customerQuery(q).pinyin?.grams.sort()).toEqual(grams);
  });
  it.each(["huber", "info424243", "b", "uaxin", "bäckerei"])("does not read %j as pinyin", (q) => {
    expect(customerQuery(q).pinyin).toBeNull();
  });
  it("reads Han text by its grams, and its name match needs the characters themselves", () => {
    expect(customerQuery("博远")).toMatchObject({
      patterns: ["博远"],
      grams: ["博远"],
      namePrefix: "boyuan",
      nameStart: "博远",
    });
  });
  it("has no name match for a query without letters or digits", () => {
    expect(customerQuery("!!!").namePrefix).toBeNull();
  });
});
