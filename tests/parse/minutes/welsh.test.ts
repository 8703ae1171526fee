/**
 * Welsh as a language of the minutes readers: the Welsh minutes of Cyngor Cymuned Manordeilo a
 * Salem, 10 February 2016 (fixtures/minutes, origin in SOURCES.tsv), read through the whole
 * pipeline. Every expected value was read off the page with `pdftotext -layout -f N -l N`.
 */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../src/extract.js';
import { decisionCue } from '../../../src/parse/minutes/resolution.js';
import type { Pack } from '../../../src/schema/pack.js';
import { fixture } from '../../helpers.js';
import { passage } from './helpers.js';

const WELSH = 'manordeilo_salem_community_council_2016-02-10_minutes_cy_welsh.pdf';

let cached: Pack | null = null;
async function welsh(): Promise<Pack> {
  cached ??= (await extractFile(fixture('minutes', WELSH))).pack;
  return cached;
}
const minute = async (n: string) => (await welsh()).minutes[0].items.find((i) => i.number === n)!;
const texts = async (n: string) => (await minute(n)).resolutions.map((r) => r.text);

describe('the heading of Welsh minutes ("CYNGOR CYMUNED …", "Cynhaliwyd cyfarfod … yn yr …")', () => {
  it('should read the council, not a committee, from "CYNGOR CYMUNED MANORDEILO A SALEM"', async () => {
    const { meeting } = (await welsh()).minutes[0];
    expect(meeting.body).toBe('Cyngor Cymuned Manordeilo a Salem');
    expect(meeting.committee).toBeNull();
  });

  it('should read the date, time and venue from "am 7.30pm ar y 10fed Chwefror 2016 yn yr Ystafell Ddarllen, Cwmifor."', async () => {
    const { meeting } = (await welsh()).minutes[0];
    expect([meeting.date, meeting.time, meeting.venue]).toEqual(['2016-02-10', '19:30', 'Ystafell Ddarllen, Cwmifor']);
  });
});

describe('attendance under "PRESENNOL" (present)', () => {
  it('should take the plural title "Cynghorwyr" off the list and keep "Cynghorydd Sir" (county councillor) with its one name', async () => {
    const { present, apologies } = (await welsh()).minutes[0];
    expect(present.slice(0, 3)).toEqual(['Alun Davies', 'Arwel Davies', 'Jill Davies']);
    expect(present).toHaveLength(12);
    // "… Owen Williams a’r Cynghorydd Sir Joseph Davies.": "a’r" (and the) separates the two names.
    expect(present.slice(-2)).toEqual(['Owen Williams', 'Cynghorydd Sir Joseph Davies']);
    expect(apologies).toEqual([]);
  });
});

describe('decisions in Welsh phrasing', () => {
  it('should read "Cynigiwyd gan …, eiliwyd gan … gyda phawb yn gytûn, bod …" (proposed, seconded, all agreeing) as the resolution, with its mover and seconder', async () => {
    expect(await texts('2')).toEqual([
      'Cynigiwyd gan y Cyng. W. Loynton, eiliwyd gan y Cyng. D. Jones gyda phawb yn gytûn, bod cofnodion y cyfarfod diwethaf a gynhaliwyd ar y 13eg Ionawr, fel y maent wedi’u teipio a’u dosbarthu, yn gywir.',
    ]);
  });

  it('should keep the margin note "Arwyddwyd gan y Cadeirydd" (signed by the Chair) out of the minute', async () => {
    expect((await minute('2')).text).not.toContain('Arwyddwyd');
  });

  it('should read three decisions in matters arising: a proposal, "a chytunwyd" (and it was agreed) and "Cymeradwywyd" (were approved)', async () => {
    expect(await texts('4')).toEqual([
      'Cynigiwyd gan y Cyng. H. Gwynne, eiliwyd gan y Cyng. D. Jenkins ac roedd pawb yn gytûn y dylid gofyn i Mr Iwan Harries wneud y gwaith.',
      'Diolchwyd i’r Cyng. O. Williams am ei adborth; a chytunwyd y dylid rhoi’r wybodaeth hon ar wefan y Cyngor yn gwahodd aelodau’r gymuned i ymateb i’r ymgynghoriad cyn y dyddiad cau sef 15fed Chwefror.',
      'Cymeradwywyd yr awgrymiadau hyn gan y Cynghorwyr; Cyng. O. Williams a’r Clerc i weithredu arno.',
    ]);
  });

  it('should read the correspondence decisions and none of the "Nodwyd" (noted) rows', async () => {
    const five = await texts('5');
    expect(five.map((t) => t.slice(0, 40))).toEqual(['Cynigiwyd gan y Cyng. A. Davies, eiliwyd', 'Cynigiwyd gan y Cyng. Joseph Davies, eil', 'Cytunwyd y dylai’r Cyng. O. Williams fyn']);
    expect(five[1]).toBe('Cynigiwyd gan y Cyng. Joseph Davies, eiliwyd gan y Cyng. O. Williams gyda phawb yn gytûn y dylid adnewyddu’r aelodaeth ar gost o £205.');
  });

  it('should not take "er mwyn penderfynu" (in order to decide) for a decision, only "Cytunwyd …"', async () => {
    expect(await texts('9')).toEqual(['Cytunwyd y dylid cysylltu ag Awdurdod yr Heddlu i ofyn am eu barn hwythau.']);
  });

  it('should count the decisions of each minute as the page prints them (minute 10 aside, as in the English twin)', async () => {
    const counts = (await welsh()).minutes[0].items.filter((i) => i.number !== '10').map((i) => [i.number, i.resolutions.length]);
    expect(counts).toEqual([['1', 0], ['2', 1], ['3', 0], ['4', 3], ['5', 3], ['6', 0], ['7', 1], ['8', 0], ['9', 1], ['11', 0], ['12', 0]]);
  });

  it('should raise no warning on a paper whose every decision was read', async () => {
    expect((await welsh()).warnings.filter((w) => w.code === 'decision-unread')).toEqual([]);
  });
});

