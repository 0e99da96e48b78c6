// Lets an official choose where their signature goes: the chosen PDF is drawn with pdf.js, and a click on a page
// sets the page and the top-left corner (in PDF points from the page's top-left) that the server signs at.
import * as pdfjs from '../webjars/pdfjs-dist/build/pdf.min.mjs';
import {clearPlacement, placeable} from './placement.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = new URL('../webjars/pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).href;

const input = document.getElementById('sign-file');
const viewer = document.getElementById('placement-viewer');

async function draw(file) {
    viewer.replaceChildren();
    clearPlacement();
    const pdf = await pdfjs.getDocument({data: await file.arrayBuffer(), isEvalSupported: false}).promise;
    for (let number = 1; number <= pdf.numPages; number++) {
        const page = await pdf.getPage(number);
        const unscaled = page.getViewport({scale: 1});
        const scale = Math.max(viewer.clientWidth - 16, 300) / unscaled.width;
        const viewport = page.getViewport({scale});
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.className = 'pdf-page';
        canvas.dataset.page = String(number);
        await page.render({canvasContext: canvas.getContext('2d'), viewport}).promise;
        viewer.append(placeable(viewer, canvas, number, scale));
    }
}

if (input && viewer) {
    input.addEventListener('change', () => input.files.length && draw(input.files[0]).catch(console.error));
}

// signing on the phone needs no PIN here: the phone holds the key
const onPhone = document.getElementById('on-phone');
if (onPhone) {
    onPhone.addEventListener('change', () => {
        document.getElementById('sign-pin').required = !onPhone.checked;
    });
}
