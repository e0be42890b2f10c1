import { stripLeadingBullets } from '@vidx/text-cleaning';
import { findUrls, isHashtagOnly, type UrlSpan } from './links';

/**
 * Sentence-level rules: does this segment read as channel promotion rather than reporting? Each
 * rule combines a cue (call-to-action verb, sponsor phrase, self-description) with a structural
 * check (a link, second person, a promo object, shortness), because a cue word alone also occurs
 * in news: "people who subscribe to Twitter Blue", "the summit, sponsored by the UN",
 * "Like many countries, …". Rules never name a channel; the document's own source name is the
 * only channel-specific input (for "<Channel> is the world's …" self-descriptions).
 */

export type Reason =
  | 'hashtags'
  | 'chapters'
  | 'sponsor'
  | 'affiliate-disclaimer'
  | 'disclaimer'
  | 'music-credit'
  | 'copyright'
  | 'licensing'
  | 'channel-description'
  | 'call-to-action'
  | 'link-list'
  | 'promo-link'
  | 'tip-line'
  | 'watch-live'
  | 'newsletter'
  | 'membership'
  | 'more-videos'
  | 'promo-heading'
  | 'promo-context'
  | 'separator'
  | 'learned-channel-footer';

export interface RuleContext {
  /** Lower-cased distinctive words of the channel name ("yahoo", "finance"). */
  brandWords: string[];
  /** All lower-cased words of the channel name ("channel", "4", "news"), for names of generic words only. */
  nameWords?: string[];
}

const GENERIC_CHANNEL_WORDS = new Set(['the', 'news', 'tv', 'channel', 'official', 'live', 'now', 'english', 'media', 'network', 'video', 'videos', 'and', 'of']);

