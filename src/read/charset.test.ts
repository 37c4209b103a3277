import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { charsetParam, decodeBytes, metaCharset } from './charset.js';

// Sentences made up for these tests, one per language and script.
const TEXTS: Record<string, string> = {
  ru: 'Городской совет во вторник утвердил план ремонта моста через реку. Работы начнутся весной, сообщил глава комиссии, а жители давно жаловались на пробки.',
  fr: 'Le conseil municipal a approuvé mardi le projet de rénovation du pont. Les travaux débuteront au printemps, a précisé la présidente de la commission.',
  de: 'Der Stadtrat hat am Dienstag den Plan zur Sanierung der Brücke beschlossen. Die Arbeiten beginnen im Frühjahr, sagte die Vorsitzende des Ausschusses.',
  pl: 'Rada miasta zatwierdziła we wtorek plan remontu mostu na rzece. Prace rozpoczną się wiosną, powiedziała przewodnicząca komisji, a mieszkańcy skarżyli się na korki.',
  el: 'Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το σχέδιο επισκευής της γέφυρας. Οι εργασίες θα ξεκινήσουν την άνοιξη, δήλωσε η πρόεδρος της επιτροπής.',
  ja: '市議会は火曜日、川に架かる橋の改修計画を承認した。工事は春に始まる予定だと委員長が述べた。住民は長年、渋滞と騒音に悩まされてきた。',
  zh: '市议会星期二批准了河上大桥的维修计划。委员会主任表示，工程将于春季开工。居民多年来一直抱怨交通拥堵和噪音。',
};

const page = (text: string, head = ''): string =>
  `<!doctype html><html><head>${head}<title>Report</title></head><body><article><p>${text}</p><p>${text}</p></article></body></html>`;

const CASES: [string, string][] = [
  ['ru', 'windows-1251'], ['ru', 'koi8-r'], ['fr', 'windows-1252'], ['de', 'iso-8859-1'],
  ['pl', 'iso-8859-2'], ['el', 'iso-8859-7'], ['ja', 'shift_jis'], ['zh', 'gb18030'],
];

test('legacy charsets with no declaration are detected: the text comes out right', () => {
  for (const [lang, charset] of CASES) {
    const text = TEXTS[lang] as string;
    const decoded = decodeBytes(iconv.encode(page(text), charset), { html: true });
    assert.ok('text' in decoded, `${lang} ${charset}: ${'reason' in decoded ? decoded.reason : ''}`);
    assert.ok(decoded.text.includes(text), `${lang} ${charset} decoded as ${decoded.charset}`);
    assert.equal(decoded.via, 'detected');
  }
});

test('<meta charset>, http-equiv and the HTTP Content-Type win over detection, in that order', () => {
  const text = TEXTS.ru as string;
  const meta = decodeBytes(iconv.encode(page(text, '<meta charset="koi8-r">'), 'koi8-r'), { html: true });
  assert.deepEqual('text' in meta && [meta.charset, meta.via, meta.text.includes(text)], ['koi8-r', 'meta', true]);
  const equiv = page(text, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">');
  const viaEquiv = decodeBytes(iconv.encode(equiv, 'windows-1251'), { html: true });
  assert.deepEqual('text' in viaEquiv && [viaEquiv.charset, viaEquiv.via], ['windows-1251', 'meta']);
  // The HTTP header is stronger than a wrong meta tag.
  const wrongMeta = iconv.encode(page(text, '<meta charset="iso-8859-1">'), 'koi8-r');
  const http = decodeBytes(wrongMeta, { html: true, contentType: 'text/html; charset=KOI8-R' });
  assert.deepEqual('text' in http && [http.charset, http.via, http.text.includes(text)], ['koi8-r', 'http', true]);
  // A page that says UTF-8 but is not is detected instead of refused.
  const lying = decodeBytes(iconv.encode(page(TEXTS.fr as string, '<meta charset="utf-8">'), 'windows-1252'), { html: true });
  assert.ok('text' in lying && lying.text.includes(TEXTS.fr as string));
});

test('UTF-16 with a BOM, and without one by its NUL pattern', () => {
  const text = TEXTS.de as string;
  const le = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
  assert.deepEqual('text' in le && [le.text, le.via], [text, 'bom']);
  const be = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]));
  assert.deepEqual('text' in be && [be.text, be.charset], [text, 'utf-16be']);
  const bare = decodeBytes(iconv.encode(TEXTS.ru as string, 'utf-16le'));
  assert.deepEqual('text' in bare && [bare.text, bare.via], [TEXTS.ru, 'utf-16-pattern']);
});

test('binary and undecodable bytes keep a clear reason', () => {
  assert.deepEqual(decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41])), { reason: 'binary file, not text' });
  assert.deepEqual(decodeBytes(Uint8Array.from([0x61, 0xc0, 0x80])), {
    reason: 'invalid UTF-8 at byte 1 and no other charset recognised',
  });
});

test('charsetParam and metaCharset', () => {
  assert.equal(charsetParam('text/html; Charset="Windows-1251"'), 'windows-1251');
  assert.equal(charsetParam('text/html'), null);
  assert.equal(metaCharset(Buffer.from('<head><meta name="x" content="y"><META CHARSET=Shift_JIS></head>')), 'shift_jis');
  assert.equal(metaCharset(Buffer.from(`<meta http-equiv='content-type' content='text/html;charset=gb2312'>`)), 'gb2312');
  assert.equal(metaCharset(Buffer.from('<p>charset=koi8-r</p>')), null);
});
