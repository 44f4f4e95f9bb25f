import { describe, expect, it } from 'vitest';
import { completeStep, journeySetup, openTaskFromInbox, startRun } from './run-journey-steps';

const journey = journeySetup();
const PURPOSE = 'LKjIP 2026 (delegasi)';

describe('delegating a task', () => {
  it('the planning head hands step 2 to a colleague, who finds it in the inbox and completes it', async () => {
    const kadis = await journey.office.as('desdm.kadis');
    const runId = await startRun(
      kadis,
      'Penyusunan Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)',
      {
        purpose: PURPOSE,
        year: 2026,
        quarter: null,
        disposition: 'Susun LKjIP 2026.',
      },
    );
    const kasubbag = await journey.office.as('desdm.kasubbag_program');
    const panel = await openTaskFromInbox(kasubbag, PURPOSE, 2);
    await panel.getByLabel('Delegasikan kepada').click();
    await kasubbag.getByRole('option', { name: 'Irfan Hakim' }).click();
    await panel.getByRole('button', { name: 'Delegasikan', exact: true }).click();
    await kasubbag.getByRole('status').getByText('Langkah 2 tercatat.').waitFor();

    const perencana = await journey.office.as('desdm.perencana');
    await completeStep(perencana, PURPOSE, 2);
    await perencana.goto(`/runs/${runId}`);
    const history = perencana.getByTestId('run-history');
    await history.waitFor();
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('kepada Irfan Hakim');
  });
});
