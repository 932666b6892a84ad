/**
 * Clean: the document text that mentions point into. Drops page furniture (share buttons,
 * font-size widgets, navigation, footers with ICP numbers, "leaving this site" prompts), removes
 * the pinyin artefact of ANNOTATION.md, and folds whitespace. The text keeps its original script.
 */
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** 發(fā)布會 → 發布會: a parenthesis of pinyin letters right after a Han character. */
const PINYIN_ARTEFACT = /(?<=\p{Script=Han})[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+[)）]/gu;

export function removePinyinArtefacts(text: string): string {
  return text.replace(PINYIN_ARTEFACT, '');
}

/** Lines that are page furniture wherever they appear (matched on the simplified form). */
const FURNITURE: RegExp[] = [
  /^(分享|分享到|字号|打印|关闭|关闭窗口|返回顶部|收藏|纠错|扫一扫|【?打印】?|【?关闭】?)([:：].{0,40})?$/,
  /^字号[:：]?\s*(大|中|小|\s)*$/,
  /^(导航菜单|导航|信息详情|评论|互动交流|留言与评论.*|验证码[:：]?|已归档|相关链接|相关阅读|附件[:：]?)$/,
  /^当前位置[:：]/,
  /^(首页|网站首页)\s*[>＞]/,
  /即将离开.{0,20}(网站|门户)|是否继续[?？]?$/,
  /ICP备|公网安备|网站标识码|网站识别码/,
  /^(主办|承办|协办|技术支持|版权所有|联系电话|地址|邮编|电话|传真)(单位)?[:：].{0,80}$/,
  /^(主办|承办)[:：]?.{0,30}(主办|承办)/,
  /^(站点地图|网站地图|网站首页|联系我们|关于我们)(\s|\||｜)/,
  /^[•·●]?\s*(微信公众号|政务微博|官方微博|微信|微博|客户端|掌上办|政务掌上办|.{0,12}掌上办)$/,
  /^\[?(责任编辑|编辑|审核|校对)[:：].{0,20}\]?$/,
  /^本文地址[:：]/,
  /^本文仅代表作者观点|^凡注明为.{0,20}原创作品|未经许可,?不得转载/,
  /^我在听,?请说话/,
  /^抱歉,?没听清/,
  /^(上一篇|下一篇|上一条|下一条)[:：]/,
  /^[-—_=*·.]{5,}$/,
];

/** Whether a line, in simplified script, is page furniture. */
function isFurniture(simplified: string): boolean {
  return FURNITURE.some((re) => re.test(simplified));
}

/** Collapses runs of spaces, tabs and ideographic spaces inside a line to one space. */
function foldLine(line: string): string {
  return line.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

export interface Cleaned {
  /** The cleaned text, original script. */
  text: string;
  /**
   * Its simplified-script conversion, line for line: furniture is recognised on the simplified
   * form, and normalise needs the same conversion of the same lines, so it is done once.
   * (Script conversion never reaches across a line break: no dictionary entry holds one.)
   */
  simplified: string;
}

export function cleanDocument(raw: string): Cleaned {
  const lines = removePinyinArtefacts(raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '')).split('\n');
  const out: string[] = [];
  const simplified: string[] = [];
  for (const line of lines) {
    const folded = foldLine(line);
    if (folded === '') {
      if (out.length > 0 && out[out.length - 1] !== '') {
        out.push('');
        simplified.push('');
      }
      continue;
    }
    const converted = toSimplified(folded);
    if (isFurniture(converted)) continue;
    out.push(folded);
    simplified.push(converted);
  }
  while (out.length > 0 && out[out.length - 1] === '') {
    out.pop();
    simplified.pop();
  }
  return { text: out.join('\n'), simplified: simplified.join('\n') };
}

export function clean(raw: string): string {
  return cleanDocument(raw).text;
}
