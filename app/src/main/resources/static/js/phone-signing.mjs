// The phone's side of mobile signing. The key pair is made here with WebCrypto, non-extractable, and kept in this
// browser's IndexedDB: only the public key ever leaves the phone. A request shows its subject and a preview of the
// page with the signature; approving signs VanThu's data-to-sign with the key (ECDSA P-256, SHA-256).
const base = new URL('../', import.meta.url).pathname;
const csrf = {
    token: document.querySelector('meta[name="_csrf"]')?.content,
    header: document.querySelector('meta[name="_csrf_header"]')?.content
};
const ALGORITHM = {name: 'ECDSA', namedCurve: 'P-256'};
const SIGNING = {name: 'ECDSA', hash: 'SHA-256'};
const $ = id => document.getElementById(id);

function database() {
    return new Promise((resolve, reject) => {
        const open = indexedDB.open('vanthu-phone', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('keys');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
    });
}

async function stored(name, value) {
    const db = await database();
    return new Promise((resolve, reject) => {
        const transaction = db.transaction('keys', value === undefined ? 'readonly' : 'readwrite');
        const store = transaction.objectStore('keys');
        const request = value === undefined ? store.get(name) : store.put(value, name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
    });
}

const toBase64 = buffer => btoa(String.fromCharCode(...new Uint8Array(buffer)));
const fromBase64 = text => Uint8Array.from(atob(text), c => c.charCodeAt(0));

async function call(path, body) {
    const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    if (csrf.header && csrf.token) {
        headers[csrf.header] = csrf.token;
    }
    const response = await fetch(base + path, body === undefined ? {headers} :
        {method: 'POST', headers, body: JSON.stringify(body)});
    if (!response.ok) {
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        throw new Error(page.getElementById('error-message')?.textContent?.trim() || response.statusText);
    }
    return response.json();
}

function say(id, text) {
    ['phone-error', 'phone-done'].forEach(other => $(other).classList.add('d-none'));
    $(id).textContent = text;
    $(id).classList.remove('d-none');
}

async function enrol() {
    try {
        const keys = await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
        const publicKey = toBase64(await crypto.subtle.exportKey('spki', keys.publicKey));
        const username = document.getElementById('menu-user')?.dataset.username || '';
        const challenge = new TextEncoder().encode('vanthu-enrol:' + username + ':' + publicKey);
        const proof = toBase64(await crypto.subtle.sign(SIGNING, keys.privateKey, challenge));
        const certificate = await call('signatures/phone/enrolment', {
            publicKey, proof, deviceName: $('device-name').value || navigator.userAgent.slice(0, 100),
            password: $('enrol-password').value
        });
        await stored('key', {privateKey: keys.privateKey, certificateId: certificate.id, username});
        $('enrol-password').value = '';
        show(true);
        const holder = /(?:^|,)CN=([^,]+)/.exec(certificate.subject);
        say('phone-done', $('enrol-card').dataset.enrolled + ' ' + (holder ? holder[1] : ''));
    } catch (failure) {
        say('phone-error', failure.message);
    }
}

async function decide(request, approve) {
    // one answer per request, however often the button is tapped
    $('requests').querySelectorAll('button').forEach(button => button.disabled = true);
    try {
        if (approve) {
            const key = await stored('key');
            const signature = await crypto.subtle.sign(SIGNING, key.privateKey, fromBase64(request.dataToSign));
            await call('signatures/phone/requests/' + request.id + '/approval', {signature: toBase64(signature)});
            say('phone-done', $('requests').dataset.signed);
        } else {
            await call('signatures/phone/requests/' + request.id + '/rejection', {});
            say('phone-done', $('requests').dataset.rejected);
        }
    } catch (failure) {
        say('phone-error', failure.message);
    }
    await list();
}

async function list() {
    const holder = $('requests');
    const key = await stored('key');
    // only what this phone's own key can sign: another phone of the official has its own certificate
    const requests = (await call('signatures/phone/requests'))
        .filter(request => key && request.certificateId === key.certificateId);
    holder.replaceChildren();
    if (requests.length === 0) {
        const none = document.createElement('p');
        none.className = 'text-secondary';
        none.textContent = holder.dataset.none;
        holder.append(none);
    }
    for (const request of requests) {
        const card = document.createElement('div');
        card.className = 'card mb-2 phone-request';
        card.innerHTML = '<div class="card-body"><strong class="subject"></strong>'
            + '<div class="small text-secondary expires"></div>'
            + '<img class="img-fluid border my-2 preview" alt="">'
            + '<div class="d-flex gap-2"><button class="btn btn-primary flex-fill approve" type="button"></button>'
            + '<button class="btn btn-outline-danger reject" type="button"></button></div></div>';
        card.querySelector('.subject').textContent = request.subject;
        card.querySelector('.expires').textContent = holder.dataset.expires + ' '
            + new Date(request.expiresAt).toLocaleTimeString('vi-VN');
        card.querySelector('.preview').src = base + 'signatures/phone/requests/' + request.id + '/preview';
        card.querySelector('.approve').textContent = holder.dataset.approve;
        card.querySelector('.reject').textContent = holder.dataset.reject;
        card.querySelector('.approve').addEventListener('click', () => decide(request, true));
        card.querySelector('.reject').addEventListener('click', () => decide(request, false));
        holder.append(card);
    }
}

function show(enrolled) {
    $('enrol-card').classList.toggle('d-none', enrolled);
    $('requests-card').classList.toggle('d-none', !enrolled);
    if (enrolled) {
        list().catch(failure => say('phone-error', failure.message));
    }
}

$('enrol-button').addEventListener('click', enrol);
$('refresh-button').addEventListener('click', () => list().catch(failure => say('phone-error', failure.message)));
// a key made here for someone else (another official signed in on this browser) is not this official's
const me = document.getElementById('menu-user')?.dataset.username || '';
stored('key').then(key => show(Boolean(key) && key.username === me)).catch(() => show(false));
setInterval(() => !$('requests-card').classList.contains('d-none') && list().catch(() => {}), 15000);