/** The words of a channel name, lower-cased. */
export function nameWordsOf(source: string | undefined): string[] {
  return source?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The distinctive words of a channel name, and the initials of a name of three words or more that
 * holds no acronym already ("wsj" of "Wall Street Journal", "aje" of "Al Jazeera English").
 */
export function brandWordsOf(source: string | undefined): string[] {
  if (!source) return [];
  const words = (source.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 2 && !GENERIC_CHANNEL_WORDS.has(w));
  const named = (source.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !INITIALS_SKIP.has(w.toLowerCase()));
  const initials = named.length >= 3 && named.every((w) => !/^\p{Lu}{2,}$/u.test(w)) ? named.map((w) => w[0].toLowerCase()).join('') : '';
  return initials ? [...words, initials] : words;
}

/** Words a channel's initials leave out: "Late Night with Seth Meyers". */
const INITIALS_SKIP = new Set(['the', 'of', 'and', 'with', 'a', 'on', 'for']);

/**
 * `stripLeadingBullets` with a fast path: a segment that starts (after spaces) with a letter or an
 * ASCII digit has no bullet to strip, and most do; the full scan splits the text into code points.
 */
export function withoutLeadingBullets(text: string): string {
  return /^ *[\p{L}0-9]/u.test(text) ? text.replace(/^ +/, '') : stripLeadingBullets(text);
}

export interface SegmentFeatures {
  text: string;
  /** Text with leading bullets/emoji and politeness prefixes removed: where an imperative starts. */
  lead: string;
  lower: string;
  urls: UrlSpan[];
  urlCount: number;
  /** Words outside URLs. */
  words: string[];
  secondPerson: boolean;
  quoted: boolean;
}

export function features(text: string): SegmentFeatures {
  const urls = findUrls(text);
  let masked = text;
  for (const span of [...urls].reverse()) masked = masked.slice(0, span.start) + ' ' + masked.slice(span.end);
  const words = masked.match(/[\p{L}\p{N}][\p{L}\p{N}'’&.+-]*/gu) ?? [];
  const lead = withoutLeadingBullets(text)
    .replace(/^[\s"'“‘(]+/, '')
    // "If you enjoyed this video, please like and share it", "Thanks for watching please
    // subscribe": the ask after the condition or the thanks.
    .replace(/^if you (?:enjoyed|liked|like|love|loved|found|find|want(?:ed)?|would like|appreciate)\b[^,.!?]{0,60}?(?:,\s*|\s+(?=please\b|don['’]?t\b|do not\b|be sure\b|make sure\b|remember\b|subscribe\b|like\b|share\b|hit\b|smash\b|follow\b))/i, '')
    .replace(/^(?:thanks|thank you) (?:so much )?for watching[!.,]*\s+(?=\p{L})/iu, '')
    // "Si la vidéo vous plaît, soutenez-la …", "Si te gustó el video, suscríbete".
    .replace(/^si (?:la vid[ée]o|la cha[iî]ne|ce contenu|te gust[óo]|le gust[óo]|te ha gustado)[^,.!?]{0,50}?,\s*/iu, '')
    .replace(/^(?:please|and|also|plus|oh,? and|psst\.?|p\.?s\.?:?)\s+/i, '')
    .replace(/^(?:(?:don['’]?t|do not) forget(?: to)?|be sure to|make sure to|remember to|(?:click|tap)(?: here| below| the link(?: below)?)? to|n['’]oubli(?:ez|e) pas de|no (?:te )?olvides(?: de)?|no olviden)\s+/i, '')
    .replace(/^for (?:more|the latest|all the latest|full)(?: \p{L}+){0,3}?(?:,|:|\s+(?=go|visit|head|check|follow|subscribe|click|watch|download|see|read|log))\s*/iu, '');
  return {
    text,
    lead,
    lower: text.toLowerCase(),
    urls,
    urlCount: urls.length,
    words,
    secondPerson: /\b(?:you|your|yours|yourself)\b/i.test(masked),
    quoted: /["“”«»]|(?:^|\s)['‘][^']{3,}['’](?:\s|[,.;:]|$)/.test(masked),
  };
}

/** Imperatives that are promotion on their own at the start of a sentence. */
const STRONG_CTA = new RegExp(
  '^(?:' +
    [
      're-?subscribe', 'subscribe', 'follow (?:us|me|along)\\b', 'like us', 'like (?:and|&) subscribe', 'like,? comment', 'like,? (?:and |& )?share',
      'turn on (?:post |all |the )?notifications', 'hit (?:the|that) (?:bell|like|subscribe)', 'ring the bell', 'smash (?:the|that)',
      'sign up', 'join (?:us|our|the conversation|this channel|the community)', 'connect with (?:us|[^.!?]{1,40} online)', 'find us',
      'support (?:us|our|the channel|the show|this channel|independent|the guardian|quality)',
      'leave (?:us )?(?:a |your )?(?:comment|like|review|thumbs[- ]up)',
      'check out (?:our|my|the (?:rest|full|latest))', 'stay (?:tuned|connected|informed|updated|up to date|up-to-date|in the know)',
      'keep up with', "get (?:the latest|more|our|breaking|daily|the day's|exclusive|your daily|unlimited|full access)",
      'download (?:our|the (?:free )?[\\p{L}\\p{N} +]{0,30}app)', 'watch (?:more|our|the latest|live|full episodes|the full|all)',
      'listen to (?:our|the [\\p{L}\\p{N} ]{0,30}podcast)', 'read more', 'learn more', 'find out more', 'see more', 'shop (?:our|the)',
      'more (?:\\p{L}+ )?(?:videos|news|stories|info|information|episodes)(?: from [^.!?]{1,40})?(?=\\s*:|\\s+(?:here|below|at|on (?:our|youtube))\\b)', 'never miss', "don'?t miss (?:a|an|out)",
      'suscr[ií]bete', 'suscr[ií]banse', 's[ií]guenos', '(?:y )?recuerda (?:que )?(?:puedes |debes )?(?:activar|suscribirte|seguirnos|darle like|dejar)', '(?:tambi[eé]n )?(?:puedes|pueden|pod[eé]is|puede) (?:seguirnos|suscribirte|suscribirse|encontrarnos)', '(?:vous pouvez|tu peux) (?:aussi |[ée]galement )?nous (?:suivre|retrouver)', 'ap[uú]ntate', 'desc[aá]rga(?:te|la)', '[uú]nete', 'abonnez-vous',
      'abonne-toi', 'suivez-nous', 'retrouvez[ -]+nous', '(?:et )?nous suivre sur', 'soutenez(?:-(?:la|le|nous))? en partageant', 'rejoignez-nous', 'abonniere', 'abonnieren sie', 'folge uns', 'folgt uns',
      'inscreva-se', 'siga-nos', 'assine', 'iscriviti', 'seguici',
      'activa(?:r)? (?:la )?(?:campan(?:a|ita)|notificaciones)', 'd[ée]janos (?:tu|un|sus?) (?:like|comentarios?)',
      'm[aá]s (?:informaci[oó]n|noticias|videos|v[ií]deos) en (?:nuestr[oa]s?|https?:)', "plus d['’]infos? (?:sur|en)", "plus d['’]informations (?:sur|en)", 'activez (?:la )?cloche', 'dale (?:like|me gusta)', 'deja (?:tu|un) (?:like|comentario)',
      'lik(?:er|ez)', 'partag(?:er|ez) (?:la|cette) vid[ée]o', 'comparte (?:este|el) v[ií]deo',
      "(?:still )?haven['’]?t subscribed", 'want to (?:sponsor|advertise)', 'have a question about (?:this|the) video',
      'try (?:\\S+ ){0,2}(?:for )?free', 'start (?:your|a) (?:\\S+ )?free trial',
    '(?:download|stream) or (?:download|stream)',
    ].join('|') +
    ')(?![\\p{L}\\p{N}-])',
  'iu',
);

/** Imperatives that are promotion only with a link or a promo object ("Watch our…", "Like us on…"). */
const WEAK_CTA =
  /^(?:follow|like|share|comment|watch|visit|check|download|get|join|support|find|click|tap|hit|turn on|listen|stream|try|read|browse|become|donate|shop|buy|connect|discover|see|go|head|tune in|catch|contact|send|e-?mail|submit|fill out|tell us|let us know|explore|sign|order|grab|use|view|enjoy|ver|mira|visita|visitez|besuche|besuchen sie|visite|acesse|guarda|scarica|descubre|lee|descarga|descargue|descarguen|t[ée]l[ée]charge|t[ée]l[ée]chargez|activa|activez|comparte|partagez|suivez|sigue)(?![\p{L}\p{N}'’-])/iu;

/** Where channels promote themselves, as named after "on": "Follow us on Instagram". */
const PLATFORMS = '(?:instagram|facebook|twitter|x|tiktok|linkedin|youtube|snapchat|whatsapp|telegram|threads|spotify|apple podcasts|twitch|discord)';

const PROMO_OBJECT = new RegExp(
  String.raw`\b(?:our|channel|newsletters?|notifications?|bell|apps?|podcasts?|website|site|page|playlists?|membership|members|patreon|merch|store|shop|social media|this video|free trial|subscribe|subscription|new videos|new episodes|nuestro|nuestra|nuestros|nuestras|notre|nos|unser|unsere|nosso|nossa|nostro|nostra)\b|\bus\b|(?:\b(?:on|at|via|in) ${PLATFORMS}\b)`,
  'u',
);

/**
 * The imperative and, within its next few words, a platform: "Visit Example on YouTube to get …",
 * "Follow CNN on Instagram". Not further on ("Try as they might, … spreading on TikTok").
 */
const PROMO_PLATFORM = new RegExp(String.raw`^\S+(?: [^\s.,;:!?]+){0,4} (?:on|at|via) ${PLATFORMS}\b`, 'i');

/** Words that make a sentence carrying a link promotional wherever the link is. */
const PROMO_VOCAB =
  /\b(?:subscribe|subscription|channel|newsletters?|podcasts?|apps?|homepage|download|merch|shop|store|members?(?:hip)?|donate|playlists?|social media|instagram|facebook|tiktok|linkedin|catalog(?:ue)?|inquir(?:y|ies)|enquir(?:y|ies)|licens(?:e|ing)|survey|suscr[ií]be|canal|cha[iî]ne|kanal|abonn\p{L}*|for a limited time|available (?:now|everywhere|on all)|comment section)\b/iu;
/** Weaker words: promotional only when the sentence ends with its link ("… available for free here https://…"). */
const GENERIC_PROMO_VOCAB = /\b(?:follow|website|site|free|stream(?:ing)?|watch|live|support|videos|twitter|youtube|articles|tips?|more|visit|here|below|check out)\b/i;

const SPONSOR_CUE =
  /\b(?:sponsored by|(?:thanks|thank you) (?:to )?.{1,40}? for sponsoring|brought to you by|(?:this|today'?s) (?:video|episode) (?:was|is) (?:made possible|presented|supported) by|today'?s sponsor|(?:this|today'?s) (?:video|episode|show)'?s? sponsor|our sponsor|(?:video|episode|show) is sponsored|in partnership with|partnered with|paid promotion|use (?:promo |discount |my |our )?code)\b/i;
/** One of these is in every sponsor cue: looked for first, as substrings. */
const SPONSOR_WORDS = ['sponsor', 'brought to you', 'made possible', 'presented by', 'supported by', 'partnership', 'partnered', 'paid promotion', 'code'];
const SPONSOR_CONTEXT = /\b(?:you|your|video|episode|show|channel|podcast|code|discount|off|free trial|sign up|link)\b|%/i;

const SELF_DESCRIPTION_VERB =
  /\b(?:brings?|bringing|delivers?|delivering|gives?|giving|keeps?|keeping|helps?|helping|takes?|taking) you\b/i;
const MEDIA_NOUN =
  /\b(?:news|newscast|headlines|stories|coverage|videos?|clips|shows|interviews|analysis|reports|reporting|updates|content|journalism|programming|programs?|programmes?|newspapers?|magazines?|broadcasts?|documentar(?:y|ies)|explainers?|tips|informed|up to date|understand|(?:talk|late[- ]night|morning|comedy|variety|game|chat|tv|television|radio|cooking) show|platform|site|website|channel|network|outlet|publication|broadcaster|source|destination|agency|brand|newsroom|noticias|cadena|canal|peri[oó]dico|diario|informaci[oó]n|reportajes|cha[iî]ne|journal|informations?)\b|\b(?:actualit|m[ée]dia)(?:e|é)?(?![\p{L}])/iu;
const PROMO_ADJECTIVE =
  /\b(?:world'?s|largest|leading|trusted|premier|best|number one|#1|(?:multi-)?award[- ]winning|independent|home of|home for|destination|dedicated|official|go-to|your source|the source(?! of\b)|you|flagship|innovative|compelling|engaging|first|24-hour|credible|reliable|n[uú]mero uno|l[ií]der|principal(?:es)?|mejor(?:es)?|[uú]ltima hora|global|r[ée]f[ée]rence|leader|meilleur(?:e|s|es)?|most[- ]\p{L}+|top(?:-\p{L}+)?|latest|breaking|in-depth|24 hours|around the (?:clock|world))\b/iu;

/** Praise that only a channel gives itself: what continues its description without its name. */
const SELF_PRAISE =
  /(?:^|\s)#1\b|\b(?:world'?s (?:largest|leading|best|most)|number one|award-winning|most[- ](?:watched|trusted|viewed|popular|subscribed)|n[uú]mero uno|your (?:source|destination|home)|toda la (?:informaci[oó]n|actualidad)|toute l['’](?:actualit|information))/iu;

const BROADCAST_SCHEDULE =
  /\b(?:nightly|weeknights|weekdays|weekends|every (?:day|night|morning|evening|weekday|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b.*\b(?:at|from) \d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:at|from) \d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\b.*\b(?:nightly|weeknights|weekdays|weekends|on channel \d+)\b/i;

const AIR_DAYS = /\b(?:weekdays|weeknights|nightly|daily|weekends|every (?:day|night|weekday|weeknight)|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b/i;
const AIR_HOURS =
  /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:-|–|to)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s*(?:ET|PT|CT|MT|EST|PST|CST|EDT|PDT|GMT|BST)\b/i;

const SOCIAL_PLATFORM = '(?:instagram|insta|ig|twitter|snapchat|snap|tiktok|facebook|fb|twitch|threads)';
/** "Instagram: @name" anywhere, or a line that is only "Snapchat: name". */
const SOCIAL_HANDLE = new RegExp(`\\b${SOCIAL_PLATFORM}\\s*[:\\-–➝→►>»]\\s*@[\\p{L}\\p{N}_.]{2,}|^\\W*${SOCIAL_PLATFORM}\\s*[:\\-–➝→►>»]\\s*['‘"“]?[\\p{L}\\p{N}_.]{2,}['’"”]?(?:\\s*\\([^)]{0,60}\\))?(?:\\s*(?:and|&)\\s*['‘"“]?[\\p{L}\\p{N}_.]{2,}['’"”]?)?\\s*$`, 'iu');
const BUSINESS_CONTACT = /\b(?:business|booking|press|media|sponsorships?|collab\p{L}*|fan ?mail|contact)\b[^.!?]{0,30}?(?:e-?mail|inquir\p{L}*|enquir\p{L}*|contact|address)?\s*:/iu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/u;

function selfDescription(f: SegmentFeatures, ctx: RuleContext): boolean {
  if (/^(?:about (?:the |this |our )?(?:channel|us)\b|about\s*:|who we are\b)/i.test(f.lead)) return true;
  // "Official YouTube Channel for 20th Century Fox Movies.", "The official channel of Example News".
  if (/^(?:the |this is the )?official (?:youtube )?channel (?:of|for)\b/i.test(f.lead) && f.words.length <= 15 && !FINITE_VERB.test(f.lead.replace(/^this is/i, ''))) return true;
  // "About CNBC: From 'Wall Street' to 'Main Street' …": the channel's name as the heading.
  // "El País, el periódico global.", "Example News, the channel for …": the channel's name and what it is.
  const apposition = /^([^,.!?]{1,40}),\s+(?:el|la|le|the) (?:peri[oó]dico|diario|canal|cadena|journal|cha[iî]ne|newspaper|channel|network|m[ée]dia)\b/iu.exec(f.lead);
  if (apposition && mentionsBrand(apposition[1], ctx)) return true;
  const about = /^about\s+([^:.!?]{1,40}):/i.exec(f.lead);
  if (about && mentionsBrand(about[1], ctx)) return true;
  if (SELF_DESCRIPTION_VERB.test(f.text) && MEDIA_NOUN.test(f.text) && !f.quoted) return true;
  // The channel speaking to its viewers: "We report on stories where you live".
  if (/^we (?:report|cover|bring|deliver|tell|share|break|explain)\b/i.test(f.lead) && f.secondPerson && MEDIA_NOUN.test(f.text) && !f.quoted) return true;
  if (/^welcome to\b/i.test(f.lead) && (/\b(?:channel|youtube|newscast|show|page)\b/i.test(f.text) || mentionsBrand(f.text, ctx))) return true;
  // A tag line without a verb: "The Largest Online News Show in the World.", "America's #1 news channel".
  if (f.words.length <= 12 && !f.quoted && SUPERLATIVE_TAGLINE.test(f.lead) && !FINITE_VERB.test(f.lead)) return true;
  // "<Channel> is the world's …", "For 75 years, <Channel> has been the source …", "<Channel> offers …".
  // The sentence as written, and without an opening phrase ("For 75 years, CBC News has been…",
  // "Airing six days a week, the show delivers…").
  // And without an apposition after the name ("Reuters, the news and media division of Thomson
  // Reuters, is the world's largest …", "Example Pictures Corporation (EPC), a major producer of
  // filmed entertainment, is a unit of …").
  // Cheap first: what follows needs the channel named (a word of its name, as a substring) or "the show".
  const named = ctx.brandWords.some((w) => f.lower.includes(w)) || (ctx.nameWords !== undefined && ctx.nameWords.length >= 2 && f.lower.includes(ctx.nameWords.join(' ')));
  if (!named && !(SELF_NOUN.some((w) => f.lower.includes(w)) && SELF_SUBJECT.test(f.lower))) return false;
  const appositive = f.lead.includes(', the ') || f.lead.includes(', a ') || f.lead.includes(', an ');
  const clauses = [f.lead, f.lead.replace(/^[^,]{1,50},\s*/u, '')];
  if (appositive) clauses.push(f.lead.replace(/^([^,(]{1,60}?)(?:\s*\([^)]{1,20}\))?,\s+(?:the|a|an)\s[^,]{3,120},\s+/u, '$1 '));
  for (const clause of clauses) {
    const m =
      /^(.{1,90}?)\s+(?:is|are|has been|have been|deliver|delivers|offer|offers|provide|provides|bring|brings|feature|features|cover|covers|produce|produces)\s+(?:a|an|the|your|one of|\p{L})(.*)$/u.exec(clause) ??
      /^(.{1,60}?)\s+(?:is|are|has been|es|son|est|sont)\s+(.*)$/u.exec(clause);
    if (!m) continue;
    // "<Channel> on YouTube features …": the channel describing its own channel there.
    const onPlatform = /\s+on (?:youtube|facebook|instagram|tiktok|twitch)$/i.exec(m[1]);
    const subject = (onPlatform ? m[1].slice(0, onPlatform.index) : m[1]).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    // '"CBS Saturday Morning" co-hosts Jeff Glor, … deliver …': the people of a programme named in
    // quotes, or by the channel's name alone. They alone deliver in the plural.
    const staff = /^(["“])?([^"”]{1,40}?)(["”])?\s+(?:co-?hosts?|hosts?|anchors?|team|journalists|reporters|correspondents|presenters)\b/i.exec(m[1]);
    const staffWords = staff?.[2].toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const ofProgramme = staff !== null && namesChannel(staff[2], ctx) && (staff[1] !== undefined || staff[3] !== undefined || isChannelName(staffWords, ctx));
    const plural = /^(?:deliver|offer|provide|bring|feature|cover|produce)$/.test(clause.slice(m[1].length).trim().split(/\s+/)[0] ?? '');
    const isBrand = subject.some((w) => ctx.brandWords.includes(w)) && (ofProgramme || (!plural && (subject.length <= 5 || isChannelName(subject, ctx))));
    if (isBrand && onPlatform && !f.quoted) return true;
    const isSelf = /^(?:the|this|our) (?:show|programme|program|channel|network|podcast|newscast|broadcast)$/i.test(m[1]);
    // The predicate with its article: "has been the source Canadians turn to".
    const predicate = clause.slice(m[1].length);
    if ((isBrand || isSelf) && MEDIA_NOUN.test(m[2]) && PROMO_ADJECTIVE.test(predicate)) return true;
    // "Vox is a general interest news site for the 21st century.": what kind of outlet the channel
    // is; "Euronews is available in 12 languages": where and how it can be had.
    if (isBrand && !f.quoted && (OUTLET_KIND.test(predicate) || /^\s*(?:is|are)\s+(?:now\s+)?available\s+(?:in\s+\d+\s+languages|on\s+(?:all|every|your)\b|(?:24\/7|around the clock|everywhere|worldwide))/i.test(predicate))) return true;
  }
  // "THE LATE LATE SHOW with JAMES CORDEN throws the ultimate late night after party with a mix of
  // celebrity guests …": a programme's full name (three of its words or more) doing something for
  // its viewers.
  const nameWords = ctx.brandWords.filter((w) => !NAME_GLUE.has(w)).length;
  for (const clause of nameWords >= 3 && !f.quoted ? clauses : []) {
    const first = /^[\p{L}\p{N}]+/u.exec(clause)?.[0].toLowerCase();
    if (!first || !(ctx.brandWords.includes(first) || NAME_GLUE.has(first))) continue;
    const full = /^(.{1,80}?)\s+(\p{Ll}{3,}s)\b(.*)$/u.exec(clause);
    if (!full) continue;
    const subject = full[1].toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const fullName = subject.filter((w) => ctx.brandWords.includes(w) && !NAME_GLUE.has(w)).length >= 3 && isChannelName(subject, ctx);
    if (fullName && (MEDIA_NOUN.test(full[3]) || SHOW_CONTENT.test(full[3]))) return true;
  }
  // "DW Español – El mundo desde Alemania.": the channel's name, a dash and its slogan: three to
  // eight words in sentence case, two of them in lower case (not a song's title, "Cardi B - WAP
  // feat."), no verb, no figure.
  const slogan = / [–—-] /.test(f.lead) ? /^([^–—-]{2,40}?)\s+[–—-]\s+([^.!?]{3,60})[.!]?$/u.exec(f.lead) : null;
  const sloganName = slogan?.[1].toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (
    slogan && !f.quoted && namesChannel(slogan[1], ctx) && sloganName.every((w) => ctx.brandWords.includes(w) || ctx.nameWords?.includes(w)) &&
    slogan[2].split(/\s+/).length >= 3 && slogan[2].split(/\s+/).length <= 8 && (slogan[2].match(/\s\p{Ll}/gu) ?? []).length >= 2 && !/\b(?:feat|ft|prod)\b/i.test(slogan[2]) &&
    !/\d/.test(slogan[2]) && !FINITE_VERB.test(slogan[2]) && !/\b\p{Ll}+ed\b/u.test(slogan[2])
  ) {
    return true;
  }
  // "Turn to CNBC TV for the latest stock market news": where to go for the news, by the channel's name.
  const turnTo = /^(?:turn|tune(?: in)?|head|come|look) to\s+([^.!?]{1,40}?)\s+for\b(.*)$/iu.exec(f.lead);
  if (turnTo && namesChannel(turnTo[1], ctx) && MEDIA_NOUN.test(turnTo[2]) && !f.quoted) return true;
  // "Top stories and in-depth analysis from the Channel 4 News team.": a tag line without a verb
  // that ends with the channel's name.
  const fromChannel = f.words.length <= 16 && f.lower.includes(' from ') ? /^(.{3,80}?)\s+from (?:the )?([^.!?]{2,40}?)(?:['’]s)?(?: team| newsroom| journalists| reporters)?[.!]*$/iu.exec(f.lead) : null;
  const sender = fromChannel?.[2].toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const channelSends = namesChannel(fromChannel?.[2] ?? '', ctx) && sender.every((w) => ctx.brandWords.includes(w) || ctx.nameWords?.includes(w) || NAME_GLUE.has(w));
  if (fromChannel && f.words.length <= 16 && !f.quoted && channelSends && MEDIA_NOUN.test(fromChannel[1]) && PROMO_ADJECTIVE.test(fromChannel[1]) && !FINITE_VERB.test(f.lead)) return true;
  return false;
}

/** "is a general interest news site", "is an independent news organization": a kind of news outlet, with its article. */
const OUTLET_KIND =
  /^\s*(?:is|are)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:news|media|video|current affairs|explainer)\s+(?:and\s+[\p{L}-]+\s+)?(?:site|website|outlet|organi[sz]ation|channel|network|service|platform|publication|brand|company|publisher|startup)\b|^\s*(?:es|est)\s+(?:un|una|une)\s+(?:[\p{L}-]+\s+){0,2}?(?:quotidien|hebdomadaire|journal|diario|peri[oó]dico|semanario|medio|m[ée]dia|cha[iî]ne|canal|cadena|site)\b/iu;

/** "The show", "this channel": a programme or channel speaking of itself without its name (its nouns first, as substrings). */
const SELF_NOUN = ['show', 'program', 'channel', 'network', 'podcast', 'newscast', 'broadcast'];
const SELF_SUBJECT = /\b(?:the|this|our) (?:show|programme|program|channel|network|podcast|newscast|broadcast)\b/;

/** What a programme offers its viewers, besides news: "a mix of celebrity guests, edgy musical acts, games and sketches". */
const SHOW_CONTENT = /\b(?:guests?|sketch(?:es)?|celebrit(?:y|ies)|musical (?:acts|guests|performances)|comedy|games|monologues?|performances)\b/i;

/** Words a programme's name joins its parts with: "The Late Show with Stephen Colbert". */
const NAME_GLUE = new Set(['the', 'with', 'of', 'and', 'a', 'on']);

/** A subject made of the channel's own name only, however long: every word of it is the name's or glue. */
function isChannelName(subject: readonly string[], ctx: RuleContext): boolean {
  return subject.length <= 10 && subject.every((w) => ctx.brandWords.includes(w) || NAME_GLUE.has(w));
}

/** A superlative of a programme or a channel, as only the channel calls itself. */
const SUPERLATIVE_TAGLINE =
  /^(?:the|your|\p{Lu}\p{L}+['’]s) (?:#1|no\. ?1|number one|largest|biggest|leading|premier|most[- ]\p{L}+|fastest[- ]growing|best|only)\b[^.!?]{0,40}?\b(?:show|channel|network|newscast|podcast|programme|program|news (?:source|outlet))\b/iu;
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|said|says|did|does|do|can|could)\b/i;

/**
 * The one rule for membership asks: "Become a member", "Become a Video Lab member!", "…by becoming
 * a supporter of our channel"; not "to become a full member of the union".
 */
function membershipAsk(f: SegmentFeatures): boolean {
  const ask = /\bbecom(?:e|ing) an? (?:\S+ ){0,3}(?:member|patron|subscriber|supporter)s?\b/i;
  return /^become\b/i.test(f.lead) ? ask.test(f.lead) : ask.test(f.text) && (f.secondPerson || f.urlCount > 0 || /\b(?:channel|perks|our)\b/i.test(f.text));
}

/** Whether a sentence ends with its link: "… at https://ground.news/example." */
export function endsWithLink(text: string): boolean {
  const f = features(text);
  return endsWithUrl(text, f.urls) && !f.quoted;
}

function endsWithUrl(text: string, urls: readonly UrlSpan[]): boolean {
  return urls.length > 0 && /^[\s.,;:!?)\]]*$/.test(text.slice(urls[urls.length - 1].end));
}

/**
 * True when the text names the channel: one of its distinctive words, or all of its name (one of
 * generic words and numbers only: "Channel 4 News").
 */
function namesChannel(text: string, ctx: RuleContext): boolean {
  if (mentionsBrand(text, ctx)) return true;
  const name = ctx.nameWords ?? [];
  if (name.length < 2) return false;
  return ` ${nameWordsOf(text).join(' ')} `.includes(` ${name.join(' ')} `);
}

/** True when the text names the channel (one of its distinctive words). */
export function mentionsBrand(text: string, ctx: RuleContext): boolean {
  if (ctx.brandWords.length === 0) return false;
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.some((w) => ctx.brandWords.includes(w));
}

/**
 * A channel's editorial disclaimer: "The views expressed are those of the speakers", "This video is
 * for informational purposes only and is not financial advice". The cue alone also occurs in
 * reporting ("the leaked memo does not reflect the views of the cabinet"), so the sentence must
 * speak of the video, its speakers or its viewers, or be headed "Disclaimer".
 */
const DISCLAIMER_CUE =
  /\b(?:views|opinions)(?: and (?:views|opinions))? expressed\b|\bfor (?:informational|educational|entertainment|general information) purposes only\b|\bnot (?:to be (?:taken|construed) as )?(?:financial|investment|legal|medical|tax|professional) advice\b|\bdo(?:es)? not (?:necessarily )?(?:reflect|represent) (?:the )?(?:views|opinions)\b|\b(?:had|has|have|with) no editorial (?:control|input|say|influence)\b/i;
const DISCLAIMER_CONTEXT =
  /\b(?:this|our|my) (?:video|videos|channel|podcast|episode|content|show|programme|program|stream)\b|\b(?:speakers?|guests?|hosts?|authors?|creators?|presenters?|contributors?|interviewees?|viewers?)\b|\bnothing (?:in|on) this\b/i;

/**
 * A music credit: "Music: 'Morning Light' by Kevin Example (licensed under CC BY 4.0)", "Background
 * music by Epidemic Sound: https://…". With its licence, its library or a link only: "Music by Taylor
 * Swift topped the charts" is news.
 */
const MUSIC_CREDIT = /^(?:(?:background|intro|outro|theme|intro (?:&|and) outro) )?(?:music|songs?|tracks?|soundtrack|bgm)(?: used)?(?:\s*(?:by|from|credits?)\b|\s*[:\-–—|])/i;
const MUSIC_SOURCE =
  /\bcreative commons\b|\bcc[- ]by\b|\blicen[cs]ed\b|\broyalty[- ]free\b|\bepidemic sound\b|\bartlist\b|\bmusicbed\b|\bnocopyrightsounds\b|\bncs\b|\baudio library\b|\bprovided by\b|\bcourtesy of\b/i;

/** The asks "be sure to …" looks for inside a sentence, for a cheap first look. */
const ASK_WORDS = ['subscribe', 'like', 'follow us', 'hit th', 'notifications'];
/** A line of social network names alone: "Instagram..", "Twitter!", "facebooktwitter". */
const SOCIAL_NAMES_ONLY = /^(?:\s*(?:instagram|twitter|facebook|tiktok|snapchat|youtube|twitch|discord|linkedin|pinterest|tumblr|threads)[\s.!:|,/&-]*)+$/i;
/** Link shorteners and affiliate links, which point at products and other videos: bit.ly, amzn.to, goo.gl, youtu.be… */
const SHORT_LINK = /^(?:https?:\/\/)?(?:www\.)?(?:bit\.ly|amzn\.to|goo\.gl|youtu\.be|smarturl\.it|ow\.ly|tinyurl\.com|lnk\.to|found\.ee|geni\.us|rstyle\.me|shopstyle\.it|liketk\.it|spoti\.fi|apple\.co)\//i;

/** A link written without its scheme, as ads read them out: "example.org/donate", "hellofresh.com/news50". */
const BARE_LINK = /\b[a-z0-9][a-z0-9-]*\.(?:com|org|net|io|co|tv|app|ly|fm|us|uk|ca|au)\/[\w\-./?=&%]*[\w/]/i;

/** A cheap first look for DISCLAIMER_CUE's words: most segments have none. */
const mayDisclaim = (lower: string): boolean =>
  lower.includes('expressed') || lower.includes('purposes only') || lower.includes('advice') || lower.includes('opinions') || lower.includes('views') || lower.includes('editorial');

/** The rule that judges one segment boilerplate, or undefined when it reads as reporting. */
export function classify(text: string, ctx: RuleContext): Reason | undefined {
  if (isHashtagOnly(text)) return 'hashtags';
  if (!/[\p{L}\p{N}]/u.test(text)) return 'separator';
  const f = features(text);
  const wordCount = f.words.length;

  // An offer's discount and where to take it: "To get 40% off the Vantage plan, head to the link above."
  if (f.lower.includes('% off') && /\b\d+% off\b/.test(f.lower) && /\b(?:link|code|head to|go to|visit|sign up|click)\b/.test(f.lower) && !f.quoted) return 'sponsor';
  // A discount code: "Promo Code for 10% off: NEWS77", "Get 50% off your first box with code NEWS50".
  if (f.lower.includes(' code') && (/\b(?:promo|coupon|discount) code\b/i.test(text) || /\b(?:with|enter|apply|using) (?:the )?(?:my |our )?code\b/i.test(text)) && /%|\boff\b|\bfree\b|\bsave\b/i.test(text)) return 'sponsor';
  if (SPONSOR_WORDS.some((w) => f.lower.includes(w)) && SPONSOR_CUE.test(text) && (SPONSOR_CONTEXT.test(text) || f.urlCount > 0 || /^(?:sponsored|this video|today)/i.test(f.lead))) {
    return 'sponsor';
  }
  // "Thanks to 23andMe for supporting SciShow": a sponsor thanked for supporting the video or the channel by its name.
  // Also "Huge thanks to NordVPN for supporting this video."
  if (/^(?:(?:huge|big|special|many|a (?:big|huge|special)) )?thank/.test(f.lower)) {
    const supported = /^(?:(?:huge|big|special|many|a (?:big|huge|special)) )?thank(?:s| you) (?:to )?.{1,40}? for supporting (this (?:video|episode|show|channel)|us|our channel|[^.!?]{1,40})[.!]?$/i.exec(text.trim());
    if (supported && (/^(?:this|us|our)\b/i.test(supported[1]) || mentionsBrand(supported[1], ctx))) return 'sponsor';
  }
  if (/\baffiliate links?\b|\bas an amazon associate\b|\bearn (?:a )?(?:small )?commission\b|\bqualifying purchases\b/i.test(text)) {
    return 'affiliate-disclaimer';
  }
  if (mayDisclaim(f.lower) && DISCLAIMER_CUE.test(text) && (DISCLAIMER_CONTEXT.test(text) || /^disclaimer\b/i.test(f.lead))) return 'disclaimer';
  if (/©|\bcopyright\s*(?:©|\(c\)|\d{4})|\ball rights reserved\b|\bcopyright disclaimer\b|\bsection 107\b|\bfair use\b|\bno copyright\b|\bcopyright (?:infringement )?(?:is )?intend|\bcopyright intentions?\b/i.test(text)) {
    return 'copyright';
  }
  if (MUSIC_CREDIT.test(f.lead) && (MUSIC_SOURCE.test(text) || f.urlCount > 0)) return 'music-credit';
  if (
    /\blicens(?:e|ing)\b[^.]{0,60}\b(?:clip|footage|video|content)|\b(?:clip|footage|video)s?\b[^.]{0,30}\blicens(?:e|ing)\b/i.test(text) &&
    (f.urlCount > 0 || /\b(?:contact|inquir|enquir|interested|email|visit)/i.test(text))
  ) {
    return 'licensing';
  }
  // "For licensing and usage inquiries please email licensing@example.com": with where to write.
  if (f.lower.includes('licens') && /\blicens(?:e|ing)\b[^.]{0,30}\b(?:inquir|enquir)\w*/i.test(text) && (f.urlCount > 0 || EMAIL.test(text))) return 'licensing';
  if (selfDescription(f, ctx)) return 'channel-description';
  if (STRONG_CTA.test(f.lead)) return 'call-to-action';
  // "… every Saturday, so be sure to SUBSCRIBE to the channel": the ask inside a longer sentence.
  if (ASK_WORDS.some((w) => f.lower.includes(w)) && /\b(?:(?:be sure|make sure|don['’]?t forget|remember) to|simply|just) (?:subscribe|like|follow us|hit (?:the|that)|turn on (?:post |all |the )?notifications)\b/i.test(text)) return 'call-to-action';
  // Caller-tune offers: "Vodafone Subscribers Dial 5379933200", "BSNL Subscribers SMS BT 9933200 To 56700".
  if (f.lower.includes('subscriber') && /\bsubscribers? (?:(?:for [\p{L} ]{1,20})?(?:direct )?dial|sms)\b/iu.test(text) && /\d{5,}/.test(text)) return 'call-to-action';
  // A closing thanks alone: "Thank you for watching!", "Thanks so much for watching, see you next time".
  // Also "Thank you for watching this Indonesian food video!".
  if (
    wordCount <= 12 && f.lower.includes('thank') &&
    /^(?:thanks|thank you)(?: (?:so|very) much)? for (?:watching|tuning in|listening)(?: (?:to )?(?:this|the|my|our)(?: [\p{L}-]+){0,4}? (?:video|episode|vlog|show|podcast|stream|drama|series|film|movie|clip))?\b(?:[!.,]*\s*(?:see you|until|stay safe|bye)\b[^.!?]*)?[!.\s]*$/iu.test(withoutLeadingBullets(text).trim())
  ) {
    return 'call-to-action';
  }
  // Asks to subtitle the channel's videos: "Help more people watch [Game Of Hunting] by contributing subtitles", "TRANSLATE this video and you'll GET CREDIT!".
  if ((f.lower.includes('contribut') || f.lower.includes('translat')) && /\bcontribut\p{L}* (?:subtitles|captions|translations)\b|\btranslat\p{L}* (?:this|these|our|other) videos?\b/iu.test(text) && !f.quoted) return 'call-to-action';
  // A website's domain alone on its line: "Budweiser.com".
  if (wordCount <= 2 && f.urlCount === 0 && /^\s*(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|tv|co|io|ca|uk|news|info)\/?\s*$/iu.test(text)) return 'link-list';
  // What is left of a social-link list: "Instagram..", "Twitter!", "Battle Universe is on Instagram!".
  if ((wordCount <= 6 && SOCIAL_NAMES_ONLY.test(text)) || (wordCount <= 8 && f.lower.includes(' on ') && /\b(?:is|are) (?:now )?on (?:twitter|instagram|facebook|tiktok|snapchat|twitch|discord|youtube)[!.]*$/i.test(text))) return 'link-list';
  // A product or a video and its short link: "ELF Instant Lift Brow Pencil- Neutral Brown http://bit.ly/2wGJkG5".
  if (f.urlCount === 1 && wordCount <= 12 && SHORT_LINK.test(f.urls[0].url) && endsWithUrl(text, f.urls) && !/[.!?]\s/.test(text.slice(0, f.urls[0].start))) return 'promo-link';
  // "NEW MERCH!", "Grab some merch": a short line about the channel's merchandise.
  if (wordCount <= 14 && /\bmerch\b/i.test(text)) return 'call-to-action';
  if (WEAK_CTA.test(f.lead) && wordCount <= 30 && (f.urlCount > 0 || PROMO_OBJECT.test(f.lead) || PROMO_PLATFORM.test(f.lead) || BARE_LINK.test(text))) return 'call-to-action';
  if (f.urlCount > 0 && wordCount <= (f.urlCount === 1 ? 6 : 3 * f.urlCount + 3)) return 'link-list';
  // Handles and contact addresses are links written another way: "Instagram: @name", "Business Email: a@b.com".
  if (wordCount <= 20 && (SOCIAL_HANDLE.test(text) || (BUSINESS_CONTACT.test(text) && EMAIL.test(text)))) return 'link-list';
  if (/\b24\/7\b/.test(text) && /\b(?:watch|stream|streaming|live)\b/i.test(text)) return 'watch-live';
  // A programme's schedule: "Watch 7NEWS nightly at 6pm and weekdays at 11:30am on Channel 7".
  if (/^(?:watch|catch|tune in|stream)\b/i.test(f.lead) && wordCount <= 30 && BROADCAST_SCHEDULE.test(text)) return 'watch-live';
  // "The Daily Show airs weeknights at 11/10c on Comedy Central", "premieres Sunday at 9/8c": an
  // air time given for two time zones, as only a programme's promotion does.
  if (wordCount <= 30 && text.includes('/') && /\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?\/\s*\d{1,2}(?::\d{2})?\s*c\b/i.test(text) && /\b(?:airs?|premieres?|returns?|tune in|watch|catch|on)\b/i.test(text)) return 'watch-live';
  // "LIVE STREAMING weekdays 6-8pm ET": days and hours of a programme, live.
  if (wordCount <= 15 && /\b(?:live|stream(?:s|ing)?|airs?|airing|tune in)\b/i.test(text) && AIR_DAYS.test(text) && AIR_HOURS.test(text)) return 'watch-live';
  // "Only on CBS.", "Streaming now on Example+": where the programme is, as a tag line.
  if (wordCount <= 5 && /^(?:[Oo]nly|[Ee]xclusively|[Ss]treaming(?: now)?|[Nn]ow streaming|ONLY|EXCLUSIVELY) on \p{Lu}[\p{L}\p{N}+&. ]{0,25}[.!]*$/u.test(f.lead)) return 'watch-live';
  // App promotion: "You can customize your push notifications so you get just the alerts you want."
  if (/\bpush notifications?\b/i.test(text) && f.secondPerson && !f.quoted) return 'call-to-action';
  if (/\bin your inbox\b/i.test(text) || (/\bnewsletters?\b/i.test(text) && (f.urlCount > 0 || /\b(?:sign up|subscribe|get)\b/i.test(text)))) {
    return 'newsletter';
  }
  // "Thank you so much to our patrons for your support!": the channel thanking its members.
  const thanksMembers = f.lower.includes('thank') && /\b(?:thanks|thank you)\b[^.!?]{0,40}\b(?:our|my) (?:patrons|supporters|members|channel members)\b/i.test(text);
  if (/\bpatreon\b|\bjoin this channel\b|\bchannel members(?:hip)?\b/i.test(text) || thanksMembers || membershipAsk(f)) {
    return 'membership';
  }
  if (
    /\b(?:have|got) a (?:story|tip|news tip|video)\b.*\?|\bsend (?:us )?your (?:tips?|stories|videos|questions)\b|\bfill out (?:this|our|the) (?:survey|form)\b|\bshare your (?:story|stories|experience)\b|\b(?:give|send) us (?:your |some )?feedback\b|\b(?:conducting|running) a survey of our\b/i.test(text)
  ) {
    return 'tip-line';
  }
  // "Note: In most cases, comments will be open for 24 hours on ABC News YouTube channel.": when
  // the channel's comments are open.
  if (f.lower.includes('comment') && !f.quoted && /\bcomments? (?:will be|are|is|remain|may be) (?:open|closed|turned off|switched off|disabled|moderated)\b/i.test(text) && (/^note\b/i.test(f.lead) || /\b(?:(?:this|our) (?:channel|video|page)|youtube channel)\b/i.test(text))) {
    return 'disclaimer';
  }
  // The channel's comment policy: "Please keep discussions on this channel clean and respectful",
  // not news of a platform's moderation ("YouTube said comments that break its rules are removed").
  if (
    (f.lower.includes('comment') || f.lower.includes('discussion')) && /\b(?:comments?|discussions?)\b/i.test(text) && !f.quoted &&
    /\b(?:respectful|civil|clean|refrain|slurs|insults|abusive|offensive|spam|guidelines|moderat\p{L}*)\b/iu.test(text) &&
    /^please\b|\b(?:this|our) (?:channel|video|page|comments?(?: section)?)\b/i.test(text)
  ) {
    return 'disclaimer';
  }
  if (f.urlCount > 0 && (PROMO_VOCAB.test(text) || (GENERIC_PROMO_VOCAB.test(text) && endsWithUrl(text, f.urls)))) return 'promo-link';
  // A label for the link after it: "For breaking news, video, audio and in-depth coverage: https://…".
  if (f.urlCount === 1 && wordCount <= 14 && endsWithUrl(text, f.urls) && /^for\b[^.!?:]{0,80}:\s*$/i.test(text.slice(0, f.urls[0].start))) return 'link-list';
  if (
    /\b(?:more|other|related|full) (?:\S+ ){0,2}(?:videos|playlists?|episodes|channels|shows)\b|\bwatch (?:more|the full|our full)\b/i.test(text) &&
    (/:$/.test(text) || /\b(?:our|channel|playlists?|subscribe|here|below)\b/i.test(text))
  ) {
    return 'more-videos';
  }
  return undefined;
}

/**
 * The sentence that announces a sponsor's offer in the same paragraph ("Get an exclusive Surfshark
 * deal! Enter promo code …"): short, and about a deal. Removed only when the offer after it was.
 */
export function isOfferLeadIn(text: string): boolean {
  const f = features(text);
  return f.words.length <= 12 && !f.quoted && /\b(?:deal|offer|discount|coupon|free trial|\d+% off)\b/i.test(text);
}

/**
 * A short line or sentence that only announces what follows ("Follow us:", "Connect with CNBC
 * News Online", "Have a story to tell?", "More Guardian channels:"). Removed only when the
 * segment right after it was removed.
 */
export function isLeadIn(text: string, wholeLine: boolean, ctx?: RuleContext): boolean {
  const f = features(text);
  const n = f.words.length;
  if (n === 0 || f.urlCount > 0) return false;
  // "Make sure to check out Andrew's book about the pawpaw:": an ask that introduces what follows.
  if (n <= 14 && /:\s*$/.test(text) && (WEAK_CTA.test(f.lead) || STRONG_CTA.test(f.lead))) return true;
  if (n > 8) return false;
  if (/[:…]$|\.\.\.$/.test(text) || /^disclaimer\b/i.test(text)) return true;
  // "Have a story to tell?", "Looking for SciShow elsewhere on the internet?".
  if (/\?$/.test(text)) return /\b(?:story|stories|tip|tips|question|questions|feedback|idea|ideas|you|your|licens\p{L}*|te|tu|vous|votre|elsewhere)\b/iu.test(text) || (ctx !== undefined && namesChannel(text, ctx));
  return wholeLine && n <= 6 && text.length <= 60 && !/[.!。！？]$/u.test(text);
}

/**
 * A line that is a list of names only: six or more short items between commas, nearly all
 * capitalised ("Hiroshi Uchiyama, Adi V, Michal Salman, …"), as channels thank their supporters.
 */
export function isNameList(text: string): boolean {
  const items = text.split(/\s*[,;]\s*|\s+and\s+/).map((item) => item.trim()).filter(Boolean);
  if (items.length < 6 || items.some((item) => item.split(/\s+/).length > 4 || /[.!?:]$/.test(item) && !/\b\p{Lu}\.$/u.test(item))) return false;
  return items.filter((item) => /^\p{Lu}/u.test(item)).length >= 0.8 * items.length;
}

/**
 * A channel's description going on in its next sentence: its praise of itself, by its name or
 * another ("…, CBC News and its award-winning journalists deliver the breaking stories that
 * matter", "FNC has been the most-watched television news channel"), or the channel in its own
 * voice ("We provide much more than the news of the day"), or named again as the subject ("NBC News
 * Digital features NBCNews.com, …"). Only applied right after a removed self-description in the
 * same paragraph.
 */
export function continuesSelfDescription(text: string, ctx: RuleContext): boolean {
  const f = features(text);
  if (f.quoted) return false;
  // Also in Spanish and French: "Informamos en 32 idiomas", "Nous sommes …".
  if (/^(?:we|we['’]re|our|nosotros|nuestr[oa]s?|nous|notre|nos)\b/i.test(f.lead) || /^(?:somos|\p{L}{3,}(?:amos|emos|imos))\b/iu.test(f.lead)) return true;
  // "Home of Avatar, Aliens, X-Men …": what the channel carries.
  if (/^home (?:of|to)\b/i.test(f.lead)) return true;
  // Its invitation to its viewers: "Follow the stories of entrepreneurs, investors and innovators."
  if (WEAK_CTA.test(f.lead) && f.words.length <= 20) return true;
  // Who presents it and what its viewers get: "Hosted by …", "Every night, viewers can expect: …".
  if (/^(?:hosted|presented|anchored) by\b/i.test(f.lead) || /\b(?:viewers|audiences?|subscribers) (?:can|will) (?:expect|enjoy|find|get|see)\b/i.test(text)) return true;
  // The channel named as the subject again: "NBC News Digital features NBCNews.com, …".
  if (mentionsBrand(f.lead.split(/\s+/).slice(0, 4).join(' '), ctx)) return true;
  // Its praise of itself: by its name with any promotional word, under another name only with
  // words no news sentence uses of itself ("FNC has been the most-watched news channel").
  return MEDIA_NOUN.test(text) && (mentionsBrand(text, ctx) ? PROMO_ADJECTIVE.test(text) : SELF_PRAISE.test(text));
}

/**
 * A sentence in the channel's first person plural anywhere ("People are tired of biased reportage
 * and we stand for …", "So for us the world is truly one"), or about "the show" ("Additionally,
 * bandleader Reggie Watts and the house band provide original music throughout the show"), outside
 * a quotation and no question. Only applied after two or more sentences of the paragraph were
 * removed as its description.
 */
export function describesChannelFurther(text: string): boolean {
  const f = features(text);
  if (f.quoted || /\?\s*$/.test(text)) return false;
  return /\b(?:we|we['’]re|we['’]ve|us|our)\b/i.test(text) || /\bthe (?:show|programme|program|channel|series|podcast|newscast)\b/i.test(text);
}

/**
 * The channel's own voice outside a quotation: second person ("Make sense of the stories changing
 * your business") or first person plural ("We are in the people business").
 * Only applied between removed segments.
 */
export function isChannelVoice(text: string): boolean {
  const f = features(text);
  if (f.quoted || f.words.length > 60) return false;
  // A question with "we" as its subject is the video's topic ("How much genetic diversity would we
  // need …?"); one that asks for "us" or "our" is the channel's ("Want to send us something?").
  if (!f.secondPerson && /\?\s*$/.test(text) && !/\b(?:us|our)\b/i.test(text)) return false;
  return f.secondPerson || /\b(?:we|we're|we've|our|us)\b/i.test(text);
}
