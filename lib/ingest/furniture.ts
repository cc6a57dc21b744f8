/**
 * Page furniture: everything a copied news page carries that is not the article. Two kinds of rules:
 * - TAIL markers end the article: "[ 责编:… ]", "相关阅读", "推荐阅读", "阅读剩余全文", "您此时的心情", "Related articles" …
 *   Everything after the first one (unrelated headlines, reaction widgets) is dropped.
 * - LINE rules drop single lines anywhere: share buttons, "正在阅读:", breadcrumbs ("首页> 国际频道> …"),
 *   source/byline lines (kept as metadata), reaction widget words, lone numbers, timestamps.
 */

export const TAIL_MARKERS: RegExp[] = [
  /^\[?\s*[(（【]?\s*责编\s*[:：]/,
  /^[(（【\[]?\s*(?:责任编辑|编辑|责编|审核|校对|监制|值班编辑)\s*[:：][^。]{0,20}[)）】\]]?$/,
  /^(?:相关阅读|推荐阅读|相关新闻|相关文章|延伸阅读|热点推荐|猜你喜欢|热门推荐|更多精彩|阅读剩余全文|您此时的心情|视觉焦点|独家策划|新闻表情排行|热门新闻|精彩推荐|往期回顾|点击排行|今日推荐|加载更多|大家都在看)/,
  /^(?:related(?: articles| stories| news| content| coverage| reading)?|read more|more from|more on this|recommended(?: for you| stories| articles)?|you may also like|most read|most popular|trending now|editor'?s picks|also read|see also|latest news|more stories)\s*:?\s*$/i,
];

export const FURNITURE_LINES: RegExp[] = [
  // share widgets
  /^(?:点击右上角微信好友|朋友圈|请使用浏览器分享功能进行分享|分享到[:：]?.*|分享|微信扫一扫.*|扫一扫.*|微信|微博|QQ空间|复制链接|打印|收藏|字号[:：]?.*|【\s*大\s*中\s*小\s*】.*|[大中小]\s*[大中小]\s*[大中小])$/,
  /^(?:share(?: this(?: article| story)?)?|share on (?:facebook|twitter|x|linkedin|whatsapp)|tweet|facebook|twitter|linkedin|whatsapp|email|e-mail|print|copy link|link copied|save|comments?|\d+\s+comments?|listen to (?:this )?article.*|advertisement|skip to (?:main )?content|sign up.*newsletter.*)$/i,
  // "正在阅读:标题"
  /^正在阅读\s*[:：]/,
  // breadcrumbs: 首页> 国际频道> 国际要闻 > 正文 ; Home > World > Asia
  /^(?:首页|网站首页|当前位置[:：]?|您的位置[:：]?|位置[:：]|home)\s*[>›»/|].*$/i,
  /^.{0,40}(?:\s*[>›»]\s*[^>›»]{1,12}){2,}\s*$/,
  /^.*[>›»]\s*正文\s*$/,
  // reaction widgets and counters
  /^(?:开心|难过|点赞|飘过|愤怒|搞笑|惊讶|感动|同情|无聊|光明云投|新闻表情排行\s*\/?|赞|踩|[0-9]+|[\s•·]+)$/,
  // time stamp only
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  // image credits / captions left alone as stand-alone lines
  /^(?:图片来源|圖片來源|图源|圖源|来源|來源|供图|供圖|摄影|攝影|photo|image|credit)\s*[:：].{0,40}$/i,
  // a reporter's byline alone: "科技日报记者 张梦然", "本报记者 张三 李四"
  /^[\u4e00-\u9fff]{0,8}(?:记者|記者)[\s?？·、]*[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,3}$/,
];

export function isTailMarker(line: string): boolean {
  return TAIL_MARKERS.some((re) => re.test(line));
}

export function isFurnitureLine(line: string): boolean {
  return FURNITURE_LINES.some((re) => re.test(line));
}

/**
 * Cuts the tail and drops furniture lines from a list of paragraphs (already trimmed, non-empty).
 * `startIndex` lets the caller skip a header it has already consumed.
 */
export function stripFurniture(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    if (isTailMarker(p)) break;
    if (isFurnitureLine(p)) continue;
    out.push(p);
  }
  return out;
}
