// Sends the CSRF token with every htmx request, as the forms do with their hidden field.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content) {
        event.detail.headers[header.content] = token.content;
    }
});

// Agency tree: the first click on a node loads its children (htmx); later clicks fold and unfold them.
document.addEventListener('click', function (event) {
    var toggle = event.target.closest('[data-vt-toggle]');
    if (!toggle || !toggle.dataset.loaded) {
        return;
    }
    var list = toggle.parentElement.querySelector(':scope > ul');
    if (list) {
        list.hidden = !list.hidden;
        showExpanded(toggle, !list.hidden);
    }
});

document.addEventListener('htmx:afterSwap', function (event) {
    var list = event.detail.target;
    var toggle = list.parentElement ? list.parentElement.querySelector(':scope > [data-vt-toggle]') : null;
    if (toggle && list.tagName === 'UL') {
        toggle.dataset.loaded = 'true';
        list.hidden = false;
        showExpanded(toggle, true);
    }
});

function showExpanded(toggle, expanded) {
    toggle.setAttribute('aria-expanded', String(expanded));
    var icon = toggle.querySelector('i');
    if (icon) {
        icon.className = expanded ? 'bi bi-caret-down-fill' : 'bi bi-caret-right-fill';
    }
}
