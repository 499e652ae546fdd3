import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePolicyDocument } from '@vigil/attribution';
import type { Page } from 'playwright-core';
import { seedActivity, seedAlerts, type ActiveDay } from './seed-alerts.ts';
import { PASSWORD, screenshotDir, startWebStack, type WebStack } from './web-stack.ts';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const SECRET_MAIL = 'mailed a SECRET registry document to a personal address';
const AFTER_HOURS_USB = 'USB copy of 214 files after hours';

/**
 * Jordan Doe's last month as the scorer saw it: ordinary days, nothing logged while abroad
 * (20 to 12 days ago, the trip the first flow files), and three anomalous days.
 */
function jordansMonth(): ActiveDay[] {
  const anomalous: Record<number, { events: number; score: number; reasons: string[] }> = {
    3: { events: 212, score: 7.4, reasons: [SECRET_MAIL, AFTER_HOURS_USB] },
    5: { events: 131, score: 3.1, reasons: ['visited a job-search site 40 times'] },
    9: { events: 64, score: 1.8, reasons: ['logon at 03:12, unusual for this person'] },
  };
  const days: ActiveDay[] = [];
  for (let n = 30; n >= 1; n--) {
    if (n >= 12 && n <= 20) continue;
    days.push({
      day: daysAgo(n),
      events: anomalous[n]?.events ?? 40 + ((n * 7) % 13),
      score: anomalous[n]?.score ?? 0.2,
      reasons: anomalous[n]?.reasons ?? [],
    });
  }
  return days;
}

/**
 * The four flows, in Debian's chromium against a real server: each step waits for what
 * the page shows (never for time), so the assertions are what a person would see.
 */
