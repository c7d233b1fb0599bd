import { describe, expect, it } from 'vitest';
import { recordingIo } from './__fixtures__/recording-io.js';
import { writeJobSummary } from './job-summary.js';

describe('writeJobSummary', () => {
  it('HTML-escapes every cell and drops control characters (values can come from answers)', async () => {
    const io = recordingIo({});
    await writeJobSummary(io, {
      mode: 'status',
      status: '<img src=x onerror=alert(1)>verified',
      note: 'a & "b"\n<script>',
      elapsedMs: 1_500,
    });
    const summary = io.calls.find((call) => call.kind === 'summary')?.value ?? '';
    expect(summary).toContain('Status=&lt;img src=x onerror=alert(1)&gt;verified');
    expect(summary).toContain('Note=a &amp; &quot;b&quot;&lt;script&gt;');
    expect(summary).not.toMatch(/[<>\n]/);
  });
});
