// Shows a document's PDF in the page with pdf.js: every page drawn to the width of the viewer, so a leader reads the
// document where they assign it. A "Xem" button next to another PDF shows that one instead. When the viewer has
// data-placement, a click on a page is where the official's signature goes: the page and the top-left corner, in PDF
// points from the page's top-left, land in the hidden inputs placement-page, -x and -y of the signing form.
// relative to this module, so that VanThu also works under a context path
import * as pdfjs from '../webjars/pdfjs-dist/build/pdf.min.mjs';
import {placeable} from './placement.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = new URL('../webjars/pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).href;

const viewer = document.getElementById('pdf-viewer');
let shown = 0;

async function show(src) {
    const turn = ++shown;
    viewer.replaceChildren(message(viewer.dataset.loading));
    try {
        const pdf = await pdfjs.getDocument({url: src, isEvalSupported: false}).promise;
        const pages = [];
        for (let number = 1; number <= pdf.numPages && turn === shown; number++) {
            const page = await pdf.getPage(number);
            const unscaled = page.getViewport({scale: 1});
            const ratio = window.devicePixelRatio || 1;
            const scale = Math.max(viewer.clientWidth - 16, 300) / unscaled.width;
            const viewport = page.getViewport({scale: scale * ratio});
            const canvas = document.createElement('canvas');
            canvas.width = viewport.width;
            canvas.height = viewport.height;
            canvas.style.width = (viewport.width / ratio) + 'px';
            canvas.className = 'pdf-page';
            canvas.setAttribute('aria-label', 'Trang ' + number + ' / ' + pdf.numPages);
            await page.render({canvasContext: canvas.getContext('2d'), viewport}).promise;
            pages.push(canvas);
            const shownPage = viewer.dataset.placement !== undefined ? placeable(viewer, canvas, number, scale) : canvas;
            if (number === 1) {
                viewer.replaceChildren(shownPage);
            } else {
                viewer.append(shownPage);
            }
        }
        viewer.dataset.pages = String(pages.length);
    } catch (failure) {
        viewer.replaceChildren(message(viewer.dataset.failed));
        console.error(failure);
    }
}

function message(text) {
    const note = document.createElement('div');
    note.className = 'text-secondary small p-3';
    note.textContent = text;
    return note;
}

if (viewer) {
    document.querySelectorAll('[data-vt-pdf]').forEach(button =>
        button.addEventListener('click', () => show(button.dataset.vtPdf)));
    show(viewer.dataset.src);
}
