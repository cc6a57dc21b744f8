import type { EntityKind, RelationRole } from "@/db/schema";

export type Trigger = {
  role: RelationRole;
  en?: RegExp;
  zh?: RegExp;
  objects: EntityKind[];
  /** the sentence must also say this (the verb that makes "on behalf of" a sponsorship) */
  needs?: RegExp;
  /** the subjects follow the trigger ("on behalf of A, B"), the object precedes it */
  subjectsAfter?: boolean;
  /** only in the passive ("backed by A, B"): the active form says something weaker */
  passiveOnly?: boolean;
  /** the object is a declaration, statement or treaty (a text one signs), not any initiative */
  documentOnly?: boolean;
  /** the object is the name standing right before the trigger ("the G-7 groups A, B …") */
  objectAdjacent?: boolean;
};

const EVENTISH: EntityKind[] = ["event", "organisation", "initiative"];
const DOCUMENT: EntityKind[] = ["initiative", "resolution"];

/** Ordered: the more specific (co-…) forms first; a span taken by one trigger is not read again. */
export const TRIGGERS: Trigger[] = [
  {
    role: "co-chair",
    en: /\bco-?chair(?:s|ed|ing|ship)?\b|(?<=^[\s"“]*)Co-?chaired(?= by\b)/g,
    zh: /共同(?:担任|出任)(?=[^。；]{0,40}?主席)|共同主持|联合主席|共同主席/g,
    objects: EVENTISH,
  },
  {
    role: "co-host",
    en: /\bco-?host(?:s|ed|ing)?\b|\bco-?organi[sz](?:e|es|ed|ing)\b|\b[Jj]ointly (?:hosted|organi[sz]ed|held)\b|(?<=^[\s"“]*)Co-?(?:hosted|organi[sz]ed)(?=(?: (?:in|at) [A-Z][a-z]+(?: [A-Z][a-z]+)?)? by\b)/g,
    zh: /共同(?:举办|主办|承办)|联合(?:举办|主办)|合办/g,
    objects: EVENTISH,
  },
  {
    role: "co-founder",
    en: /\bco-?found(?:ed|er|ers)\b|\bco-?founding(?=\s+(?:of|the|a|an|(?:countr(?:y|ies)|members?|states?|nations?|partners?)\s+of)\b)|\b[Jj]ointly (?:founded|launched|established|initiated)\b|(?<=\bto )jointly (?:found|launch|establish|initiate|build)\b/g,
    zh: /共同(?:发起成立|发起|成立|创立|创建|倡议成立)/g,
    objects: ["organisation", "initiative", "event"],
  },
  // "广西与老挝签约共建中国—老挝人工智能创新合作中心": building a centre together founds it (not 共商共建共享, 共建“一带一路”)
  { role: "co-founder", zh: /(?<!共商)共建(?!共享|[“"「]?一带一路|国家)/g, objects: ["organisation"] },
  { role: "co-sponsor", en: /\b[Cc]o-?sponsor(?:s|ed|ing|ship)?\b/g, zh: /联署|共同提案|共提|共同提出/g, objects: DOCUMENT },
  // "China co-signed the draft resolution" (联署, as China's English press renders it): of a resolution, co-sponsoring
  // it, the draft or resolution named right after ("co-signed the Bletchley Declaration" signs a declaration: read by
  // "signed" below)
  { role: "co-sponsor", en: /\b[Cc]o-?sign(?:s|ed|ing)?\b(?=\s+(?:of\s+)?(?:the\s+|a\s+|this\s+)?(?:[\w./-]+\s+){0,3}?(?:draft|resolution)\b)/g, objects: ["resolution"] },
  // "the UN General Assembly endorsed a resolution", "the Executive Council endorsed the Strategy": a body that endorses
  // a text adopts it (before the signatory reading of "endorsed", which is a state's)
  { role: "adopted-by", en: /(?<=\b(?:Assembly|Council|Committee|Parliament|UNGA)\s+(?:has\s+|had\s+|formally\s+)?)endorsed\b/g, objects: ["resolution", "initiative"] },
  {
    role: "signatory",
    // ("are parties to the Convention", "是公约缔约方": a party to a text has signed it; so has one who "added their
    // names to the agreement", or "adhered to the AI Principles", as states outside the OECD do; "agreed to new \"Frontier
    // AI Safety Commitments\"": agreed to a text named; so is "agreed the OECD Principles on AI", in British usage)
    en: /\b[Ss]ign(?:s|ed|ing|atory|atories)?\b|\bratif(?:y|ied|ies|ication)\b|\bendors(?:e|ed|es|ing|ement)\b|\bagreed to(?= (?:the|a|an|its|their) | (?:new )?["“]?[A-Z])|\bagreed(?= the ["“]?[A-Z])|(?<=^[\s"“]*)(?:Endorsed|Ratified)(?= by\b)|\bpart(?:y|ies) to\b|\b(?:add(?:ed|s|ing)?|put(?:s|ting)?) (?:their|its|her|his) (?:names?|signatures?) to\b|\badher(?:e|es|ed|ing|ents?) to\b/g,
    zh: /签署|签字|签约|批准|认可|核准|缔约方|缔约国/g,
    objects: ["initiative", "resolution"],
  },
  // "28国及欧盟共同达成了《布莱切利宣言》": reaching a declaration together is subscribing to it
  // ("达成一致", "达成共识": agreeing is not subscribing to a text)
  // ("达成统一共识", "达成广泛一致": a word between does not make it a text)
  { role: "signatory", zh: /达成(?![^，。；,;]{0,4}?(?:一致|共识))/g, objects: ["initiative"], documentOnly: true },
  // "29 nations … reached a ground-breaking agreement, known as the Bletchley Declaration": the agreement named as a
  // text right after is the text they subscribed to
  {
    role: "signatory",
    en: /\breached (?:a |an |the )?(?:[\w-]+ )?agreement(?=,? (?:known as|called|dubbed|named|entitled) )/g,
    objects: ["initiative"],
    documentOnly: true,
  },
  // "28 governments including South Korea and China penned the so-called Bletchley Declaration": penning a declaration
  // is signing it (not "penned an op-ed about the declaration": the text penned is named, or is a declaration)
  {
    role: "signatory",
    en: /\bpenned(?= (?:the |their |its |a |an )?(?:so-called |new |joint )*(?:[A-Z“"]|declaration|statement|agreement|communiqu))/g,
    objects: ["initiative"],
    documentOnly: true,
  },
  // "China and France issued a joint statement on AI", "中法发表关于…的联合声明": the parties who issue a joint text
  // subscribe to it (only a joint text: a state that issues a statement of its own is its author)
  {
    role: "signatory",
    en: /\b(?:issued|released|published)(?=\s+(?:a|the|their|its)\s+(?:(?!(?:statement|on|about|to)\b)[\w'’-]+\s+){0,6}?[Jj]oint\s+(?:[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu))/g,
    zh: /(?:发表|发布)了?(?=[^，。；,;]{0,40}?(?:联合声明|联合宣言|共同声明|联合公报))/g,
    objects: ["initiative"],
    documentOnly: true,
  },
  // "the Convention has attracted the signatures of the United States, Israel and the EU": the states named after
  // their signatures signed it (not "opened for signature")
  {
    role: "signatory",
    en: /\b(?:attracted|received|collected|gathered|secured|won|bears?|carries|carried)\s+(?:the\s+)?signatures\s+(?:of|from)\b/g,
    objects: ["initiative", "resolution"],
    subjectsAfter: true,
  },
  // "a resolution …, adopted at the proposal of China", "at the initiative of A and B": who put the text forward
  { role: "proposer", en: /\bat the (?:proposal|initiative) of\b/g, objects: DOCUMENT, subjectsAfter: true },
  // "presented the draft on behalf of A, B and C": the countries named are the draft's sponsors
  { role: "sponsor", en: /\bon behalf of\b/g, objects: DOCUMENT, needs: /\b(?:introduc|present|tabl|submitt?)(?:ed|ing|es|s)?\b/i, subjectsAfter: true },
  {
    role: "sponsor",
    en: /\bsponsor(?:s|ed|ing)?\b|\btabled\b|\bdrafted\b|\bintroduced\b|(?<=^[\s"“]*)(?:Sponsored|Tabled|Drafted|Introduced)(?= by\b)|-led\b|-drafted\b|\bpenholder\b|\bbrought(?= (?:forward )?by\b)/g,
    zh: /主提|提交|起草|牵头|(?:主导|领导)(?=的[^，。；]{0,40}?(?:决议|倡议|宣言|提案))/g,
    objects: DOCUMENT,
  },
  // "China submitted a resolution on … at the 78th session": who puts a draft to a body sponsors it
  // (the draft itself right after the verb: not "submitted its comments on resolution 78/265")
  // ("The resolution, submitted by Austria, …", "the draft was submitted by Austria": the passive names who put it,
  // the text right before it; not "views on the resolution were submitted by Austria")
  {
    role: "sponsor",
    en: /\bsubmitted(?=\s+(?:(?:a|the|its|their)\s+)?["“]?(?:draft\s+)?resolution\b)|(?<=,\s*|\b(?:resolution|draft|text)\s+(?:was|had been|has been)\s+)submitted(?=\s+by\b)/g,
    objects: ["resolution"],
  },
  // "led efforts for the assembly to adopt the resolution", "spearheaded by", "put forth by": who carried the text
  {
    role: "sponsor",
    // ("promoted the adoption of the resolution", "pushed for the Assembly to adopt a resolution", "推动联大通过…决议")
    en: /\bled (?:the )?(?:efforts?|negotiations|push|drive|development|drafting)\b|\bspearhead(?:ed|s|ing)?\b|\bchampion(?:ed|s)\b|\bput forth\b|\bled(?= by\b)|(?<=^[\s\"“]*)(?:Spearheaded|Championed|Led)(?= by\b)|\bpromot(?:ed|es|ing) the (?:adoption|passage) of\b|\bpromot(?:ed|es|ing)(?= (?:a|the|its) (?:(?:UN|U\.N\.|General Assembly|draft)\s+)*resolution\b)|\bpush(?:ed|es|ing)? for\b(?=[^,.;]{0,50}? to (?:adopt|pass)\b)/g,
    zh: /推动(?=[^，。；]{0,30}?通过[^，。；]{0,50}?决议)/g,
    objects: DOCUMENT,
  },
  // "the Seoul Declaration was backed by A, B …": backing a declaration is subscribing to it
  // "A, B and C backed the report", "the plan, supported by A and B", "中方支持《…倡议》": support for a text or a
  // programme; "the Seoul Declaration was backed by A, B …" is subscribing to it (signatory, below)
  {
    role: "supporter",
    // (not "backed away from", "backed down", "held back from signing")
    // ("with the support of A and B": those after "of" support it, read below)
    // ("Notable supporters included the United States, …": a list of them after the noun)
    en: /(?<!\b(?:hold|holds|held|holding)\s+)\bback(?:s|ed|ing)?\b(?!\s+(?:away|down|off|out|from)\b)|\b(?:supporters|backers)(?=\s+(?:include|included|includes|were|are)\b)|(?<=^[\s"“]*)(?:Backed|Supported)(?= by\b)|(?<!\b(?:with|gaining|gained|winning|won|garnering|garnered) (?:the )?)\bsupport(?:s|ed|ing)?\b|\bmandated\b/g,
    // ("中国支持美国领导的决议": a text named by who led it)
    // ("中方支持加快落实…通过的《全球数字契约》": supporting a text's implementation supports the text)
    zh: /支持(?=\s*了?\s*(?:(?:加快|积极|全面|切实|进一步|共同)?(?:落实|实施|执行)[^，。；,;《]{0,16}?)?(?:[《“"]|该|这一|这项|上述|[^，。；,;]{1,12}?(?:提出|领导|主导|牵头|起草)的[^，。；,;]{0,12}?决议))/g,
    objects: ["initiative", "resolution"],
  },
  // "The EU welcomes the launch of … and the decision to establish an Independent International Scientific Panel",
  // "Djibouti welcomed the adoption of the GDC": welcoming a text or its adoption supports it (not "welcomed
  // delegates", "welcomed the minister": no text is welcomed; 欢迎 is read as an invitation, "欢迎各国加入")
  {
    role: "supporter",
    en: /\bwelcom(?:e|es|ed|ing)\b(?=\s+(?:the\s+)?(?:(?:adoption|launch|establishment|creation|decision|outcome|release|publication|entry into force|endorsement|unveiling)\b|["“]|(?:[A-Z][\w-]*\s+){1,6}(?:Compact|Declaration|Statement|Initiative|Plan|Panel|Dialogue|Resolution|Principles|Recommendation|Report|Convention|Pact|Process|Code)\b))/g,
    objects: ["initiative", "resolution"],
  },
  // "该报告…获欧盟、经合组织及联合国等…全力支持": the support a text received, its backers between 获 and 支持
  { role: "supporter", zh: /(?:全力|大力|广泛|一致)?支持(?=\s*[，。；,;]|\s*$)/g, objects: ["initiative", "resolution"], passiveOnly: true },
  // "brought by the US delegation with the support of 123 member nations, including China and Russia"
  // ("a resolution …, gaining the support of over 110 countries, including China")
  {
    role: "supporter",
    en: /\b(?:with|gaining|gained|winning|won|garnering|garnered) (?:the )?(?:support|backing) of\b/g,
    objects: ["initiative", "resolution"],
    subjectsAfter: true,
  },
  // ("欧盟已批准《人工智能法案》": a body approving a text adopts it; a state's 批准 of a treaty is read as signing above)
  // ("七国集团就行为准则达成一致", "G7 leaders agreed on a code of conduct", "The G7 agrees on an AI Code of Conduct", "reached agreement on", "gave the green light to")
  {
    role: "adopted-by",
    en: /\badopt(?:s|ed|ing|ion)?\b|\bpassed\b|\bapproved\b|\bagree(?:d|s)? (?:on|upon)\b|\breached (?:an |a broad |broad )?agreement (?:on|upon)\b|\b(?:gave|given|giving|give|gives) (?:its |their |the |a )?(?:final )?green light to\b|(?<=^[\s"“]*)(?:Adopted|Approved)(?= by\b)/g,
    zh: /通过|批准|达成一致/g,
    objects: ["resolution", "initiative"],
  },
  // ("The U.K. kicked off its AI Safety Summit": a state opening its own meeting hosts it)
  // ("the summit held by Korea" hosts it; "the G20 presidencies held by India and Brazil" is an office, not a meeting;
  // "China held the 2024 World AI Conference" hosts it, a named meeting right after the verb, or after a hyphened
  // word that describes it: "the UK held the widely-anticipated AI Safety Summit")
  {
    role: "host",
    en: /\bhost(?:s|ed|ing)?\b|\borgani[sz](?:ed|ing)\b|(?<!\b(?:presidenc(?:y|ies)|chairmanships?|chairs?|seats?|posts?|offices?|positions?|titles?|records?)\s)\bheld(?=(?: (?:in|at|on|from) [A-Z\d][^,;.()]{0,40}?)? by\b)|\bheld(?= (?:the|its) (?:(?:first|second|third|\d{4}|annual|inaugural) )?(?:[a-z]+-[a-z]+ )?[A-Z\d])|(?<=^[\s"“]*)(?:Hosted|Organi[sz]ed)(?=(?: (?:in|at) [A-Z][a-z]+(?: [A-Z][a-z]+)?)? by\b)|\bconvened(?= by\b)|\b(?:kick(?:s|ed)? off|open(?:s|ed)|convene[sd]?)(?= (?:its|their) (?:(?:first|second|third|annual|inaugural|own) )?[A-Z\d])/g,
    zh: /主办|举办|承办|东道主/g,
    objects: EVENTISH,
  },
  // "The United Kingdom convened the first international AI Safety Summit": a meeting convened (not a body: "convened
  // the first Security Council meeting on AI" is the body's presidency calling a meeting of it)
  { role: "host", en: /\bconvened(?= the (?:(?:first|second|third|fourth|annual|inaugural|international|global|high-level) )+[A-Z\d])/g, objects: ["event"] },
  {
    role: "chair",
    // (not "chaired a session at the summit": who leads one of a meeting's sessions takes part in it, read below)
    en: /\bchair(?:s|ed|ing|manship)?\b(?!\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:session|panel|roundtable|discussion|segment)s?\s+(?:at|during)\b)|\bpresided\b|\bpresidenc(?:y|ies)\b|(?<=^[\s"“]*)(?:Chaired|Presided over)(?= by\b)/g,
    zh: /主持|担任(?=[^，。；]{0,30}?主席)|轮值主席/g,
    objects: EVENTISH,
  },
  // 启动 a mechanism, platform or body founds it (启动 a programme or plan does not)
  {
    role: "founder",
    // ("the founding principles": an adjective, not an act; but a founding member founded the body: "India joined
    // the group as a founding member", "… are the founding members of GPAI")
    // ("are uniting with A and B to create the Global Partnership on AI": creating a body named right after founds it;
    // so does announcing its creation: "A, B and C have announced the creation of the Global Partnership on AI", "…
    // of a new advisory body", not "… the creation of a fund within the Council")
    en: /\bfound(?:ed|er|ers)\b|\bfounding(?=\s+(?:of|the|a|an|members?|(?:countr(?:y|ies)|states?|nations?|partners?)\s+of)\b)|\bestablished\b|\bset up\b|(?<=^[\s"“]*)(?:Founded|Established|Set up)(?= by\b)|\bto create(?=\s+(?:the\s+|a\s+|an\s+)?["“‘]?[A-Z])|\b(?:have |has )?announced the (?:creation|establishment|formation) of(?=\s+(?:(?:the|a|an)\s+)?(?:new\s+)?(?:["“‘]?[A-Z]|(?:[a-z-]+\s+){0,2}(?:body|panel|network|group|partnership|alliance|organi[sz]ation|institute|office)\b))/g,
    // (设立: "联合国大会决定设立科学小组" sets a body up)
    zh: /发起成立|(?<!倡议|提议)成立|创立|创建|设立|启动(?!仪式)(?=[^，。；,]{0,30}?(?:机制|平台|机构|中心|网络|小组|基金))/g,
    objects: ["organisation", "initiative", "event"],
  },
  {
    role: "proposer",
    // ("announced intentions to form an AI study group": announcing a plan to set a body up proposes it)
    // ("China has presented an Action Plan for …", "中国提议，建立新的…组织": presenting a named text, proposing that a
    // body be set up; not "提议建立「…工作组」", where the body proposed is the bracketed name, not one named inside it)
    // ("took a leading role in launching the Hiroshima AI Process": the gerund after "in"/"by" is the subject's act;
    // not "establishing the Panel and launching the Dialogue", whose subject is no name before it)
    en: /\bpropos(?:ed|es|al)\b|\bproposing(?= (?:the )?(?:establishment|creation|formation|setting up) of\b)|\blaunch(?:ed|es)?\b|(?<=\b(?:in|by)\s)launching(?= (?:the|a|an|its|their)\s|\s*["“])|\bannounced (?:(?:its|their|his|her)\s+)?(?:plans?|intentions?)\s+to\s+(?:form|establish|build)\b|\bput forward\b|\bunveil(?:ed|s)?\b|\binitiated\b|(?<=^[\s"“]*)(?:Proposed|Launched|Unveiled|Initiated)(?= by\b)|\bpresented(?=\s+(?:(?:a|an|the|its|their)\s+)?(?:new\s+)?["“]?[A-Z])/g,
    zh: /倡议(?=成立)|提议(?=[,，]?\s*(?:建立|成立|设立|创建)(?![「『]))|提出|发起|发布|宣布/g,
    objects: ["initiative", "resolution", "organisation"],
  },
  // "the G-7 groups Britain, Canada … plus the EU", "BRICS comprises A, B", "七国集团由…组成" is read below
  {
    role: "member",
    // ("X, whose members include A, B", "X's members are A, B", "X now has three members: A, B"; "Its members also
    // include A, B", "Among its most important members are A, B": the body named just before)
    // ("the group last year expanded to include A, B": new members)
    en: /\b(?:groups|comprises|comprised|comprise|consists of|consist of|is made up of|brings together|expanded (?:its membership )?to include)\b|,\s*whose\s+(?:[a-z]+\s+)?members\s+(?:include|includes|are|comprise)\b|['’]s?\s+(?:[a-z]+\s+)?members\s+(?:include|are|comprise)\b|(?<=[A-Z][A-Za-z\d]*\)?\s)(?<!\b(?:The|Its|Their|These|Those)\s)(?:(?:current|other|founding)\s+)?members\s+(?:include|includes|comprise)\b|\bhas\s+(?:[a-z\d]+\s+)?members\s*(?::|,?\s*(?:including|namely)\b)|(?<=^[\s"“]*(?:(?:The|Its|Their)\s+(?:[a-z]+\s+){0,2}members|Among\s+(?:its|their|the)\s+(?:[a-z]+\s+){0,2}members)\s+(?:also\s+|now\s+)?)(?:include|includes|are|were|comprise)\b/g,
    zh: /(?:的)?成员国?(?:包括|有|为)[:：]?/g,
    objects: ["organisation"],
    subjectsAfter: true,
    objectAdjacent: true,
  },
  // "Canada, France … and the EU, which make up the G7, …": the states listed before the clause are the body's members
  { role: "member", en: /(?<=,\s*)(?:which|that|who)\s+(?:together\s+)?(?:make|made) up(?=\s+(?:the\s+)?["“]?[A-Z])/g, objects: ["organisation"] },
  // ("support for India's permanent membership in the UNSC": a bid backed, not a seat held)
  {
    role: "member",
    en: /\b[Jj]oin(?:s|ed|ing)?\b|\b[Mm]embers? of\b|(?<!\b(?:support|bid|backing|candidacy|campaign|push)\s+for\s+[^.;,]{0,40})\bmembership\b|\bacce(?:ded|ssion)\b/g,
    zh: /加入|(?<!非)成员/g,
    objects: ["organisation", "initiative"],
  },
  {
    role: "participant",
    en: /\b[Aa]ttend(?:s|ed|ing|ees|ance)?\b|\battracted\b|\bfeatured\b(?=[^.;:]{0,60}?\b(?:such as|including)\s)|\bparticipat(?:ed|es|ing|ion)\b|(?<!\b(?:[Ii]nvit|[Ww]elcom|[Ee]ncourag|[Uu]rg|[Cc]all|[Aa]sk)\w*\b[^.;:]{0,60})\bparticipate\b|\btook part\b|\b(?:spoke|speak(?:s|ing)?) at\b|\baddressed\b|\b(?:co-)?chaired (?:a|an) (?:[\w-]+ ){0,3}?(?:session|panel|roundtable|discussion|segment)s? (?:at|during)\b|\bdeliver(?:ed|ing|s)? (?:a |the |an |his |her |its )?(?:keynote |opening |closing )?(?:speech|statement|remarks|address) at\b|\bdelegates?\b|\bdelegations?\b|\brepresentatives?\b|\b(?:was|were) (?:also )?present\b|\b(?:is|was|were|are|be|been) (?:also )?represented (?:at|by)\b|\bcame together at\b|\b[Gg]athered (?:at|in|for)\b|\barriv(?:ed|es|ing)\b(?=[^.;:]{0,50}?\bfor (?:the|a|an|this|this year's)\s)|\b(?:held|hold|holds|holding)(?= (?:the|their|its|a|an) (?:(?:first|second|third|inaugural|initial) )?(?:round of |meeting of (?:the |their |an? )?|session of (?:the |their )?)?(?:(?:inter-?governmental|bilateral|high-level|formal) )*(?:[A-Z][A-Za-z-]* ){0,3}(?:dialogue|talks|consultations?)\b)/g,
    // ("China and the United States held the first meeting of the inter-governmental dialogue on AI": the parties
    // to talks they held took part in them; a meeting one state holds for others is hosted, above)
    // (not "参与联署", "参加签署": taking part in signing is the signing, read by its own trigger)
    // ("峰会吸引了包括…在内的多家企业", "the forum attracted delegates from …": drew them to take part)
    // ("Singapore chaired a session at the Bletchley Park summit": leading one of its sessions is taking part)
    // ("Speaking at the summit, the minister said …", "speaks at": one who spoke at a meeting took part in it)
    // ("will participate", "sent its minister to participate"; not "invited Chile to participate", "welcomes all
    // parties to participate": one asked to take part has not, and the one asking is not said to)
    // ("came together at the summit", "gathered in Paris for the summit", "齐聚巴黎": met there to take part)
    // ("the meeting also featured companies such as Google and Microsoft": those it featured, listed, were there)
    zh: /出席|参加(?!签署|联署)|参会|与会|参与(?!联署|签署|起草)|到场|率团|代表团|吸引了?|齐聚/g,
    objects: ["event"],
  },
];
