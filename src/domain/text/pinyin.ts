import { pinyin } from "pinyin-pro";

/**
 * Hanyu pinyin of Chinese text, from pinyin-pro (MIT, no native code, dictionary-based so
 * that polyphonic characters read by their word: 重庆 chongqing, 银行 yinhang). ü is written
 * "v", as on every pinyin keyboard (绿 → lv).
 */
export type Syllable = {
  /** The character as written. */
  char: string;
  /** Toneless syllable in lower case, or null for a Han character the dictionary lacks. */
  syllable: string | null;
  /** 1–4, or 0 for the neutral tone (and for characters without a syllable). */
  tone: number;
};

const SYLLABLE = /^([a-z]+)([0-4])?$/;

/**
 * The syllables of a run of Han characters. `surname` reads the first character as a family
 * name (单 shan, 曾 zeng), which is right for a person's name and wrong for a company's.
 */
export function hanSyllables(run: string, opts: { surname?: boolean } = {}): Syllable[] {
  const chars = [...run];
  const read = pinyin(run, {
    type: "array",
    toneType: "num",
    v: true,
    toneSandhi: false,
    surname: opts.surname ? "head" : "off",
  });
  // One reading per character; if the library ever disagreed, fall back to reading each alone.
  const readings =
    read.length === chars.length ? read : chars.map((c) => pinyin(c, { toneType: "num", v: true }));
  return chars.map((char, i) => {
    const m = SYLLABLE.exec(readings[i] ?? "");
    return m
      ? { char, syllable: m[1]!, tone: Number(m[2] ?? 0) }
      : { char, syllable: null, tone: 0 };
  });
}

/**
 * Every toneless syllable pinyin-pro 3.29 reads a CJK Unified Ideograph (U+4E00–U+9FA5) as,
 * ü written v (pinyin.test.ts recomputes the list from the library, so an upgrade that adds
 * one fails there rather than here).
 */
const SYLLABLE_LIST =
  "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can " +
  "cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai " +
  "chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den " +
  "deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang " +
  "fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang " +
  "gui gun guo ha hai han hang hao he hei hen heng hng hong hou hu hua huai huan huang hui hun " +
  "huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei " +
  "ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia " +
  "lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve m ma mai man mang mao me " +
  "mei men meng mi mian miao mie min ming miu mo mou mu n na nai nan nang nao ne nei nen neng " +
  "ng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao " +
  "pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong " +
  "qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san " +
  "sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai " +
  "shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng " +
  "ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia " +
  "xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo " +
  "yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe " +
  "zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu " +
  "zuan zui zun zuo";

export const SYLLABLES: ReadonlySet<string> = new Set(SYLLABLE_LIST.split(" "));
const SYLLABLE_PREFIXES: ReadonlySet<string> = new Set(
  [...SYLLABLES].flatMap((s) => [...s].map((_, i) => s.slice(0, i + 1))),
);

/**
 * Whether lower-case letters read as pinyin from a syllable's start: whole syllables, the last
 * possibly cut short (what a user has typed so far): "huaxin", "boyuank", "zhuj". "huber" is
 * not (no syllable "be…" after "hu"), nor is "uaxin".
 */
export function isPinyinLike(letters: string): boolean {
  if (!/^[a-z]+$/.test(letters)) return false;
  const reach = new Array<boolean>(letters.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < letters.length; i++) {
    if (!reach[i]) continue;
    for (let j = i + 1; j <= Math.min(letters.length, i + 6); j++) {
      const piece = letters.slice(i, j);
      if (j === letters.length && SYLLABLE_PREFIXES.has(piece)) return true;
      if (SYLLABLES.has(piece)) reach[j] = true;
    }
  }
  return reach[letters.length] === true;
}

/**
 * The gram a syllable is indexed by, and a pinyin query looked up by: its first two letters,
 * or its first letter when it starts with a vowel (a, ai, an, e, er, o, ou…), so that a
 * query's first two letters always name the gram of its first syllable.
 */
export function syllableGram(letters: string): string {
  return /^[aeo]/.test(letters) ? letters.slice(0, 1) : letters.slice(0, 2);
}

/** Whether letters are a syllable or the start of one ("hu", "hua", "huan"). */
export function isSyllablePrefix(letters: string): boolean {
  return SYLLABLE_PREFIXES.has(letters);
}

/**
 * The syllables that letters can start with, when more syllables follow: "huaxin" is hua·xin
 * or hu·a·xin, so hua and hu.
 */
export function leadingSyllables(letters: string): string[] {
  const out: string[] = [];
  for (let n = 1; n < letters.length && n <= 6; n++) {
    const head = letters.slice(0, n);
    if (SYLLABLES.has(head) && isPinyinLike(letters.slice(n))) out.push(head);
  }
  return out;
}
