// Maitre staff console. Everything customers wrote is shown with textContent only, never as HTML.
(() => {
  'use strict';

  const TITLE = 'Maitre staff';
  const byId = (id) => document.getElementById(id);
  const ui = {
    me: byId('me'), alert: byId('alert'), socketState: byId('socket-state'), logoutCsrf: byId('logout-csrf'),
    list: byId('conversations'), empty: byId('no-conversations'), pick: byId('pick'), detail: byId('detail'),
    title: byId('detail-title'), meta: byId('detail-meta'), problem: byId('problem'),
    takeOver: byId('take-over'), handBack: byId('hand-back'), close: byId('close'),
    transcript: byId('transcript'), cart: byId('cart'), canned: byId('canned'),
    replyForm: byId('reply-form'), reply: byId('reply'), notes: byId('notes'), noteForm: byId('note-form'),
    note: byId('note')
  };
  const state = { me: null, selected: null, handOffs: new Set(), unseen: 0, socket: null, reconnect: 1000 };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET' && state.me) headers[state.me.csrfHeader] = state.me.csrfToken;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (response.status === 401) {
      location.assign('/login');
      throw new Error('Your session has expired; sign in again.');
    }
    const data = response.headers.get('Content-Type') && response.headers.get('Content-Type').includes('json')
      ? await response.json() : null;
    if (!response.ok) throw new Error((data && data.detail) || ('The server answered ' + response.status + '.'));
    return data;
  }

  function showProblem(error) {
    ui.problem.textContent = error.message;
    ui.problem.hidden = false;
  }

  function alertHandOff(reason) {
    state.unseen += 1;
    document.title = '(' + state.unseen + ') New hand-off — ' + TITLE;
    ui.alert.textContent = 'New hand-off: ' + (reason || 'the bot needs help');
    ui.alert.hidden = false;
    document.body.dataset.alerts = String(state.unseen);
    beep();
  }

  function clearAlert() {
    state.unseen = 0;
    document.title = TITLE;
    ui.alert.hidden = true;
  }

  function beep() {
    try {
      const Context = window.AudioContext || window.webkitAudioContext;
      const audio = new Context();
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.value = 0.15;
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.35);
    } catch (blocked) {
      // a browser may refuse sound before the page was clicked; the title and the banner still tell
    }
  }

  function waited(seconds) {
    if (!seconds) return '';
    if (seconds < 60) return 'waiting ' + seconds + 's';
    return 'waiting ' + Math.floor(seconds / 60) + ' min';
  }

  function ownerText(c) {
    if (!c.handedOff) return 'bot';
    return c.owner ? 'owned by ' + c.owner : 'waiting for staff';
  }

  function renderList(rows) {
    ui.empty.hidden = rows.length > 0;
    ui.list.replaceChildren(...rows.map((c) => {
      const item = el('li', 'conv' + (c.handedOff ? ' handed-off' : '') + (c.key === state.selected ? ' selected' : ''));
      item.dataset.testid = 'conversation';
      item.dataset.key = c.key;
      item.dataset.handedOff = String(c.handedOff);
      const row1 = el('div', 'row1');
      row1.append(el('span', null, c.channel + ' · ' + c.outletId), el('span', 'owner', ownerText(c)));
      item.append(row1);
      if (c.reason) item.append(el('div', 'reason', c.reason));
      const cart = c.cart.length ? c.cart.join(', ') + ' — ' + c.total + ' ' + c.currency : 'empty cart';
      item.append(el('div', 'meta', c.state + ' · ' + cart + (c.waitingSeconds ? ' · ' + waited(c.waitingSeconds) : '')
        + (c.closedBy ? ' · closed by ' + c.closedBy : '')));
      if (c.lastMessage) item.append(el('div', 'meta last', c.lastMessage));
      item.addEventListener('click', () => select(c.key));
      return item;
    }));
  }

  async function loadList() {
    const rows = await api('GET', '/staff/api/conversations');
    state.handOffs = new Set(rows.filter((c) => c.handedOff).map((c) => c.key));
    renderList(rows);
    return rows;
  }

  async function select(key) {
    state.selected = key;
    ui.problem.hidden = true;
    clearAlert();
    for (const item of ui.list.children) item.classList.toggle('selected', item.dataset.key === key);
    await loadDetail();
  }

  async function loadDetail() {
    if (!state.selected) return;
    let detail;
    try {
      detail = await api('GET', '/staff/api/conversations/' + encodeURIComponent(state.selected));
    } catch (error) {
      showProblem(error);
      return;
    }
    const c = detail.summary;
    ui.pick.hidden = true;
    ui.detail.hidden = false;
    ui.detail.dataset.key = c.key;
    ui.detail.dataset.owner = c.owner || '';
    ui.title.textContent = c.channel + ' conversation at ' + c.outletId;
    ui.meta.textContent = ownerText(c) + (c.reason ? ' · ' + c.reason : '') + ' · ' + c.state
      + (c.closedBy ? ' · closed by ' + c.closedBy : '');
    const mine = c.handedOff && c.owner === state.me.username;
    ui.takeOver.disabled = mine;
    ui.handBack.disabled = !mine;
    ui.reply.disabled = !mine;
    ui.transcript.replaceChildren(...detail.transcript.map((entry) => {
      const line = el('li', entry.from);
      line.dataset.testid = 'line-' + entry.from;
      line.append(el('span', 'from', entry.from + (entry.at ? ' · ' + new Date(entry.at).toLocaleTimeString() : '')));
      line.append(document.createTextNode(entry.text == null ? '' : String(entry.text)));
      return line;
    }));
    ui.transcript.scrollTop = ui.transcript.scrollHeight;
    ui.cart.textContent = c.cart.length ? 'Cart: ' + c.cart.join(', ') + ' — ' + c.total + ' ' + c.currency
      : 'Cart: empty';
    ui.canned.replaceChildren(...detail.cannedReplies.map((text) => {
      const button = el('button', null, text);
      button.type = 'button';
      button.addEventListener('click', () => { ui.reply.value = text; ui.reply.focus(); });
      return button;
    }));
    ui.notes.replaceChildren(...detail.notes.map((note) => el('li', null, note.author + ': ' + note.text)));
  }

  async function act(path, body) {
    ui.problem.hidden = true;
    try {
      await api('POST', '/staff/api/conversations/' + encodeURIComponent(state.selected) + path, body);
      await Promise.all([loadDetail(), loadList()]);
      return true;
    } catch (error) {
      showProblem(error);
      await loadDetail().catch(() => {});
      return false;
    }
  }

  ui.takeOver.addEventListener('click', () => act('/take-over'));
  ui.handBack.addEventListener('click', () => act('/hand-back'));
  ui.close.addEventListener('click', () => act('/close'));
  ui.replyForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (await act('/reply', { text: ui.reply.value })) ui.reply.value = '';
  });
  ui.noteForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (await act('/notes', { text: ui.note.value })) ui.note.value = '';
  });

  function connect() {
    const socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/staff/ws');
    state.socket = socket;
    socket.addEventListener('open', () => {
      state.reconnect = 1000;
      ui.socketState.textContent = 'live';
      document.body.dataset.socket = 'live';
    });
    socket.addEventListener('message', async (event) => {
      let frame;
      try { frame = JSON.parse(event.data); } catch (notJson) { return; }
      if (frame.type === 'handoff' && !state.handOffs.has(frame.conversationKey)) {
        state.handOffs.add(frame.conversationKey);
        alertHandOff(frame.reason);
      }
      if (frame.type === 'conversation' || frame.type === 'handoff') {
        await loadList().catch(() => {});
        if (frame.conversationKey === state.selected) await loadDetail();
      }
    });
    socket.addEventListener('close', () => {
      ui.socketState.textContent = 'offline';
      delete document.body.dataset.socket;
      setTimeout(async () => {
        try { await api('GET', '/staff/api/me'); connect(); } catch (signedOut) { /* api() sends to sign-in */ }
      }, state.reconnect);
      state.reconnect = Math.min(state.reconnect * 2, 30000);
    });
  }

  async function start() {
    state.me = await api('GET', '/staff/api/me');
    ui.me.textContent = state.me.username + ' (' + state.me.role.toLowerCase() + ')';
    ui.logoutCsrf.value = state.me.csrfToken;
    await loadList();
    connect();
  }

  start().catch((error) => { ui.me.textContent = error.message; });
})();
