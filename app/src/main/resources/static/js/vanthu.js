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

// Receive form: picking an agency of the directory as the sender fills in its identity code; a name typed by hand
// clears a code filled in that way.
document.addEventListener('input', function (event) {
    var sender = event.target.closest('[data-vt-sender]');
    if (!sender) {
        return;
    }
    var code = document.getElementById('senderCode');
    var picked = Array.prototype.find.call(document.querySelectorAll('#sender-options option'),
        function (option) { return option.value === sender.value; });
    if (picked) {
        code.value = picked.dataset.code;
        code.dataset.picked = 'true';
    } else if (code.dataset.picked) {
        code.value = '';
        delete code.dataset.picked;
    }
});

// The sender's choices arrive after the clerk has typed: match again once they are in.
document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target.id === 'sender-options') {
        var sender = document.querySelector('[data-vt-sender]');
        if (sender) {
            sender.dispatchEvent(new Event('input', {bubbles: true}));
        }
    }
});

// Drafting form: Enter in the exchange directory search looks up, it does not post the draft.
document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.closest('[data-vt-directory-search]')) {
        event.preventDefault();
    }
});

// Drafting form: an agency picked from the exchange directory becomes a recipient. One of the deployment is ticked
// in the directory list (it is delivered inside); any other is added to the typed lines as "code | name", which the
// outgoing module routes to the exchange.
document.addEventListener('click', function (event) {
    var picked = event.target.closest('[data-vt-pick-recipient]');
    if (!picked) {
        return;
    }
    var code = picked.dataset.code;
    var internal = Array.prototype.find.call(document.querySelectorAll('#recipientCodes option'),
        function (option) { return option.value === code; });
    if (internal) {
        internal.selected = true;
    } else {
        var lines = document.getElementById('otherRecipients');
        var known = lines.value.split(/\r?\n/).some(function (line) {
            return line.split('|')[0].trim() === code;
        });
        if (!known) {
            lines.value = lines.value.replace(/\s*$/, '') + (lines.value.trim() ? '\n' : '') + code + ' | '
                + picked.dataset.name;
        }
    }
    // shown as added, in a colour that keeps the code under the name readable
    picked.classList.add('list-group-item-success');
    picked.setAttribute('aria-pressed', 'true');
});
