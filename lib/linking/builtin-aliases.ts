/**
 * Linguistic knowledge the gazetteer adds on top of the names and aliases stored in SQLite: blockers, phrases
 * that contain a name without being a mention of it (发展中国家 contains 中国). Names, short forms and demonyms
 * of entities are data, not code: they live in the seed data (db/seed/data) and in editors' aliases.
 */

/** Phrases consumed without producing a mention (longest match makes them shadow the names inside them). */
export const BLOCKERS: string[] = [
  "发展中国家",
  "发展中国",
  // (the same in traditional characters, and Taiwan's word for it: 開發中國家, developing countries)
  "發展中國家",
  "發展中國",
  "開發中國家",
  "开发中国家",
  "欧美国家",
  "中美洲",
  // the Mediterranean: 地中海地区 holds 海地 (Haiti)
  "地中海",
  "印度洋",
  "印度支那",
  "印度教",
  "Indian Ocean",
  "Indo-Pacific",
  "Chinese Taipei",
  "New Guinea",
  "Guinea pig",
  "French fries",
  "Turkey Point",
  "South China Sea",
  // the peninsula and the war are both Koreas' (plain "Korea" and "Korean" name the Republic of Korea)
  "Korean Peninsula",
  "Korean War",
  // personal and place names a country's Chinese name stands inside: 埃马纽埃尔 (Emmanuel) holds 纽埃 (Niue),
  // 阿曼迪普 (Amandeep) and 阿曼达 (Amanda) hold 阿曼 (Oman), 马里奥 (Mario) and 马里兰 (Maryland) hold 马里 (Mali)
  "纽埃尔",
  "阿曼迪普",
  "阿曼达",
  "马里奥",
  "马里兰",
  // broadcasters named for a country: the outlet, not the state ("(德国之声中文网)" is a byline)
  "德国之声",
  "德國之聲",
  "美国之音",
  "美國之音",
  "Voice of America",
  "法国国际广播电台",
  "法國國際廣播電台",
  "Radio France Internationale",
  "China Daily",
  "中国日报",
  "中國日報",
];
