import { Canvas, GlobalFonts } from '@napi-rs/canvas';
import { Chart, registerables } from 'chart.js';
import { deflateSync, constants } from 'node:zlib';
Chart.register(...registerables);
GlobalFonts.registerFromPath('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'Prospecta Sans');
Chart.defaults.font.family = 'Prospecta Sans';
const canvas = new Canvas(800, 450);
const ctx = canvas.getContext('2d');
ctx.fillStyle = '#f8fafc'; ctx.fillRect(0,0,800,450);
for (let k=0;k<30;k++){
const t0 = performance.now();
const chart = new Chart(ctx as any, {
  type: 'bar',
  data: { labels: ['Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin','Juillet','Août'], datasets: [{ label: 'Période', data: [1200, 2300, 3100, 4050, 5200, 800,900,1000] }, { label: 'Précédente', data: [1000, 3000, 2000, 1500, 4200, 2000,300,2000] }] },
  plugins: [{ id: 'bg', beforeDraw(c: any) { c.ctx.save(); c.ctx.fillStyle = '#f8fafc'; c.ctx.fillRect(0, 0, c.width, c.height); c.ctx.restore(); } }], options: { animation: false, responsive: false, devicePixelRatio: 1, events: [], plugins: { title: { display: true, text: 'Chiffre d’affaires par mois — 2025', font:{size:18} } } },
});
if (k<29) chart.destroy();
if (k>25) console.log('draw', (performance.now()-t0).toFixed(2));
}
const raw = canvas.data(); const w = 800, h = 450;
const rows = Buffer.allocUnsafe((w * 4 + 1) * h);
for (let y = 0; y < h; y++) { const o = y * (w * 4 + 1); rows[o] = 0; raw.copy(rows, o + 1, y * w * 4, (y + 1) * w * 4); }
const up = Buffer.allocUnsafe((w * 4 + 1) * h);
for (let y = 0; y < h; y++) { const o = y * (w * 4 + 1); up[o] = 2; for (let x=0;x<w*4;x++){ const cur = raw[y*w*4+x]; const prev = y? raw[(y-1)*w*4+x]:0; up[o+1+x] = (cur-prev)&255; } }
const opts: Record<string, object> = { l1: { level: 1 }, l3: { level: 3 }, l6: {level: 6}, rle: { level: 1, strategy: constants.Z_RLE }, huff: {strategy: constants.Z_HUFFMAN_ONLY} };
for (const [name, o] of Object.entries(opts)) {
  for (const [fname, buf] of [['none', rows], ['up', up]] as const) {
    const t = performance.now(); let z; for (let i=0;i<10;i++) z = deflateSync(buf, o); console.log(name, fname, ((performance.now()-t)/10).toFixed(2), z!.length);
  }
}
let t = performance.now(); for (let i=0;i<10;i++) { const up2 = Buffer.allocUnsafe((w * 4 + 1) * h);
for (let y = 0; y < h; y++) { const o = y * (w * 4 + 1); up2[o] = 2; const r = y*w*4; for (let x=0;x<w*4;x++){ up2[o+1+x] = (raw[r+x]-(y?raw[r-w*4+x]:0))&255; } } }
console.log('up filter cost', ((performance.now()-t)/10).toFixed(2));
const t2=performance.now(); const png = canvas.encodeSync('png'); console.log('native', (performance.now()-t2).toFixed(1), png.length);
import { writeFileSync } from 'node:fs';
writeFileSync('test-artifacts/charts/exp.png', png);
console.log(raw.subarray(0, 16));
