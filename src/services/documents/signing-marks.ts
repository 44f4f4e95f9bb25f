import type { Block, DocumentModel, ParafEntry, SignatoryModel } from '../../core/document/document-model';
import type { StoredSignatory } from './document-rows';

/** The words under the QR code of a signature block. */
export const SIGNATURE_CAPTION = 'Ditandatangani secara elektronik';

/**
 * Whether a signature block is signed in this document. An annexed document's blocks (keys prefixed
 * `lampiran.`, such as the Perjanjian Kinerja printed at the end of an LKjIP) are copies of a
 * document signed on its own: they get no mark and no signature here.
 */
export function isSignedHere(signatory: SignatoryModel): boolean {
  return !signatory.key.startsWith('lampiran.');
}

/** The signature blocks signed in this document, in document order. */
export function signatoriesOf(model: DocumentModel): SignatoryModel[] {
  return model.sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.kind === 'signatures' ? block.signatories.filter(isSignedHere) : [],
    ),
  );
}

/** The place written above the signature blocks ("Samarinda"), when the model has one. */
export function signingPlaceOf(model: DocumentModel): string | null {
  for (const section of model.sections)
    for (const block of section.blocks) if (block.kind === 'signatures' && block.place) return block.place;
  return null;
}

/**
 * The model of the version for signing: each signature block carries its QR mark to the public
 * verification page, and the paraf trail follows the (last) signature block. Pure: the content the
 * version says is the undecorated model's (its hash is taken before this).
 */
export function withSigningMarks(
  model: DocumentModel,
  verificationUrl: string,
  paraf: ParafEntry[],
): DocumentModel {
  let lastSection = -1;
  let lastBlock = -1;
  for (const [s, section] of model.sections.entries())
    for (const [b, block] of section.blocks.entries())
      if (block.kind === 'signatures' && block.signatories.some(isSignedHere)) {
        lastSection = s;
        lastBlock = b;
      }
  return {
    ...model,
    sections: model.sections.map((section, s) => ({
      ...section,
      blocks: section.blocks.flatMap((block, b): Block[] => {
        if (block.kind !== 'signatures') return [block];
        const marked: Block = {
          ...block,
          marks: Object.fromEntries(
            block.signatories.map((signatory) => [
              signatory.key,
              { verificationUrl, caption: SIGNATURE_CAPTION },
            ]),
          ),
        };
        if (s === lastSection && b === lastBlock && paraf.length > 0)
          return [marked, { kind: 'paraf', title: 'Paraf', entries: paraf }];
        return [marked];
      }),
    })),
  };
}

/** What the signing step needs of a signature block, stored on the version prepared for signing. */
export function storedSignatories(model: DocumentModel): StoredSignatory[] {
  const place = signingPlaceOf(model);
  return signatoriesOf(model).map((s) => ({
    key: s.key,
    name: s.name,
    ...(s.nip ? { nip: s.nip.replace(/\s+/g, '') } : {}),
    roleLines: s.roleLines,
    ...(s.actingPrefix ? { actingPrefix: s.actingPrefix } : {}),
    ...(place ? { place } : {}),
  }));
}
