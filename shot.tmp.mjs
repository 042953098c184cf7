import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
const [,, file, y, h, out] = process.argv;
writeFileSync('/tmp/view.html', `<body style="margin:0"><img src="file://${file}" style="width:560px"></body>`);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 560, height: 8000 } });
await p.goto('file:///tmp/view.html');
await p.screenshot({ path: out, clip: { x: 0, y: Number(y), width: 560, height: Number(h) } });
await b.close();
