// packtool review page: ties records to the lines they were read from, and draws a PDF's pages
// with pdf.js as they scroll into view. Inlined into the page and allowed by its hash in the
// page's Content-Security-Policy; it writes text into the page only through textContent.

/** Pages kept drawn at once: a 250-page pack drawn whole would hold gigabytes of canvas. */
const MAX_DRAWN_PAGES = 12;

const pagesPane = document.getElementById('pages');
const recordsPane = document.getElementById('records');
const info = document.getElementById('line-info');
const pageOf = (n) => document.getElementById(`page-${n}`);
const recordOf = (key) => recordsPane.querySelector(`[data-record="${CSS.escape(key)}"]`);

// ---- Line boxes: placed over a page (in percent of it) the first time the page is shown. ----
function placeLines(pageEl) {
  if (pageEl.dataset.placed) return;
  pageEl.dataset.placed = '1';
  const w = Number(pageEl.dataset.width);
  const h = Number(pageEl.dataset.height);
  for (const ln of pageEl.querySelectorAll('.ln[data-box]')) {
    const [x, y, bw, bh] = ln.dataset.box.split(' ').map(Number);
    ln.style.left = `${(100 * x) / w}%`;
    ln.style.top = `${(100 * y) / h}%`;
    ln.style.width = `${(100 * bw) / w}%`;
    ln.style.height = `${(100 * bh) / h}%`;
  }
}

for (const pageEl of document.querySelectorAll('.page[data-width]')) {
  pageEl.style.aspectRatio = `${pageEl.dataset.width} / ${pageEl.dataset.height}`;
}

// ---- Records → lines. ----
function clearHighlight() {
  for (const el of pagesPane.querySelectorAll('.ln.hl, .ln.picked')) el.classList.remove('hl', 'picked');
  for (const el of recordsPane.querySelectorAll('.record.selected')) el.classList.remove('selected');
}

/** Select a record: highlight the lines it holds and bring the first of them into view. */
function selectRecord(recordEl) {
  clearHighlight();
  recordEl.classList.add('selected');
  const key = recordEl.dataset.record;
  let lines = [...pagesPane.querySelectorAll(`[data-owners~="${CSS.escape(key)}"]`)];
  // A record that holds no line of its own (a document) is shown at its first line.
  if (!lines.length && recordEl.dataset.line) lines = [...pagesPane.querySelectorAll(`[data-line="${recordEl.dataset.line}"]`)];
  for (const ln of lines) ln.classList.add('hl');
  const target = lines[0] ?? (recordEl.dataset.page ? pageOf(recordEl.dataset.page) : null);
  if (!target) return;
  const pageEl = target.closest('.page');
  placeLines(pageEl);
  target.scrollIntoView({ block: 'center' });
  requestDraw(pageEl);
}

recordsPane.addEventListener('click', (event) => {
  const recordEl = event.target.closest('[data-record]');
  if (recordEl) selectRecord(recordEl);
});
recordsPane.addEventListener('keydown', (event) => {
  const recordEl = event.target.closest('[data-record]');
  if (recordEl && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    selectRecord(recordEl);
  }
});

// ---- Lines → records: which record claimed a clicked line. ----
function describe(ln) {
  const pageEl = ln.closest('.page');
  const owners = (ln.dataset.owners ?? '').split(' ').filter(Boolean);
  info.replaceChildren();
  const head = document.createElement('div');
  const state = ln.classList.contains('unparsed')
    ? 'not read: reported in an unparsed-lines warning'
    : ln.classList.contains('unread')
      ? 'no record was read from this line'
      : 'read into:';
  head.textContent = `Line ${ln.dataset.line}, page ${pageEl.dataset.page}: ${state}`;
  info.append(head);
  const list = document.createElement('ul');
  for (const key of owners) {
    const recordEl = recordOf(key);
    if (!recordEl) continue;
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `${key} — ${recordEl.querySelector('h3').lastChild.textContent}`;
    button.addEventListener('click', () => {
      recordEl.scrollIntoView({ block: 'center' });
      recordEl.classList.remove('flash');
      void recordEl.offsetWidth; // restart the animation
      recordEl.classList.add('flash');
      recordEl.focus({ preventScroll: true });
    });
    item.append(button);
    list.append(item);
  }
  if (list.childElementCount) info.append(list);
  info.hidden = false;
}