describe('the web application in a browser', () => {
  let stack: WebStack;
  let shots: string;
  /** Jordan Doe's pseudonym under the server's key. */
  let PSEUDONYM: string;
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: false });

  beforeAll(async () => {
    // GIVEN a server with one account per office role, two employees, and scored alerts on one of them
    stack = await startWebStack([
      { username: 'officer', role: 'security_officer', displayName: 'Olivia Officer' },
      { username: 'analyst', role: 'analyst', displayName: 'Ari Analyst' },
      { username: 'investigator', role: 'investigator', displayName: 'Ines Investigator' },
      { username: 'auditor', role: 'auditor', displayName: 'Aud Itor' },
      { username: 'jdoe', role: 'employee', displayName: 'Jordan Doe', personId: 'EMP0042' },
      {
        username: 'msmith',
        role: 'employee',
        displayName: 'Morgan Smith',
        personId: 'EMP0043',
        email: 'morgan.smith@agency.test',
      },
    ]);
    PSEUDONYM = await seedAlerts(stack.server, 'EMP0042', [
      {
        id: 'alert-1',
        day: daysAgo(3),
        score: 7.4,
        reasons: [SECRET_MAIL, AFTER_HOURS_USB],
      },
      {
        id: 'alert-2',
        day: daysAgo(5),
        score: 3.1,
        reasons: ['visited a job-search site 40 times'],
      },
      {
        id: 'alert-3',
        day: daysAgo(9),
        score: 1.8,
        reasons: ['logon at 03:12, unusual for this person'],
      },
    ]);
    await seedActivity(stack.events, 'EMP0042', jordansMonth());
    shots = screenshotDir();
    fs.mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await stack?.close();
    // Screenshots stay only when they were asked for (VIGIL_SCREENSHOTS=1 writes docs/screenshots).
    if (shots?.startsWith(os.tmpdir())) fs.rmSync(shots, { recursive: true, force: true });
  });

  it('an employee files a travel report and its debrief, and an officer sees them', async () => {
    const employee = await stack.signIn('jdoe');
    await employee.getByRole('heading', { name: 'My reports' }).waitFor();
    // WHEN the employee submits the empty form THEN every missing field is named beside it
    await employee.getByRole('button', { name: 'File report' }).click();
    await employee.getByText('Some fields need attention').waitFor();
    expect(
      await employee.getByText('This field is required.').count(),
      'departure, return, country, purpose',
    ).toBe(4);
    // WHEN they fill it in and file it THEN it is listed with its debrief due
    await employee.getByLabel('Departure').fill(daysAgo(20));
    await employee.getByLabel('Return').fill(daysAgo(12));
    await employee.getByLabel('Country').fill('Freedonia');
    await employee.getByLabel('Purpose of the trip').fill('Trade fair in the capital');
    await employee.getByRole('button', { name: 'File report' }).click();
    await employee.getByText('Your report was filed').waitFor();
    const row = employee.getByTestId('report-row').filter({ hasText: 'Freedonia' });
    await row.getByText('Debrief due by').waitFor();
    await shot(employee, 'my-reports');
    // WHEN they write the debrief THEN the row shows it
    await row.getByRole('button', { name: 'Write debrief' }).click();
    await employee
      .getByLabel('Did anyone approach you')
      .fill('A trade attaché offered paid consulting on our products');
    await employee.getByRole('button', { name: 'Submit debrief' }).click();
    await employee.getByText('Your debrief was recorded').waitFor();
    await employee
      .getByTestId('report-row')
      .filter({ hasText: 'Freedonia' })
      .getByText('Debriefed')
      .waitFor();

    // THEN the officer sees the trip and the debrief among the personnel reports
    const officer = await stack.signIn('officer', '/personnel');
    const seen = officer
      .getByTestId('report-row')
      .filter({ hasText: 'Freedonia' })
      .filter({ hasText: 'paid consulting' });
    await seen.first().waitFor();
    expect(await seen.first().textContent()).toContain(stack.accounts.jdoe!.id);
    await shot(officer, 'personnel-reports');
    await employee.context().close();
    await officer.context().close();
  });

  it("an analyst follows an alert to the subject's timeline: anomalous days explained, the trip on the same axis", async () => {
    const analyst = await stack.signIn('analyst', '/alerts');
    const top = analyst.locator('[data-alert-id="alert-1"]');
    await top.getByText(SECRET_MAIL).waitFor();
    // WHEN the analyst follows the alert's pseudonym
    await top.getByRole('link', { name: PSEUDONYM }).click();
    await analyst.getByRole('heading', { name: `Subject ${PSEUDONYM}` }).waitFor();

    // THEN the chart shows the subject's days, the anomalous ones in red
    const chart = analyst.getByTestId('subject-chart');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    const red = chart.locator('.recharts-bar-rectangle path[fill="#a4161a"]');
    expect(await red.count(), 'the three scored days stand out').toBeGreaterThanOrEqual(3);
    // AND each anomalous day is listed with the reasons it scored
    const worst = analyst.getByTestId('anomalous-day').filter({ hasText: SECRET_MAIL });
    expect(await worst.getAttribute('data-day')).toBe(daysAgo(3));
    expect(await worst.textContent()).toContain(AFTER_HOURS_USB);
    // AND so is the approach reported in the debrief, on the trip's last day (no logged activity)
    const reported = analyst
      .getByTestId('anomalous-day')
      .filter({ hasText: 'reported after travel to Freedonia' });
    expect(await reported.getAttribute('data-day')).toBe(daysAgo(12));

    // AND the trip abroad is a span on the same day axis, before the anomalous days
    const trip = chart.locator('.recharts-reference-area');
    await trip.waitFor();
    const span = (await trip.boundingBox())!;
    expect(span.width, 'nine days abroad are a span, not a line').toBeGreaterThan(20);
    const label = (await chart
      .locator('.recharts-label')
      .filter({ hasText: 'Foreign travel' })
      .boundingBox())!;
    expect(label.x, 'the span is labelled as the trip').toBeGreaterThan(span.x);
    expect(label.x + label.width).toBeLessThan(span.x + span.width);
    const redBars: number[] = [];
    for (const bar of await red.all()) {
      const box = await bar.boundingBox();
      if (box && box.height > 0) redBars.push(box.x);
    }
    expect(Math.max(...redBars), 'the worst day comes after the trip').toBeGreaterThan(
      span.x + span.width,
    );
    await analyst
      .getByTestId('timeline-record')
      .filter({ hasText: 'Foreign travel' })
      .filter({ hasText: 'Freedonia' })
      .waitFor();
    // The timeline names nobody: only the pseudonym.
    const page = (await analyst.locator('main').textContent())!;
    for (const name of ['Jordan', 'EMP0042', 'jdoe']) expect(page).not.toContain(name);
    await shot(analyst, 'subject-timeline');
    await analyst.context().close();
  });

  it('an analyst triages an alert into a case and asks for the identity; a second person approves', async () => {
    const analyst = await stack.signIn('analyst');
    await analyst.getByRole('heading', { name: 'Overview' }).waitFor();
    // The debrief above reported an approach, which the server turns into an alert of its own.
    await analyst
      .getByTestId('open-alerts')
      .filter({ hasText: /^[1-9]/ })
      .waitFor();
    await analyst.locator('.recharts-surface').first().waitFor();
    await shot(analyst, 'overview');

    // WHEN the analyst opens a case from the top alert with one click
    await analyst.getByRole('link', { name: 'Alert queue' }).click();
    const top = analyst.locator('[data-alert-id="alert-1"]');
    await top.getByText('mailed a SECRET registry document').waitFor();
    await shot(analyst, 'alert-queue');
    await top.getByRole('button', { name: 'Open case' }).click();
    await top.getByRole('link', { name: 'Go to the case' }).waitFor();
    // AND adds the same subject's next alert to that case
    const next = analyst.locator('[data-alert-id="alert-2"]');
    await next.getByRole('button', { name: 'Add to case' }).click();
    const which = next.getByLabel('Case', { exact: true });
    await which.locator('option').nth(1).waitFor({ state: 'attached' });
    await which.selectOption({ index: 1 });
    await next.getByRole('button', { name: 'Add', exact: true }).click();
    await next.getByRole('link', { name: 'Go to the case' }).waitFor();
    await top.getByRole('link', { name: 'Go to the case' }).click();

    // THEN the case holds the alert as evidence, and the reveal form suggests its pseudonym
    await analyst.getByTestId('evidence-row').filter({ hasText: 'alert-1' }).waitFor();
    await analyst.getByTestId('evidence-row').filter({ hasText: 'alert-2' }).waitFor();
    expect(await analyst.getByLabel('Pseudonym').inputValue()).toBe(PSEUDONYM);
    await analyst
      .getByLabel('Reason')
      .fill('Mailing a SECRET document home needs an interview with the person');
    await analyst.getByRole('button', { name: 'Ask for the reveal' }).click();
    await analyst.getByTestId('reveal-row').getByText('Waiting for a second person').waitFor();
    const caseUrl = analyst.url();

    // WHEN a different person (the investigator) approves, while the store is briefly down
    const investigator = await stack.signIn('investigator', '/reveals');
    const pending = investigator.getByTestId('reveal-row').filter({ hasText: PSEUDONYM });
    let decisions = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await investigator.route('**/api/reveals/*/decision', async (route) => {
      decisions++;
      if (decisions > 1) return route.continue();
      await held;
      await route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'store.unavailable', message: 'the application store is down' },
        }),
      });
    });
    await pending.getByRole('button', { name: 'Approve' }).click();
    // THEN while the decision is on its way both buttons are disabled and the chosen one says so
    const approving = pending.getByRole('button', { name: 'Approving…' });
    await approving.waitFor();
    expect(await approving.isDisabled()).toBe(true);
    expect(await pending.getByRole('button', { name: 'Refuse' }).isDisabled()).toBe(true);
    expect(await pending.getByTestId('reveal-decision').getAttribute('aria-busy')).toBe('true');
    // AND a second press cannot send it again
    await approving.click({ force: true });
    release();
    // AND a failure is explained, and the buttons come back for another try
    await pending.getByTestId('api-error').filter({ hasText: 'Wait a few seconds' }).waitFor();
    expect(decisions, 'one request for one decision').toBe(1);
    await pending.getByRole('button', { name: 'Approve' }).click();
    await investigator.getByText('No reveal requests.').waitFor();
    expect(decisions).toBe(2);

    // THEN the requester sees the identity, on request
    await analyst.goto(caseUrl);
    await analyst.getByTestId('reveal-status').filter({ hasText: 'Approved' }).waitFor();
    await analyst.getByRole('button', { name: 'Show identity' }).click();
    await analyst.getByTestId('revealed-identity').filter({ hasText: 'Jordan Doe' }).waitFor();
    expect(await analyst.getByTestId('revealed-identity').textContent()).toContain('EMP0042');
    await analyst.screenshot({ path: path.join(shots, 'case-with-reveal.png'), fullPage: true });
    await analyst.context().close();
    await investigator.context().close();
  });

  it('a reloaded page, and a new tab, make changes without signing in again', async () => {
    const analyst = await stack.signIn('analyst', '/alerts');
    const third = analyst.locator('[data-alert-id="alert-3"]');
    await third.getByRole('button', { name: 'Dismiss', exact: true }).waitFor();
    // WHEN the analyst reloads the page and dismisses an alert
    await analyst.reload();
    await third.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await third
      .getByLabel('Reason for dismissing')
      .fill('Night shift that week; the rota confirms it');
    await third.getByRole('button', { name: 'Dismiss alert' }).click();
    // THEN it leaves the open queue and is listed as dismissed, with the reason
    await third.waitFor({ state: 'detached' });
    await analyst.getByLabel('Show').selectOption('dismissed');
    await third.getByText('Dismissed: Night shift that week').waitFor();

    // AND a new tab (signed in by its cookie, without the tab's stored token) can triage too
    const tab = await analyst.context().newPage();
    await tab.goto(`${stack.url}/alerts`);
    const reported = tab
      .getByTestId('alert-row')
      .filter({ hasText: 'reported after travel to Freedonia' });
    await reported.getByRole('button', { name: 'Open case' }).click();
    await reported.getByRole('link', { name: 'Go to the case' }).waitFor();
    expect(await tab.getByTestId('api-error').count()).toBe(0);
    await analyst.context().close();
  });

  it('an officer distributes a document and traces a photo of one page to its recipient', async () => {
    const officer = await stack.signIn('officer', '/registry');
    // WHEN the officer registers a document, grants two employees need-to-know and distributes it
    await officer.getByText('Register a document').click();
    await officer.getByLabel('Title', { exact: true }).fill('Protection instruction 7');
    await officer.getByLabel('Compartments').fill('HUMINT');
    await officer.getByLabel('Text', { exact: true }).fill(generatePolicyDocument('en', 900, 5));
    await officer.getByRole('button', { name: 'Register', exact: true }).click();
    const doc = officer
      .getByTestId('registry-document')
      .filter({ hasText: 'Protection instruction 7' });
    await doc.getByText('Grant access and distribute copies').click();
    // People are chosen by name from the directory, with the keyboard alone for the first one.
    const person = doc.getByRole('combobox', { name: 'Person' });
    await person.fill('jordan');
    await doc.getByRole('option', { name: /Jordan Doe/ }).waitFor();
    expect(await person.getAttribute('aria-expanded')).toBe('true');
    expect(await person.getAttribute('aria-activedescendant')).toBeTruthy();
    await person.press('Enter');
    await doc.getByTestId('chosen-people').getByText('Jordan Doe').waitFor();
    await doc.getByLabel('Need-to-know reason').fill('Briefing the department on the new rules');
    await doc.getByRole('button', { name: 'Grant access' }).click();
    await doc.getByText('Access granted to Jordan Doe').waitFor();
    // The second with the mouse; a name that matches nobody says so.
    await person.fill('nobody-by-this-name');
    await doc.getByText('Nobody matches “nobody-by-this-name”').waitFor();
    await person.fill('Smith');
    await doc.getByRole('option', { name: /Morgan Smith/ }).click();
    await doc.getByLabel('Need-to-know reason').fill('Briefing the department on the new rules');
    await doc.getByRole('button', { name: 'Grant access' }).click();
    await doc.getByText('Access granted to Morgan Smith').waitFor();
    const recipients = doc.getByRole('combobox', { name: 'Recipients' });
    for (const name of ['Jordan Doe', 'Morgan Smith']) {
      await recipients.fill(name.split(' ')[0]!);
      await doc.getByRole('option', { name: new RegExp(name) }).waitFor();
      if (name === 'Morgan Smith') await shot(officer, 'registry');
      await recipients.press('Enter');
    }
    await doc.getByRole('button', { name: 'Distribute marked copies to 2' }).click();
    await doc.getByText('Marked copies made for 2 recipients').waitFor();
    const documentId = await doc.getAttribute('data-document-id');

    // GIVEN a photo of the first page of Jordan Doe's copy
    const recipient = await stack.signIn('jdoe');
    const copy = await recipient.request.get(
      `${stack.url}/api/registry/documents/${documentId}/copy`,
    );
    expect(copy.status()).toBe(200);
    const text = ((await copy.json()) as { text: string }).text.replace(/^#.*\n+/, '');
    const photo = await pagePhoto(recipient, text);

    // WHEN the officer drops the photo on the trace page THEN it names Jordan Doe, with the evidence
    await officer.getByRole('link', { name: 'Trace a leak' }).click();
    await officer.getByLabel('Which document leaked?').selectOption(documentId!);
    await officer.getByTestId('leak-file').setInputFiles(photo);
    const accused = officer.getByTestId('accused');
    await accused.first().waitFor({ timeout: 90_000 });
    expect(await accused.count(), 'one recipient named').toBe(1);
    expect(await accused.first().textContent()).toContain('jdoe');
    await shot(officer, 'trace-leak');
    await recipient.context().close();
    await officer.context().close();
  });

  it('an anonymous tip is filed without signing in and answered by the office', async () => {
    // WHEN someone files a tip without an account THEN they get a follow-up code
    const tipster = await stack.open('/tip');
    await tipster
      .getByLabel('What happened?')
      .fill('A colleague photographs screens in the secure room after hours.');
    await shot(tipster, 'tip');
    await tipster.getByRole('button', { name: 'Send anonymously' }).click();
    const code = (await tipster.getByTestId('tip-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);

    // WHEN an officer answers it
    const officer = await stack.signIn('officer', '/tips/inbox');
    await officer.getByRole('button', { name: 'Read and answer' }).click();
    await officer.getByText('photographs screens').waitFor();
    await officer
      .getByLabel('Answer the tipster')
      .fill('Thank you. Which room, and on which days?');
    await officer.getByRole('button', { name: 'Send answer' }).click();
    await officer.getByTestId('tip-message-office').waitFor();

    // THEN the tipster reads the answer with the code alone, in a fresh browser
    const back = await stack.open('/tip/follow-up');
    // A mistyped code is explained in words, not as an error code
    await back.getByLabel('Your code').fill('AAAA-AAAA-AAAA-AAAA-AAAA');
    await back.getByRole('button', { name: 'Open my tip' }).click();
    await back.getByTestId('api-error').filter({ hasText: 'No tip has this code' }).waitFor();
    await back.getByLabel('Your code').fill(code.toLowerCase().replaceAll('-', ' '));
    await back.getByRole('button', { name: 'Open my tip' }).click();
    await back.getByTestId('tip-message-office').filter({ hasText: 'Which room' }).waitFor();
    await shot(back, 'tip-follow-up');
    for (const p of [tipster, officer, back]) await p.context().close();
  });

  it('an officer assigns a course; the employee sees it, takes it and their progress moves', async () => {
    const officer = await stack.signIn('officer', '/campaigns');
    const course = officer.getByLabel('Course', { exact: true });
    await course.locator('option').nth(1).waitFor({ state: 'attached' });
    await course.selectOption({ index: 1 });
    const [moduleId] = await course.selectOption({ index: 1 });
    const moduleTitle = (await course.locator('option').nth(1).textContent())!;
    const people = officer.getByRole('combobox', { name: 'People', exact: true });
    await people.fill('Morgan');
    await officer.getByRole('option', { name: /Morgan Smith/ }).waitFor();
    await people.press('Enter');
    await officer.getByRole('button', { name: 'Remove Morgan Smith' }).waitFor();
    await officer.getByRole('button', { name: 'Assign', exact: true }).click();
    await officer.getByText('Assigned to 1 people.').waitFor();

    // GIVEN the course catalogue fails to load for the employee
    const employee = await stack.open('/my/training');
    await employee.route('**/api/training/modules', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'internal error' } }),
      }),
    );
    await employee.getByLabel('Username').fill('msmith');
    await employee.getByLabel('Password').fill(PASSWORD);
    await employee.getByRole('button', { name: 'Sign in' }).click();
    await employee.getByText('0 of 1 courses completed').waitFor();
    // THEN the row says the title is unavailable, never shows the course id in its place, and
    // the page says what failed with a way to try again
    const row = employee.getByTestId('training-row');
    await row.getByTestId('course-title-unavailable').waitFor();
    expect(await row.textContent()).not.toContain(moduleId);
    const failed = employee
      .getByTestId('api-error')
      .filter({ hasText: 'The course titles could not be loaded.' });
    await failed.waitFor();
    // WHEN the catalogue is back and the employee tries again THEN the title shows
    await employee.unroute('**/api/training/modules');
    await failed.getByRole('button', { name: 'Try again' }).click();
    await row.getByText(moduleTitle).waitFor();
    expect(await employee.getByTestId('api-error').count()).toBe(0);
    await employee.getByRole('button', { name: 'Take the course' }).click();
    // Answer every question (the first option each time); the server scores the answers.
    const groups = employee.locator('fieldset');
    await groups.first().waitFor();
    for (let i = 0; i < (await groups.count()); i++)
      await groups.nth(i).getByRole('radio').first().check();
    await employee.getByRole('button', { name: 'Submit answers' }).click();
    const verdict = employee.getByRole('status').filter({ hasText: /right/ });
    await verdict.waitFor();
    const passed = (await verdict.textContent())!.startsWith('Passed');
    await employee.getByRole('button', { name: 'Back to my training' }).click();
    // THEN a pass completes the course; a fail leaves it to take again
    if (passed) await employee.getByText('1 of 1 courses completed').waitFor();
    else await employee.getByRole('button', { name: 'Take the course' }).waitFor();
    await shot(employee, 'my-training');
    await officer.context().close();
    await employee.context().close();
  });

  it('an officer pastes a list of ids and e-mail addresses into a people picker', async () => {
    const officer = await stack.signIn('officer', '/campaigns');
    const people = officer.getByRole('combobox', { name: 'People', exact: true });
    await people.focus();
    // WHEN the officer pastes a column copied from a spreadsheet: an account id, an address in
    // other capitals, and one that is nobody's
    const list = `${stack.accounts.jdoe!.id}\nMorgan.Smith@agency.test\nnobody@agency.test\n`;
    await paste(officer, list);
    // THEN both people become chips at once, and the one not found is listed to be corrected
    const outcome = officer.getByTestId('pasted-people');
    await outcome.getByText('2 added from the pasted list.').waitFor();
    for (const name of ['Jordan Doe', 'Morgan Smith'])
      await officer.getByRole('button', { name: `Remove ${name}` }).waitFor();
    expect(await outcome.getByTestId('people-not-found').textContent()).toBe('nobody@agency.test');
    expect(await people.inputValue(), 'the list is not left in the search box').toBe('');
    // AND pasting the same people again adds nobody twice
    await paste(officer, `${stack.accounts.jdoe!.id}, ${stack.accounts.msmith!.id}`);
    await outcome.getByText('0 added from the pasted list.').waitFor();
    expect(await officer.getByTestId('chosen-people').getByRole('listitem').count()).toBe(2);
    // AND a name pasted stays an ordinary search
    await paste(officer, 'Olivia Officer');
    await officer.getByRole('option', { name: /Olivia Officer/ }).waitFor();
    expect(await people.inputValue()).toBe('Olivia Officer');
    await officer.context().close();
  });

  it('speaks Simplified Chinese, and shows the audit chain verified', async () => {
    const officer = await stack.signIn('officer', '/overview');
    await officer.getByTestId('language').selectOption('zh-CN');
    await officer.getByRole('heading', { name: '总览' }).waitFor();
    expect(await officer.locator('html').getAttribute('lang')).toBe('zh-CN');
    await officer.locator('.recharts-surface').first().waitFor();
    await shot(officer, 'overview-zh');
    // WHEN a document's fields pass the form but not the server THEN each is explained in Chinese,
    // the server's English only as a detail marked as English
    await officer.getByRole('link', { name: '涉密文件登记' }).click();
    await officer.getByText('登记文件').click();
    await officer.getByLabel('标题', { exact: true }).fill('密级测试文件');
    await officer.getByLabel('知悉范围').fill('X');
    await officer.getByLabel('责任人').fill('x'.repeat(201));
    await officer.getByLabel('正文', { exact: true }).fill(generatePolicyDocument('zh', 200, 3));
    await officer.getByRole('button', { name: '登记', exact: true }).click();
    const problems = officer.getByTestId('api-error-problems');
    await problems.waitFor();
    expect(await problems.getByRole('listitem').allTextContents()).toEqual([
      '知悉范围第 1 项：格式不正确。 (compartments are upper-case codes like HUMINT or NOFORN)',
      '责任人：最多 200 个字符。',
    ]);
    expect(await problems.locator('[lang="en"]').count()).toBe(1);

    // The auditor signs in with the keyboard alone: the skip link comes first, then the form in order.
    const auditor = await stack.open('/');
    await auditor.getByLabel('Username').waitFor();
    await auditor.keyboard.press('Tab');
    expect(await auditor.locator(':focus').textContent()).toBe('Skip to content');
    await auditor.getByLabel('Username').focus();
    await auditor.keyboard.type('auditor');
    await auditor.keyboard.press('Tab');
    await auditor.keyboard.type(PASSWORD);
    await auditor.keyboard.press('Enter');
    await auditor.getByRole('heading', { name: 'Audit log' }).waitFor();
    await auditor.getByRole('button', { name: 'Verify now' }).click();
    await auditor
      .getByTestId('audit-verification')
      .filter({ hasText: 'The log is intact' })
      .waitFor();
    await auditor.getByLabel('Action', { exact: true }).fill('identity.reveal_approve');
    await auditor.getByTestId('audit-row').filter({ hasText: 'identity.reveal_approve' }).waitFor();
    await shot(auditor, 'audit-log');
    await officer.context().close();
    await auditor.context().close();
  });
});

/**
 * Pastes text into the focused element, as Ctrl+V does (the clipboard itself is not shared):
 * a paste event carrying the text, and the text inserted only when no handler took the paste.
 * The script is a string because this file is type-checked without the DOM's types.
 */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const text = ${JSON.stringify(text)};
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const target = document.activeElement;
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (target.dispatchEvent(event)) {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setValue.call(target, target.value + text);
      target.dispatchEvent(new Event('input', { bubbles: true }));
    }
  })()`);
}

/** A photo of a printed page: the text set on white at print size, captured as a PNG. */
async function pagePhoto(
  page: Page,
  text: string,
): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const body = text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  await page.setViewportSize({ width: 856, height: 1200 });
  await page.setContent(
    `<html><body style="margin:0;background:#fff"><div style="width:760px;padding:48px;font:17px/1.5 'DejaVu Serif',serif;color:#111;white-space:pre-wrap">${body}</div></body></html>`,
  );
  const buffer = await page.screenshot({ clip: { x: 0, y: 0, width: 856, height: 1200 } });
  return { name: 'page-photo.png', mimeType: 'image/png', buffer };
}
