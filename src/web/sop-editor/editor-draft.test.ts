import { describe, expect, it } from 'vitest';
import { draftFromDefinition, emptyDraft, toDefinition } from './editor-draft';
import { blankStep } from './step-list';

describe('editor draft', () => {
  it('turns lines into lists, blanks into null and drops spaces from the NIP', () => {
    const draft = emptyDraft({ code: 'desdm-kaltim', name: 'Dinas ESDM' });
    draft.code = ' pk-tahunan ';
    draft.identity.title = 'Penyusunan Perjanjian Kinerja';
    draft.identity.legalBasis = 'PP 8/2006\n\n  Perpres 29/2014  \n';
    draft.identity.approverPosition = 'Kepala Dinas';
    draft.identity.approverName = 'Munawwar, S.T., M.Si';
    draft.identity.approverNip = '19671129 199803 1 003';
    const def = toDefinition(draft);
    expect(def.code).toBe('pk-tahunan');
    expect(def.agency).toBe('desdm-kaltim');
    expect(def.identity.legalBasis).toEqual(['PP 8/2006', 'Perpres 29/2014']);
    expect(def.identity.approvedBy).toEqual({
      position: 'Kepala Dinas',
      name: 'Munawwar, S.T., M.Si',
      nip: '196711291998031003',
      rank: null,
    });
    expect(def.identity.warning).toBeNull();
    expect(def.identity.createdOn).toBeNull();
  });

  it('round-trips a definition and keeps related SOP codes', () => {
    const draft = emptyDraft({ code: 'a', name: 'A' });
    draft.code = 'x';
    draft.identity.relatedSops = 'SOP Renstra';
    draft.relatedCodes = { 'SOP Renstra': 'renstra' };
    const def = toDefinition(draft);
    expect(def.identity.relatedSops).toEqual([{ text: 'SOP Renstra', code: 'renstra' }]);
    expect(def.identity.approvedBy).toBeNull();
    expect(toDefinition(draftFromDefinition(def))).toEqual(def);
  });

  it("keeps a step's document acts, and reads a definition saved before them as having none", () => {
    const draft = emptyDraft({ code: 'a', name: 'A' });
    draft.steps = [
      { ...blankStep('kadis'), no: 1, kinds: ['start', 'process'], documentActs: ['disposition_sheet'] },
      { ...blankStep('staf'), no: 2, kinds: ['process', 'end'], documentActs: ['send', 'archive'] },
    ];
    const def = toDefinition(draft);
    expect(def.steps.map((s) => s.documentActs)).toEqual([['disposition_sheet'], ['send', 'archive']]);
    expect(toDefinition(draftFromDefinition(def))).toEqual(def);
    const older = structuredClone(def);
    delete (older.steps[1] as Partial<(typeof older.steps)[number]>).documentActs;
    expect(draftFromDefinition(older).steps[1]!.documentActs).toEqual([]);
  });
});