pagesPane.addEventListener('click', (event) => {
  const ln = event.target.closest('.ln');
  if (!ln) return;
  for (const el of pagesPane.querySelectorAll('.ln.picked')) el.classList.remove('picked');
  ln.classList.add('picked');
  describe(ln);
  // The innermost record that holds the line is the one that claimed it.
  const owners = (ln.dataset.owners ?? '').split(' ').filter(Boolean);
  const innermost = owners.length ? recordOf(owners[owners.length - 1]) : null;
  if (innermost) {
    innermost.scrollIntoView({ block: 'center' });
    innermost.classList.remove('flash');
    void innermost.offsetWidth;
    innermost.classList.add('flash');
  }
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') info.hidden = true;
});

const toggle = document.getElementById('show-unread');
toggle?.addEventListener('change', () => document.body.classList.toggle('show-unread', toggle.checked));

// ---- Drawing PDF pages with pdf.js, as they scroll into view. ----
let requestDraw = () => {};

async function openPdf() {
  const pdfjsLib = globalThis.pdfjsLib;
  const data = document.getElementById('review-pdf')?.textContent ?? '';
  const bytes = Uint8Array.fromBase64 ? Uint8Array.fromBase64(data) : Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  // The worker's source is in the page; a Blob URL starts it even from file:// (as a classic
  // worker: Chromium refuses module workers there).
  const workerSource = document.getElementById('pdfjs-worker').textContent;
  const workerUrl = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  pdfjsLib.GlobalWorkerOptions.workerPort = new Worker(workerUrl);
  // No eval (the policy forbids it), and no fetching of fonts or maps from anywhere.
  return pdfjsLib.getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: true, disableAutoFetch: true, verbosity: 0 }).promise;
}

function startDrawing(doc) {
  const drawn = new Set();
  const visible = new Set();

  async function draw(pageEl) {
    const n = Number(pageEl.dataset.page);
    if (drawn.has(n) || pageEl.dataset.drawing) return;
    pageEl.dataset.drawing = '1';
    try {
      const page = await doc.getPage(n);
      const canvas = pageEl.querySelector('canvas');
      const unscaled = page.getViewport({ scale: 1 });
      const scale = (pageEl.clientWidth / unscaled.width) * (window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
      drawn.add(n);
      pageEl.dataset.drawn = '1';
      forgetFarPages();
    } catch (err) {
      pageEl.dataset.drawError = String(err?.message ?? err);
    } finally {
      delete pageEl.dataset.drawing;
    }
  }

  /** Free the canvases of pages out of view once more than MAX_DRAWN_PAGES are drawn. */
  function forgetFarPages() {
    for (const n of drawn) {
      if (drawn.size <= MAX_DRAWN_PAGES) return;
      if (visible.has(n)) continue;
      const pageEl = pageOf(n);
      const canvas = pageEl.querySelector('canvas');
      canvas.width = 0;
      canvas.height = 0;
      drawn.delete(n);
      delete pageEl.dataset.drawn;
    }
  }

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const n = Number(entry.target.dataset.page);
        if (entry.isIntersecting) {
          visible.add(n);
          placeLines(entry.target);
          void draw(entry.target);
        } else visible.delete(n);
      }
    },
    { root: pagesPane, rootMargin: '50% 0px' },
  );
  for (const pageEl of pagesPane.querySelectorAll('.page')) observer.observe(pageEl);
  requestDraw = (pageEl) => void draw(pageEl);
}

if (document.body.dataset.format === 'pdf') {
  openPdf().then(startDrawing, (err) => {
    pagesPane.dataset.error = String(err?.message ?? err);
    const note = document.createElement('p');
    note.className = 'draw-error';
    note.textContent = `The pages could not be drawn: ${pagesPane.dataset.error}`;
    pagesPane.prepend(note);
  });
}
document.body.dataset.ready = '1';
