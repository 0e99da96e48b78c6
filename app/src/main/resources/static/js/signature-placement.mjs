// Lets an official choose where their signature goes: the chosen PDF is drawn with pdf.js, and a click on a page
// sets the page and the top-left corner (in PDF points from the page's top-left) that the server signs at.
import * as pdfjs from '../webjars/pdfjs-dist/build/pdf.min.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = new URL('../webjars/pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).href;

const input = document.getElementById('sign-file');
const viewer = document.getElementById('placement-viewer');
const fields = {page: 'placement-page', x: 'placement-x', y: 'placement-y'};
// the default signature image box (35 mm wide), to centre the mark on the click
const BOX = {width: 99, height: 40};

function set(name, value) {
    document.getElementById(fields[name]).value = value;
}

async function draw(file) {
    viewer.replaceChildren();
    ['page', 'x', 'y'].forEach(name => set(name, ''));
    const pdf = await pdfjs.getDocument({data: await file.arrayBuffer(), isEvalSupported: false}).promise;
    for (let number = 1; number <= pdf.numPages; number++) {
        const page = await pdf.getPage(number);
        const unscaled = page.getViewport({scale: 1});
        const scale = Math.max(viewer.clientWidth - 16, 300) / unscaled.width;
        const viewport = page.getViewport({scale});
        const holder = document.createElement('div');
        holder.className = 'position-relative d-inline-block mb-2';
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.className = 'pdf-page';
        canvas.dataset.page = String(number);
        await page.render({canvasContext: canvas.getContext('2d'), viewport}).promise;
        canvas.addEventListener('click', event => {
            const rect = canvas.getBoundingClientRect();
            const x = Math.max(0, (event.clientX - rect.left) / scale - BOX.width / 2);
            const y = Math.max(0, (event.clientY - rect.top) / scale - BOX.height / 2);
            set('page', number);
            set('x', x.toFixed(1));
            set('y', y.toFixed(1));
            viewer.querySelectorAll('.placement-mark').forEach(mark => mark.remove());
            const mark = document.createElement('div');
            mark.className = 'placement-mark position-absolute border border-2 border-primary';
            mark.style.left = (x * scale) + 'px';
            mark.style.top = (y * scale) + 'px';
            mark.style.width = (BOX.width * scale) + 'px';
            mark.style.height = (BOX.height * scale) + 'px';
            mark.title = viewer.dataset.pick;
            holder.append(mark);
        });
        holder.append(canvas);
        viewer.append(holder);
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