describe('actions in the right margin named in Welsh ("Clerc", "Pawb", "Cyng. …")', () => {
  it('should read who acts, and never "Nodwyd" (noted) or "Arwyddwyd gan y Cadeirydd"', async () => {
    const leads = (await welsh()).actions.map((a) => a.lead);
    expect(leads).toEqual(['Cyng. O. Williams', 'Cyng. O. Williams/Clerc', 'Clerc', 'Clerc', 'Clerc', 'Clerc', 'Clerc', 'Clerc', 'Cyng. Joseph Davies', 'Pawb']);
  });

  it('should take the paragraph the margin name ends as the action', async () => {
    const street = (await welsh()).actions.find((a) => a.action.startsWith('Un o’r Goleuadau'));
    expect(street?.action).toBe('Un o’r Goleuadau Stryd ger y blwch ffôn yn Salem ddim yn gweithio; Clerc i roi gwybod i C.S.C');
  });
});

describe('a decision no reader can read is reported, not dropped', () => {
  it('should find the seconder in a Welsh donation line "(cynigiwyd gan …, eiliwyd gan …)"', async () => {
    const lines = await passage(WELSH, 'Urdd Gobaith Cymru Blaenau Tywi - £100', 'Urdd Gobaith Cymru Blaenau Tywi - £100');
    expect(decisionCue(lines[0].text)).toBe('eiliwyd');
  });

  it('should warn with its page where a motion "proposed, and … seconded" has no outcome on the pages kept (Kent, 13 March 2025, minute 290)', async () => {
    // The fixture keeps pages 1-6 of the assembled pack: minute 290's motion "(2) Mr Oakford
    // proposed, and Mr Gough seconded the motion that: …" is there, its vote is on a page left out.
    const { pack } = await extractFile(fixture('segment', 'kent_2025-03-13_mini_pack.pdf'));
    const unread = pack.warnings.filter((w) => w.code === 'decision-unread');
    expect(unread.map((w) => [w.message, w.source.page])).toEqual([['Minute 290 records a decision ("seconded") that was not read as a resolution; check the page.', 6]]);
  });

  it('should not warn once the phrasing is read: "CC proposed and LH seconded that … Councillors present were content with the proposal." (West Dereham, 1 June 2017)', async () => {
    const { pack } = await extractFile(fixture('minutes', 'west_dereham_pc_full_council_2017-06-01_minutes.md'));
    expect(pack.warnings.filter((w) => w.code === 'decision-unread')).toEqual([]);
    expect(pack.minutes[0].items.find((i) => i.number === '82/17')?.resolutions).toHaveLength(1);
  });
});

describe('the same page as plain text (page 1 by pdftotext -layout, no positions)', () => {
  it('should read the heading, the attendance and the decisions of minutes 2 and 4 as the PDF gives them', async () => {
    const text = (await extractFile(fixture('minutes', 'manordeilo_salem_community_council_2016-02-10_minutes_cy_welsh_page1.txt'))).pack.minutes[0];
    const pdf = (await welsh()).minutes[0];
    expect(text.meeting.body).toBe('Cyngor Cymuned Manordeilo a Salem');
    expect(text.meeting.venue).toBe('Ystafell Ddarllen, Cwmifor');
    expect(text.present).toEqual(pdf.present);
    expect(text.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(text.items[1].resolutions.map((r) => r.text)).toEqual(await texts('2'));
    expect(text.items[1].text).not.toContain('Arwyddwyd');
    // Page 1 ends before minute 4's other decisions (page 2): only the proposal to ask Mr Iwan Harries.
    expect(text.items[3].resolutions.map((r) => r.text)).toEqual([(await texts('4'))[0]]);
  });
});

describe('the end of the meeting and the apologies minute in Welsh', () => {
  it('should read "… a daeth y cyfarfod i ben am 9.35pm." (the meeting came to an end at 9.35pm), page 4', async () => {
    expect((await welsh()).minutes[0].ended).toBe('21:35');
  });

  it('should find no apologies in "CROESO AC YMDDIHEURIADAU" (welcome and apologies), which names nobody', async () => {
    expect((await minute('1')).text).toBe('Cymerwyd y Gadair gan y Cyng. P. Harries a chroesawodd bawb i’r cyfarfod.');
    expect((await welsh()).minutes[0].apologies).toEqual([]);
  });
});

describe('"yn unfrydol" (unanimously) and "mewn egwyddor" (in principle), donations, page 3', () => {
  it('should read "Cytunwyd yn unfrydol y dylid rhoi i’r canlynol:" (it was unanimously agreed to give the following) as a decision', async () => {
    const ten = await texts('10');
    expect(ten[0]).toMatch(/^Gan fod yna nifer fawr o geisiadau, cytunwyd y dylid blaenoriaethu’r elusennau/);
    expect(ten[1]).toMatch(/^Cytunwyd yn unfrydol y dylid rhoi i’r canlynol: \S+ Ffederasiwn Ffermwyr Ieuainc Sir Gaerfyrddin - £100 \(cynigiwyd gan y Cyng\. W\. Loynton/);
  });
});
