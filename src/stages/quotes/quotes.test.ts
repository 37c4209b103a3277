import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDoc } from '../../pipeline/doc.js';
import type { Doc, EntityMention, EntityType, LocalEntity } from '../../pipeline/types.js';
import { createQuoteStage, extractQuotes } from './quotes.js';

/** Entities and every occurrence of their surface forms as mentions (test scaffolding). */
function build(text: string, ents: Array<{ name: string; type: EntityType; forms?: string[]; title?: string }>, lang = 'en'): Doc {
  const entities: LocalEntity[] = ents.map((e) => ({ name: e.name, type: e.type, aliases: e.forms ?? [e.name], roles: [] }));
  const mentions: EntityMention[] = [];
  ents.forEach((e, entity) => {
    for (const f of e.forms ?? [e.name]) {
      for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + f.length)) {
        const m: EntityMention = { start: i, end: i + f.length, text: f, type: e.type, entity, source: 'test', rule: 'test' };
        if (e.title !== undefined) m.title = e.title;
        mentions.push(m);
      }
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  return testDoc(text, { lang, mentions, entities });
}

const person = (name: string, forms?: string[]): { name: string; type: EntityType; forms?: string[] } =>
  (forms === undefined ? { name, type: 'person' } : { name, type: 'person', forms });
const org = (name: string): { name: string; type: EntityType } => ({ name, type: 'organization' });

test('X said, "…": speaker before the quote', () => {
  const doc = build('Lal Verma said, "We will build the bridge by June."', [person('Lal Verma')]);
  assert.deepEqual(extractQuotes(doc), [{
    start: 17, end: 50, text: 'We will build the bridge by June.', source: 'quotes/en', rule: 'direct:pre:name',
    kind: 'direct', speakerSpan: { start: 0, end: 9, text: 'Lal Verma' }, speaker: 0,
  }]);
});

test('"…," she said: the pronoun goes to the last subject', () => {
  const doc = build('Mira Sen met the mayor on Tuesday.\n\n“The river must be cleaned before the monsoon,” she said.', [person('Mira Sen')]);
  assert.deepEqual(extractQuotes(doc), [{
    start: 37, end: 81, text: 'The river must be cleaned before the monsoon', source: 'quotes/en', rule: 'direct:post:pronoun',
    kind: 'direct', speakerSpan: { start: 84, end: 87, text: 'she' }, speaker: 0,
  }]);
});

test('a pronoun prefers a later sentence subject over the previous quote\'s speaker', () => {
  const text = 'Lal Verma said, “The first bridge opens in June.”\n\nDana Ruiz arrived an hour later.\n\n“We will inspect every pillar,” she said.';
  const quotes = extractQuotes(build(text, [person('Lal Verma'), person('Dana Ruiz')]));
  assert.deepEqual(quotes, [
    { start: 17, end: 48, text: 'The first bridge opens in June.', source: 'quotes/en', rule: 'direct:pre:name', kind: 'direct',
      speakerSpan: { start: 0, end: 9, text: 'Lal Verma' }, speaker: 0 },
    { start: 86, end: 114, text: 'We will inspect every pillar', source: 'quotes/en', rule: 'direct:post:pronoun', kind: 'direct',
      speakerSpan: { start: 117, end: 120, text: 'she' }, speaker: 1 },
  ]);
});

test('"it said" goes to an organisation that is a subject, not to a person object', () => {
  const text = 'The Harbour Board met with Lal Verma on Monday. “We will dredge the channel again,” it said.';
  assert.deepEqual(extractQuotes(build(text, [org('Harbour Board'), person('Lal Verma')])), [{
    start: 49, end: 81, text: 'We will dredge the channel again', source: 'quotes/en', rule: 'direct:post:pronoun',
    kind: 'direct', speakerSpan: { start: 84, end: 86, text: 'it' }, speaker: 0,
  }]);
});

test('"…," said X: inverted attribution', () => {
  const doc = build('“Our budget is not negotiable,” said Arun Pillai.', [person('Arun Pillai')]);
  assert.deepEqual(extractQuotes(doc), [{
    start: 1, end: 29, text: 'Our budget is not negotiable', source: 'quotes/en', rule: 'direct:post:name',
    kind: 'direct', speakerSpan: { start: 37, end: 48, text: 'Arun Pillai' }, speaker: 0,
  }]);
});

test('an interrupted quotation is one quote with one speaker; its parts are the quoted words', () => {
  const doc = build('“The port will open,” Pillai said, “and the ships will come back.”', [person('Arun Pillai', ['Pillai'])]);
  assert.deepEqual(extractQuotes(doc), [
    { start: 1, end: 65, text: 'The port will open,” Pillai said, “and the ships will come back.', source: 'quotes/en',
      rule: 'direct:post:name', kind: 'direct', speakerSpan: { start: 22, end: 28, text: 'Pillai' }, speaker: 0,
      parts: [{ start: 1, end: 19, text: 'The port will open' }, { start: 36, end: 65, text: 'and the ships will come back.' }] },
  ]);
});

test('two quotations around two attributions stay two quotes', () => {
  const doc = build('“The port will open,” Pillai said, adding later, “and the ships will come back.”', [person('Arun Pillai', ['Pillai'])]);
  assert.deepEqual(extractQuotes(doc).map((q) => [q.text, q.speakerSpan?.text]), [
    ['The port will open', 'Pillai'], ['and the ships will come back.', 'Pillai']]);
});

test('a new sentence ending in a comma between two quotations introduces the second', () => {
  const doc = build('“The budget is ready.” Kavya Rao adds, “Are the schools ready too?”', [person('Arun Pillai'), person('Kavya Rao')]);
  // Two quotations, not one: the second is Kavya Rao's by its cue (the first goes to her by rank, with no cue of its own).
  assert.deepEqual(extractQuotes(doc).map((q) => [q.text, q.speakerSpan?.text ?? null, q.rule]), [
    ['The budget is ready.', 'Kavya Rao', 'direct:unattributed:ranked'], ['Are the schools ready too?', 'Kavya Rao', 'direct:pre:name']]);
});

test('a quotation over two paragraphs (opening mark on each, closing at the end) is one quote', () => {
  const doc = build('Dana Ruiz told the council: “The first phase is complete.\n\n“The second phase starts in May.”', [person('Dana Ruiz')]);
  assert.deepEqual(extractQuotes(doc), [
    { start: 29, end: 91, text: 'The first phase is complete.\n\n“The second phase starts in May.', source: 'quotes/en',
      rule: 'direct:pre:name', kind: 'direct', speakerSpan: { start: 0, end: 9, text: 'Dana Ruiz' }, speaker: 0,
      parts: [{ start: 29, end: 57, text: 'The first phase is complete.' }, { start: 60, end: 91, text: 'The second phase starts in May.' }] },
  ]);
});

test('a nested quotation stays inside its quote; typewriter \'\' marks are double quotes', () => {
  const doc = build('"We watched “Shark Tank” together," said Lal Verma.\n\n\'\'It was fun,\'\' Lal Verma said.', [person('Lal Verma')]);
  assert.deepEqual(extractQuotes(doc).map((q) => [q.text, q.speaker]), [['We watched “Shark Tank” together', 0], ['It was fun', 0]]);
});

test('a transcript turn is a quotation of its labelled speaker', () => {
  const doc = build('Mike Pence spoke to Fox.\n\n"WALLACE: Will she be there?\n\n"PENCE: She will not be at the debate tomorrow night."',
    [person('Mike Pence'), person('Chris Wallace', ['Fox'])]);
  assert.deepEqual(extractQuotes(doc).map((q) => [q.text, q.speakerSpan?.text, q.speaker]), [
    ['Will she be there?', 'WALLACE', 1], ['She will not be at the debate tomorrow night.', 'PENCE', 0]]);
});

test('a quote without a cue goes to the subject before it, not to an object', () => {
  const text = 'Mayor Lal Verma met Kavya Rao of the Water Board on Monday. “Every school will reopen by June.”';
  const doc = build(text, [person('Lal Verma'), person('Kavya Rao')]);
  assert.deepEqual(extractQuotes(doc).map((q) => [q.text, q.speakerSpan?.text, q.speaker, q.rule]), [
    ['Every school will reopen by June.', 'Lal Verma', 0, 'direct:unattributed:ranked']]);
});

test('"…" the post read: the author of the post', () => {
  const text = 'The Harbour Board posted a statement on X.\n\n“Repairs to the north pier will finish this week,” the post read.';
  assert.deepEqual(extractQuotes(build(text, [org('Harbour Board'), org('X')])), [{
    start: 45, end: 92, text: 'Repairs to the north pier will finish this week', source: 'quotes/en', rule: 'direct:post:document',
    kind: 'direct', speakerSpan: { start: 95, end: 103, text: 'the post' }, speaker: 0,
  }]);
});

test('X posted on X, stating, "…": the platform is not the speaker', () => {
  const text = 'In a tweet, Ravi Das posted on X, stating, “The talks with the union went well today.”';
  assert.deepEqual(extractQuotes(build(text, [person('Ravi Das'), org('X')])), [{
    start: 44, end: 85, text: 'The talks with the union went well today.', source: 'quotes/en', rule: 'direct:pre:name',
    kind: 'direct', speakerSpan: { start: 12, end: 20, text: 'Ravi Das' }, speaker: 0,
  }]);
});

test('an organisation\'s press release as speaker', () => {
  const text = 'The Water Ministry press release further stated, “Supply will be restored in all districts.”';
  assert.deepEqual(extractQuotes(build(text, [org('Water Ministry')])), [{
    start: 50, end: 91, text: 'Supply will be restored in all districts.', source: 'quotes/en', rule: 'direct:pre:name',
    kind: 'direct', speakerSpan: { start: 4, end: 18, text: 'Water Ministry' }, speaker: 0,
  }]);
});

test('"…," the minister said: a title resolves to the entity that carries it', () => {
  const doc = build('Minister Kavya Rao visited the site.\n\n“We are ready,” the minister said.',
    [{ name: 'Kavya Rao', type: 'person', title: 'Minister' }]);
  assert.deepEqual(extractQuotes(doc), [{
    start: 39, end: 51, text: 'We are ready', source: 'quotes/en', rule: 'direct:post:title',
    kind: 'direct', speakerSpan: { start: 54, end: 66, text: 'the minister' }, speaker: 0,
  }]);
});

test('reported speech: X said that …', () => {
  const doc = build('Ravi Das said that the union had accepted the offer.', [person('Ravi Das')]);
  assert.deepEqual(extractQuotes(doc), [{
    start: 19, end: 51, text: 'the union had accepted the offer', source: 'quotes/en', rule: 'reported:that:name',
    kind: 'reported', speakerSpan: { start: 0, end: 8, text: 'Ravi Das' }, speaker: 0,
  }]);
});

test('reported speech: according to X, … and …, X said.', () => {
  assert.deepEqual(extractQuotes(build('According to the Harbour Board, the pier will reopen on Friday.', [org('Harbour Board')])), [{
    start: 32, end: 62, text: 'the pier will reopen on Friday', source: 'quotes/en', rule: 'reported:according-to:name',
    kind: 'reported', speakerSpan: { start: 17, end: 30, text: 'Harbour Board' }, speaker: 0,
  }]);
  assert.deepEqual(extractQuotes(build('The pier will reopen on Friday, the Harbour Board said.', [org('Harbour Board')])), [{
    start: 0, end: 30, text: 'The pier will reopen on Friday', source: 'quotes/en', rule: 'reported:clause-said:name',
    kind: 'reported', speakerSpan: { start: 36, end: 49, text: 'Harbour Board' }, speaker: 0,
  }]);
});

test('quoted words inside reported speech: the clause their cue governs, with the quoted words as parts', () => {
  const doc = build('Ravi Das said that the offer was a “fair deal” for workers.', [person('Ravi Das')]);
  assert.deepEqual(extractQuotes(doc), [
    { start: 19, end: 58, text: 'the offer was a “fair deal” for workers', source: 'quotes/en', rule: 'direct:embedded:name',
      kind: 'direct', speakerSpan: { start: 0, end: 8, text: 'Ravi Das' }, speaker: 0, parts: [{ start: 36, end: 45, text: 'fair deal' }] },
  ]);
  const stressed = extractQuotes(build('The leaders stressed the “importance of a free and open sea route”.', []));
  assert.deepEqual(stressed.map((q) => [q.text, q.speakerSpan?.text]), [['the “importance of a free and open sea route”', 'The leaders']]);
  // A second cue opens a clause of its own.
  const two = extractQuotes(build('Ravi Das called the offer “a con” and urged workers to “stay out.”', [person('Ravi Das')]));
  assert.deepEqual(two.map((q) => q.text), ['the offer “a con”', 'workers to “stay out.”']);
});

test('Hindi: X ने कहा, “…”', () => {
  const doc = build('मीरा सेन ने कहा, “हम पुल जून तक बना देंगे।”', [person('मीरा सेन')], 'hi');
  assert.deepEqual(extractQuotes(doc), [{
    start: 18, end: 42, text: 'हम पुल जून तक बना देंगे।', source: 'quotes/hi', rule: 'direct:pre:name',
    kind: 'direct', speakerSpan: { start: 0, end: 8, text: 'मीरा सेन' }, speaker: 0,
  }]);
});

test('Hindi: उन्होंने कहा कि … । and … के अनुसार', () => {
  const doc = build('मीरा सेन ने बंदरगाह का दौरा किया। उन्होंने कहा कि बाढ़ का पानी उतर गया है।', [person('मीरा सेन')], 'hi');
  assert.deepEqual(extractQuotes(doc), [{
    start: 50, end: 73, text: 'बाढ़ का पानी उतर गया है', source: 'quotes/hi', rule: 'reported:that:pronoun',
    kind: 'reported', speakerSpan: { start: 34, end: 42, text: 'उन्होंने' }, speaker: 0,
  }]);
  assert.deepEqual(extractQuotes(build('बोर्ड के अनुसार, बंदरगाह शुक्रवार को खुलेगा।', [], 'hi')), [{
    start: 17, end: 43, text: 'बंदरगाह शुक्रवार को खुलेगा', source: 'quotes/hi', rule: 'reported:according-to:unresolved',
    kind: 'reported', speakerSpan: { start: 0, end: 5, text: 'बोर्ड' }, speaker: null,
  }]);
});

test('createQuoteStage fills doc.quotes and leaves the rest alone', () => {
  const stage = createQuoteStage();
  const doc = build('Lal Verma said, "We will build the bridge by June."', [person('Lal Verma')]);
  const out = stage.run({ referenceDate: '2025-05-05' }, doc);
  assert.equal(stage.id, 'quotes');
  assert.deepEqual(out, { ...doc, quotes: extractQuotes(doc) });
  assert.deepEqual(createQuoteStage({ reported: false }).run({ referenceDate: '2025-05-05' },
    build('Ravi Das said that the union had accepted the offer.', [person('Ravi Das')])).quotes, []);
});

test('“A,” X said. ¶ “B.”: a quotation opening the next paragraph right after the attribution continues the quotation', () => {
  const text = 'Asha Rao spoke at the port.\n\n“The dredging is late,” said Asha Rao, the harbour chief.\n\n“We will finish the channel by June and open it to ships.”\n\nThe council met later.';
  const quotes = extractQuotes(build(text, [person('Asha Rao')])).filter((q) => q.kind === 'direct');
  assert.equal(quotes.length, 1);
  assert.deepEqual(quotes[0]?.parts?.map((p) => p.text), ['The dredging is late', 'We will finish the channel by June and open it to ships.']);
  assert.equal(quotes[0]?.speaker, 0);
  // A quotation with its own cue, or one that only opens a sentence that goes on, stays apart.
  const apart = 'Asha Rao spoke at the port.\n\n“The dredging is late,” said Asha Rao. “We will finish the channel by June” to open it to ships, she added.';
  assert.equal(extractQuotes(build(apart, [person('Asha Rao')])).filter((q) => q.kind === 'direct' && q.parts !== undefined && q.parts.length > 1).length, 0);
});

test('a quoted phrase is taken with the clause of the sentence\'s own reporting verb, not of a cue word inside it', () => {
  const text = 'Asha Rao said the harbour board owed the fishermen what she called “a fair deal for the season.”';
  const [q] = extractQuotes(build(text, [person('Asha Rao')]));
  assert.equal(q?.text, 'the harbour board owed the fishermen what she called “a fair deal for the season.”');
  assert.equal(q?.speaker, 0);
  // `says, “…”` right before the quotation keeps the quotation itself.
  const direct = 'Asha Rao urges the board to wait and repeatedly says, “Do not open the gates before June,” until the vote.';
  assert.equal(extractQuotes(build(direct, [person('Asha Rao')]))[0]?.text, 'Do not open the gates before June');
});

test('a closing double mark after a space that follows a closing single mark closes the quotation', () => {
  const text = '“I never liked the name ‘harbour plan,’ ” Asha Rao told the council, adding that she would vote for it.';
  const [q] = extractQuotes(build(text, [person('Asha Rao')]));
  assert.equal(q?.text, 'I never liked the name ‘harbour plan,’');
  assert.equal(q?.speaker, 0);
});

test('a quoted phrase after `said … that` keeps the whole clause; after `told X that` the clause starts after `that`', () => {
  const said = 'Asha Rao said the floods of this year demand that every town build “higher walls and wider drains.”';
  assert.equal(extractQuotes(build(said, [person('Asha Rao')]))[0]?.text, 'the floods of this year demand that every town build “higher walls and wider drains.”');
  const told = 'Asha Rao told the fishermen on the quay that “the harbour will open in June.”';
  assert.equal(extractQuotes(build(told, [person('Asha Rao')]))[0]?.text, '“the harbour will open in June.”');
});

test('`said that, “…” against …`: a quotation the sentence goes on after is taken with the rest of its clause', () => {
  const text = 'Asha Rao said by email that, “The board will defend the plan” against what she sees as a campaign by the rival port.';
  assert.equal(extractQuotes(build(text, [person('Asha Rao')]))[0]?.text, '“The board will defend the plan” against what she sees as a campaign by the rival port');
  const ends = 'Asha Rao said by email that, “The board will defend the plan,” on Friday.';
  assert.equal(extractQuotes(build(ends, [person('Asha Rao')]))[0]?.text, 'The board will defend the plan');
});

test('`X “…,” a retired general said`: a quotation inside its sentence, its comma inside the marks, goes to the name after it', () => {
  const text = 'The vote is close.\n\nRao “is the only candidate with the experience to keep the harbour safe,” retired admiral Asha Rao said.';
  const [q] = extractQuotes(build(text, [person('Asha Rao')]));
  assert.equal(q?.text, 'Rao “is the only candidate with the experience to keep the harbour safe,”');
  assert.equal(q?.speaker, 0);
});

test('`said she has the quality a mayor needs: “…”`: a quotation closing a reported clause after a colon is taken with the clause', () => {
  const text = 'Asha Rao spoke at the forum and said she has the one quality the job needs: “Patience, and more patience with every council.”';
  const [q] = extractQuotes(build(text, [person('Asha Rao')]));
  assert.equal(q?.text, 'she has the one quality the job needs: “Patience, and more patience with every council.”');
  // `Rao said: “…”` keeps the quotation alone.
  const plain = 'Asha Rao said: “Patience, and more patience with every council.”';
  assert.equal(extractQuotes(build(plain, [person('Asha Rao')]))[0]?.text, 'Patience, and more patience with every council.');
});

test('`X told him: “A,” she said. ¶ “B.”`: a quotation already introduced earlier in its sentence is not continued by the next', () => {
  const text = 'Asha Rao told the board: “The harbour has waited long enough for this dredging,” she said.\n\n“Next year we will build the new quay and the road to it.”';
  const direct = extractQuotes(build(text, [person('Asha Rao')])).filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 2);
  assert.equal(direct[0]?.text, 'The harbour has waited long enough for this dredging');
});

test('`ruled that X is “true,” but …`: a comma and a contrasting word after the quoted words end the reported clause', () => {
  const text = 'The board then ruled that the harbour plan is “sound,” but in its report it asked for a second study of the channel.';
  const [q] = extractQuotes(build(text, [org('Harbour Board')]));
  assert.equal(q?.text, 'the harbour plan is “sound,”');
});
