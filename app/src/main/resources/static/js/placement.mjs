// Where an official's signature goes: a click on a drawn page sets the page and the top-left corner of the signature
// box (in PDF points from the page's top-left, as the server signs at) in the hidden inputs placement-page, -x and -y,
// and marks the box on the page.

// the default signature image box (35 mm wide), to centre the mark on the click
const BOX = {width: 99, height: 40};

/** Makes a drawn page clickable; returns the element to show in its place. */
export function placeable(viewer, canvas, number, scale) {
    const holder = document.createElement('div');
    holder.className = 'position-relative d-inline-block mb-2';
    canvas.classList.add('placeable');
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
        if (viewer.dataset.pick) {
            mark.title = viewer.dataset.pick;
        }
        holder.append(mark);
    });
    holder.append(canvas);
    return holder;
}

/** Forgets the place chosen, when another file is drawn. */
export function clearPlacement() {
    ['page', 'x', 'y'].forEach(name => set(name, ''));
}

function set(name, value) {
    document.getElementById('placement-' + name).value = value;
}
